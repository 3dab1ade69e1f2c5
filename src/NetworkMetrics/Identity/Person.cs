using System.Collections.Immutable;

namespace NetworkMetrics.Identity;

/// <summary>
/// One person behind one or more accounts, with the evidence that joined them. Equality is by value, arrays included.
/// </summary>
/// <param name="Id">
/// A stable id: <c>p-</c> and 12 lowercase hexadecimal digits of SHA-256 over the string form of the person's
/// strongest, smallest primary key (kinds strongest first, then platform, then value). The same inputs give the same
/// ids, and an unrelated export added to the inputs changes nobody's id; a person's id changes only when an account
/// with a stronger or smaller key joins them.
/// </param>
public sealed record Person(string Id)
{
    /// <summary>The person's name: a full name (two words or more) before a single word, an address-book card's before a platform's.</summary>
    public string? Name { get; init; }

    /// <summary>Whether this is the owner of the exports (<see cref="PeopleNetwork.Owner"/>).</summary>
    public bool IsOwner { get; init; }

    /// <summary>The accounts, in key order.</summary>
    public ImmutableArray<Account> Accounts { get; init; } = [];

    /// <summary>The evidence between the person's accounts that merged them, strongest first (empty for a single account).</summary>
    public ImmutableArray<IdentityEvidence> Evidence { get; init; } = [];

    /// <summary>The key the <see cref="Id"/> is derived from.</summary>
    internal AccountKey IdKey { get; init; }

    /// <summary>The platforms of the accounts, in <see cref="Platform"/> order, each once.</summary>
    public IEnumerable<Platform> Platforms => Accounts.Select(a => a.Platform).Distinct().Order();

    /// <inheritdoc/>
    public bool Equals(Person? other) =>
        other is not null && Id == other.Id && Name == other.Name && IsOwner == other.IsOwner
        && Sequences.Equal(Accounts, other.Accounts) && Sequences.Equal(Evidence, other.Evidence);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, IsOwner, Sequences.Hash(Accounts), Sequences.Hash(Evidence));
}
