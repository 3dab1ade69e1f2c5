using System.Collections.Immutable;

namespace NetworkMetrics.Import.Twitter;

/// <summary>The Twitter file families the library reads, in detection order.</summary>
internal static class TwitterFormats
{
    public static ImmutableArray<ExportFormat> All { get; } = [];
}
