using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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

    /// <summary>
    /// <see cref="Exp2(double)"/> of four values at once, each lane the same operations in the
    /// same order, so bit for bit the same results (the table by four loads; n − (n mod 64)
    /// shifted left 46 is (n div 64) shifted left 52 without an arithmetic shift of 64-bit lanes).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp2(Vector256<double> x)
    {
        var low = Vector256.Create(-1022.0);
        var zero = Vector256.LessThanOrEqual(x, low); // also NaN-free here: the callers pass finite values
        var infinite = Vector256.GreaterThan(x, Vector256.Create(1023.0));
        x = Vector256.Min(Vector256.Max(x, low), Vector256.Create(1023.0));
        var shifted = (x * 64) + Vector256.Create(Shifter);
        var n = shifted.AsInt64() - Vector256.Create(BitConverter.DoubleToInt64Bits(Shifter));
        var y = (x - ((shifted - Vector256.Create(Shifter)) * (1.0 / 64))) * Ln2;
        var p = Vector256<double>.One + (y * (Vector256<double>.One + (y * (Vector256.Create(1.0 / 2) + (y * (Vector256.Create(1.0 / 6) + (y * (1.0 / 24))))))));
        var j = n & Vector256.Create(63L);
        var steps = Steps;
        var step = Vector256.Create(steps[(int)j.GetElement(0)], steps[(int)j.GetElement(1)], steps[(int)j.GetElement(2)], steps[(int)j.GetElement(3)]);
        var value = p * (step + Vector256.ShiftLeft(n - j, 46)).AsDouble();
        value = Vector256.ConditionalSelect(infinite, Vector256.Create(double.PositiveInfinity), value);
        return Vector256.AndNot(value, zero);
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
