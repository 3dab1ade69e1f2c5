namespace NetworkMetrics;

/// <summary>The person who downloaded the export, as the export describes them.</summary>
/// <param name="Account">The owner's account on the platform, with every identifier the export states.</param>
/// <param name="Source">Whether a file of the export states who the owner is, or the records suggest it.</param>
public sealed record ExportOwner(Account Account, OwnerSource Source) : ExportRecord(Account.Platform);
