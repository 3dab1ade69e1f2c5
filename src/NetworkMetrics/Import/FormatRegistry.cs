using System.Collections.Immutable;
using NetworkMetrics.Archives;
using NetworkMetrics.Import.AddressBook;
using NetworkMetrics.Import.Bluesky;
using NetworkMetrics.Import.Facebook;
using NetworkMetrics.Import.Instagram;
using NetworkMetrics.Import.LinkedIn;
using NetworkMetrics.Import.Mastodon;
using NetworkMetrics.Import.Twitter;

namespace NetworkMetrics.Import;

/// <summary>Every format the library reads, and detection of an entry's format.</summary>
internal static class FormatRegistry
{
    /// <summary>The first bytes read for content detection.</summary>
    public const int HeadSize = 4096;

    /// <summary>All formats, in detection order (the first that matches wins).</summary>
    public static ImmutableArray<ExportFormat> All { get; } =
    [
        .. LinkedInFormats.All,
        .. FacebookFormats.All,
        .. InstagramFormats.All,
        .. TwitterFormats.All,
        .. MastodonFormats.All,
        .. BlueskyFormats.All,
        .. AddressBookFormats.All,
    ];

    /// <summary>Finds the format of an entry: by path first, then by content where the path is not enough.</summary>
    public static ExportFormat? Detect(ExportSource source, ArchiveEntry entry)
    {
        var path = entry.Path.ToLowerInvariant();
        var name = entry.Name.ToLowerInvariant();
        byte[]? head = null;
        var headLength = 0;
        foreach (var format in All)
        {
            switch (format.MatchPath(path, name))
            {
                case PathMatch.Yes:
                    return format;
                case PathMatch.IfContent:
                    if (head is null)
                    {
                        head = new byte[HeadSize];
                        try
                        {
                            headLength = source.ReadHead(entry, head);
                        }
                        catch (Exception ex) when (ex is IOException or InvalidDataException or ExportFormatException)
                        {
                            headLength = 0;
                        }
                    }

                    if (format.MatchContent(head.AsSpan(0, headLength)))
                    {
                        return format;
                    }

                    break;
            }
        }

        return null;
    }
}
