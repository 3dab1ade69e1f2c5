namespace NetworkMetrics.Statistics;

/// <summary>Whether, and how, a fitted curve reaches a target value.</summary>
public enum GrowthProjectionStatus
{
    /// <summary>The curve reaches the target at <see cref="GrowthProjection.Time"/>.</summary>
    Reached,

    /// <summary>The fitted ceiling K lies at or below the target: the curve levels off before it.</summary>
    CeilingBelowTarget,

    /// <summary>The fitted curve does not rise (a linear slope ≤ 0, or a saturating curve whose parameters make it fall).</summary>
    NotIncreasing,

    /// <summary>The target lies below everything the curve takes (at or below its lower asymptote, 0 for the S-curves).</summary>
    TargetBelowRange,

    /// <summary>The fit did not converge, so there is nothing to project.</summary>
    FitNotConverged,
}
