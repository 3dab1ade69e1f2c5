namespace NetworkMetrics.Statistics;

/// <summary>
/// When a fitted growth curve reaches a target value (for a regrowth: the baseline count), with a
/// 95% interval by the delta method.
/// </summary>
/// <remarks>
/// t* solves f(t*; θ̂) = target. Its standard error is √(gᵀΣg) with Σ = s²(JᵀJ)⁻¹ the
/// parameters' covariance and g = ∂t*/∂θ = −(∂f/∂θ)/(∂f/∂t) at t* (implicit differentiation);
/// the interval is t* ± t₀.₉₇₅,df · SE with df = n − p, the residual degrees of freedom.
/// The upper end is unbounded (<see cref="double.PositiveInfinity"/>, <see cref="IsUpperUnbounded"/>)
/// when the data cannot exclude a curve that never gets there: for a saturating model, when the
/// lower end of K's own 95% interval, K − t₀.₉₇₅,df·SE(K), is at or below the target; for the
/// linear model, when that of the slope is at or below 0.
/// </remarks>
/// <param name="Model">The model projected.</param>
/// <param name="Target">The value to reach.</param>
/// <param name="Status">Whether the curve reaches it; every number below is <see langword="null"/> unless <see cref="GrowthProjectionStatus.Reached"/>.</param>
/// <param name="Time">t*, on the fit's own time axis (t as given to the fit); may lie before or inside the data.</param>
/// <param name="StandardError">The delta-method standard error of t*; <see langword="null"/> when the fit has no covariance (no residual degrees of freedom).</param>
/// <param name="Lower">The lower end of the 95% interval (finite).</param>
/// <param name="Upper">The upper end of the 95% interval; <see cref="double.PositiveInfinity"/> when unbounded.</param>
/// <param name="Ceiling">The fitted ceiling K for the saturating models (also when it lies below the target); <see langword="null"/> for the linear model.</param>
public sealed record GrowthProjection(
    GrowthModel Model,
    double Target,
    GrowthProjectionStatus Status,
    double? Time,
    double? StandardError,
    double? Lower,
    double? Upper,
    double? Ceiling)
{
    /// <summary>Whether the curve reaches the target.</summary>
    public bool IsReached => Status == GrowthProjectionStatus.Reached;

    /// <summary>Whether the interval is open above: the data cannot exclude a curve that never reaches the target.</summary>
    public bool IsUpperUnbounded => Upper is double.PositiveInfinity;
}
