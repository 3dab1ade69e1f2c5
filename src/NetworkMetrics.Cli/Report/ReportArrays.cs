using System.Collections.Immutable;

namespace NetworkMetrics.Cli.Report;

/// <summary>Reads a model's arrays safely: a <see langword="default"/> <see cref="ImmutableArray{T}"/> is read as empty.</summary>
internal static class ReportArrays
{
    /// <summary>The array, or an empty one when it is <see langword="default"/>.</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> array) => array.IsDefault ? [] : array;
}
