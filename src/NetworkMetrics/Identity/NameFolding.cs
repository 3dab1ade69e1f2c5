using System.Globalization;
using System.Text;

namespace NetworkMetrics.Identity;

/// <summary>Names compared without their diacritics, and the first-name test that tells two people apart.</summary>
internal static class NameFolding
{
    /// <summary>
    /// A normalised name (<see cref="AccountKeyKind.Name"/>: NFC, lower case) without diacritics: "chloé fontaine" →
    /// "chloe fontaine", "łucja" → "lucja", "straße" → "strasse". ASCII names are returned as they are.
    /// </summary>
    public static string Fold(string name)
    {
        if (Ascii.IsValid(name))
        {
            return name;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            switch (c)
            {
                case 'ł': builder.Append('l'); break;
                case 'ø': builder.Append('o'); break;
                case 'đ' or 'ð': builder.Append('d'); break;
                case 'ß': builder.Append("ss"); break;
                case 'æ': builder.Append("ae"); break;
                case 'œ': builder.Append("oe"); break;
                case 'ı': builder.Append('i'); break;
                case 'þ': builder.Append("th"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The number of words of a normalised name (single spaces between words).</summary>
    public static int Words(string name) => name.AsSpan().Count(' ') + 1;

    /// <summary>The first word of a folded name, without the dot of an initial ("a. lima" → "a").</summary>
    public static string FirstWord(string folded)
    {
        var space = folded.IndexOf(' ', StringComparison.Ordinal);
        var word = space < 0 ? folded : folded[..space];
        return word.Length > 1 ? word.TrimEnd('.') : word;
    }

    /// <summary>
    /// Whether two full names name different people: both have two words or more and their first words differ,
    /// neither being the start of the other ("Sam Rivera" and "Alex Rivera" differ; "Rob Smith" and "Robert Smith"
    /// may be one person). Names of one word tell nothing.
    /// </summary>
    public static bool Conflict(string? firstA, int wordsA, string? firstB, int wordsB) =>
        firstA is not null && firstB is not null && wordsA >= 2 && wordsB >= 2
        && !firstA.StartsWith(firstB, StringComparison.Ordinal) && !firstB.StartsWith(firstA, StringComparison.Ordinal);
}
