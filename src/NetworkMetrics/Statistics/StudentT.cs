namespace NetworkMetrics.Statistics;

/// <summary>
/// Student's t distribution with ν degrees of freedom (ν &gt; 0, not necessarily whole):
/// the tail probabilities through the regularised incomplete beta function,
/// P(|T| ≥ t) = I_{ν/(ν+t²)}(ν/2, 1/2), and the quantile by bisection on that tail.
/// </summary>
internal static class StudentT
{
    /// <summary>The two-sided tail probability P(|T| ≥ |t|), as scipy's <c>2 * t.sf(|t|, df)</c>.</summary>
    public static double TwoSidedPValue(double t, double degreesOfFreedom)
    {
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return 0;
        }

        var x = degreesOfFreedom / (degreesOfFreedom + (t * t));
        return SpecialFunctions.RegularizedIncompleteBeta(degreesOfFreedom / 2, 0.5, x);
    }

    /// <summary>The upper tail P(T ≥ t).</summary>
    public static double UpperTail(double t, double degreesOfFreedom)
    {
        var half = TwoSidedPValue(t, degreesOfFreedom) / 2;
        return t >= 0 ? half : 1 - half;
    }

    /// <summary>The quantile: the t with P(T ≤ t) = p, for 0 &lt; p &lt; 1.</summary>
    public static double Quantile(double p, double degreesOfFreedom)
    {
        if (!(p > 0 && p < 1) || !(degreesOfFreedom > 0))
        {
            return double.NaN;
        }

        if (p == 0.5)
        {
            return 0;
        }

        if (p < 0.5)
        {
            return -Quantile(1 - p, degreesOfFreedom);
        }

        // Upper tail q = 1 − p, found by bisection on t > 0: the tail falls as t grows.
        var q = 1 - p;
        double low = 0, high = 1;
        while (UpperTail(high, degreesOfFreedom) > q)
        {
            low = high;
            high *= 2;
            if (high > 1e300)
            {
                return double.PositiveInfinity;
            }
        }

        for (var i = 0; i < 2000 && high - low > 1e-16 * high; i++)
        {
            var mid = 0.5 * (low + high);
            if (mid <= low || mid >= high)
            {
                break;
            }

            if (UpperTail(mid, degreesOfFreedom) > q)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }

        return 0.5 * (low + high);
    }
}
