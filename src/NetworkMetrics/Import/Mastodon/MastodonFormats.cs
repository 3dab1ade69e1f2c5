using System.Collections.Immutable;

namespace NetworkMetrics.Import.Mastodon;

/// <summary>The Mastodon file families the library reads, in detection order.</summary>
internal static class MastodonFormats
{
    public static ImmutableArray<ExportFormat> All { get; } = [];
}
