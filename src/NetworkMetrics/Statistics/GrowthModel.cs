namespace NetworkMetrics.Statistics;

/// <summary>
/// The growth curves <see cref="GrowthCurves"/> fits; each parameter is named as in its formula
/// (<see cref="GrowthCurves.GetParameterNames"/>), and each model has a stable lowercase name
/// (<see cref="GrowthCurves.GetName"/>).
/// </summary>
public enum GrowthModel
{
    /// <summary><c>linear</c>: y = slope·t + intercept (parameters <c>slope</c>, <c>intercept</c>). Never saturates.</summary>
    Linear,

    /// <summary><c>saturating-exponential</c>: y = K(1 − e^(−r t)) (parameters <c>K</c>, <c>r</c>); 0 at t = 0, ceiling K.</summary>
    SaturatingExponential,

    /// <summary><c>logistic</c>: y = K / (1 + e^(−r (t − t0))) (parameters <c>K</c>, <c>r</c>, <c>t0</c>); symmetric S-curve, half of K at t0.</summary>
    Logistic,

    /// <summary>
    /// <c>richards</c> (generalised logistic): y = K / (1 + e^(−r (t − t0)))^(1/nu) (parameters
    /// <c>K</c>, <c>r</c>, <c>t0</c>, <c>nu</c>); nu = 1 is the logistic, and as nu grows (t0 moving with it) the curve tends to the Gompertz shape.
    /// </summary>
    Richards,

    /// <summary><c>gompertz</c>: y = K·e^(−b·e^(−c t)) (parameters <c>K</c>, <c>b</c>, <c>c</c>); asymmetric S-curve, inflection at ln(b)/c.</summary>
    Gompertz,
}
