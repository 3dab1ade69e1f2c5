namespace NetworkMetrics.Statistics;

/// <summary>
/// One growth curve fitted by nonlinear least squares (<see cref="GrowthCurves.Fit(GrowthModel, ReadOnlySpan{double}, ReadOnlySpan{double})"/>): the
/// parameters with their standard errors, the residual statistics and AICc, or, when the fit did
/// not converge, only that fact.
/// </summary>
/// <remarks>
/// AIC follows R's convention for <c>nls</c> (the Gaussian log-likelihood at σ̂² = RSS/n, the
/// variance counted as a parameter): AIC = n·(ln(2π·RSS/n) + 1) + 2(p + 1), and
/// AICc = AIC + 2(p + 1)(p + 2)/(n − p − 2), undefined when n − p − 2 ≤ 0.
/// </remarks>
public sealed record GrowthFit
{
    private readonly double[]? _parameters;
    private readonly double[]? _covariance;

    internal GrowthFit(GrowthModel model, GrowthFitStatus status, int count, int iterations, double[]? parameters, double rss, double[]? covariance)
    {
        Model = model;
        Status = status;
        Count = count;
        Iterations = iterations;
        var names = GrowthCurves.Curve(model).ParameterNames;
        var p = names.Count;
        DegreesOfFreedom = count - p;
        if (status != GrowthFitStatus.Converged || parameters is null)
        {
            Parameters = [];
            return;
        }

        _parameters = parameters;
        _covariance = covariance;
        var list = new GrowthParameter[p];
        for (var j = 0; j < p; j++)
        {
            double? se = covariance is null ? null : Math.Sqrt(covariance[(j * p) + j]);
            list[j] = new GrowthParameter(names[j], parameters[j], se is { } s && double.IsFinite(s) ? s : null);
        }

        Parameters = list;
        Rss = rss;
        if (DegreesOfFreedom > 0)
        {
            ResidualStandardDeviation = Math.Sqrt(rss / DegreesOfFreedom);
        }

        if (rss > 0 && count > 0)
        {
            var aic = (count * (Math.Log(2 * Math.PI * rss / count) + 1)) + (2.0 * (p + 1));
            Aic = aic;
            if (count - p - 2 > 0)
            {
                Aicc = aic + (2.0 * (p + 1) * (p + 2) / (count - p - 2));
            }
        }
    }

    /// <summary>The model fitted.</summary>
    public GrowthModel Model { get; }

    /// <summary>The model's stable name (<c>linear</c>, <c>saturating-exponential</c>, <c>logistic</c>, <c>richards</c>, <c>gompertz</c>).</summary>
    public string Name => GrowthCurves.GetName(Model);

    /// <summary>How the fit ended.</summary>
    public GrowthFitStatus Status { get; }

    /// <summary>Whether the least-squares optimum was reached; when false, <see cref="Parameters"/> is empty and the statistics are <see langword="null"/>.</summary>
    public bool Converged => Status == GrowthFitStatus.Converged;

    /// <summary>The parameters in the order of the model's formula, with their standard errors; empty unless <see cref="Converged"/>.</summary>
    public IReadOnlyList<GrowthParameter> Parameters { get; }

    /// <summary>The number of observations n.</summary>
    public int Count { get; }

    /// <summary>The residual degrees of freedom n − p.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>Levenberg–Marquardt steps taken from the start that gave this fit.</summary>
    public int Iterations { get; }

    /// <summary>The residual sum of squares Σ(yᵢ − f(tᵢ))².</summary>
    public double? Rss { get; }

    /// <summary>The residual standard deviation s = √(RSS/(n − p)); <see langword="null"/> when n = p.</summary>
    public double? ResidualStandardDeviation { get; }

    /// <summary>AIC = n·(ln(2π·RSS/n) + 1) + 2(p + 1) (R's <c>AIC()</c> of an <c>nls</c> fit); <see langword="null"/> when RSS = 0.</summary>
    public double? Aic { get; }

    /// <summary>AICc = AIC + 2(p + 1)(p + 2)/(n − p − 2); <see langword="null"/> when n − p − 2 ≤ 0. Lower is better.</summary>
    public double? Aicc { get; }

    /// <summary>The parameter named <paramref name="name"/>.</summary>
    /// <param name="name">A name from the model's formula, such as <c>K</c>.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ArgumentException">The model has no such parameter, or the fit did not converge.</exception>
    public GrowthParameter GetParameter(string name) => Parameters[IndexOf(name)];

    /// <summary>The estimated covariance of two parameters, from s²(JᵀJ)⁻¹.</summary>
    /// <param name="first">A parameter name.</param>
    /// <param name="second">A parameter name (the same one gives the variance).</param>
    /// <returns>The covariance; <see langword="null"/> when the fit has none (no residual degrees of freedom, or a rank-deficient Jacobian).</returns>
    /// <exception cref="ArgumentException">The model has no such parameter, or the fit did not converge.</exception>
    public double? GetCovariance(string first, string second)
    {
        var a = IndexOf(first);
        var b = IndexOf(second);
        return _covariance is null ? null : _covariance[(a * Parameters.Count) + b];
    }

    /// <summary>The fitted curve's value at <paramref name="t"/>.</summary>
    /// <param name="t">A time on the fit's axis.</param>
    /// <returns>f(t; θ̂).</returns>
    /// <exception cref="InvalidOperationException">The fit did not converge.</exception>
    public double Evaluate(double t)
    {
        if (_parameters is null)
        {
            throw new InvalidOperationException(FormattableString.Invariant($"The {Name} fit did not converge: there is no curve to evaluate."));
        }

        return GrowthCurves.Curve(Model).Value(t, _parameters);
    }

    /// <summary>
    /// The pointwise 95% confidence interval of the fitted curve at <paramref name="t"/>, by the delta method:
    /// f(t; θ̂) ± t₀.₉₇₅(n − p)·√(gᵀ Σ g) with g = ∂f/∂θ at θ̂ and Σ the parameters' covariance (as R's
    /// <c>predictNLS</c>-style first-order bands; it is the uncertainty of the curve, not of a new observation).
    /// </summary>
    /// <param name="t">A time on the fit's axis.</param>
    /// <returns>The lower and upper ends; <see langword="null"/> when the fit has no covariance (no residual degrees of freedom, a rank-deficient Jacobian) or did not converge.</returns>
    public (double Lower, double Upper)? Band(double t)
    {
        if (_parameters is null || _covariance is null)
        {
            return null;
        }

        var curve = GrowthCurves.Curve(Model);
        var p = _parameters.Length;
        Span<double> g = stackalloc double[p];
        var value = curve.ValueAndGradient(t, _parameters, g);
        var variance = 0.0;
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                variance += g[a] * _covariance[(a * p) + b] * g[b];
            }
        }

        var half = StudentT.Quantile(0.975, DegreesOfFreedom) * Math.Sqrt(Math.Max(variance, 0));
        return double.IsFinite(half) && double.IsFinite(value) ? (value - half, value + half) : null;
    }

    /// <summary>
    /// The time at which the fitted curve reaches <paramref name="target"/>, with its 95% interval,
    /// or the reason it does not (ceiling below the target, a falling curve, no convergence).
    /// </summary>
    /// <param name="target">The value to reach, such as the baseline count before a reset.</param>
    /// <returns>The projection.</returns>
    /// <exception cref="ArgumentException"><paramref name="target"/> is not finite.</exception>
    public GrowthProjection Project(double target)
    {
        if (!double.IsFinite(target))
        {
            throw new ArgumentException(FormattableString.Invariant($"The target is {target}: it must be a finite number."), nameof(target));
        }

        if (_parameters is null)
        {
            return new GrowthProjection(Model, target, GrowthProjectionStatus.FitNotConverged, null, null, null, null, null);
        }

        var curve = GrowthCurves.Curve(Model);
        double? ceiling = curve.CeilingIndex >= 0 ? _parameters[curve.CeilingIndex] : null;
        var status = curve.TryInvert(target, _parameters, out var time);
        if (status != GrowthProjectionStatus.Reached || !double.IsFinite(time))
        {
            return new GrowthProjection(Model, target, status == GrowthProjectionStatus.Reached ? GrowthProjectionStatus.TargetBelowRange : status, null, null, null, null, ceiling);
        }

        if (_covariance is null)
        {
            return new GrowthProjection(Model, target, status, time, null, null, null, ceiling);
        }

        // Delta method: g = ∂t*/∂θ = −(∂f/∂θ)/(∂f/∂t) at t*.
        var p = _parameters.Length;
        Span<double> g = stackalloc double[p];
        curve.ValueAndGradient(time, _parameters, g);
        var slope = curve.TimeDerivative(time, _parameters);
        for (var j = 0; j < p; j++)
        {
            g[j] = -g[j] / slope;
        }

        var variance = 0.0;
        for (var a = 0; a < p; a++)
        {
            for (var b = 0; b < p; b++)
            {
                variance += g[a] * _covariance[(a * p) + b] * g[b];
            }
        }

        var se = Math.Sqrt(Math.Max(variance, 0));
        var q = StudentT.Quantile(0.975, DegreesOfFreedom);
        var lower = time - (q * se);
        var upper = time + (q * se);
        var bounded = curve.CeilingIndex >= 0
            ? _parameters[curve.CeilingIndex] - (q * Math.Sqrt(_covariance[(curve.CeilingIndex * p) + curve.CeilingIndex])) > target
            : _parameters[0] - (q * Math.Sqrt(_covariance[0])) > 0;
        if (!bounded || !double.IsFinite(upper))
        {
            upper = double.PositiveInfinity;
        }

        return double.IsFinite(se) && double.IsFinite(lower)
            ? new GrowthProjection(Model, target, status, time, se, lower, upper, ceiling)
            : new GrowthProjection(Model, target, status, time, null, null, null, ceiling);
    }

    private int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Converged)
        {
            throw new ArgumentException(FormattableString.Invariant($"The {Name} fit did not converge: it has no parameters."), nameof(name));
        }

        for (var j = 0; j < Parameters.Count; j++)
        {
            if (string.Equals(Parameters[j].Name, name, StringComparison.Ordinal))
            {
                return j;
            }
        }

        throw new ArgumentException(FormattableString.Invariant($"The {Name} model has no parameter '{name}' (it has {string.Join(", ", GrowthCurves.GetParameterNames(Model))})."), nameof(name));
    }
}
