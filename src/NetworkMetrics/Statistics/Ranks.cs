namespace NetworkMetrics.Statistics;

/// <summary>Ranks with ties: each group of equal values gets the mean of the ranks it spans (1-based).</summary>
internal static class Ranks
{
    /// <summary>Writes the average ranks of <paramref name="values"/> into <paramref name="ranks"/>.</summary>
    public static void Average(ReadOnlySpan<double> values, Span<double> ranks)
    {
        var n = values.Length;
        var order = new int[n];
        var keys = values.ToArray();
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            // Positions start..end-1 hold ranks start+1..end: their mean.
            var rank = 0.5 * (start + 1 + end);
            for (var k = start; k < end; k++)
            {
                ranks[order[k]] = rank;
            }

            start = end;
        }
    }
}
