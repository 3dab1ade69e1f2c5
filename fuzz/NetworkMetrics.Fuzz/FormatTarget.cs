using NetworkMetrics.Archives;
using NetworkMetrics.Import;

namespace NetworkMetrics.Fuzz;

/// <summary>
/// One file family (<see cref="ExportFormat"/>): its content detection on the first bytes, then
/// its parser, lenient (with message contents, records collected) and strict (records counted).
/// A family registered more than once under one id (X's data types, matched by name and again
/// by content) is one target: every registration's content detection, then the parser.
/// </summary>
internal sealed class FormatTarget(IReadOnlyList<ExportFormat> formats) : FuzzTarget
{
    public ExportFormat Format { get; } = formats[0];

    public override string Name => Format.Id;

    public override string Description => $"{Format.Platform} parser {Format.GetType().Name}";

    public override string? Dictionary => DictionaryFor(EntryPath);

    public override void Run(byte[] input)
    {
        var path = EntryPath ?? Format.Id;
        var entry = new ArchiveEntry(0, path, "fuzz!/" + path, input.Length, null);
        foreach (var format in formats)
        {
            _ = format.MatchContent(input.AsSpan(0, Math.Min(input.Length, FormatRegistry.HeadSize)));
        }

        // Lenient: skipped records are diagnostics; a whole-file problem is one of the expected exceptions.
        var lenient = new CheckingSink(Format, new CollectingSink(), includeContent: true);
        Expecting(() => Parse(input, entry, ImportOptions.Default with { IncludeContent = true }, lenient));

        // Strict: the first problem is an exception; nothing else may escape.
        var strict = new CheckingSink(Format, new CountingSink(keepMessageFingerprints: true), includeContent: false);
        Expecting(() => Parse(input, entry, ImportOptions.Default with { Strict = true }, strict));

        // Differential: the counting path (inspect of one snapshot) counts what the record path reads.
        CompareCountingWithRecords(input, entry);
    }

    private void CompareCountingWithRecords(byte[] input, ArchiveEntry entry)
    {
        var records = new CollectingSink();
        var (recordContext, recordError) = Outcome(input, entry, records);
        var counter = new CountingSink(keepMessageFingerprints: false);
        var (countContext, countError) = Outcome(input, entry, counter);

        var expected = new CountTally();
        foreach (var tie in records.Ties)
        {
            expected.Add(tie.Kind);
        }

        expected.Messages = records.Interactions.Count(i => CountTally.IsMessage(i.Channel)) + records.UndatedMessages;
        var newest = records.Ties.Where(t => t.Date is not null).Select(t => t.Date!.Value)
            .Concat(records.Interactions.Select(i => i.At)).Select(d => (DateTimeOffset?)d).Max();
        Same(recordError, countError, "outcome (exception code)");
        Same(Describe(expected), Describe(counter.Tally), "counts");
        Same(recordContext.Records, countContext.Records, "records");
        Same(recordContext.Skipped, countContext.Skipped, "skipped");
        Same(OwnerOffers.Best(records.OwnerOffers).Owner?.Id, OwnerOffers.Best(counter.OwnerOffers).Owner?.Id, "owner");
        Same(newest?.UtcTicks, counter.Newest?.UtcTicks, "newest date");
        Same(Codes(recordContext), Codes(countContext), "diagnostics");
    }

    private (ParseContext Context, string? Error) Outcome(byte[] input, ArchiveEntry entry, RecordSink sink)
    {
        using var stream = new MemoryStream(input, writable: false);
        var context = new ParseContext(entry, Format, ImportOptions.Default, sink, null, CancellationToken.None);
        try
        {
            Format.Parse(stream, context);
            return (context, null);
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            return (context, ex is ExportFormatException format ? format.Diagnostic.Code : ex.GetType().Name);
        }
    }

    private static string Describe(CountTally tally) =>
        string.Join(',', Enum.GetValues<TieKind>().Select(k => tally[k])) + ";" + tally.Messages;

    private static string Codes(ParseContext context) =>
        string.Join(' ', context.Diagnostics.Where(d => !ParseContext.RecordPathOnlyDiagnostics.Contains(d.Code)).Select(d => $"{d.Code}@{d.Line}#{d.Record}"));

    private static void Same<T>(T records, T counting, string what)
    {
        if (!EqualityComparer<T>.Default.Equals(records, counting))
        {
            throw new InvariantViolationException($"the counting path differs from the record path in its {what}: records {records}, counting {counting}");
        }
    }

    private void Parse(byte[] input, ArchiveEntry entry, ImportOptions options, RecordSink sink)
    {
        using var stream = new MemoryStream(input, writable: false);
        var context = new ParseContext(entry, Format, options, sink, null, CancellationToken.None);
        Format.Parse(stream, context);
        if (context.Records < 0 || context.Skipped < 0)
        {
            throw new InvariantViolationException("negative record counts");
        }
    }

    /// <summary>The dictionary for a file name: by extension.</summary>
    public static string? DictionaryFor(string? path)
    {
        var extension = Path.GetExtension(path ?? string.Empty).ToLowerInvariant();
        return extension switch
        {
            ".csv" => "csv.dict",
            ".json" or ".js" => "json.dict",
            ".vcf" => "vcard.dict",
            _ => null,
        };
    }
}

/// <summary>
/// Passes records on to a real sink after checking the model's invariants (rules of the house):
/// the format's platform, non-empty ids, dates in UTC, message text only when asked for.
/// </summary>
internal sealed class CheckingSink(ExportFormat format, RecordSink inner, bool includeContent) : RecordSink
{
    public override void OnAccount(Account account)
    {
        Check(account.Platform == format.Platform, $"account of platform {account.Platform} from a {format.Platform} format");
        Check(!string.IsNullOrWhiteSpace(account.Id), "account with an empty id");
        Check(account.Keys.Length > 0 && account.Keys[0] == account.Key, "account whose keys do not start with its primary key");
        Check(account.Keys.All(k => k.Platform == format.Platform && !string.IsNullOrEmpty(k.Value)), "account key of another platform or empty");
        inner.OnAccount(account);
    }

    public override void OnTie(Tie tie)
    {
        Check(tie.Platform == format.Platform, $"tie of platform {tie.Platform} from a {format.Platform} format");
        Check(tie.AccountKey is null || tie.AccountKey.Value.Value.Length > 0, "tie with an empty account key");
        Check(tie.Since is null || tie.Since.Value.Offset == TimeSpan.Zero, $"tie date not in UTC: {tie.Since:O}");
        Check(tie.EndedAt is null || tie.EndedAt.Value.Offset == TimeSpan.Zero, $"tie end not in UTC: {tie.EndedAt:O}");
        inner.OnTie(tie);
    }

    public override void OnInteraction(Interaction interaction, ulong contentHash)
    {
        Check(interaction.Platform == format.Platform, $"interaction of platform {interaction.Platform} from a {format.Platform} format");
        Check(interaction.At.Offset == TimeSpan.Zero, $"interaction date not in UTC: {interaction.At:O}");
        Check(!interaction.AccountKeys.IsDefault, "interaction with a default AccountKeys array");
        Check(interaction.AccountKeys.All(key => !string.IsNullOrEmpty(key.Value)), "interaction with an empty account key");
        Check(includeContent || interaction.Content is null, "message content kept although IncludeContent is false");
        Check(interaction.Duration is null || (interaction.Channel == InteractionChannel.Call && interaction.Duration > TimeSpan.Zero), "a duration on anything but an answered call");
        inner.OnInteraction(interaction, contentHash);
    }

    public override void OnConversation(Conversation conversation)
    {
        Check(conversation.Platform == format.Platform, $"conversation of platform {conversation.Platform} from a {format.Platform} format");
        Check(!string.IsNullOrEmpty(conversation.Id), "conversation with an empty id");
        Check(conversation.Participants.All(k => k.Platform == format.Platform && !string.IsNullOrEmpty(k.Value)), "conversation participant of another platform or empty");
        inner.OnConversation(conversation);
    }

    public override void OnUndatedMessage() => inner.OnUndatedMessage();

    public override void OnOwner(Account owner, int confidence)
    {
        Check(owner.Platform == format.Platform, $"owner of platform {owner.Platform} from a {format.Platform} format");
        Check(!string.IsNullOrWhiteSpace(owner.Id), "owner with an empty id");
        inner.OnOwner(owner, confidence);
    }

    public override void OnExportDate(DateTimeOffset exportedAt)
    {
        Check(exportedAt.Offset == TimeSpan.Zero, $"export date not in UTC: {exportedAt:O}");
        inner.OnExportDate(exportedAt);
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }
}
