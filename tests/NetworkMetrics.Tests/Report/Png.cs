using System.Buffers.Binary;
using System.IO.Compression;

namespace NetworkMetrics.Tests.Report;

/// <summary>
/// A small PNG decoder for the browser tests' screenshots: 8-bit RGB or RGBA, not interlaced (what Chromium's
/// <c>Page.captureScreenshot</c> writes), the five scanline filters. Pixels come out as 0xRRGGBBAA.
/// </summary>
internal sealed class Png
{
    private Png(int width, int height, uint[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Row-major 0xRRGGBBAA values.</summary>
    public uint[] Pixels { get; }

    public static Png Decode(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 8 || !png.AsSpan(0, 8).SequenceEqual(signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        var at = 8;
        while (at + 8 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    var (depth, colour, interlace) = (data[8], data[9], data[12]);
                    if (depth != 8 || (colour != 2 && colour != 6) || interlace != 0)
                    {
                        throw new InvalidDataException($"Unsupported PNG: bit depth {depth}, colour type {colour}, interlace {interlace}.");
                    }

                    channels = colour == 6 ? 4 : 3;
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
                case "IEND":
                    at = png.Length;
                    continue;
            }

            at += 12 + length;
        }

        var stride = width * channels;
        var raw = new byte[(stride + 1) * height];
        idat.Position = 0;
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.ReadExactly(raw);
        }

        var pixels = new uint[width * height];
        var previous = new byte[stride];
        var current = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            raw.AsSpan((y * (stride + 1)) + 1, stride).CopyTo(current);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= channels ? current[i - channels] : 0, up = previous[i], upLeft = i >= channels ? previous[i - channels] : 0;
                current[i] = (byte)(current[i] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                });
            }

            for (var x = 0; x < width; x++)
            {
                var p = x * channels;
                var alpha = channels == 4 ? current[p + 3] : (byte)255;
                pixels[(y * width) + x] = ((uint)current[p] << 24) | ((uint)current[p + 1] << 16) | ((uint)current[p + 2] << 8) | alpha;
            }

            (previous, current) = (current, previous);
        }

        return new Png(width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
