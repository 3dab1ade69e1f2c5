namespace NetworkMetrics.Identity;

/// <summary>One line of an overrides file: two accounts, by any of their keys, and whether they are one person.</summary>
/// <param name="Relation">Same or different.</param>
/// <param name="A">A key of one account, in the string form <c>Platform:kind:value</c>.</param>
/// <param name="B">A key of the other account.</param>
public sealed record IdentityOverride(OverrideRelation Relation, AccountKey A, AccountKey B)
{
    /// <summary>The 1-based line of the file it was read from; <see langword="null"/> when built in code.</summary>
    public long? Line { get; init; }

    /// <summary>The file it was read from; <see langword="null"/> when built in code.</summary>
    public string? File { get; init; }
}
