using System.Collections.Immutable;

namespace NetworkMetrics.Import.Instagram;

/// <summary>The Instagram file families the library reads, in detection order.</summary>
internal static class InstagramFormats
{
    public static ImmutableArray<ExportFormat> All { get; } = [];
}
