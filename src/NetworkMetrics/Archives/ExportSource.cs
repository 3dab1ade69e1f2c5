namespace NetworkMetrics.Archives;

/// <summary>
/// An input opened for reading: a zip, a tar.gz, a folder or a single file, seen the same
/// way as a list of entries read as streams. Nothing is ever extracted to disk.
/// </summary>
internal abstract class ExportSource : IDisposable
{
    protected ExportSource(string inputPath) => InputPath = inputPath;

    /// <summary>The path as the user gave it.</summary>
    public string InputPath { get; }

    /// <summary>The entries, in listing order.</summary>
    public abstract IReadOnlyList<ArchiveEntry> Entries { get; }

    /// <summary>Warnings met while listing (suspicious entry names, skipped links…).</summary>
    public List<ImportDiagnostic> ListingDiagnostics { get; } = [];

    /// <summary>
    /// Whether <see cref="OpenEntry"/> may be called for any entry, from several threads at
    /// once. Sources that can only be read front to back (tar.gz) return <see langword="false"/>
    /// and are read with <see cref="ReadSequentially"/>.
    /// </summary>
    public virtual bool SupportsRandomAccess => true;

    /// <summary>Opens an entry for reading. Thread-safe when <see cref="SupportsRandomAccess"/>.</summary>
    public abstract Stream OpenEntry(ArchiveEntry entry);

    /// <summary>Reads the first bytes of an entry, for content detection.</summary>
    public virtual int ReadHead(ArchiveEntry entry, Span<byte> buffer)
    {
        using var stream = OpenEntry(entry);
        return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
    }

    /// <summary>Reads the wanted entries front to back, calling <paramref name="read"/> for each in listing order.</summary>
    public virtual void ReadSequentially(IReadOnlySet<int> wanted, Action<ArchiveEntry, Stream> read, CancellationToken cancellationToken)
    {
        foreach (var entry in Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (wanted.Contains(entry.Index))
            {
                using var stream = OpenEntry(entry);
                read(entry, stream);
            }
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>Normalises an entry name: '/' separators, no leading './' or '/'.</summary>
    internal static string NormalizePath(string name)
    {
        var path = name.Replace('\\', '/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..];
        }

        return path.TrimStart('/');
    }

    /// <summary>Whether an entry name tries to leave its archive (<c>../</c>, absolute paths, drive letters).</summary>
    internal static bool IsSuspiciousPath(string rawName)
    {
        var path = rawName.Replace('\\', '/');
        if (path.StartsWith('/') || (path.Length >= 2 && path[1] == ':'))
        {
            return true;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                return true;
            }
        }

        return false;
    }
}
