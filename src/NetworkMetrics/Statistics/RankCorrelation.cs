namespace NetworkMetrics.Statistics;

/// <summary>Rank correlation of paired samples.</summary>
public static class RankCorrelation
{
    /// <summary>
    /// Spearman's ρ with average ranks for ties, and its two-sided p-value from the t distribution
    /// with n − 2 degrees of freedom, t = ρ·√((n − 2) / ((1 + ρ)(1 − ρ))), as scipy's
    /// <c>spearmanr</c> (|ρ| = 1 gives p = 0).
    /// </summary>
    /// <param name="x">The first sample.</param>
    /// <param name="y">The second sample, paired with <paramref name="x"/> by position.</param>
    /// <returns>ρ and p, each <see langword="null"/> where undefined (see <see cref="SpearmanResult"/>).</returns>
    /// <exception cref="ArgumentException">The samples differ in length or hold a value that is not finite.</exception>
    public static SpearmanResult Spearman(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Validation.SameLength(x.Length, y.Length, nameof(y), nameof(x));
        Validation.Finite(x, nameof(x));
        Validation.Finite(y, nameof(y));
        var n = x.Length;
        if (n < 2)
        {
            return new SpearmanResult(null, null, n);
        }

        var rx = new double[n];
        var ry = new double[n];
        Ranks.Average(x, rx);
        Ranks.Average(y, ry);

        // Both rank vectors have mean (n + 1) / 2 exactly; centred sums keep the digits.
        var mean = 0.5 * (n + 1);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            var dx = rx[i] - mean;
            var dy = ry[i] - mean;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        if (sxx == 0 || syy == 0)
        {
            return new SpearmanResult(null, null, n);
        }

        var rho = Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
        if (n < 3)
        {
            return new SpearmanResult(rho, null, n);
        }

        var df = n - 2;
        var denominator = (1 + rho) * (1 - rho);
        var p = denominator <= 0 ? 0 : StudentT.TwoSidedPValue(rho * Math.Sqrt(df / denominator), df);
        return new SpearmanResult(rho, p, n);
    }
}
