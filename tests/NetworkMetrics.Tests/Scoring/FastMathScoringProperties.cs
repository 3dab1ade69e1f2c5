using System.Runtime.Intrinsics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>
/// The decay of every interaction's weight, <c>FastMath.Exp2</c>: close to <see cref="Math.Pow(double, double)"/>,
/// and its four-lane form (the numbers walk, four rows at a time) the same as the scalar one bit for bit, so a
/// score does not depend on how many rows a person has past a multiple of four or on the machine's vectors.
/// </summary>
public sealed class FastMathScoringProperties
{
    private static Gen<double> Exponents() => Gen.OneOf(
        Gen.Choose(-1_000_000, 1_000_000).Select(x => x / 1000.0),          // -1,000 to 1,000
        Gen.Choose(-1_000_000, 0).Select(x => x / 100_000.0),               // the usual ages: -10 to 0
        Gen.Elements(0.0, -0.0, -1022, -1021.999, -1022.001, 1023, 1023.001, -1e300, 1e300, -1075, double.Epsilon, -double.Epsilon));

    [Property(MaxTest = 500)]
    public Property The_scalar_form_is_within_1e_13_of_Math_Pow() => Prop.ForAll(Exponents().ToArbitrary(), x =>
    {
        var fast = FastMath.Exp2(x);
        var exact = x <= -1022 ? 0 : x > 1023 ? double.PositiveInfinity : Math.Pow(2, x);
        return (double.IsInfinity(exact) ? fast == exact : Math.Abs(fast - exact) <= 1e-13 * exact).Label($"2^{x:R}: {fast:R} against {exact:R}");
    });

    [Property(MaxTest = 500)]
    public Property The_four_lane_form_is_the_scalar_form_bit_for_bit() => Prop.ForAll(
        Gen.ArrayOf(Exponents(), 4).ToArbitrary(), x =>
        {
            var lanes = FastMath.Exp2(Vector256.Create(x[0], x[1], x[2], x[3]));
            return Enumerable.Range(0, 4).All(i => BitConverter.DoubleToInt64Bits(lanes.GetElement(i)) == BitConverter.DoubleToInt64Bits(FastMath.Exp2(x[i])))
                .Label($"{string.Join(", ", x)}: {lanes}");
        });
}
