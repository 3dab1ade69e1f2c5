using System.Collections.Immutable;

namespace NetworkMetrics.Import.Facebook;

/// <summary>The Facebook file families the library reads, in detection order.</summary>
internal static class FacebookFormats
{
    public static ImmutableArray<ExportFormat> All { get; } = [];
}
