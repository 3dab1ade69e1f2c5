using System.Collections.Immutable;

namespace NetworkMetrics.Cli.Report;

/// <summary>The best growth model fitted to a platform's regrowth series and what it projects.</summary>
/// <param name="Status">Whether the curve projects a date back to the baseline, and if not, why.</param>
/// <param name="Model">The best model's name (<c>logistic</c>, <c>gompertz</c>, …); null when none converged.</param>
internal sealed record RegrowthFit(ProjectionStatus Status, string? Model)
{
    /// <summary>The fitted curve's points (empty when no model converged).</summary>
    public ImmutableArray<CountPoint> Curve { get; init; } = [];

    /// <summary>The projection band: the 95% interval of the count ahead of the data.</summary>
    public ImmutableArray<BandPoint> Band { get; init; } = [];

    /// <summary>The fitted ceiling (<c>K</c>), where the model has one.</summary>
    public double? Ceiling { get; init; }

    /// <summary>The projected day back to the baseline count (with <see cref="ProjectionStatus.Projected"/>).</summary>
    public DateOnly? ProjectedDate { get; init; }

    /// <summary>The lower end of the projected day's 95% interval; null when unbounded.</summary>
    public DateOnly? ProjectedLower { get; init; }

    /// <summary>The upper end of the projected day's 95% interval; null when unbounded.</summary>
    public DateOnly? ProjectedUpper { get; init; }
}
