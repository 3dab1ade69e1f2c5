using System.Text;

namespace NetworkMetrics.Text;

/// <summary>
/// Facebook and Instagram write UTF-8 text as one <c>\u00XX</c> escape per byte
/// (<c>"Ho\u00c3\u00a0ng"</c> for "Hoàng"). Repair: when every char is at most U+00FF, take
/// the Latin-1 bytes and decode them as strict UTF-8; when that fails, keep the string. Latin-1,
/// not Windows-1252: bytes 0x80–0x9F round-trip.
/// </summary>
internal static class Mojibake
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Repair(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (c > '\u00FF')
            {
                return text;
            }

            if (c >= '\u0080')
            {
                needs = true;
            }
        }

        if (!needs)
        {
            return text;
        }

        Span<byte> small = stackalloc byte[256];
        var bytes = text.Length <= small.Length ? small[..text.Length] : new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = (byte)text[i];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return text;
        }
    }

    /// <summary>
    /// <see cref="Repair(string)"/> in place, without allocating: the repaired text replaces
    /// <paramref name="text"/> and its length is returned (never longer than the input).
    /// <paramref name="scratch"/> needs at least <c>text.Length</c> bytes.
    /// </summary>
    public static int Repair(Span<char> text, Span<byte> scratch)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (c > '\u00FF')
            {
                return text.Length;
            }

            if (c >= '\u0080')
            {
                needs = true;
            }
        }

        if (!needs)
        {
            return text.Length;
        }

        var bytes = scratch[..text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = (byte)text[i];
        }

        if (System.Text.Unicode.Utf8.ToUtf16(bytes, text, out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done)
        {
            return written;
        }

        // Not UTF-8 after all: put the original chars back (decoding may have overwritten some).
        for (var i = 0; i < bytes.Length; i++)
        {
            text[i] = (char)bytes[i];
        }

        return text.Length;
    }
}
