using System.Collections.Immutable;

namespace NetworkMetrics.Cli.Report;

/// <summary>The Kaplan–Meier curve of time to reconnect, with its median.</summary>
/// <param name="Points">One row per distinct event time, in time order (a leading t = 0, S = 1 row is added when missing).</param>
/// <param name="FollowUpDays">Days from the reset to the as-of day: the curve is drawn flat to there.</param>
internal sealed record ReconnectionCurve(ImmutableArray<SurvivalPoint> Points, double FollowUpDays)
{
    /// <summary>The median time to reconnect in days; null when fewer than half are back.</summary>
    public double? MedianDays { get; init; }

    /// <summary>The lower end of the median's 95% interval.</summary>
    public double? MedianLower { get; init; }

    /// <summary>The upper end of the median's 95% interval; null when unbounded.</summary>
    public double? MedianUpper { get; init; }
}
