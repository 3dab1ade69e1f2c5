using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>How the accounts of two snapshots of one platform correspond: who is in both, who only in one.</summary>
/// <param name="Matched">The accounts found in both snapshots, in the order of the earlier snapshot's accounts.</param>
/// <param name="OnlyBefore">The earlier snapshot's accounts not found in the later one (or found only through an ambiguous key).</param>
/// <param name="OnlyAfter">The later snapshot's accounts not found in the earlier one.</param>
public sealed record AccountMatches(ImmutableArray<AccountMatch> Matched, ImmutableArray<Account> OnlyBefore, ImmutableArray<Account> OnlyAfter)
{
    /// <inheritdoc/>
    public bool Equals(AccountMatches? other) =>
        other is not null && Sequences.Equal(Matched, other.Matched) && Sequences.Equal(OnlyBefore, other.OnlyBefore) && Sequences.Equal(OnlyAfter, other.OnlyAfter);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Sequences.Hash(Matched), Sequences.Hash(OnlyBefore), Sequences.Hash(OnlyAfter));
}
