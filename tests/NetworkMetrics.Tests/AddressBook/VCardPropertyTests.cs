using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Text;

namespace NetworkMetrics.Tests.AddressBook;

/// <summary>A display name made of awkward pieces: escapes, separators, scripts, emoji, newlines.</summary>
public sealed record CardName(string Value);

/// <summary>Where a writer folds its lines (characters per line).</summary>
public sealed record FoldWidth(int Value);

public static class VCardArbitraries
{
    private static readonly string[] Pieces =
    [
        "a", "Zoë", " ", "  ", ",", ";", "\\", ":", "=", "\"", "\n", "é", "Ø", "山田", "Ἀλέξανδρος", "Петров", "محمد", "🌻", "👩‍💻", "x=3D", "\\n", "\\;",
    ];

    public static Arbitrary<CardName> Names() =>
        Gen.ArrayOf(Gen.Elements(Pieces)).Select(parts => new CardName(string.Concat(parts))).ToArbitrary();

    public static Arbitrary<FoldWidth> Widths() => Gen.Choose(1, 80).Select(w => new FoldWidth(w)).ToArbitrary();
}

/// <summary>Names written the way vCard writers write them are read back as they were (after the usual name clean-up).</summary>
public sealed class VCardPropertyTests
{
    [Property(MaxTest = 100, Arbitrary = [typeof(VCardArbitraries)])]
    public bool A_3_0_name_escaped_and_folded_anywhere_reads_back(CardName name, FoldWidth width)
    {
        var escaped = name.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        var card = "BEGIN:VCARD\r\nVERSION:3.0\r\n" + Fold("FN:" + escaped, width.Value) + "EMAIL:someone@example.org\r\nEND:VCARD\r\n";
        return NameRead(card) == Identifiers.CleanName(name.Value);
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(VCardArbitraries)])]
    public bool A_2_1_quoted_printable_name_with_soft_line_breaks_reads_back(CardName name, FoldWidth width)
    {
        var escaped = name.Value.Replace(";", "\\;", StringComparison.Ordinal);
        var qp = new StringBuilder();
        var column = 0;
        foreach (var b in Encoding.UTF8.GetBytes(escaped))
        {
            var token = b is >= 33 and <= 126 and not (byte)'=' ? ((char)b).ToString() : "=" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
            if (column + token.Length > width.Value + 2)
            {
                qp.Append("=\r\n");
                column = 0;
            }

            qp.Append(token);
            column += token.Length;
        }

        var card = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp + "\r\nEMAIL:someone@example.org\r\nEND:VCARD\r\n";
        return NameRead(card) == Identifiers.CleanName(name.Value);
    }

    private static string? NameRead(string card)
    {
        using var dir = new TempDir();
        var path = dir.Write("card.vcf", card);
        var result = Run.Import(path);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        return Assert.Single(result.Latest(Platform.AddressBook)!.Accounts).Name;
    }

    /// <summary>Folds a content line every <paramref name="width"/> characters (never inside a surrogate pair), CRLF + space.</summary>
    private static string Fold(string line, int width)
    {
        var builder = new StringBuilder();
        var start = 0;
        while (line.Length - start > width)
        {
            var cut = start + width;
            if (char.IsLowSurrogate(line[cut]))
            {
                cut--;
            }

            if (cut <= start)
            {
                cut = start + 2;
            }

            builder.Append(line, start, cut - start).Append("\r\n ");
            start = cut;
        }

        return builder.Append(line, start, line.Length - start).Append("\r\n").ToString();
    }
}
