namespace NetworkMetrics.Statistics;

/// <summary>y = slope·t + intercept.</summary>
internal sealed class LinearCurve : CurveModel
{
    public static readonly LinearCurve Instance = new();

    private static readonly string[] Names = ["slope", "intercept"];

    public override IReadOnlyList<string> ParameterNames => Names;

    public override double Value(double t, ReadOnlySpan<double> p) => (p[0] * t) + p[1];

    public override double ValueAndGradient(double t, ReadOnlySpan<double> p, Span<double> gradient)
    {
        gradient[0] = t;
        gradient[1] = 1;
        return (p[0] * t) + p[1];
    }

    public override double TimeDerivative(double t, ReadOnlySpan<double> p) => p[0];

    public override GrowthProjectionStatus TryInvert(double target, ReadOnlySpan<double> p, out double time)
    {
        time = double.NaN;
        if (!(p[0] > 0))
        {
            return GrowthProjectionStatus.NotIncreasing;
        }

        time = (target - p[1]) / p[0];
        return GrowthProjectionStatus.Reached;
    }
}
