namespace NetworkMetrics.Scoring;

/// <summary>Dunbar's nominal layers: sizes, contact frequencies and the thresholds between them.</summary>
internal static class Layers
{
    /// <summary>A year, as the research counts it.</summary>
    public const double DaysPerYear = 365.25;

    /// <summary>The nominal cumulative sizes, innermost first.</summary>
    public static ReadOnlySpan<int> Sizes => [5, 15, 50, 150, 500, 1500];

    /// <summary>The nominal interval between contacts of each layer, in days: weekly, monthly, quarterly, yearly, every three years, every ten years.</summary>
    public static ReadOnlySpan<double> IntervalDays => [7, DaysPerYear / 12, DaysPerYear / 4, DaysPerYear, 3 * DaysPerYear, 10 * DaysPerYear];

    public const int Count = 6;

    /// <summary>The index of a nominal size in <see cref="Sizes"/>, or -1.</summary>
    public static int IndexOf(int size) => Sizes.IndexOf(size);

    /// <summary>The nominal contact frequency of a layer, in contacts a year.</summary>
    public static double Frequency(int layer) => DaysPerYear / IntervalDays[layer];

    /// <summary>
    /// The lowest frequency of a layer under the thresholds method: the geometric midpoint
    /// between its nominal frequency and the next layer's (25.0, 6.93, 2, 0.577, 0.183); 0 for the outermost.
    /// </summary>
    public static double Threshold(int layer) => layer >= Count - 1 ? 0 : Math.Sqrt(Frequency(layer) * Frequency(layer + 1));

    /// <summary>The nominal size nearest to <paramref name="size"/> on a log scale (the smaller on a tie), as an index.</summary>
    public static int Nearest(int size)
    {
        var best = 0;
        var bestDistance = double.PositiveInfinity;
        var log = Math.Log(Math.Max(1, size));
        for (var i = 0; i < Count; i++)
        {
            var distance = Math.Abs(log - Math.Log(Sizes[i]));
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = i;
            }
        }

        return best;
    }
}
