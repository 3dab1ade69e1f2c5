using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>
/// What an import read: one or more snapshots per platform, the accounts of all snapshots merged,
/// every interaction once, every file and every diagnostic. Equality is by value, arrays included.
/// </summary>
public sealed record ImportResult
{
    private readonly IReadOnlyDictionary<AccountKey, Account>? _index;

    /// <summary>The snapshots, by platform, oldest first within a platform.</summary>
    public required ImmutableArray<ExportSnapshot> Snapshots { get; init; }

    /// <summary>
    /// The accounts of every snapshot, merged platform by platform under one rule (docs/model.md,
    /// "Accounts across snapshots"): two accounts of different snapshots of a platform are one when
    /// they share a key that is ambiguous in neither (never two accounts of the same snapshot); the
    /// newest snapshot's details come first, keys and lists are unioned. The owners are not among them.
    /// In platform order, then key order.
    /// </summary>
    public ImmutableArray<Account> Accounts { get; init; } = [];

    /// <summary>
    /// The interactions of every snapshot, platform by platform and oldest snapshot first, each message
    /// once even where snapshots overlap (by the platform's id where it gives one; otherwise by direction,
    /// time, channel and a hash of the text). Within one snapshot nothing is de-duplicated: two identical
    /// messages sent in the same minute are two messages. Their account keys are those of <see cref="Accounts"/>.
    /// Empty when the import was made with <see cref="ImportOptions.KeepInteractionRecords"/> off (the scoring
    /// model still reads them).
    /// </summary>
    public ImmutableArray<Interaction> Interactions { get; init; } = [];

    /// <summary>
    /// The interactions as rows, in the same order and as de-duplicated as <see cref="Interactions"/>, when the import
    /// was made with <see cref="ImportOptions.KeepInteractionRecords"/> off (else empty): what <see cref="Scoring.ContactQuality"/> reads.
    /// </summary>
    internal ImmutableArray<Import.InteractionSegment> InteractionSegments { get; init; } = [];

    /// <summary>The conversations of every snapshot, each once per platform and id (participants unioned), with the keys of <see cref="Accounts"/>.</summary>
    public ImmutableArray<Conversation> Conversations { get; init; } = [];

    /// <summary>The headline of each platform, as <see cref="ExportImporter.InspectAsync"/> reports it, in <see cref="Platform"/> order.</summary>
    public ImmutableArray<PlatformSummary> Summaries { get; init; } = [];

    /// <summary>The inputs as given, with how many of their files were recognised.</summary>
    public required ImmutableArray<ImportInput> Inputs { get; init; }

    /// <summary>The recognised files, in input order and then path order.</summary>
    public required ImmutableArray<ImportedFile> Files { get; init; }

    /// <summary>Every problem met, in input order and then file order.</summary>
    public required ImmutableArray<ImportDiagnostic> Diagnostics { get; init; }

    /// <summary>
    /// Every key of every snapshot's accounts, to the merged account of <see cref="Accounts"/> that holds
    /// it (set by the importer; keys carried by several merged accounts are left out).
    /// </summary>
    internal IReadOnlyDictionary<AccountKey, Account>? AccountIndex
    {
        get => _index;
        init => _index = value;
    }

    /// <summary>The platforms present, in <see cref="NetworkMetrics.Platform"/> order.</summary>
    public IEnumerable<Platform> Platforms => Snapshots.Select(s => s.Platform).Distinct().Order();

    /// <summary>The newest snapshot of a platform, or <see langword="null"/> when the inputs hold none.</summary>
    /// <param name="platform">The platform.</param>
    /// <returns>The snapshot whose ties and counts describe the network as it is now.</returns>
    public ExportSnapshot? Latest(Platform platform)
    {
        ExportSnapshot? latest = null;
        foreach (var snapshot in Snapshots)
        {
            if (snapshot.Platform == platform)
            {
                latest = snapshot;
            }
        }

        return latest;
    }

    /// <summary>
    /// The merged account (one of <see cref="Accounts"/>) that a key of any snapshot names: a tie's or an
    /// interaction's key, an email, a handle. <see langword="null"/> when no account carries the key, or
    /// when several distinct accounts do (an ambiguous name).
    /// </summary>
    /// <param name="key">A key, as any snapshot's records refer to accounts or as a user writes it (<see cref="AccountKey.Parse"/>).</param>
    /// <returns>The account, or <see langword="null"/>.</returns>
    public Account? FindAccount(AccountKey key)
    {
        if (_index is not null)
        {
            return _index.GetValueOrDefault(key);
        }

        Account? found = null;
        foreach (var account in Accounts)
        {
            if (account.Keys.Contains(key))
            {
                if (found is not null)
                {
                    return null;
                }

                found = account;
            }
        }

        return found;
    }

    /// <inheritdoc/>
    public bool Equals(ImportResult? other) =>
        other is not null && Sequences.Equal(Snapshots, other.Snapshots) && Sequences.Equal(Accounts, other.Accounts)
        && Sequences.Equal(Interactions, other.Interactions) && Sequences.Equal(Conversations, other.Conversations)
        && Sequences.Equal(Summaries, other.Summaries) && Sequences.Equal(Inputs, other.Inputs) && Sequences.Equal(Files, other.Files)
        && Sequences.Equal(Diagnostics, other.Diagnostics);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Sequences.Hash(Snapshots), Accounts.Length, Interactions.Length, Files.Length, Diagnostics.Length);
}
