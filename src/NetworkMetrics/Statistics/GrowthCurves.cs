namespace NetworkMetrics.Statistics;

/// <summary>
/// Fits growth curves to a series (t, y) by nonlinear least squares (Levenberg–Marquardt), with
/// starting values derived from the data: no start is asked of the caller.
/// </summary>
/// <example>
/// <code>
/// var all = GrowthCurves.FitAll(days, counts);           // five models, best by AICc
/// var projection = all.Best?.Project(baselineCount);       // when the curve gets back there
/// </code>
/// </example>
public static class GrowthCurves
{
    private static readonly GrowthModel[] Models =
        [GrowthModel.Linear, GrowthModel.SaturatingExponential, GrowthModel.Logistic, GrowthModel.Richards, GrowthModel.Gompertz];

    /// <summary>How many of the best-ranked starting values are refined by Levenberg–Marquardt.</summary>
    private const int StartsRefined = 6;

    /// <summary>
    /// Fits one model. Several starting values are derived from the data (linearising transforms
    /// and grids, the linear ceiling K profiled out), the best-ranked (up to six) are refined in
    /// turn until two of them converge to the same minimum, and the converged result with the
    /// lowest residual sum of squares is kept.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="t">The times, used as given (not shifted); fractional values are fine.</param>
    /// <param name="y">The values at those times (counts, possibly fractional).</param>
    /// <returns>The fit, or one whose <see cref="GrowthFit.Status"/> says why there is none.</returns>
    /// <exception cref="ArgumentException">The spans differ in length or hold a value that is not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> is not a defined model.</exception>
    public static GrowthFit Fit(GrowthModel model, ReadOnlySpan<double> t, ReadOnlySpan<double> y)
    {
        Validate(t, y);
        var (ts, ys) = Sorted(t, y);
        return Fit(model, ts, ys, []);
    }

    /// <summary>Fits all five models to the same series and chooses the best by AICc.</summary>
    /// <param name="t">The times, used as given.</param>
    /// <param name="y">The values at those times.</param>
    /// <returns>The five fits, in <see cref="GrowthModel"/> order, and the best.</returns>
    /// <exception cref="ArgumentException">The spans differ in length or hold a value that is not finite.</exception>
    public static GrowthFitSet FitAll(ReadOnlySpan<double> t, ReadOnlySpan<double> y)
    {
        Validate(t, y);
        var (ts, ys) = Sorted(t, y);
        var fits = new GrowthFit[Models.Length];
        foreach (var model in Models)
        {
            // The Richards curve nests the logistic (nu = 1): its optimum is one more start.
            List<double[]> extra = [];
            if (model == GrowthModel.Richards && fits[(int)GrowthModel.Logistic] is { Converged: true } logistic)
            {
                extra.Add([.. logistic.Parameters.Select(static p => p.Value), 1.0]);
            }

            fits[(int)model] = Fit(model, ts, ys, extra);
        }

        GrowthFit? best = null;
        foreach (var fit in fits)
        {
            if (fit.Converged && fit.Aicc is { } aicc && (best is null || aicc < best.Aicc))
            {
                best = fit;
            }
        }

        return new GrowthFitSet(fits, best);
    }

    /// <summary>The model's stable lowercase name, as the CLI and the docs spell it.</summary>
    /// <param name="model">The model.</param>
    /// <returns><c>linear</c>, <c>saturating-exponential</c>, <c>logistic</c>, <c>richards</c> or <c>gompertz</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> is not a defined model.</exception>
    public static string GetName(GrowthModel model) => model switch
    {
        GrowthModel.Linear => "linear",
        GrowthModel.SaturatingExponential => "saturating-exponential",
        GrowthModel.Logistic => "logistic",
        GrowthModel.Richards => "richards",
        GrowthModel.Gompertz => "gompertz",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Not a growth model."),
    };

    /// <summary>The model named <paramref name="name"/> (<see cref="GetName"/>'s spelling, ignoring case).</summary>
    /// <param name="name">A model name such as <c>logistic</c>.</param>
    /// <param name="model">The model, when found.</param>
    /// <returns>Whether the name is a model's.</returns>
    public static bool TryParseModel(string? name, out GrowthModel model)
    {
        foreach (var candidate in Models)
        {
            if (string.Equals(GetName(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                model = candidate;
                return true;
            }
        }

        model = default;
        return false;
    }

    /// <summary>The model's parameter names in order, as in its formula.</summary>
    /// <param name="model">The model.</param>
    /// <returns>For example <c>K</c>, <c>r</c>, <c>t0</c> for the logistic.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> is not a defined model.</exception>
    public static IReadOnlyList<string> GetParameterNames(GrowthModel model) => Curve(model).ParameterNames;

    internal static CurveModel Curve(GrowthModel model) => model switch
    {
        GrowthModel.Linear => LinearCurve.Instance,
        GrowthModel.SaturatingExponential => SaturatingExponentialCurve.Instance,
        GrowthModel.Logistic => LogisticCurve.Instance,
        GrowthModel.Richards => RichardsCurve.Instance,
        GrowthModel.Gompertz => GompertzCurve.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, "Not a growth model."),
    };

    private static GrowthFit Fit(GrowthModel model, double[] t, double[] y, List<double[]> extraStarts)
    {
        var curve = Curve(model);
        var n = t.Length;
        var p = curve.ParameterCount;
        if (n < p)
        {
            return new GrowthFit(model, GrowthFitStatus.TooFewObservations, n, 0, null, double.NaN, null);
        }

        var starts = GrowthStarts.Rank(curve, t, y, GrowthStarts.Candidates(model, t, y, extraStarts), StartsRefined);
        CurveFitResult? best = null;
        var lastIterations = 0;
        foreach (var start in starts)
        {
            var result = LevenbergMarquardt.Fit(curve, t, y, start);
            lastIterations = result.Iterations;
            if (!result.Converged)
            {
                continue;
            }

            // Two starts that end at the same minimum confirm it: the remaining starts are ranked lower.
            var confirmed = best is not null && Math.Abs(result.Rss - best.Rss) <= 1e-9 * Math.Max(best.Rss, double.Epsilon);
            if (best is null || result.Rss < best.Rss)
            {
                best = result;
            }

            if (confirmed)
            {
                break;
            }
        }

        return best is null
            ? new GrowthFit(model, GrowthFitStatus.DidNotConverge, n, lastIterations, null, double.NaN, null)
            : new GrowthFit(model, GrowthFitStatus.Converged, n, best.Iterations, best.Parameters, best.Rss, best.Covariance);
    }

    private static void Validate(ReadOnlySpan<double> t, ReadOnlySpan<double> y)
    {
        Validation.SameLength(t.Length, y.Length, nameof(y), nameof(t));
        Validation.Finite(t, nameof(t));
        Validation.Finite(y, nameof(y));
    }

    private static (double[] T, double[] Y) Sorted(ReadOnlySpan<double> t, ReadOnlySpan<double> y)
    {
        var ts = t.ToArray();
        var ys = y.ToArray();
        Array.Sort(ts, ys);
        return (ts, ys);
    }
}
