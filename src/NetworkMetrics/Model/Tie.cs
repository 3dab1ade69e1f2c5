namespace NetworkMetrics;

/// <summary>A relationship between the export's owner and one account, as one record of the export states it.</summary>
/// <param name="Platform">The platform.</param>
/// <param name="AccountId">
/// The <see cref="Account.Id"/> of the other side; <see langword="null"/> when the export
/// counts the tie but hides who it is (a LinkedIn connection whose member is hidden or deleted).
/// </param>
/// <param name="Kind">What the tie is.</param>
/// <param name="Since">When the tie began (or, for ended ties, when it ended), in UTC; <see langword="null"/> when the export does not say.</param>
public sealed record Tie(Platform Platform, string? AccountId, TieKind Kind, DateTimeOffset? Since) : ExportRecord(Platform);
