namespace NetworkMetrics.Statistics;

/// <summary>Every growth model fitted to one series (<see cref="GrowthCurves.FitAll"/>), and the best of them by AICc.</summary>
/// <param name="Fits">One fit per <see cref="GrowthModel"/>, in the enum's order; some may not have converged.</param>
/// <param name="Best">
/// The converged fit with the lowest AICc (the simpler model on an exact tie);
/// <see langword="null"/> when no fit converged with a defined AICc.
/// </param>
public sealed record GrowthFitSet(IReadOnlyList<GrowthFit> Fits, GrowthFit? Best)
{
    /// <summary>The fit of one model.</summary>
    /// <param name="model">The model.</param>
    /// <returns>Its fit (converged or not).</returns>
    public GrowthFit this[GrowthModel model] => Fits[(int)model];
}
