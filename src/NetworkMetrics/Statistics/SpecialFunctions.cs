namespace NetworkMetrics.Statistics;

/// <summary>
/// The special functions the distributions need: log-gamma (Lanczos, g = 7, nine terms,
/// about 15 significant digits) and the regularised incomplete beta function
/// I_x(a, b) by its continued fraction (modified Lentz), with the symmetry
/// I_x(a, b) = 1 − I_{1−x}(b, a) on the side where the fraction converges fast.
/// </summary>
internal static class SpecialFunctions
{
    private static readonly double[] Lanczos =
    [
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    private const double HalfLogTwoPi = 0.91893853320467274178;

    /// <summary>ln(1 + x), accurate for small |x| (Kahan's correction; .NET's <c>double.LogP1</c> is ln(x + 1) as written).</summary>
    public static double Log1P(double x)
    {
        var u = 1 + x;
        return u == 1 ? x : double.IsInfinity(u) ? Math.Log(u) : Math.Log(u) * x / (u - 1);
    }

    /// <summary>e^x − 1, accurate for small |x| (Kahan's correction; .NET's <c>double.ExpM1</c> is e^x − 1 as written).</summary>
    public static double ExpM1(double x)
    {
        if (Math.Abs(x) < 1e-5)
        {
            return x + (x * x / 2) + (x * x * x / 6);
        }

        var u = Math.Exp(x);
        if (u == 1)
        {
            return x;
        }

        var um1 = u - 1;
        return um1 == -1 ? -1 : double.IsInfinity(u) ? u : um1 * x / Math.Log(u);
    }

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
        {
            // Reflection: Γ(x) Γ(1 − x) = π / sin(πx).
            return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
        }

        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (x + i);
        }

        var t = x + 7.5;
        return HalfLogTwoPi + ((x + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>The regularised incomplete beta function I_x(a, b), for a, b &gt; 0 and 0 ≤ x ≤ 1.</summary>
    public static double RegularizedIncompleteBeta(double a, double b, double x)
    {
        if (double.IsNaN(x) || double.IsNaN(a) || double.IsNaN(b))
        {
            return double.NaN;
        }

        if (x <= 0)
        {
            return 0;
        }

        if (x >= 1)
        {
            return 1;
        }

        var logFront = LogGamma(a + b) - LogGamma(a) - LogGamma(b) + (a * Math.Log(x)) + (b * Log1P(-x));
        var front = Math.Exp(logFront);
        return x < (a + 1) / (a + b + 2)
            ? front * BetaContinuedFraction(a, b, x) / a
            : 1 - (front * BetaContinuedFraction(b, a, 1 - x) / b);
    }

    /// <summary>The continued fraction of I_x(a, b), evaluated by the modified Lentz method.</summary>
    private static double BetaContinuedFraction(double a, double b, double x)
    {
        const int MaxIterations = 100_000;
        const double Epsilon = 1e-16;
        const double Tiny = 1e-300;

        var sum = a + b;
        var up = a + 1;
        var down = a - 1;
        var c = 1.0;
        var d = 1 - (sum * x / up);
        if (Math.Abs(d) < Tiny)
        {
            d = Tiny;
        }

        d = 1 / d;
        var h = d;
        for (var m = 1; m <= MaxIterations; m++)
        {
            var m2 = 2 * m;
            var term = m * (b - m) * x / ((down + m2) * (a + m2));
            d = 1 + (term * d);
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = 1 + (term / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1 / d;
            h *= d * c;
            term = -(a + m) * (sum + m) * x / ((a + m2) * (up + m2));
            d = 1 + (term * d);
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = 1 + (term / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return h;
    }
}
