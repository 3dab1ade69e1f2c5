using System.Globalization;
using NetworkMetrics.Statistics;

namespace NetworkMetrics.Tests.Statistics;

/// <summary>
/// Every growth model on two synthetic regrowth series against R 4.2.2's <c>nls</c> (analytic
/// gradients, tight tolerance, started near the optimum): the output of reference/growth.R, pasted
/// as it prints (rerun: <c>Rscript tests/NetworkMetrics.Tests/Statistics/reference/growth.R</c>).
/// The library fits from its automatic starts. Checks R's AIC convention for nls too.
/// </summary>
public sealed class GrowthReferenceTests
{
    private const string ROutput = """
        A linear rss 21273.035795561696 df 58 sigma 19.151409327614047 aic 528.5236877300224 aicc 528.95225915859385
          slope 3.8718104549224965 0.095177338040554546
          intercept -8.2841896440859912 4.9247949864011265
        A saturating-exponential rss 22033.504297195577 df 58 sigma 19.490715869974139 aic 530.63112003941399 aicc 531.05969146798543 offset 8.49e-09
          K 3220.5811249041594 3901.1728670603393
          r 0.0012068572312550192 0.0015224283952977855
        A logistic rss 1385.4525098025013 df 57 sigma 4.9301302601959742 aic 366.63887547954653 aicc 367.36614820681928 offset 5.29e-10
          K 299.6556559006176 1.9055104798789715
          r 0.080069809028028932 0.0014468304365409313
          t0 39.956005033386553 0.28786571313267217
        A richards rss 1382.8413908525299 df 56 sigma 4.9692651635049367 aic 368.52568866551502 aicc 369.63679977662611 offset 6.64e-10
          K 298.98916394431632 2.7807375966501553
          r 0.081656137817388799 0.0051687514667041589
          t0 40.71932692158596 2.3139550541160374
          nu 1.0467334840044962 0.14554967361268675
        A gompertz rss 3456.8235636444119 df 57 sigma 7.7875559344609595 aic 421.49827432327788 aicc 422.22554705055063 offset 6.13e-09
          K 327.08008141039159 5.1387875251961637
          b 4.7508806768358243 0.20843986444728882
          c 0.046200287658093801 0.0016442973353799283
        A saturating-exponential-near rss 22033.50429719557 df 58 sigma 19.490715869974135 aic 530.63112003941399 aicc 531.05969146798543 offset 1.91e-09
          K 3220.581394907862 3901.1735432011242
          r 0.0012068571258806544 0.0015224283932110665
        B linear rss 7606.0315440491195 df 43 sigma 13.299791521402515 aic 364.55601355697661 aicc 365.14137941063512
          slope 2.0145544823945585 0.15265953857658238
          intercept 45.875513228036311 4.0322544713696953
        B saturating-exponential rss 195.08995729037915 df 43 sigma 2.1300177818363513 aic 199.71039067194823 aicc 200.29575652560678 offset 3.79e-11
          K 120.19854311181855 0.70353591586113173
          r 0.089555034761932564 0.0017036573153679647
        B logistic rss 708.54113639542152 df 42 sigma 4.107313849346534 aic 259.7490212900293 aicc 260.7490212900293 offset 7.38e-09
          K 114.79343922659949 1.0109560632369119
          r 0.18627004119865812 0.0093790125535776463
          t0 8.1280415006462832 0.24942609631999693
        B richards not-converged
        B gompertz rss 374.20697215794416 df 42 sigma 2.9849103526378116 aic 231.02106301138633 aicc 232.02106301138633 offset 3.65e-09
          K 116.40147591148551 0.83692659694911509
          b 2.0785173132574419 0.081619521684626925
          c 0.13828157609586075 0.0051506711926907929
        """;

    public static TheoryData<string, string> Fits()
    {
        var data = new TheoryData<string, string>();
        foreach (var (series, model, _) in Parse())
        {
            data.Add(series, model);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fits))]
    public void Matches_R_nls_from_the_automatic_start(string series, string model)
    {
        var expected = Parse().Single(e => e.Series == series && e.Model == model).Values;
        var (t, y) = Series(series);
        Assert.True(GrowthCurves.TryParseModel(model.Replace("-near", string.Empty, StringComparison.Ordinal), out var growthModel));
        var fit = GrowthCurves.Fit(growthModel, t, y);
        Assert.True(fit.Converged, $"{series} {model}: {fit.Status}");
        Assert.Equal((int)expected["df"], fit.DegreesOfFreedom);
        NistCertifiedTests.AssertRelative(expected["rss"], fit.Rss!.Value, 1e-9, "RSS");
        NistCertifiedTests.AssertRelative(expected["sigma"], fit.ResidualStandardDeviation!.Value, 1e-9, "sigma");
        NistCertifiedTests.AssertRelative(expected["aic"], fit.Aic!.Value, 1e-10, "AIC");
        NistCertifiedTests.AssertRelative(expected["aicc"], fit.Aicc!.Value, 1e-10, "AICc");
        foreach (var parameter in fit.Parameters)
        {
            NistCertifiedTests.AssertRelative(expected[parameter.Name], parameter.Value, 1e-6, parameter.Name);
            NistCertifiedTests.AssertRelative(expected["se:" + parameter.Name], parameter.StandardError!.Value, 1e-4, "SE of " + parameter.Name);
        }
    }

    [Theory]
    [InlineData("A", GrowthModel.Logistic)]
    [InlineData("B", GrowthModel.SaturatingExponential)]
    public void FitAll_chooses_the_model_with_the_lowest_AICc_among_Rs_fits(string series, GrowthModel best)
    {
        var (t, y) = Series(series);
        var all = GrowthCurves.FitAll(t, y);
        Assert.Equal(best, all.Best!.Model);
        var rBest = Parse().Where(e => e.Series == series).MinBy(e => e.Values["aicc"]);
        Assert.Equal(GrowthCurves.GetName(best), rBest.Model.Replace("-near", string.Empty, StringComparison.Ordinal));
    }

    /// <summary>Series A: S-shaped, t = 0.5 + 1.5 i; series B: concave, t = i (the formulas of growth.R).</summary>
    internal static (double[] T, double[] Y) Series(string name)
    {
        if (name == "A")
        {
            var t = Enumerable.Range(0, 60).Select(i => 0.5 + (1.5 * i)).ToArray();
            var y = Enumerable.Range(0, 60).Select(i => (300 / (1 + Math.Exp(-0.08 * (t[i] - 40)))) + (6 * Math.Sin(1.7 * i)) + (3 * Math.Cos(0.9 * i))).ToArray();
            return (t, y);
        }

        var tb = Enumerable.Range(1, 45).Select(i => (double)i).ToArray();
        var yb = Enumerable.Range(1, 45).Select(i => (120 * (1 - Math.Exp(-0.09 * i))) + (2.5 * Math.Sin(2.3 * i)) + (1.5 * Math.Cos(0.7 * i))).ToArray();
        return (tb, yb);
    }

    /// <summary>The converged fits in R's output: series, model, and name → value (parameters, "se:" + name, rss, df, sigma, aic, aicc).</summary>
    private static List<(string Series, string Model, Dictionary<string, double> Values)> Parse()
    {
        var fits = new List<(string, string, Dictionary<string, double>)>();
        Dictionary<string, double>? current = null;
        foreach (var raw in ROutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (raw.StartsWith("  ", StringComparison.Ordinal))
            {
                current![f[0]] = double.Parse(f[1], CultureInfo.InvariantCulture);
                current["se:" + f[0]] = double.Parse(f[2], CultureInfo.InvariantCulture);
                continue;
            }

            if (f[2] == "not-converged")
            {
                current = null;
                continue;
            }

            current = [];
            for (var k = 2; k + 1 < f.Length; k += 2)
            {
                current[f[k]] = double.Parse(f[k + 1], CultureInfo.InvariantCulture);
            }

            fits.Add((f[0], f[1], current));
        }

        // A's saturating exponential lies at the end of a long flat valley (K ≈ 3200 ± 3900): R's
        // "-near" run, started close to it, confirms the optimum reached from R's own start.
        return fits;
    }
}
