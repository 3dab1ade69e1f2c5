namespace NetworkMetrics;

/// <summary>The headline of one platform in the inputs: who, when, and the counts.</summary>
/// <param name="Platform">The platform.</param>
/// <param name="Owner">The owner's account in the newest snapshot (else the newest that names one), when the export says or suggests who it is.</param>
/// <param name="ExportedAt">When the newest snapshot was taken, when known.</param>
/// <param name="Counts">
/// Ties counted in the newest snapshot; messages counted across all snapshots, each
/// message once. A count is <see langword="null"/> when no file of the newest snapshot could hold it.
/// </param>
/// <param name="Snapshots">How many snapshots of the platform the inputs hold.</param>
public sealed record PlatformSummary(Platform Platform, Account? Owner, DateTimeOffset? ExportedAt, NetworkCounts Counts, int Snapshots)
{
    /// <summary>Where <see cref="ExportedAt"/> came from; <see langword="null"/> when it is <see langword="null"/>.</summary>
    public ExportDateSource? ExportedAtSource { get; init; }

    /// <summary>How the owner was known; <see langword="null"/> when <see cref="Owner"/> is.</summary>
    public OwnerSource? OwnerSource { get; init; }
}
