namespace NetworkMetrics.Rebuild;

/// <summary>One day of a regrowth: the ties that had begun by the end of that UTC day.</summary>
/// <param name="Date">The day.</param>
/// <param name="Day">Days since the reset's day (0 on it): the time axis of the fits.</param>
/// <param name="Count">The cumulative count.</param>
public sealed record RebuildSeriesPoint(DateOnly Date, int Day, int Count);
