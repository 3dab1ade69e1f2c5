using System.IO.Compression;
using System.Text;

namespace NetworkMetrics.Samples.Story;

/// <summary>A zip written entry by entry, with one fixed timestamp on every entry, so the bytes depend only on the content.</summary>
internal sealed class StoryZip : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly FileStream _file;
    private readonly ZipArchive _zip;
    private readonly DateTimeOffset _stamp;

    public StoryZip(string path, DateTimeOffset stamp)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        _zip = new ZipArchive(_file, ZipArchiveMode.Create, leaveOpen: false);
        _stamp = new DateTimeOffset(stamp.UtcDateTime.Year, stamp.UtcDateTime.Month, stamp.UtcDateTime.Day, stamp.UtcDateTime.Hour, stamp.UtcDateTime.Minute, 0, TimeSpan.Zero);
    }

    /// <summary>Opens a new entry for writing (one at a time).</summary>
    public Stream Entry(string name)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = _stamp;
        return entry.Open();
    }

    /// <summary>Opens a new entry as UTF-8 text without a byte order mark.</summary>
    public StreamWriter Text(string name, string newLine = "\r\n") => new(Entry(name), Utf8, 1 << 16) { NewLine = newLine };

    public void Dispose() => _zip.Dispose();
}
