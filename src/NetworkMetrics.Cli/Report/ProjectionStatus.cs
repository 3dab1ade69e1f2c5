namespace NetworkMetrics.Cli.Report;

/// <summary>What the fitted regrowth curve says about getting back to the baseline count.</summary>
internal enum ProjectionStatus
{
    /// <summary>The curve reaches the baseline: a projected date with its interval.</summary>
    Projected,

    /// <summary>The fitted ceiling lies below the baseline: the curve never gets back to the old size.</summary>
    CeilingBelowBaseline,

    /// <summary>No model converged: no curve and no numbers are shown.</summary>
    NotConverged,

    /// <summary>No fit was attempted (ties without dates, too few points).</summary>
    NotFitted,
}
