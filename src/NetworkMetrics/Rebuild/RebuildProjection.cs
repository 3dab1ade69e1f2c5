using NetworkMetrics.Statistics;

namespace NetworkMetrics.Rebuild;

/// <summary>When the best-fitting growth curve gets back to the baseline count, in dates.</summary>
/// <param name="Target">The baseline count.</param>
/// <param name="Fit">The projection on the fit's time axis (days since the reset's day), with its status.</param>
public sealed record RebuildProjection(int Target, GrowthProjection Fit)
{
    /// <summary>The projected day the curve reaches the target (UTC); <see langword="null"/> unless <see cref="GrowthProjectionStatus.Reached"/>.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The lower end of its 95% interval; <see langword="null"/> unless reached.</summary>
    public DateOnly? Lower { get; init; }

    /// <summary>The upper end of its 95% interval; <see langword="null"/> unless reached, or when open above (<see cref="GrowthProjection.IsUpperUnbounded"/>).</summary>
    public DateOnly? Upper { get; init; }

    /// <summary>Why the curve does not reach the target, in a sentence; <see langword="null"/> when it does.</summary>
    public string? Statement { get; init; }
}
