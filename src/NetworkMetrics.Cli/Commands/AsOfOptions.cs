using System.CommandLine;
using System.Globalization;

namespace NetworkMetrics.Cli.Commands;

/// <summary>
/// <c>--as-of DATE</c>, for every command where time matters: an ISO date (<c>2025-07-05</c>) meaning the end of that
/// day in UTC; records after it are ignored. Without it, the newest export's date.
/// </summary>
internal static class AsOfOptions
{
    public static Option<DateOnly?> AsOf(string description = "Compute as of the end of this day, UTC (ISO date, e.g. 2025-07-05; later records are ignored). Default: the newest export's date.")
    {
        var option = new Option<DateOnly?>("--as-of")
        {
            Description = description,
            CustomParser = Parse,
        };
        return option;
    }

    /// <summary>Parses an ISO calendar date, or reports what was expected.</summary>
    internal static DateOnly? Parse(System.CommandLine.Parsing.ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{token}' is not a date: expected an ISO date such as 2025-07-05 ({result.Argument?.Name ?? "date"}).");
        return null;
    }

    /// <summary>The end of <paramref name="day"/> in UTC: its last tick.</summary>
    public static DateTimeOffset EndOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1).AddTicks(-1);

    /// <summary>
    /// The as-of instant: the end of the given day; else the newest export date any snapshot states; else the newest
    /// record (tie or interaction) the exports hold; else none. The second value says which, for the output.
    /// </summary>
    public static (DateTimeOffset? AsOf, string Source) Resolve(DateOnly? given, params ImportResult[] results)
    {
        if (given is { } day)
        {
            return (EndOf(day), "given");
        }

        var exported = results.SelectMany(r => r.Snapshots).Select(s => s.ExportedAt).Max();
        if (exported is { } e)
        {
            return (e, "newest export");
        }

        DateTimeOffset? newest = null;
        foreach (var snapshot in results.SelectMany(r => r.Snapshots))
        {
            foreach (var tie in snapshot.Ties)
            {
                newest = Later(newest, tie.Since);
            }
        }

        foreach (var interaction in results.SelectMany(r => r.Interactions))
        {
            newest = Later(newest, interaction.At);
        }

        return (newest, "newest record");
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);
}
