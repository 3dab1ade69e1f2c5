namespace NetworkMetrics.Samples.Story;

/// <summary>
/// Seeded randomness that gives the same numbers on every machine: <see cref="Random"/> with an
/// explicit seed (its seeded algorithm is fixed), seeds mixed without <see cref="HashCode"/> (which
/// is randomised per process), and a logarithm made of additions and multiplications only
/// (<see cref="Math.Log(double)"/> comes from the C runtime and may differ in the last bit).
/// </summary>
internal static class Chance
{
    /// <summary>A generator for one purpose (<paramref name="stream"/>) of one item (<paramref name="index"/>).</summary>
    public static Random For(int seed, int stream, int index) => new(Mix(seed, stream, index));

    /// <summary>Mixes three numbers into a non-negative seed (SplitMix64's finaliser).</summary>
    public static int Mix(int a, int b, int c)
    {
        var z = ((ulong)(uint)a << 32) ^ ((ulong)(uint)b * 0x9E3779B97F4A7C15UL) ^ (uint)c;
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }

    /// <summary>An exponentially distributed number with the given mean.</summary>
    public static double Exponential(Random random, double mean) => -mean * Ln(1 - random.NextDouble());

    /// <summary>A uniform number in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public static double Between(Random random, double low, double high) => low + ((high - low) * random.NextDouble());

    /// <summary>Whether an event of probability <paramref name="p"/> happens.</summary>
    public static bool Odds(Random random, double p) => random.NextDouble() < p;

    /// <summary>One item of a list.</summary>
    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>The natural logarithm of a positive number, by IEEE arithmetic only (deterministic everywhere).</summary>
    public static double Ln(double x)
    {
        if (x <= 0)
        {
            return double.NegativeInfinity;
        }

        // x = m · 2^e with m in [1, 2); ln x = e·ln 2 + 2·atanh((m − 1) / (m + 1)).
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exponent = (int)((bits >> 52) & 0x7FF) - 1023;
        if (exponent == -1023)
        {
            return Ln(x * 4503599627370496.0) - (52 * Ln2); // subnormal: scale by 2^52
        }

        var mantissa = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
        var s = (mantissa - 1) / (mantissa + 1); // in [0, 1/3)
        var s2 = s * s;
        var term = s;
        var sum = 0.0;
        for (var k = 1; k < 60; k += 2)
        {
            sum += term / k;
            term *= s2;
        }

        return (exponent * Ln2) + (2 * sum);
    }

    private const double Ln2 = 0.69314718055994530942;
}
