namespace NetworkMetrics.Statistics;

/// <summary>y = K / (1 + e^(−r (t − t0)))^(1/ν) = K·s^(1/ν) with s the logistic function of r(t − t0).</summary>
internal sealed class RichardsCurve : CurveModel
{
    public static readonly RichardsCurve Instance = new();

    private static readonly string[] Names = ["K", "r", "t0", "nu"];

    public override IReadOnlyList<string> ParameterNames => Names;

    public override int LinearParameterIndex => 0;

    public override int CeilingIndex => 0;

    public override double Value(double t, ReadOnlySpan<double> p) => p[0] * Math.Exp(Logistic.LogSigmoid(p[1] * (t - p[2])) / p[3]);

    public override double ValueAndGradient(double t, ReadOnlySpan<double> p, Span<double> gradient)
    {
        double k = p[0], r = p[1], dt = t - p[2], nu = p[3];
        var z = r * dt;
        var logS = Logistic.LogSigmoid(z);
        var h = Math.Exp(logS / nu);

        // d(s^(1/ν))/dz = (1/ν) s^(1/ν) (1 − s).
        var dz = k * h * Logistic.Sigmoid(-z) / nu;
        gradient[0] = h;
        gradient[1] = dz * dt;
        gradient[2] = -dz * r;
        gradient[3] = -k * h * logS / (nu * nu);
        return k * h;
    }

    public override double TimeDerivative(double t, ReadOnlySpan<double> p)
    {
        double k = p[0], r = p[1], nu = p[3];
        var z = r * (t - p[2]);
        return k * Math.Exp(Logistic.LogSigmoid(z) / nu) * Logistic.Sigmoid(-z) * r / nu;
    }

    public override GrowthProjectionStatus TryInvert(double target, ReadOnlySpan<double> p, out double time)
    {
        time = double.NaN;
        double k = p[0], r = p[1], t0 = p[2], nu = p[3];
        if (!(k > 0 && r > 0 && nu > 0))
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

        // (K/target)^ν = 1 + e^(−r(t − t0))  ⇔  t = t0 − ln((K/target)^ν − 1) / r.
        time = t0 - (Math.Log(SpecialFunctions.ExpM1(nu * Math.Log(k / target))) / r);
        return GrowthProjectionStatus.Reached;
    }
}
