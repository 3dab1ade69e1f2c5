namespace NetworkMetrics.Statistics;

/// <summary>y = K / (1 + e^(−r (t − t0))).</summary>
internal sealed class LogisticCurve : CurveModel
{
    public static readonly LogisticCurve Instance = new();

    private static readonly string[] Names = ["K", "r", "t0"];

    public override IReadOnlyList<string> ParameterNames => Names;

    public override int LinearParameterIndex => 0;

    public override int CeilingIndex => 0;

    public override double Value(double t, ReadOnlySpan<double> p) => p[0] * Logistic.Sigmoid(p[1] * (t - p[2]));

    public override double ValueAndGradient(double t, ReadOnlySpan<double> p, Span<double> gradient)
    {
        double k = p[0], r = p[1], dt = t - p[2];
        var z = r * dt;
        var s = Logistic.Sigmoid(z);
        var slope = k * s * Logistic.Sigmoid(-z);
        gradient[0] = s;
        gradient[1] = slope * dt;
        gradient[2] = -slope * r;
        return k * s;
    }

    public override double TimeDerivative(double t, ReadOnlySpan<double> p)
    {
        var z = p[1] * (t - p[2]);
        return p[0] * p[1] * Logistic.Sigmoid(z) * Logistic.Sigmoid(-z);
    }

    public override GrowthProjectionStatus TryInvert(double target, ReadOnlySpan<double> p, out double time)
    {
        time = double.NaN;
        double k = p[0], r = p[1], t0 = p[2];
        if (!(k > 0 && r > 0))
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

        // K / (1 + e^(−r(t − t0))) = target  ⇔  t = t0 − ln(K/target − 1) / r.
        time = t0 - (Math.Log((k - target) / target) / r);
        return GrowthProjectionStatus.Reached;
    }
}
