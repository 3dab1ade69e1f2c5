using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace NetworkMetrics.Cli;

/// <summary>Maps library results onto the CLI's JSON and CSV contract (docs/cli.md).</summary>
internal static class Contract
{
    /// <summary>The version of every JSON output's shape (docs/cli.md): 2 since account keys, calls and unknown counts.</summary>
    public const int SchemaVersion = 2;

    public static InspectJson Inspect(ImportSummary summary)
    {
        var platforms = new Dictionary<string, PlatformJson>(StringComparer.Ordinal);
        foreach (var p in summary.Platforms)
        {
            var c = p.Counts;
            platforms[p.Platform.ToString()] = new PlatformJson(OwnerName(p.Owner), p.OwnerSource is { } source ? CamelCase(source.ToString()) : null,
                p.ExportedAt, p.ExportedAtSource is { } dated ? CamelCase(dated.ToString()) : null, p.Snapshots, c.Connections, c.Following, c.Followers,
                c.FollowingOrganizations, c.Removed, c.Requests, c.Invitations, c.Messages);
        }

        return new InspectJson(
            SchemaVersion,
            platforms,
            [.. summary.Files.Select(f => new FileJson(f.Path, f.Platform.ToString(), f.Format, f.Records, f.Skipped))],
            [.. summary.Inputs.Select(i => new InputJson(i.Path, i.RecognizedFiles, i.UnrecognizedFiles))],
            Diagnostics(summary.Diagnostics));
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
            "ties" => TiesTable(result, latest, json),
            "conversations" => ConversationsTable(result, json),
            _ => InteractionsTable(result, json, withContent),
        };
    }

    private static byte[] AccountsTable(ImportResult result, bool json)
    {
        // Every account of every snapshot, merged by the library's rule (ImportResult.Accounts).
        var rows = result.Accounts
            .Select(a => new AccountRow(a.Platform.ToString(), a.Id, CamelCase(a.Kind.ToString()), [.. a.Keys.Select(k => k.ToString())], a.Name, a.Handle, a.ProfileUrl,
                [.. a.Emails.Select(e => e.Written)], [.. a.Phones.Select(p => p.ToString())], [.. a.Links.Select(k => k.ToString())], a.Websites))
            .ToList();
        if (json)
        {
            return JsonSerializer.SerializeToUtf8Bytes(new TableJson<AccountRow>(SchemaVersion, "accounts", rows), CliJsonContext.Output.TableJsonAccountRow);
        }

        return Csv(["platform", "id", "kind", "keys", "name", "handle", "url", "emails", "phones", "links", "websites"],
            rows.Select(r => new[] { r.Platform, r.Id, r.Kind, string.Join(';', r.Keys), r.Name, r.Handle, r.Url, string.Join(';', r.Emails), string.Join(';', r.Phones),
                string.Join(';', r.Links), string.Join(';', r.Websites) }));
    }

    /// <summary>The id of the merged account a snapshot's key names (the accounts table's <c>id</c>), else the key's own value.</summary>
    private static string? AccountId(ImportResult result, AccountKey? key) => key is { } k ? result.FindAccount(k)?.Id ?? k.Value : null;

    private static byte[] TiesTable(ImportResult result, List<ExportSnapshot> latest, bool json)
    {
        var rows = latest.SelectMany(s => s.Ties)
            .Select(t => new TieRow(t.Platform.ToString(), AccountId(result, t.AccountKey), CamelCase(t.Kind.ToString()), t.Since, t.EndedAt))
            .ToList();
        if (json)
        {
            return JsonSerializer.SerializeToUtf8Bytes(new TableJson<TieRow>(SchemaVersion, "ties", rows), CliJsonContext.Output.TableJsonTieRow);
        }

        return Csv(["platform", "accountId", "kind", "since", "endedAt"],
            rows.Select(r => new[] { r.Platform, r.AccountId, r.Kind, Date(r.Since), Date(r.EndedAt) }));
    }

    private static byte[] ConversationsTable(ImportResult result, bool json)
    {
        var rows = result.Conversations
            .Select(c => new ConversationRow(c.Platform.ToString(), c.Id, CamelCase(c.Kind.ToString()), c.Title, [.. c.Participants.Select(k => AccountId(result, k)!)]))
            .ToList();
        if (json)
        {
            return JsonSerializer.SerializeToUtf8Bytes(new TableJson<ConversationRow>(SchemaVersion, "conversations", rows), CliJsonContext.Output.TableJsonConversationRow);
        }

        return Csv(["platform", "id", "kind", "title", "participants"],
            rows.Select(r => new[] { r.Platform, r.Id, r.Kind, r.Title, string.Join(';', r.Participants) }));
    }

    private static byte[] InteractionsTable(ImportResult result, bool json, bool withContent)
    {
        var rows = new List<InteractionRow>();
        foreach (var interaction in result.Interactions)
        {
            var channel = CamelCase(interaction.Channel.ToString());
            var direction = CamelCase(interaction.Direction.ToString());
            var visibility = CamelCase(interaction.Visibility.ToString());
            var outcome = interaction.Channel == InteractionChannel.Call ? CamelCase(interaction.Outcome.ToString()) : null;
            var duration = interaction.Duration?.TotalSeconds;
            var content = withContent ? interaction.Content : null;
            InteractionRow Row(string? account) => new(interaction.Platform.ToString(), account, channel, direction, interaction.DirectionInferred, interaction.At,
                interaction.Audience, visibility, duration, outcome, interaction.SourceId, interaction.ConversationId, content);
            if (interaction.AccountKeys.IsDefaultOrEmpty)
            {
                rows.Add(Row(null));
                continue;
            }

            foreach (var key in interaction.AccountKeys)
            {
                rows.Add(Row(AccountId(result, key)));
            }
        }

        if (json)
        {
            return JsonSerializer.SerializeToUtf8Bytes(new TableJson<InteractionRow>(SchemaVersion, "interactions", rows), CliJsonContext.Output.TableJsonInteractionRow);
        }

        string[] header = ["platform", "accountId", "channel", "direction", "directionInferred", "at", "audience", "visibility", "durationSeconds", "outcome", "sourceId", "conversationId"];
        return Csv(withContent ? [.. header, "content"] : header, rows.Select(r =>
        {
            string?[] fields = [r.Platform, r.AccountId, r.Channel, r.Direction, r.DirectionInferred ? "true" : "false", Date(r.At),
                r.Audience.ToString(CultureInfo.InvariantCulture), r.Visibility, r.DurationSeconds?.ToString(CultureInfo.InvariantCulture), r.Outcome, r.SourceId, r.ConversationId];
            return withContent ? [.. fields, r.Content] : fields;
        }));
    }

    private static string? Date(DateTimeOffset? date) => date is { } d ? UtcDateConverter.Format(d) : null;

    /// <summary>
    /// An import's diagnostics, pseudonymised when <paramref name="pseudonymizer"/> is given: through a summary, so that
    /// the import's records (every interaction) are not copied only for their diagnostics.
    /// </summary>
    internal static System.Collections.Immutable.ImmutableArray<ImportDiagnostic> Diagnostics(ImportResult result, Pseudonymizer? pseudonymizer) =>
        pseudonymizer is null ? result.Diagnostics
        : pseudonymizer.Apply(new ImportSummary { Platforms = [], Inputs = result.Inputs, Files = result.Files, Diagnostics = result.Diagnostics }).Diagnostics;

    /// <summary>The diagnostics as the JSON outputs carry them.</summary>
    internal static List<DiagnosticJson> Diagnostics(IEnumerable<ImportDiagnostic> diagnostics) =>
        [.. diagnostics.Select(d => new DiagnosticJson(d.File, d.Line, d.Record, d.Offset, Severity(d.Severity), d.Code, d.Message))];

    /// <summary>A CSV table (comma-separated, a header row, quoted where needed) as UTF-8 bytes.</summary>
    internal static byte[] Csv(string[] header, IEnumerable<string?[]> rows)
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
