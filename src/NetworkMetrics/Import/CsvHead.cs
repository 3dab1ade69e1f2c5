using System.Text;

namespace NetworkMetrics.Import;

/// <summary>
/// The rows at the start of a CSV file, from its first bytes only: for recognising a file by its
/// header when its name says nothing (<see cref="ExportFormat.MatchLoneFile"/>). Fields are
/// split on commas outside double quotes and trimmed; the last, possibly cut, line is not read.
/// </summary>
internal static class CsvHead
{
    /// <summary>Whether one of the complete lines of <paramref name="head"/> has every one of <paramref name="columns"/> as a field (case-insensitive).</summary>
    public static bool HasHeader(ReadOnlySpan<byte> head, IReadOnlyList<string> columns)
    {
        if (columns.Count == 0)
        {
            return false;
        }

        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        var lastBreak = head.LastIndexOfAny((byte)'\n', (byte)'\r');
        if (lastBreak < 0)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(head[..lastBreak]);
        foreach (var line in text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = Fields(line);
            var all = true;
            foreach (var column in columns)
            {
                all &= fields.Contains(column, StringComparer.OrdinalIgnoreCase);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim());
        return fields;
    }
}
