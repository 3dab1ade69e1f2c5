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
}
