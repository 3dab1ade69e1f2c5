namespace NetworkMetrics;

/// <summary>A relationship between the export's owner and one account, as one record of the export states it.</summary>
/// <param name="Platform">The platform.</param>
/// <param name="AccountKey">
/// The <see cref="Account.Key"/> of the other side; <see langword="null"/> when the export counts the tie
/// but hides who it is (a LinkedIn connection whose member is hidden or deleted).
/// </param>
/// <param name="Kind">What the tie is.</param>
public sealed record Tie(Platform Platform, AccountKey? AccountKey, TieKind Kind) : ExportRecord(Platform)
{
    /// <summary>When the tie began (a connection made, a follow, a request sent), in UTC; <see langword="null"/> when the export does not say.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>
    /// When the tie ended, for the kinds that record an end (<see cref="TieKind.Removed"/>,
    /// <see cref="TieKind.Unfollowed"/>), in UTC; <see langword="null"/> otherwise or when the export does not say.
    /// </summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The date the record states: <see cref="EndedAt"/> for an ended tie, else <see cref="Since"/>.</summary>
    public DateTimeOffset? Date => EndedAt ?? Since;
}
