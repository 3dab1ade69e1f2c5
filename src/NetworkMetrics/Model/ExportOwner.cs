namespace NetworkMetrics;

/// <summary>The person who downloaded the export, as the export describes them.</summary>
/// <param name="Account">The owner's account on the platform.</param>
public sealed record ExportOwner(Account Account) : ExportRecord(Account.Platform);
