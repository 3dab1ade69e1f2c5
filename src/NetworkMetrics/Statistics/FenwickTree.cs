namespace NetworkMetrics.Statistics;

/// <summary>A binary indexed tree of counts over positions 1..size: add one, count a prefix, both O(log size).</summary>
internal sealed class FenwickTree
{
    private readonly int[] _counts;

    public FenwickTree(int size) => _counts = new int[size + 1];

    /// <summary>How many positions were added in all.</summary>
    public long Total { get; private set; }

    /// <summary>Adds one at <paramref name="position"/> (1-based).</summary>
    public void Add(int position)
    {
        for (var i = position; i < _counts.Length; i += i & -i)
        {
            _counts[i]++;
        }

        Total++;
    }

    /// <summary>How many were added at positions 1..<paramref name="position"/> (0 for position 0).</summary>
    public long PrefixCount(int position)
    {
        long sum = 0;
        for (var i = position; i > 0; i -= i & -i)
        {
            sum += _counts[i];
        }

        return sum;
    }
}
