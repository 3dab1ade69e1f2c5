using System.Buffers;
using System.Formats.Cbor;

namespace NetworkMetrics.Import.Bluesky;

/// <summary>
/// A streaming reader of CAR v1 files (Content Addressable aRchives, as Bluesky exports a
/// repository): a varint-framed DAG-CBOR header <c>{version: 1, roots: [CID]}</c>, then
/// blocks of varint length, CID and data. Only one block is held in memory at a time; framing
/// errors (a varint that overflows, a block longer than the file or the limit, a truncated
/// file) stop the file with an <see cref="ExportFormatException"/>.
/// </summary>
internal sealed class CarReader : IDisposable
{
    /// <summary>The multicodec of DAG-CBOR blocks (records, MST nodes, commits).</summary>
    public const ulong DagCbor = 0x71;

    private const int BufferSize = 64 * 1024;
    private const int MaxVarintBytes = 9;

    /// <summary>The longest multihash digest accepted in a CID (sha2-512 has 64 bytes).</summary>
    private const ulong MaxDigestLength = 128;
    private readonly Stream _stream;
    private readonly ParseContext _context;
    private readonly long? _fileLength;
    private readonly int _maxBlock;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _bufferOffset;
    private byte[] _block;

    public CarReader(Stream stream, ParseContext context)
    {
        _stream = stream;
        _context = context;
        _fileLength = context.Entry.Length;
        _maxBlock = context.Limits.MaxStringLength;
        _buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        _block = ArrayPool<byte>.Shared.Rent(4096);
    }

    /// <summary>The byte offset of the next unread byte in the file.</summary>
    public long Offset => _bufferOffset + _start;

    /// <summary>Whether the first bytes of a file are a CAR header (version 1, or 2 so that it can be refused with a clear message).</summary>
    public static bool LooksLikeCar(ReadOnlySpan<byte> head)
    {
        if (!TryVarint(head, out var length, out var used) || length is < 8 or > 1024 || head.Length - used < (int)length)
        {
            return false;
        }

        try
        {
            return ReadHeader(head.Slice(used, (int)length).ToArray(), out var version, out _, out _) && version is 1 or 2;
        }
        catch (Exception ex) when (ex is CborContentException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Reads and checks the header; the reader is then on the first block.</summary>
    /// <returns>The CID of the first root (a repository's commit), empty when the header names none.</returns>
    public byte[] ReadHeader()
    {
        var offset = Offset;
        var length = ReadVarint(atStart: true)
            ?? throw _context.Fail("bluesky.not-car", "the file is empty where a CAR header was expected", offset: 0);
        if (length == 0 || length > 1 << 20)
        {
            throw _context.Fail("bluesky.bad-header", FormattableString.Invariant($"a CAR header of {length} bytes is not plausible; expected a CAR v1 file (Bluesky's repository export)"), offset: offset);
        }

        var bytes = ReadExactly((int)length, "the CAR header").ToArray();
        int version;
        byte[]? root;
        try
        {
            if (!ReadHeader(bytes, out version, out _, out root))
            {
                throw _context.Fail("bluesky.bad-header", "the CAR header is not a map {version, roots}; expected a CAR v1 file (Bluesky's repository export)", offset: offset);
            }
        }
        catch (Exception ex) when (ex is CborContentException or InvalidOperationException)
        {
            throw _context.Fail("bluesky.bad-header", $"the CAR header is not valid DAG-CBOR ({ex.Message}); expected a CAR v1 file (Bluesky's repository export)", offset: offset, inner: ex);
        }

        if (version != 1)
        {
            throw _context.Fail("bluesky.car-version", FormattableString.Invariant($"CAR version {version} is not read; expected CAR v1, as Bluesky exports a repository"), offset: offset);
        }

        return root ?? [];
    }

    /// <summary>Reads the next block; <see langword="false"/> at the end of the file.</summary>
    /// <param name="codec">The block's multicodec (<see cref="DagCbor"/> for records).</param>
    /// <param name="cid">The block's CID, valid until the next call.</param>
    /// <param name="data">The block's data, valid until the next call.</param>
    /// <param name="offset">Where the block starts in the file.</param>
    public bool TryReadBlock(out ulong codec, out ReadOnlyMemory<byte> cid, out ReadOnlyMemory<byte> data, out long offset)
    {
        offset = Offset;
        codec = 0;
        cid = data = default;
        if (ReadVarint(atStart: true) is not { } length)
        {
            return false;
        }

        if (length == 0)
        {
            throw _context.Fail("bluesky.bad-block", "a CAR block of length 0 (a block holds at least its CID)", offset: offset);
        }

        if (length > (ulong)_maxBlock)
        {
            throw _context.Fail("bluesky.block-too-large",
                FormattableString.Invariant($"a CAR block of {length} bytes is larger than the limit of {_maxBlock} bytes (ImportLimits.MaxStringLength); repository blocks are small"), offset: offset);
        }

        if (_fileLength is { } fileLength && (long)length > fileLength - Offset)
        {
            throw _context.Fail("bluesky.block-beyond-file",
                FormattableString.Invariant($"a CAR block of {length} bytes goes beyond the end of the file ({fileLength - Offset} bytes left): the file is truncated or not a CAR file"), offset: offset);
        }

        var block = ReadExactly((int)length, "a CAR block");
        var cidLength = CidLength(block.Span, out codec);
        if (cidLength < 0)
        {
            throw _context.Fail("bluesky.bad-cid", "a CAR block does not start with a valid CID", offset: offset);
        }

        cid = block[..cidLength];
        data = block[cidLength..];
        return true;
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            ArrayPool<byte>.Shared.Return(_block);
            _buffer = _block = [];
        }
    }

    /// <summary>The length of the CID at the start of <paramref name="bytes"/> (v0: a bare sha2-256 multihash; v1), or -1.</summary>
    internal static int CidLength(ReadOnlySpan<byte> bytes, out ulong codec)
    {
        codec = 0;
        if (bytes.Length >= 34 && bytes[0] == 0x12 && bytes[1] == 0x20)
        {
            codec = 0x70; // CIDv0 is always dag-pb
            return 34;
        }

        var position = 0;
        if (!Next(bytes, ref position, out var version) || version != 1 || !Next(bytes, ref position, out codec) ||
            !Next(bytes, ref position, out _) || !Next(bytes, ref position, out var digestLength) ||
            digestLength > MaxDigestLength || digestLength > (ulong)(bytes.Length - position))
        {
            return -1;
        }

        return position + (int)digestLength;

        static bool Next(ReadOnlySpan<byte> bytes, ref int position, out ulong value)
        {
            if (!TryVarint(bytes[position..], out value, out var used))
            {
                return false;
            }

            position += used;
            return true;
        }
    }

    /// <summary>An unsigned LEB128 varint (at most 9 bytes, 63 bits, as multiformats define it).</summary>
    internal static bool TryVarint(ReadOnlySpan<byte> bytes, out ulong value, out int used)
    {
        value = 0;
        for (used = 0; used < Math.Min(bytes.Length, MaxVarintBytes); used++)
        {
            var b = bytes[used];
            value |= (ulong)(b & 0x7F) << (7 * used);
            if ((b & 0x80) == 0)
            {
                used++;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A CID link, DAG-CBOR's tag 42 over the CID's bytes behind a 0x00 prefix; <see langword="null"/>
    /// (the value passed over) for anything else, <c>null</c> included.
    /// </summary>
    public static byte[]? ReadLink(CborReader reader)
    {
        if (reader.PeekState() != CborReaderState.Tag)
        {
            reader.SkipValue();
            return null;
        }

        if (reader.ReadTag() != (CborTag)42 || reader.PeekState() != CborReaderState.ByteString)
        {
            reader.SkipValue();
            return null;
        }

        var bytes = reader.ReadByteString();
        return bytes.Length > 1 && bytes[0] == 0 ? bytes[1..] : null;
    }

    private static bool ReadHeader(byte[] bytes, out int version, out int roots, out byte[]? root)
    {
        version = -1;
        roots = -1;
        root = null;
        var reader = new CborReader(bytes, CborConformanceMode.Lax);
        if (reader.PeekState() != CborReaderState.StartMap)
        {
            return false;
        }

        reader.ReadStartMap();
        while (reader.PeekState() != CborReaderState.EndMap)
        {
            if (reader.PeekState() != CborReaderState.TextString)
            {
                return false;
            }

            var key = reader.ReadTextString();
            if (key == "version" && reader.PeekState() == CborReaderState.UnsignedInteger)
            {
                version = (int)Math.Min(reader.ReadUInt64(), int.MaxValue);
            }
            else if (key == "roots" && reader.PeekState() == CborReaderState.StartArray)
            {
                roots = reader.ReadStartArray() ?? 0;
                if (reader.PeekState() != CborReaderState.EndArray)
                {
                    root = ReadLink(reader);
                }

                reader.SkipToParent();
            }
            else
            {
                reader.SkipValue();
            }
        }

        return version >= 0 && (roots >= 0 || version != 1);
    }

    /// <summary>A varint from the stream; <see langword="null"/> at a clean end of file when <paramref name="atStart"/>.</summary>
    private ulong? ReadVarint(bool atStart)
    {
        var offset = Offset;
        ulong value = 0;
        for (var i = 0; i < MaxVarintBytes; i++)
        {
            if (_start == _end && !Fill())
            {
                if (i == 0 && atStart)
                {
                    return null;
                }

                throw _context.Fail("bluesky.truncated", "the file ends inside a CAR length prefix (the file is truncated)", offset: offset);
            }

            var b = _buffer[_start++];
            value |= (ulong)(b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }

        throw _context.Fail("bluesky.bad-varint", "a CAR length prefix is longer than 9 bytes (varint overflow): the file is not a valid CAR file", offset: offset);
    }

    /// <summary>Reads exactly <paramref name="length"/> bytes into the block buffer.</summary>
    private ReadOnlyMemory<byte> ReadExactly(int length, string what)
    {
        var offset = Offset;
        if (_block.Length < length)
        {
            ArrayPool<byte>.Shared.Return(_block);
            _block = ArrayPool<byte>.Shared.Rent(length);
        }

        var copied = 0;
        while (copied < length)
        {
            if (_start == _end && !Fill())
            {
                throw _context.Fail("bluesky.truncated",
                    FormattableString.Invariant($"the file ends inside {what} ({copied} of {length} bytes): the file is truncated"), offset: offset);
            }

            var n = Math.Min(length - copied, _end - _start);
            Buffer.BlockCopy(_buffer, _start, _block, copied, n);
            _start += n;
            copied += n;
        }

        return _block.AsMemory(0, length);
    }

    private bool Fill()
    {
        _bufferOffset += _end;
        _start = _end = 0;
        var n = _stream.Read(_buffer, 0, _buffer.Length);
        _end = n;
        return n > 0;
    }
}
