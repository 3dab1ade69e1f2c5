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

        // Recognised by content alone (no name tells): after every family that claims files by name,
        // so that only files no other family claims are looked into.
        new MessengerE2eeFormat(),
    ];

    /// <summary>How many folders above an input given below its export's root are tried (<c>your_facebook_activity/messages/inbox/</c>).</summary>
    private const int FoldersAbove = 4;

    /// <summary>
    /// Finds the format of an entry: by path first, then by content where the path is not enough.
    /// An entry of a folder or file given below its export's root (<c>export/messages/</c>,
    /// <c>…/inbox/</c>) that its own path does not place is tried again under the input's last
    /// folders (<see cref="FoldersAbove"/>), so that the formats see the folders that name it; a
    /// file given on its own that no path places is then recognised by content alone
    /// (<see cref="ExportFormat.MatchLoneFile"/>).
    /// </summary>
    public static Detection? Detect(ExportSource source, ArchiveEntry entry)
    {
        var head = new Head(source, entry);
        if (ByPath(entry, ref head) is { } format)
        {
            return new Detection(format, entry);
        }

        if (source is FolderSource or SingleFileSource && InputFolders(source) is { Length: > 0 } above)
        {
            var widened = entry.WithPath(above + entry.Path);
            if (ByPath(widened, ref head) is { } byFolders)
            {
                return new Detection(byFolders, widened);
            }
        }

        if (source is SingleFileSource)
        {
            var bytes = head.Bytes;
            var inputPath = ExportSource.NormalizePath(Path.GetFullPath(source.InputPath)).ToLowerInvariant();
            foreach (var candidate in All)
            {
                if (candidate.MatchLoneFile(bytes, inputPath))
                {
                    return new Detection(candidate, entry);
                }
            }
        }

        return null;
    }

    private static ExportFormat? ByPath(ArchiveEntry entry, ref Head head)
    {
        var path = entry.Path.ToLowerInvariant();
        var name = entry.Name.ToLowerInvariant();
        foreach (var format in All)
        {
            switch (format.MatchPath(path, name))
            {
                case PathMatch.Yes:
                    return format;
                case PathMatch.IfContent when format.MatchContent(head.Bytes):
                    return format;
            }
        }

        return null;
    }

    /// <summary>
    /// The last folders of the input's own path, with a trailing '/' (for a folder: the folder and
    /// those above it; for a file: the folders holding it); empty when there are none.
    /// </summary>
    private static string InputFolders(ExportSource source)
    {
        var segments = ExportSource.NormalizePath(Path.GetFullPath(source.InputPath)).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var end = source is SingleFileSource ? segments.Length - 1 : segments.Length;
        var start = Math.Max(0, end - FoldersAbove);
        if (start < end && segments[start].EndsWith(':'))
        {
            start++; // a drive letter names no folder
        }

        return start >= end ? string.Empty : string.Join('/', segments[start..end]) + "/";
    }

    /// <summary>The first bytes of an entry, read once on first use.</summary>
    private struct Head(ExportSource source, ArchiveEntry entry)
    {
        private byte[]? _bytes;
        private int _length;

        public ReadOnlySpan<byte> Bytes
        {
            get
            {
                if (_bytes is null)
                {
                    _bytes = new byte[HeadSize];
                    try
                    {
                        _length = source.ReadHead(entry, _bytes);
                    }
                    catch (Exception ex) when (ex is IOException or InvalidDataException or ExportFormatException)
                    {
                        _length = 0;
                    }
                }

                return _bytes.AsSpan(0, _length);
            }
        }
    }
}
