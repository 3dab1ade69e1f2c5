namespace NetworkMetrics.Cli.Report;

/// <summary>A count on a day: a point of the cumulative regrowth series or of the fitted curve.</summary>
/// <param name="Date">The day.</param>
/// <param name="Count">The count (fitted values may be fractional).</param>
internal sealed record CountPoint(DateOnly Date, double Count);
