using System.Collections.Immutable;

namespace NetworkMetrics.Import.Bluesky;

/// <summary>The Bluesky file families the library reads, in detection order.</summary>
internal static class BlueskyFormats
{
    public static ImmutableArray<ExportFormat> All { get; } =
    [
        new RepoFormat(),
    ];
}
