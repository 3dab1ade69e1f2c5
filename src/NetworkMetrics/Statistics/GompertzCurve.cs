namespace NetworkMetrics.Statistics;

/// <summary>y = K·e^(−b·e^(−c t)).</summary>
internal sealed class GompertzCurve : CurveModel
{
    public static readonly GompertzCurve Instance = new();

    private static readonly string[] Names = ["K", "b", "c"];

    public override IReadOnlyList<string> ParameterNames => Names;

    public override int LinearParameterIndex => 0;

    public override int CeilingIndex => 0;

    public override double Value(double t, ReadOnlySpan<double> p) => p[0] * Math.Exp(-p[1] * Math.Exp(-p[2] * t));

    public override double ValueAndGradient(double t, ReadOnlySpan<double> p, Span<double> gradient)
    {
        double k = p[0], b = p[1], c = p[2];
        var w = Math.Exp(-c * t);
        var g = Math.Exp(-b * w);
        gradient[0] = g;
        gradient[1] = -k * g * w;
        gradient[2] = k * g * b * w * t;
        return k * g;
    }

    public override double TimeDerivative(double t, ReadOnlySpan<double> p)
    {
        double k = p[0], b = p[1], c = p[2];
        var w = Math.Exp(-c * t);
        return k * Math.Exp(-b * w) * b * c * w;
    }

    public override GrowthProjectionStatus TryInvert(double target, ReadOnlySpan<double> p, out double time)
    {
        time = double.NaN;
        double k = p[0], b = p[1], c = p[2];
        if (!(k > 0 && b > 0 && c > 0))
        {
            return GrowthProjectionStatus.NotIncreasing;
        }

        if (target >= k)
        {
            return GrowthProjectionStatus.CeilingBelowTarget;
        }

        if (!(target > 0))
        {
            return GrowthProjectionStatus.TargetBelowRange;
        }

        // K e^(−b e^(−ct)) = target  ⇔  e^(−ct) = −ln(target/K) / b  ⇔  t = −ln(ln(K/target) / b) / c.
        time = -Math.Log(Math.Log(k / target) / b) / c;
        return GrowthProjectionStatus.Reached;
    }
}
