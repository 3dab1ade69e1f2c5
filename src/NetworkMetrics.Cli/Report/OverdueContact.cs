namespace NetworkMetrics.Cli.Report;

/// <summary>A person past the expected contact interval of their layer.</summary>
/// <param name="Name">The person's name (or pseudonym).</param>
/// <param name="Layer">The nominal size of the person's circle.</param>
/// <param name="DaysSinceContact">Days since the last contact.</param>
/// <param name="ExpectedIntervalDays">The expected interval of the layer, in days.</param>
/// <param name="OverdueRatio"><c>max(0, days − interval) / interval</c>.</param>
internal sealed record OverdueContact(string Name, int? Layer, int DaysSinceContact, int ExpectedIntervalDays, double OverdueRatio);
