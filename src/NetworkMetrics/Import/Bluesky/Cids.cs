namespace NetworkMetrics.Import.Bluesky;

/// <summary>CIDs as text: multibase base32 (lower case, no padding, prefix <c>b</c>), as atproto writes them.</summary>
internal static class Cids
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static string ToText(ReadOnlySpan<byte> cid)
    {
        Span<char> chars = stackalloc char[1 + ((cid.Length * 8) + 4) / 5];
        chars[0] = 'b';
        var n = 1;
        var buffer = 0;
        var bits = 0;
        foreach (var b in cid)
        {
            buffer = ((buffer << 8) | b) & 0xFFFF;
            bits += 8;
            while (bits >= 5)
            {
                chars[n++] = Alphabet[(buffer >> (bits - 5)) & 31];
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            chars[n++] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(chars[..n]);
    }
}
