namespace NetworkMetrics.Statistics;

/// <summary>
/// Spearman's rank correlation of two paired samples, as scipy's <c>spearmanr</c> computes it:
/// the Pearson correlation of the average ranks, and a two-sided p-value from Student's t with
/// n − 2 degrees of freedom.
/// </summary>
/// <param name="Rho">
/// The rank correlation in [−1, 1]; <see langword="null"/> when it is undefined: fewer than two
/// pairs, or one of the samples is constant (every value tied).
/// </param>
/// <param name="PValue">
/// The two-sided p-value for "no monotone association"; <see langword="null"/> when
/// <paramref name="Rho"/> is undefined or there are fewer than three pairs (no degrees of freedom).
/// </param>
/// <param name="Count">The number of pairs.</param>
public sealed record SpearmanResult(double? Rho, double? PValue, int Count)
{
    /// <summary>Whether both the correlation and its p-value are defined.</summary>
    public bool IsDefined => Rho.HasValue && PValue.HasValue;
}
