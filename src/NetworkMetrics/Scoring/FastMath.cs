using System.Runtime.CompilerServices;

namespace NetworkMetrics.Scoring;

/// <summary>Arithmetic for the scoring pass's hot loop.</summary>
internal static class FastMath
{
    private const double Ln2 = 0.69314718055994530942;

    /// <summary>1.5 × 2^52: added to a double of magnitude below 2^51, it leaves that double rounded to an integer in the low bits.</summary>
    private const double Shifter = 6755399441055744.0;

    /// <summary>2^(j/64) for j from 0 to 63.</summary>
    private static readonly long[] Steps = CreateSteps();

    /// <summary>
    /// 2^x without calling into the runtime's exp: x = n/64 + r with n = round(64x) and
    /// |r| ≤ 1/128 (n taken from the low bits of 64x + 1.5·2^52, so without a rounding or
    /// conversion instruction); 2^x = 2^(n div 64) · 2^((n mod 64)/64) · e^(r ln 2), the middle
    /// factor from a table of 64 and the last by its Taylor series to degree 4 (relative error
    /// under 1e-13). 0 at and below 2^−1022, +∞ above 2^1023. Used for the decay of every
    /// interaction's weight: a short chain of multiplications, where a 7th-degree series over
    /// [−½, ½] took twice as many instructions (docs/performance.md).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Exp2(double x)
    {
        if (!(x > -1022))
        {
            return 0;
        }

        if (x > 1023)
        {
            return double.PositiveInfinity;
        }

        var shifted = (x * 64) + Shifter;
        var n = (int)BitConverter.DoubleToInt64Bits(shifted);
        var y = (x - ((shifted - Shifter) * (1.0 / 64))) * Ln2;
        var p = 1 + (y * (1 + (y * (1.0 / 2 + (y * (1.0 / 6 + (y * (1.0 / 24))))))));
        var scale = Steps[n & 63] + ((long)(n >> 6) << 52);
        return p * BitConverter.Int64BitsToDouble(scale);
    }

    private static long[] CreateSteps()
    {
        var steps = new long[64];
        for (var j = 0; j < steps.Length; j++)
        {
            steps[j] = BitConverter.DoubleToInt64Bits(Math.Pow(2, j / 64.0));
        }

        return steps;
    }
}
