namespace NetworkMetrics.Scoring;

/// <summary>One tie as the builder keeps it.</summary>
/// <param name="Person">The person's index.</param>
/// <param name="Platform">The platform.</param>
/// <param name="Kind">What the tie is.</param>
/// <param name="SinceTicks">When it began, in UTC ticks; <see cref="long.MinValue"/> when the export does not say.</param>
internal readonly record struct TieRow(int Person, Platform Platform, TieKind Kind, long SinceTicks);
