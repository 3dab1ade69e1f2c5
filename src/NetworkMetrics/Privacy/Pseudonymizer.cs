using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using NetworkMetrics.Import;

namespace NetworkMetrics;

/// <summary>
/// Pseudonymised data for sharing with a researcher. The output is built from an allow-list: new
/// records holding only what is allowed, never copies with some fields cleared (docs/model.md, "What
/// the pseudonymiser keeps").
/// </summary>
/// <remarks>
/// <para>Every account key's value becomes <c>HMAC-SHA256(key, UTF-8("&lt;Platform&gt;:&lt;value&gt;"))</c> in
/// lowercase hex, where <c>&lt;Platform&gt;</c> is the platform's name as <see cref="Platform"/> spells it
/// (<c>LinkedIn</c>); its platform and kind stay. An account's <see cref="Account.Id"/>, the value of its
/// primary key, becomes the same pseudonym. Conversation ids, message ids and file paths are pseudonymised the
/// same way with <c>conversation:</c>, <c>source:</c> and <c>path:</c> after the platform
/// (<c>Twitter:source:1234</c>; paths <c>path:&lt;path&gt;</c> without a platform). The same key gives the same
/// pseudonyms in every build and on every machine, so datasets pseudonymised separately join.</para>
/// <para>Kept: platforms, kinds of keys, accounts and ties, channels, directions, visibilities, dates, audiences,
/// call durations and outcomes, counts, format ids, diagnostic codes, severities, lines, records and offsets.
/// Dropped: names, handles, URLs, emails, phones, web sites, message contents, conversation titles,
/// diagnostic messages (replaced by the code's fixed description) and every path (replaced by its format id
/// and a pseudonym: <c>facebook.messages.2024/3fa2…</c>).</para>
/// </remarks>
/// <example>
/// <code>
/// var key = File.ReadAllBytes("study.key");               // never a command-line argument
/// var shared = new Pseudonymizer(key).Apply(result);
/// </code>
/// </example>
public sealed class Pseudonymizer
{
    /// <summary>The shortest key accepted, in bytes.</summary>
    public const int MinimumKeyLength = 16;

    private readonly byte[] _key;

    /// <summary>Creates a pseudonymizer with a secret key of at least <see cref="MinimumKeyLength"/> bytes.</summary>
    /// <param name="key">The secret key. Keep it out of command lines and shell history.</param>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyLength"/> bytes.</exception>
    public Pseudonymizer(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException(FormattableString.Invariant($"The key must be at least {MinimumKeyLength} bytes long."), nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>The pseudonym of an account id or key value: lowercase hex of HMAC-SHA256 over <c>platform:value</c>.</summary>
    /// <param name="platform">The account's platform.</param>
    /// <param name="accountId">The account's <see cref="Account.Id"/> (or any key's value).</param>
    /// <returns>64 lowercase hexadecimal characters.</returns>
    public string Pseudonymize(Platform platform, string accountId)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        return Hash(platform.ToString() + ":" + accountId);
    }

    /// <summary>The pseudonym of a key: the same platform and kind, the value pseudonymised (<see cref="Pseudonymize(Platform, string)"/>).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The pseudonymised key.</returns>
    public AccountKey Pseudonymize(AccountKey key) => AccountKey.Normalized(key.Platform, key.Kind, Pseudonymize(key.Platform, key.Value));

    /// <summary>The pseudonym of a file path, prefixed with its format id: <c>facebook.messages.2024/3fa2…</c>.</summary>
    /// <param name="format">The file's format id, or <see langword="null"/> for an input (<c>input/…</c>).</param>
    /// <param name="path">The path.</param>
    /// <returns>The pseudonymised path.</returns>
    public string PseudonymizePath(string? format, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return (format ?? "input") + "/" + Hash("path:" + path);
    }

    /// <summary>A pseudonymised import: the same structure, built anew from what may be shared.</summary>
    /// <param name="result">The import.</param>
    /// <returns>The pseudonymised import.</returns>
    public ImportResult Apply(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var formats = Formats(result.Files);
        var accounts = result.Accounts.Select(Apply).ToImmutableArray();
        var index = new Dictionary<AccountKey, Account>();
        foreach (var (key, account) in result.Accounts.SelectMany(a => a.Keys.Select(k => (k, a))))
        {
            index.TryAdd(Pseudonymize(key), accounts[result.Accounts.IndexOf(account)]);
        }

        return new ImportResult
        {
            Snapshots = [.. result.Snapshots.Select(s => Apply(s, formats))],
            Accounts = accounts,
            Interactions = [.. result.Interactions.Select(Apply)],
            InteractionSegments = [.. result.InteractionSegments.Select(Apply)],
            Conversations = [.. result.Conversations.Select(Apply)],
            Summaries = [.. result.Summaries.Select(Apply)],
            Inputs = [.. result.Inputs.Select(Apply)],
            Files = [.. result.Files.Select(Apply)],
            Diagnostics = [.. result.Diagnostics.Select(d => Apply(d, formats))],
            AccountIndex = index,
        };
    }

    /// <summary>A pseudonymised summary: counts, pseudonymised owners, paths and diagnostics.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The same counts, with nothing that names anyone.</returns>
    public ImportSummary Apply(ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var formats = Formats(summary.Files);
        return new ImportSummary
        {
            Platforms = [.. summary.Platforms.Select(Apply)],
            Inputs = [.. summary.Inputs.Select(Apply)],
            Files = [.. summary.Files.Select(Apply)],
            Diagnostics = [.. summary.Diagnostics.Select(d => Apply(d, formats))],
        };
    }

    /// <summary>A pseudonymised account: its keys (and id) pseudonymised, its kind and ambiguity; nothing else.</summary>
    /// <param name="account">The account.</param>
    /// <returns>The pseudonymised account.</returns>
    public Account Apply(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new Account(Pseudonymize(account.Key))
        {
            Keys = [.. account.Keys.Select(Pseudonymize)],
            Kind = account.Kind,
            Links = [.. account.Links.Select(Pseudonymize)],
            IsAmbiguous = account.IsAmbiguous,
        };
    }

    /// <summary>A pseudonymised interaction: keys, message and conversation ids pseudonymised; no content.</summary>
    /// <param name="interaction">The interaction.</param>
    /// <returns>The pseudonymised interaction.</returns>
    public Interaction Apply(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return new Interaction(interaction.Platform, interaction.Channel, interaction.Direction, interaction.At)
        {
            AccountKeys = [.. interaction.AccountKeys.Select(Pseudonymize)],
            Audience = interaction.Audience,
            Visibility = interaction.Visibility,
            Duration = interaction.Duration,
            Outcome = interaction.Outcome,
            DirectionInferred = interaction.DirectionInferred,
            SourceId = interaction.SourceId is null ? null : Hash(interaction.Platform + ":source:" + interaction.SourceId),
            ConversationId = Conversation(interaction.Platform, interaction.ConversationId),
        };
    }

    /// <summary>
    /// Interactions kept as rows (<see cref="ImportOptions.KeepInteractionRecords"/> off), pseudonymised as
    /// <see cref="Apply(Interaction)"/> does: keys and conversation ids pseudonymised, and the key of each message id
    /// replaced by the key of a pseudonym of it (the id itself is not kept, so the pseudonym is of its key).
    /// </summary>
    private Import.InteractionSegment Apply(Import.InteractionSegment segment) =>
        segment.Map(Pseudonymize, (platform, id) => Conversation(platform, id)!,
            (platform, key) => Scoring.ContactQualityBuilder.SourceKey(Hash(platform + ":source-key:" + key.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private ExportSnapshot Apply(ExportSnapshot snapshot, IReadOnlyDictionary<string, string> formats) => new()
    {
        Platform = snapshot.Platform,
        ExportedAt = snapshot.ExportedAt,
        ExportedAtSource = snapshot.ExportedAtSource,
        Owner = snapshot.Owner is null ? null : Apply(snapshot.Owner),
        OwnerSource = snapshot.OwnerSource,
        Accounts = [.. snapshot.Accounts.Select(Apply).OrderBy(a => a.Key)],
        Ties = [.. snapshot.Ties.Select(t => new Tie(t.Platform, t.AccountKey is { } key ? Pseudonymize(key) : null, t.Kind) { Since = t.Since, EndedAt = t.EndedAt })],
        Interactions = [.. snapshot.Interactions.Select(Apply)],
        InteractionSegments = [.. snapshot.InteractionSegments.Select(Apply)],
        Conversations = [.. snapshot.Conversations.Select(Apply)],
        Files = [.. snapshot.Files.Select(Apply)],
        Counts = snapshot.Counts,
    };

    private Conversation Apply(Conversation conversation) =>
        new(conversation.Platform, Conversation(conversation.Platform, conversation.Id)!)
        {
            Kind = conversation.Kind,
            Participants = [.. conversation.Participants.Select(Pseudonymize).Order()],
        };

    private PlatformSummary Apply(PlatformSummary summary) =>
        new(summary.Platform, summary.Owner is null ? null : Apply(summary.Owner), summary.ExportedAt, summary.Counts, summary.Snapshots)
        {
            ExportedAtSource = summary.ExportedAtSource,
            OwnerSource = summary.OwnerSource,
        };

    private ImportInput Apply(ImportInput input) => new(PseudonymizePath(null, input.Path), input.RecognizedFiles, input.UnrecognizedFiles);

    private ImportedFile Apply(ImportedFile file) => new(PseudonymizePath(file.Format, file.Path), file.Platform, file.Format, file.Records, file.Skipped);

    private ImportDiagnostic Apply(ImportDiagnostic diagnostic, IReadOnlyDictionary<string, string> formats) =>
        new(diagnostic.Severity, diagnostic.Code, DiagnosticCatalog.Describe(diagnostic.Code))
        {
            File = diagnostic.File is null ? null : PseudonymizePath(formats.GetValueOrDefault(diagnostic.File), diagnostic.File),
            Line = diagnostic.Line,
            Record = diagnostic.Record,
            Offset = diagnostic.Offset,
        };

    private static Dictionary<string, string> Formats(ImmutableArray<ImportedFile> files)
    {
        var formats = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            formats.TryAdd(file.Path, file.Format);
        }

        return formats;
    }

    private string? Conversation(Platform platform, string? id) => id is null ? null : Hash(platform + ":conversation:" + id);

    private string Hash(string text)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text), mac);
        return Convert.ToHexString(mac).ToLowerInvariant();
    }
}
