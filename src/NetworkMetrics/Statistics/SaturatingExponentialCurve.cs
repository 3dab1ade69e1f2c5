namespace NetworkMetrics.Statistics;

/// <summary>y = K(1 − e^(−r t)).</summary>
internal sealed class SaturatingExponentialCurve : CurveModel
{
    public static readonly SaturatingExponentialCurve Instance = new();

    private static readonly string[] Names = ["K", "r"];

    public override IReadOnlyList<string> ParameterNames => Names;

    public override int LinearParameterIndex => 0;

    public override int CeilingIndex => 0;

    public override double Value(double t, ReadOnlySpan<double> p) => -p[0] * SpecialFunctions.ExpM1(-p[1] * t);

    public override double ValueAndGradient(double t, ReadOnlySpan<double> p, Span<double> gradient)
    {
        var e = Math.Exp(-p[1] * t);
        var h = -SpecialFunctions.ExpM1(-p[1] * t);
        gradient[0] = h;
        gradient[1] = p[0] * t * e;
        return p[0] * h;
    }

    public override double TimeDerivative(double t, ReadOnlySpan<double> p) => p[0] * p[1] * Math.Exp(-p[1] * t);

    public override GrowthProjectionStatus TryInvert(double target, ReadOnlySpan<double> p, out double time)
    {
        time = double.NaN;
        double k = p[0], r = p[1];
        if (k < 0 && r < 0)
        {
            // −|K|(1 − e^(|r|t)) = |K|(e^(|r|t) − 1): growth without a ceiling, from K at t → −∞.
            if (!(target > k))
            {
                return GrowthProjectionStatus.TargetBelowRange;
            }

            time = -SpecialFunctions.Log1P(-target / k) / r;
            return GrowthProjectionStatus.Reached;
        }

        if (!(k > 0 && r > 0))
        {
            return GrowthProjectionStatus.NotIncreasing;
        }

        if (target >= k)
        {
            return GrowthProjectionStatus.CeilingBelowTarget;
        }

        // K(1 − e^(−rt)) = target  ⇔  t = −ln(1 − target/K) / r.
        time = -SpecialFunctions.Log1P(-target / k) / r;
        return GrowthProjectionStatus.Reached;
    }
}
