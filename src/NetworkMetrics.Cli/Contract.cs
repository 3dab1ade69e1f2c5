using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace NetworkMetrics.Cli;

/// <summary>Maps library results onto the CLI's JSON and CSV contract (docs/cli.md).</summary>
internal static class Contract
{
    public static InspectJson Inspect(ImportSummary summary)
    {
        var platforms = new Dictionary<string, PlatformJson>(StringComparer.Ordinal);
        foreach (var p in summary.Platforms)
        {
            var c = p.Counts;
            platforms[p.Platform.ToString()] = new PlatformJson(OwnerName(p.Owner), p.ExportedAt, p.Snapshots, c.Connections, c.Following, c.Followers,
                c.FollowingOrganizations, c.Removed, c.Requests, c.Invitations, c.Messages);
        }

        return new InspectJson(
            platforms,
            [.. summary.Files.Select(f => new FileJson(f.Path, f.Platform.ToString(), f.Format, f.Records, f.Skipped))],
            [.. summary.Inputs.Select(i => new InputJson(i.Path, i.RecognizedFiles, i.UnrecognizedFiles))],
            [.. summary.Diagnostics.Select(d => new DiagnosticJson(d.File, d.Line, d.Record, d.Offset, Severity(d.Severity), d.Code, d.Message))]);
    }

    public static string Readable(ImportSummary summary)
    {
        var text = new StringBuilder();
        foreach (var p in summary.Platforms)
        {
            var c = p.Counts;
            text.Append(CultureInfo.InvariantCulture, $"{p.Platform}");
            if (OwnerName(p.Owner) is { } owner)
            {
                text.Append(CultureInfo.InvariantCulture, $" — {owner}");
            }

            if (p.ExportedAt is { } at)
            {
                text.Append(CultureInfo.InvariantCulture, $", exported {at.UtcDateTime:yyyy-MM-dd}");
            }

            if (p.Snapshots > 1)
            {
                text.Append(CultureInfo.InvariantCulture, $" ({p.Snapshots} snapshots; counts from the newest)");
            }

            text.AppendLine();
            Line(text, "connections", c.Connections);
            Line(text, "following", c.Following);
            Line(text, "followers", c.Followers);
            Line(text, "organisations followed", c.FollowingOrganizations);
            Line(text, "removed", c.Removed);
            Line(text, "requests", c.Requests);
            Line(text, "invitations", c.Invitations);
            Line(text, "messages", c.Messages);
        }

        var skipped = summary.Files.Sum(f => f.Skipped);
        var unrecognized = summary.Inputs.Sum(i => i.UnrecognizedFiles);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{summary.Files.Length} files read, {summary.Files.Sum(f => f.Records)} records, {skipped} skipped; {unrecognized} other files not read; {summary.Diagnostics.Length} diagnostics");
        return text.ToString();
    }

    public static byte[] Table(ImportResult result, string table, bool json, bool withContent)
    {
        var latest = result.Platforms.Select(p => result.Latest(p)!).ToList();
        return table switch
        {
            "accounts" => AccountsTable(result, json),
            "ties" => TiesTable(latest, json),
            _ => InteractionsTable(result, json, withContent),
        };
    }

    private static byte[] AccountsTable(ImportResult result, bool json)
    {
        // Every account of every snapshot, merged by platform and id.
        var rows = result.Snapshots
            .SelectMany(s => s.Accounts)
            .GroupBy(a => (a.Platform, a.Id))
            .OrderBy(g => g.Key.Platform).ThenBy(g => g.Key.Id, StringComparer.Ordinal)
            .Select(g => g.Last())
            .Select(a => new AccountRow(a.Platform.ToString(), a.Id, a.Name, a.Handle, a.ProfileUrl, a.Emails, a.Phones))
            .ToList();
        if (json)
        {
            return JsonSerializer.SerializeToUtf8Bytes(rows, CliJsonContext.Output.ListAccountRow);
        }

        return Csv(["platform", "id", "name", "handle", "url", "emails", "phones"],
            rows.Select(r => new[] { r.Platform, r.Id, r.Name, r.Handle, r.Url, string.Join(';', r.Emails), string.Join(';', r.Phones) }));
    }

    private static byte[] TiesTable(List<ExportSnapshot> latest, bool json)
    {
        var rows = latest.SelectMany(s => s.Ties)
            .Select(t => new TieRow(t.Platform.ToString(), t.AccountId, CamelCase(t.Kind.ToString()), t.Since))
            .ToList();
        if (json)
        {
            return JsonSerializer.SerializeToUtf8Bytes(rows, CliJsonContext.Output.ListTieRow);
        }

        return Csv(["platform", "accountId", "kind", "since"],
            rows.Select(r => new[] { r.Platform, r.AccountId, r.Kind, r.Since is { } s ? UtcDateConverter.Format(s) : null }));
    }

    private static byte[] InteractionsTable(ImportResult result, bool json, bool withContent)
    {
        var rows = new List<InteractionRow>();
        foreach (var interaction in result.AllInteractions())
        {
            var channel = CamelCase(interaction.Channel.ToString());
            var direction = CamelCase(interaction.Direction.ToString());
            var content = withContent ? interaction.Content : null;
            if (interaction.AccountIds.IsDefaultOrEmpty)
            {
                rows.Add(new InteractionRow(interaction.Platform.ToString(), null, channel, direction, interaction.At, interaction.Audience, interaction.SourceId, content));
                continue;
            }

            foreach (var account in interaction.AccountIds)
            {
                rows.Add(new InteractionRow(interaction.Platform.ToString(), account, channel, direction, interaction.At, interaction.Audience, interaction.SourceId, content));
            }
        }

        if (json)
        {
            return JsonSerializer.SerializeToUtf8Bytes(rows, CliJsonContext.Output.ListInteractionRow);
        }

        string[] header = withContent
            ? ["platform", "accountId", "channel", "direction", "at", "audience", "sourceId", "content"]
            : ["platform", "accountId", "channel", "direction", "at", "audience", "sourceId"];
        return Csv(header, rows.Select(r =>
        {
            string?[] fields = [r.Platform, r.AccountId, r.Channel, r.Direction, r.At is { } at ? UtcDateConverter.Format(at) : null,
                r.Audience.ToString(CultureInfo.InvariantCulture), r.SourceId];
            return withContent ? [.. fields, r.Content] : fields;
        }));
    }

    private static byte[] Csv(string[] header, IEnumerable<string?[]> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = CsvWriter.Create(buffer, CsvWriterOptions.Default with { Separator = ',' }, leaveOpen: true))
        {
            writer.WriteHeader(header);
            foreach (var row in rows)
            {
                writer.WriteRecord(row!);
            }

            writer.Flush();
        }

        return buffer.ToArray();
    }

    /// <summary>How the owner is shown: the name, else the handle, else the id (a pseudonym when pseudonymised).</summary>
    internal static string? OwnerName(Account? owner) => owner?.Name ?? owner?.Handle ?? owner?.Id;

    internal static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };

    internal static string CamelCase(string name) => string.Create(name.Length, name, static (span, n) =>
    {
        n.AsSpan().CopyTo(span);
        span[0] = char.ToLowerInvariant(span[0]);
    });

    private static void Line(StringBuilder text, string label, int? value)
    {
        if (value is { } v)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {label,-24}{v,8}");
        }
    }
}
