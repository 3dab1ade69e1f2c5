namespace NetworkMetrics.Cli.Report;

/// <summary>A point of the projection band: the 95% interval of the projected count on a day.</summary>
/// <param name="Date">The day.</param>
/// <param name="Lower">The lower end of the interval.</param>
/// <param name="Upper">The upper end of the interval.</param>
internal sealed record BandPoint(DateOnly Date, double Lower, double Upper);
