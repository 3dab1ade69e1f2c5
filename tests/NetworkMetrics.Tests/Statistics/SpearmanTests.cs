using NetworkMetrics.Statistics;

namespace NetworkMetrics.Tests.Statistics;

/// <summary>
/// Spearman's ρ and its p-value against scipy 1.10.1's <c>spearmanr</c>; expected values are the output
/// of reference/spearman.py (rerun: <c>/usr/bin/python3 tests/NetworkMetrics.Tests/Statistics/reference/spearman.py</c>).
/// </summary>
public sealed class SpearmanTests
{
    public static TheoryData<string, double[], double[], double, double> Scipy() => new()
    {
        // scipy: ties rho 0.8545260229661706 p 0.0016376378243630912 n 10
        { "ties", [1, 2, 2, 3, 4, 4, 4, 5, 6, 7], [2, 1, 4, 3, 3, 6, 5, 8, 7, 7], 0.8545260229661706, 0.0016376378243630912 },

        // scipy: negative rho -0.9879518072289155 p 4.332844351410931e-06 n 8
        { "negative", [10.5, 3, 7, 7, 1, 9, 2.5, 4], [1, 6, 3, 2, 9, 1, 7, 5], -0.9879518072289155, 4.332844351410931e-06 },

        // scipy: three rho 0.5 p 0.6666666666666667 n 3
        { "three", [1, 2, 3], [1, 3, 2], 0.5, 0.6666666666666667 },

        // scipy: formula-500 rho 0.07515937680941813 p 0.0931942401001007 n 500
        { "formula-500", Formula500X(), Formula500Y(), 0.07515937680941813, 0.0931942401001007 },

        // scipy: weak-60 rho 0.13374733143037737 p 0.30830015824873913 n 60
        { "weak-60", [.. Enumerable.Range(1, 60).Select(i => (double)(i * 7 % 19))], [.. Enumerable.Range(1, 60).Select(i => (double)((i * 11 % 23) + (i % 2)))], 0.13374733143037737, 0.30830015824873913 },
    };

    [Theory]
    [MemberData(nameof(Scipy))]
    public void Matches_scipy_spearmanr(string name, double[] x, double[] y, double rho, double p)
    {
        var result = RankCorrelation.Spearman(x, y);
        Assert.True(result.IsDefined, name);
        Assert.Equal(x.Length, result.Count);
        Assert.True(Math.Abs(result.Rho!.Value - rho) <= 1e-14, $"{name}: rho {result.Rho:R} vs scipy {rho:R}");
        NistCertifiedTests.AssertRelative(p, result.PValue!.Value, 1e-10, name + " p");
    }

    [Fact]
    public void A_perfect_monotone_relation_has_rho_one_and_p_near_zero()
    {
        // scipy: perfect rho 0.9999999999999999 p 1.4042654220543672e-24 (its rho is one ulp short of 1).
        var result = RankCorrelation.Spearman([1, 2, 3, 4, 5], [2, 4, 6, 8, 100]);
        Assert.Equal(1, result.Rho!.Value, 1e-15);
        Assert.True(result.PValue < 1e-20);
    }

    [Fact]
    public void Degenerate_inputs_are_undefined_not_numbers()
    {
        // scipy: constant input gives (nan, nan); two pairs give (±1, nan).
        var constant = RankCorrelation.Spearman([1, 2, 3], [4, 4, 4]);
        Assert.Null(constant.Rho);
        Assert.Null(constant.PValue);
        Assert.False(constant.IsDefined);

        var two = RankCorrelation.Spearman([1, 2], [3, 1]);
        Assert.Equal(-1, two.Rho!.Value, 1e-15);
        Assert.Null(two.PValue);
        Assert.False(two.IsDefined);

        Assert.Null(RankCorrelation.Spearman([], []).Rho);
        Assert.Null(RankCorrelation.Spearman([1], [1]).Rho);
    }

    [Fact]
    public void Inputs_are_validated_naming_the_parameter()
    {
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => RankCorrelation.Spearman([1, 2], [1])).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentException>(() => RankCorrelation.Spearman([1, double.NaN], [1, 2])).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => RankCorrelation.Spearman([1, 2], [1, double.PositiveInfinity])).ParamName);
    }

    [Fact]
    public void Average_ranks_give_ties_the_mean_of_their_positions()
    {
        var ranks = new double[6];
        Ranks.Average([10, 30, 20, 30, 10, 30], ranks);
        Assert.Equal([1.5, 5, 3, 5, 1.5, 5], ranks);
    }

    // x = (i * 37 mod 101), y = 10 (i * 13 mod 47) + 50 (i mod 3) + floor(x / 2), i = 1..500.
    private static double[] Formula500X() => [.. Enumerable.Range(1, 500).Select(i => (double)(i * 37 % 101))];

    private static double[] Formula500Y() =>
        [.. Enumerable.Range(1, 500).Select(i => (double)((10 * (i * 13 % 47)) + (50 * (i % 3)) + (i * 37 % 101 / 2)))];
}
