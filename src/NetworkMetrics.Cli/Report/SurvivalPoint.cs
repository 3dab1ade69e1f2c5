namespace NetworkMetrics.Cli.Report;

/// <summary>A row of the Kaplan–Meier reconnection curve: the share of baseline contacts not back yet after <c>T</c> days.</summary>
/// <param name="T">Days since the reset (calendar days).</param>
/// <param name="Survival">S(t), in [0, 1].</param>
/// <param name="Lower">The lower end of the 95% interval.</param>
/// <param name="Upper">The upper end of the 95% interval.</param>
internal sealed record SurvivalPoint(double T, double Survival, double Lower, double Upper);
