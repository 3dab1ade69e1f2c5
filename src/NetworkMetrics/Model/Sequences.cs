using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>
/// Value equality for the immutable arrays of the model's records: two records are equal when their
/// arrays hold equal items in the same order (a default array equals an empty one). The records'
/// <c>Equals</c> use it, so record equality is by value all the way down (docs/model.md, "Equality").
/// </summary>
internal static class Sequences
{
    public static bool Equal<T>(ImmutableArray<T> a, ImmutableArray<T> b)
    {
        if (a.IsDefaultOrEmpty || b.IsDefaultOrEmpty)
        {
            return a.IsDefaultOrEmpty && b.IsDefaultOrEmpty;
        }

        return a.AsSpan().SequenceEqual(b.AsSpan());
    }

    public static int Hash<T>(ImmutableArray<T> items)
    {
        if (items.IsDefaultOrEmpty)
        {
            return 0;
        }

        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>The array, or an empty one for a default array (so that properties never return a default array).</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? [] : items;
}
