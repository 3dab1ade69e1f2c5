using NetworkMetrics.Statistics;

namespace NetworkMetrics.Tests.Statistics;

/// <summary><see cref="GrowthFit.Band"/>: the delta-method confidence band of a fitted curve.</summary>
public sealed class GrowthBandTests
{
    private static readonly double[] T = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    private static readonly double[] Y = [1.2, 2.9, 5.1, 7.2, 8.8, 11.3, 12.9, 15.2, 16.8, 19.1];

    [Theory]
    [InlineData(-3.0)]
    [InlineData(0.0)]
    [InlineData(4.5)]
    [InlineData(12.0)]
    public void For_a_straight_line_it_is_the_textbook_confidence_band_of_the_mean(double t)
    {
        var fit = GrowthCurves.Fit(GrowthModel.Linear, T, Y);
        Assert.True(fit.Converged);

        // Ordinary least squares by hand: ŷ ± t(0.975, n−2) · s · √(1/n + (t − x̄)² / Sxx).
        var n = T.Length;
        var xbar = T.Average();
        var ybar = Y.Average();
        var sxx = T.Sum(x => (x - xbar) * (x - xbar));
        var slope = T.Zip(Y, (x, y) => (x - xbar) * (y - ybar)).Sum() / sxx;
        var intercept = ybar - (slope * xbar);
        var rss = T.Zip(Y, (x, y) => Math.Pow(y - (intercept + (slope * x)), 2)).Sum();
        var s = Math.Sqrt(rss / (n - 2));
        var half = StudentT.Quantile(0.975, n - 2) * s * Math.Sqrt((1.0 / n) + ((t - xbar) * (t - xbar) / sxx));
        var fitted = intercept + (slope * t);

        var band = fit.Band(t);
        Assert.NotNull(band);
        Assert.Equal(fitted - half, band.Value.Lower, 1e-9);
        Assert.Equal(fitted + half, band.Value.Upper, 1e-9);
    }

    [Fact]
    public void It_holds_the_curve_and_widens_away_from_the_data()
    {
        double[] t = [.. Enumerable.Range(0, 40).Select(i => (double)i * 5)];
        double[] y = [.. t.Select((x, i) => (300 / (1 + Math.Exp(-0.04 * (x - 90)))) + ((i % 3) - 1) * 2.5)];
        var fit = GrowthCurves.Fit(GrowthModel.Logistic, t, y);
        Assert.True(fit.Converged);
        var inside = fit.Band(100)!.Value;
        var ahead = fit.Band(400)!.Value;
        Assert.InRange(fit.Evaluate(100), inside.Lower, inside.Upper);
        Assert.True(ahead.Upper - ahead.Lower > inside.Upper - inside.Lower);
    }

    [Fact]
    public void A_fit_without_residual_degrees_of_freedom_has_no_band()
    {
        var fit = GrowthCurves.Fit(GrowthModel.Linear, [0.0, 1.0], [1.0, 3.0]);
        Assert.Null(fit.Band(0.5));
    }
}
