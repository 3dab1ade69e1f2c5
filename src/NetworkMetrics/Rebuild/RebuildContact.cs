namespace NetworkMetrics.Rebuild;

/// <summary>A contact of a platform's rebuild, in the lists of returning, new and lost contacts.</summary>
/// <param name="Person">The person id (<see cref="RebuildOptions.PersonOf"/>, else the account's primary key).</param>
/// <param name="Key">The account's primary key (of the after export where the contact is there, else of the before one).</param>
/// <param name="Name">The name, if the exports give one.</param>
public sealed record RebuildContact(string Person, AccountKey Key, string? Name)
{
    /// <summary>When the baseline tie began (before exports), or ended (the removal, without a before export); <see langword="null"/> for a new contact or an undated tie.</summary>
    public DateTimeOffset? BaselineSince { get; init; }

    /// <summary>When the current tie began (the reconnection, for a returning contact); <see langword="null"/> for a lost contact or an undated tie.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Calendar days from the reset's day to the reconnection's day (returning, dated contacts only).</summary>
    public int? Days { get; init; }

    /// <summary>The baseline score as of the reset, 0–100 (baseline contacts only).</summary>
    public double? Score { get; init; }
}
