using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>
/// Everything one platform's export said at the moment it was taken: the owner, the
/// accounts, the ties, the interactions and the conversations. Several exports of one platform
/// taken at different times are several snapshots; one export split across several archives is one.
/// Equality is by value, arrays included.
/// </summary>
/// <remarks>
/// References are canonical within a snapshot: every <see cref="Tie.AccountKey"/>,
/// <see cref="Interaction.AccountKeys"/> item and <see cref="Conversation.Participants"/> item is the
/// <see cref="Account.Key"/> of one of <see cref="Accounts"/>. The owner is not among the accounts.
/// </remarks>
public sealed record ExportSnapshot
{
    /// <summary>The platform.</summary>
    public required Platform Platform { get; init; }

    /// <summary>When the export was taken; <see langword="null"/> when nothing says. <see cref="ExportedAtSource"/> says where the date came from.</summary>
    public DateTimeOffset? ExportedAt { get; init; }

    /// <summary>Where <see cref="ExportedAt"/> came from; <see langword="null"/> when it is <see langword="null"/>.</summary>
    public ExportDateSource? ExportedAtSource { get; init; }

    /// <summary>The owner, when the export says or suggests who it is, with every identifier it states.</summary>
    public Account? Owner { get; init; }

    /// <summary>How the owner was known; <see langword="null"/> when <see cref="Owner"/> is.</summary>
    public OwnerSource? OwnerSource { get; init; }

    /// <summary>Every account the export mentions, the owner apart, merged where records share a key, in key order.</summary>
    public ImmutableArray<Account> Accounts { get; init; } = [];

    /// <summary>The ties, in the order of the files and records that hold them.</summary>
    public ImmutableArray<Tie> Ties { get; init; } = [];

    /// <summary>
    /// The interactions, in the order of the files and records that hold them; empty when the import was made with
    /// <see cref="ImportOptions.KeepInteractionRecords"/> off.
    /// </summary>
    public ImmutableArray<Interaction> Interactions { get; init; } = [];

    /// <summary>The interactions as rows, one segment per file, when <see cref="ImportOptions.KeepInteractionRecords"/> is off (else empty).</summary>
    internal ImmutableArray<Import.InteractionSegment> InteractionSegments { get; init; } = [];

    /// <summary>The conversations (threads), each once even when split across files, in id order.</summary>
    public ImmutableArray<Conversation> Conversations { get; init; } = [];

    /// <summary>The files this snapshot was read from.</summary>
    public ImmutableArray<ImportedFile> Files { get; init; } = [];

    /// <summary>
    /// The headline counts of this snapshot: a count is <see langword="null"/> when no file of the snapshot
    /// could hold it (an X archive without <c>follower.js</c> has no followers count), 0 when the file is there and holds none.
    /// </summary>
    public required NetworkCounts Counts { get; init; }

    /// <summary>The account with this key (its primary key or any other of its keys), or <see langword="null"/>.</summary>
    /// <param name="key">A key.</param>
    /// <returns>The account, or <see langword="null"/> when none of the snapshot's accounts carries the key or more than one does.</returns>
    public Account? FindAccount(AccountKey key)
    {
        Account? found = null;
        foreach (var account in Accounts)
        {
            if (account.Key == key || account.Keys.Contains(key))
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
    public bool Equals(ExportSnapshot? other) =>
        other is not null && Platform == other.Platform && ExportedAt == other.ExportedAt && ExportedAtSource == other.ExportedAtSource
        && Equals(Owner, other.Owner) && OwnerSource == other.OwnerSource && Sequences.Equal(Accounts, other.Accounts)
        && Sequences.Equal(Ties, other.Ties) && Sequences.Equal(Interactions, other.Interactions)
        && Sequences.Equal(Conversations, other.Conversations) && Sequences.Equal(Files, other.Files) && Counts == other.Counts;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Platform, ExportedAt, Owner, Accounts.Length, Ties.Length, Interactions.Length, Counts);
}
