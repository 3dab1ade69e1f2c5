using NetworkMetrics.Statistics;

namespace NetworkMetrics.Tests.Statistics;

/// <summary>
/// The NIST Statistical Reference Datasets for nonlinear (and linear) regression whose models are
/// growth models here: Rat42 (logistic), Rat43 (Richards), Misra1a and BoxBOD (saturating
/// exponential), Norris (linear). Data and certified values typed from NIST/ITL StRD's published
/// data files, https://www.itl.nist.gov/div898/strd/nls/nls_main.shtml (Rat42.dat, Rat43.dat,
/// Misra1a.dat, BoxBOD.dat) and https://www.itl.nist.gov/div898/strd/lls/data/Norris.shtml.
/// Required: parameters within 1e-6 relative, standard errors within 1e-4, RSS within 1e-7,
/// from the library's own automatic start and from both of NIST's starts.
/// </summary>
public sealed class NistCertifiedTests
{
    private const double ParameterTolerance = 1e-6;
    private const double StandardErrorTolerance = 1e-4;
    private const double RssTolerance = 1e-7;

    // Rat42 (Ratkowsky 1983): y = b1 / (1 + exp(b2 - b3 x)); 9 observations, higher difficulty.
    private static readonly double[] Rat42X = [9, 14, 21, 28, 42, 57, 63, 70, 79];
    private static readonly double[] Rat42Y = [8.930, 10.800, 18.590, 22.330, 39.350, 56.110, 61.730, 64.620, 67.080];
    private static readonly double[] Rat42B = [7.2462237576E+01, 2.6180768402E+00, 6.7359200066E-02];
    private static readonly double[] Rat42Se = [1.7340283401E+00, 8.8295217536E-02, 3.4465663377E-03];
    private const double Rat42Rss = 8.0565229338E+00;
    private const double Rat42Sd = 1.1587725499E+00;

    // Rat43 (Ratkowsky 1983): y = b1 / (1 + exp(b2 - b3 x))^(1/b4); 15 observations, higher difficulty.
    private static readonly double[] Rat43X = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];
    private static readonly double[] Rat43Y = [16.08, 33.83, 65.80, 97.20, 191.55, 326.20, 386.87, 520.53, 590.03, 651.92, 724.93, 699.56, 689.96, 637.56, 717.41];
    private static readonly double[] Rat43B = [6.9964151270E+02, 5.2771253025E+00, 7.5962938329E-01, 1.2792483859E+00];
    private static readonly double[] Rat43Se = [1.6302297817E+01, 2.0828735829E+00, 1.9566123451E-01, 6.8761936385E-01];
    private const double Rat43Rss = 8.7864049080E+03;
    private const double Rat43Sd = 2.8262414662E+01;

    // Misra1a (Misra 1978): y = b1 (1 - exp(-b2 x)); 14 observations, lower difficulty.
    private static readonly double[] Misra1aX = [77.6, 114.9, 141.1, 190.8, 239.9, 289.0, 332.8, 378.4, 434.8, 477.3, 536.8, 593.1, 689.1, 760.0];
    private static readonly double[] Misra1aY = [10.07, 14.73, 17.94, 23.93, 29.61, 35.18, 40.02, 44.82, 50.76, 55.05, 61.01, 66.40, 75.47, 81.78];
    private static readonly double[] Misra1aB = [2.3894212918E+02, 5.5015643181E-04];
    private static readonly double[] Misra1aSe = [2.7070075241E+00, 7.2668688436E-06];
    private const double Misra1aRss = 1.2455138894E-01;
    private const double Misra1aSd = 1.0187876330E-01;

    // BoxBOD (Box et al. 1978): y = b1 (1 - exp(-b2 x)); 6 observations, higher difficulty.
    private static readonly double[] BoxBodX = [1, 2, 3, 5, 7, 10];
    private static readonly double[] BoxBodY = [109, 149, 149, 191, 213, 224];
    private static readonly double[] BoxBodB = [2.1380940889E+02, 5.4723748542E-01];
    private static readonly double[] BoxBodSe = [1.2354515176E+01, 1.0455993237E-01];
    private const double BoxBodRss = 1.1680088766E+03;
    private const double BoxBodSd = 1.7088072423E+01;

    // Norris (linear least squares): y = B0 + B1 x; 36 observations, lower difficulty.
    private static readonly double[] NorrisX =
    [
        0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0, 558.2, 0.4, 0.6, 775.5, 666.9, 338.0, 447.5, 11.6,
        556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1, 887.2, 999.0, 779.0, 11.1, 118.3, 229.2, 669.1, 448.9, 0.5,
    ];

    private static readonly double[] NorrisY =
    [
        0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9, 559.2, 0.3, 0.1, 778.1, 668.8, 339.3, 448.9, 10.8,
        557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3, 888.0, 998.5, 778.9, 10.2, 117.6, 228.9, 668.4, 449.2, 0.2,
    ];

    public static TheoryData<string, double[]> NistStarts() => new()
    {
        { "Rat42", [100, 1, 0.1] },
        { "Rat42", [75, 2.5, 0.07] },
        { "Rat43", [100, 10, 1, 1] },
        { "Rat43", [700, 5, 0.75, 1.3] },
        { "Misra1a", [500, 1e-4] },
        { "Misra1a", [250, 5e-4] },
        { "BoxBOD", [1, 1] },
        { "BoxBOD", [100, 0.75] },
    };

    [Theory]
    [MemberData(nameof(NistStarts))]
    public void The_generic_fitter_reaches_the_certified_values_from_NISTs_starts(string problem, double[] start)
    {
        var (model, x, y, b, se, rss) = Problem(problem);
        var result = LevenbergMarquardt.Fit(model, x, y, start);
        Assert.True(result.Converged, $"{problem} from ({string.Join(", ", start)}) did not converge");
        for (var j = 0; j < b.Length; j++)
        {
            AssertRelative(b[j], result.Parameters[j], ParameterTolerance, $"{problem} b{j + 1}");
            AssertRelative(se[j], Math.Sqrt(result.Covariance![(j * b.Length) + j]), StandardErrorTolerance, $"{problem} sd(b{j + 1})");
        }

        AssertRelative(rss, result.Rss, RssTolerance, $"{problem} RSS");
    }

    [Fact]
    public void Rat42_logistic_from_the_automatic_start()
    {
        var fit = GrowthCurves.Fit(GrowthModel.Logistic, Rat42X, Rat42Y);
        Assert.True(fit.Converged);

        // K = b1, r = b3, t0 = b2 / b3; K and r keep their certified standard errors (same functions of θ).
        AssertParameter(fit, "K", Rat42B[0], Rat42Se[0]);
        AssertParameter(fit, "r", Rat42B[2], Rat42Se[2]);
        AssertRelative(Rat42B[1] / Rat42B[2], fit.GetParameter("t0").Value, ParameterTolerance, "t0");

        // b2 = r·t0: its certified standard error by the delta method from the fitted covariance.
        AssertRelative(Rat42Se[1], DeltaSeOfProduct(fit, "r", "t0"), StandardErrorTolerance, "sd(b2) = sd(r·t0)");
        AssertResiduals(fit, Rat42Rss, Rat42Sd, 6);
    }

    [Fact]
    public void Rat43_richards_from_the_automatic_start()
    {
        var fit = GrowthCurves.Fit(GrowthModel.Richards, Rat43X, Rat43Y);
        Assert.True(fit.Converged);
        AssertParameter(fit, "K", Rat43B[0], Rat43Se[0]);
        AssertParameter(fit, "r", Rat43B[2], Rat43Se[2]);
        AssertParameter(fit, "nu", Rat43B[3], Rat43Se[3]);
        AssertRelative(Rat43B[1] / Rat43B[2], fit.GetParameter("t0").Value, ParameterTolerance, "t0");
        AssertRelative(Rat43Se[1], DeltaSeOfProduct(fit, "r", "t0"), StandardErrorTolerance, "sd(b2) = sd(r·t0)");
        AssertResiduals(fit, Rat43Rss, Rat43Sd, 11);
    }

    [Fact]
    public void Misra1a_saturating_exponential_from_the_automatic_start()
    {
        var fit = GrowthCurves.Fit(GrowthModel.SaturatingExponential, Misra1aX, Misra1aY);
        Assert.True(fit.Converged);
        AssertParameter(fit, "K", Misra1aB[0], Misra1aSe[0]);
        AssertParameter(fit, "r", Misra1aB[1], Misra1aSe[1]);
        AssertResiduals(fit, Misra1aRss, Misra1aSd, 12);
    }

    [Fact]
    public void BoxBOD_saturating_exponential_from_the_automatic_start()
    {
        var fit = GrowthCurves.Fit(GrowthModel.SaturatingExponential, BoxBodX, BoxBodY);
        Assert.True(fit.Converged);
        AssertParameter(fit, "K", BoxBodB[0], BoxBodSe[0]);
        AssertParameter(fit, "r", BoxBodB[1], BoxBodSe[1]);
        AssertResiduals(fit, BoxBodRss, BoxBodSd, 4);
    }

    [Fact]
    public void Norris_linear_matches_the_certified_least_squares()
    {
        var fit = GrowthCurves.Fit(GrowthModel.Linear, NorrisX, NorrisY);
        Assert.True(fit.Converged);

        // Certified to 15 digits: B0 = -0.262323073774029 (sd 0.232818234301152),
        // B1 = 1.00211681802045 (sd 0.429796848199937E-03), residual sd 0.884796396144373,
        // residual sum of squares 26.6173985294224 on 34 degrees of freedom.
        AssertParameter(fit, "slope", 1.00211681802045, 0.429796848199937E-03, 1e-10, 1e-8);
        AssertParameter(fit, "intercept", -0.262323073774029, 0.232818234301152, 1e-9, 1e-8);
        Assert.Equal(34, fit.DegreesOfFreedom);
        AssertRelative(26.6173985294224, fit.Rss!.Value, 1e-10, "RSS");
        AssertRelative(0.884796396144373, fit.ResidualStandardDeviation!.Value, 1e-10, "residual sd");
    }

    [Fact]
    public void FitAll_keeps_the_certified_fits_and_picks_a_converged_best()
    {
        var all = GrowthCurves.FitAll(Rat42X, Rat42Y);
        Assert.Equal(5, all.Fits.Count);
        AssertRelative(Rat42Rss, all[GrowthModel.Logistic].Rss!.Value, RssTolerance, "Rat42 logistic RSS in FitAll");

        // The Richards fit nests the logistic: it can only fit at least as well.
        Assert.True(all[GrowthModel.Richards].Rss <= all[GrowthModel.Logistic].Rss * (1 + 1e-12));
        Assert.NotNull(all.Best);
        Assert.True(all.Best.Converged);
        foreach (var fit in all.Fits)
        {
            if (fit.Aicc is { } aicc)
            {
                Assert.True(all.Best.Aicc <= aicc);
            }
        }
    }

    private static (CurveModel Model, double[] X, double[] Y, double[] B, double[] Se, double Rss) Problem(string name) => name switch
    {
        "Rat42" => (new NistCurves.Rat42Curve(), Rat42X, Rat42Y, Rat42B, Rat42Se, Rat42Rss),
        "Rat43" => (new NistCurves.Rat43Curve(), Rat43X, Rat43Y, Rat43B, Rat43Se, Rat43Rss),
        "Misra1a" => (SaturatingExponentialCurve.Instance, Misra1aX, Misra1aY, Misra1aB, Misra1aSe, Misra1aRss),
        "BoxBOD" => (SaturatingExponentialCurve.Instance, BoxBodX, BoxBodY, BoxBodB, BoxBodSe, BoxBodRss),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>SE of a·b by the delta method: b² var(a) + a² var(b) + 2ab cov(a, b).</summary>
    private static double DeltaSeOfProduct(GrowthFit fit, string a, string b)
    {
        var va = fit.GetParameter(a).Value;
        var vb = fit.GetParameter(b).Value;
        var variance = (vb * vb * fit.GetCovariance(a, a)!.Value) + (va * va * fit.GetCovariance(b, b)!.Value) + (2 * va * vb * fit.GetCovariance(a, b)!.Value);
        return Math.Sqrt(variance);
    }

    private static void AssertParameter(GrowthFit fit, string name, double value, double se, double valueTolerance = ParameterTolerance, double seTolerance = StandardErrorTolerance)
    {
        var parameter = fit.GetParameter(name);
        AssertRelative(value, parameter.Value, valueTolerance, name);
        AssertRelative(se, parameter.StandardError!.Value, seTolerance, "sd(" + name + ")");
    }

    private static void AssertResiduals(GrowthFit fit, double rss, double sd, int df)
    {
        Assert.Equal(df, fit.DegreesOfFreedom);
        AssertRelative(rss, fit.Rss!.Value, RssTolerance, "RSS");
        AssertRelative(sd, fit.ResidualStandardDeviation!.Value, 1e-8, "residual sd");
    }

    internal static void AssertRelative(double expected, double actual, double tolerance, string what)
    {
        var relative = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(relative <= tolerance, FormattableString.Invariant($"{what}: expected {expected:R}, got {actual:R} (relative error {relative:E2} > {tolerance:E0})"));
    }
}
