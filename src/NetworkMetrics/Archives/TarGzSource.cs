using System.Formats.Tar;
using System.IO.Compression;

namespace NetworkMetrics.Archives;

/// <summary>
/// A gzip-compressed tar archive (Mastodon's archive). A tar can only be read front to back,
/// so it is listed in one pass (keeping the first bytes of each entry for detection) and read
/// in a second. Links and other special entries are never followed: only regular files are
/// entries.
/// </summary>
internal sealed class TarGzSource : ExportSource
{
    private const int HeadSize = 4096;
    private readonly Func<Stream> _openFile;
    private readonly ImportLimits _limits;
    private readonly List<ArchiveEntry> _entries = [];
    private readonly List<byte[]> _heads = [];

    public TarGzSource(string inputPath, Func<Stream> openFile, ImportLimits limits)
        : base(inputPath)
    {
        _openFile = openFile;
        _limits = limits;
        using var file = openFile();
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (NextEntry(reader) is { } tarEntry)
        {
            if (tarEntry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile))
            {
                if (tarEntry.EntryType is TarEntryType.SymbolicLink or TarEntryType.HardLink)
                {
                    ListingDiagnostics.Add(new ImportDiagnostic(DiagnosticSeverity.Warning, "archive.link-skipped",
                        $"link '{tarEntry.Name}' → '{tarEntry.LinkName}' was not followed") { File = inputPath });
                }

                continue;
            }

            if (_entries.Count >= limits.MaxEntries)
            {
                ListingDiagnostics.Add(new ImportDiagnostic(DiagnosticSeverity.Warning, "archive.too-many-entries",
                    FormattableString.Invariant($"the archive holds more than {limits.MaxEntries} entries; the rest were not read")) { File = inputPath });
                break;
            }

            if (IsSuspiciousPath(tarEntry.Name))
            {
                ListingDiagnostics.Add(new ImportDiagnostic(DiagnosticSeverity.Warning, "archive.suspicious-path",
                    $"entry '{tarEntry.Name}' points outside the archive; it is read by name only and never written anywhere") { File = inputPath });
            }

            var path = NormalizePath(tarEntry.Name).Replace("../", string.Empty, StringComparison.Ordinal);
            var head = new byte[(int)Math.Min(HeadSize, tarEntry.Length)];
            if (tarEntry.DataStream is { } data && head.Length > 0)
            {
                var n = data.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                if (n < head.Length)
                {
                    Array.Resize(ref head, n);
                }
            }

            _entries.Add(new ArchiveEntry(_entries.Count, path, inputPath + "!/" + path, tarEntry.Length, null));
            _heads.Add(head);
        }
    }

    public override IReadOnlyList<ArchiveEntry> Entries => _entries;

    public override bool SupportsRandomAccess => false;

    public override int ReadHead(ArchiveEntry entry, Span<byte> buffer)
    {
        var head = _heads[entry.Index];
        var n = Math.Min(head.Length, buffer.Length);
        head.AsSpan(0, n).CopyTo(buffer);
        return n;
    }

    public override Stream OpenEntry(ArchiveEntry entry)
    {
        var result = (Stream?)null;
        ReadSequentially(new HashSet<int> { entry.Index }, (_, s) =>
        {
            var copy = new MemoryStream();
            s.CopyTo(copy);
            copy.Position = 0;
            result = copy;
        }, CancellationToken.None);
        return result ?? Stream.Null;
    }

    public override void ReadSequentially(IReadOnlySet<int> wanted, Action<ArchiveEntry, Stream> read, CancellationToken cancellationToken)
    {
        using var file = _openFile();
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        var index = 0;
        while (index < _entries.Count && NextEntry(reader) is { } tarEntry)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (tarEntry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile))
            {
                continue;
            }

            var entry = _entries[index++];
            if (wanted.Contains(entry.Index) && tarEntry.DataStream is { } data)
            {
                // A tar entry has no compressed size of its own: the size threshold alone applies.
                using var guarded = new BombGuardStream(new NonClosingStream(data), entry, _limits with { MaxCompressionRatio = double.Epsilon });
                read(entry, guarded);
            }
        }
    }

    /// <summary>
    /// The next entry. <see cref="TarReader"/> reports some malformed or unsupported headers with
    /// <see cref="InvalidOperationException"/> (a PAX header whose size runs past the data) or
    /// <see cref="NotSupportedException"/> (a sparse file) or <see cref="OverflowException"/> (a
    /// header number too large for a long): they mean a damaged archive, so they
    /// become <see cref="InvalidDataException"/>, which callers report (found by fuzzing).
    /// </summary>
    private static TarEntry? NextEntry(TarReader reader)
    {
        try
        {
            return reader.GetNextEntry(copyData: false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or OverflowException)
        {
            throw new InvalidDataException($"the tar archive holds an entry that cannot be read ({ex.Message})", ex);
        }
    }

    private sealed class NonClosingStream(Stream inner) : ReadOnlyWrapperStream(inner)
    {
        protected override void Dispose(bool disposing)
        {
        }
    }
}
