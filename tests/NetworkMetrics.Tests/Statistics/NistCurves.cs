using NetworkMetrics.Statistics;

namespace NetworkMetrics.Tests.Statistics;

/// <summary>NIST StRD's own parameterisations, for testing the generic fitter from NIST's starts.</summary>
internal static class NistCurves
{
    /// <summary>Rat42: y = b1 / (1 + exp(b2 − b3·x)).</summary>
    public sealed class Rat42Curve : CurveModel
    {
        private static readonly string[] Names = ["b1", "b2", "b3"];

        public override IReadOnlyList<string> ParameterNames => Names;

        public override double Value(double t, ReadOnlySpan<double> p) => p[0] / (1 + Math.Exp(p[1] - (p[2] * t)));

        public override double ValueAndGradient(double t, ReadOnlySpan<double> p, Span<double> gradient)
        {
            var e = Math.Exp(p[1] - (p[2] * t));
            var d = 1 + e;
            gradient[0] = 1 / d;
            gradient[1] = -p[0] * e / (d * d);
            gradient[2] = p[0] * e * t / (d * d);
            return p[0] / d;
        }
    }

    /// <summary>Rat43: y = b1 / (1 + exp(b2 − b3·x))^(1/b4).</summary>
    public sealed class Rat43Curve : CurveModel
    {
        private static readonly string[] Names = ["b1", "b2", "b3", "b4"];

        public override IReadOnlyList<string> ParameterNames => Names;

        public override double Value(double t, ReadOnlySpan<double> p) => p[0] / Math.Pow(1 + Math.Exp(p[1] - (p[2] * t)), 1 / p[3]);

        public override double ValueAndGradient(double t, ReadOnlySpan<double> p, Span<double> gradient)
        {
            var e = Math.Exp(p[1] - (p[2] * t));
            var d = 1 + e;
            var h = Math.Pow(d, -1 / p[3]);
            var common = -p[0] * h * e / (p[3] * d);
            gradient[0] = h;
            gradient[1] = common;
            gradient[2] = -common * t;
            gradient[3] = p[0] * h * Math.Log(d) / (p[3] * p[3]);
            return p[0] * h;
        }
    }
}
