using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace NetworkMetrics.Archives;

/// <summary>
/// A zip archive. <see cref="ZipArchive"/> is not thread-safe, so every worker rents its
/// own handle on the file from a pool; entries are matched by index across handles.
/// </summary>
internal sealed class ZipSource : ExportSource
{
    private readonly Func<Stream> _openFile;
    private readonly ImportLimits _limits;
    private readonly ConcurrentBag<ZipArchive> _pool = [];
    private readonly ConcurrentBag<ZipArchive> _all = [];
    private readonly List<ArchiveEntry> _entries = [];
    private readonly List<int> _zipIndexes = [];

    public ZipSource(string inputPath, Func<Stream> openFile, ImportLimits limits, bool allowNested = true)
        : base(inputPath)
    {
        AllowsNested = allowNested;
        _openFile = openFile;
        _limits = limits;
        var archive = Create();
        var zipEntries = archive.Entries;
        for (var i = 0; i < zipEntries.Count; i++)
        {
            var zipEntry = zipEntries[i];
            var rawName = zipEntry.FullName;
            if (rawName.EndsWith('/') || rawName.EndsWith('\\'))
            {
                continue; // a folder
            }

            if (_entries.Count >= limits.MaxEntries)
            {
                ListingDiagnostics.Add(new ImportDiagnostic(DiagnosticSeverity.Warning, "archive.too-many-entries",
                    FormattableString.Invariant($"the archive holds more than {limits.MaxEntries} entries; the rest were not read")) { File = inputPath });
                break;
            }

            if (IsSuspiciousPath(rawName))
            {
                ListingDiagnostics.Add(new ImportDiagnostic(DiagnosticSeverity.Warning, "archive.suspicious-path",
                    $"entry '{rawName}' points outside the archive; it is read by name only and never written anywhere") { File = inputPath });
            }

            var path = NormalizePath(rawName).Replace("../", string.Empty, StringComparison.Ordinal);
            _entries.Add(new ArchiveEntry(_entries.Count, path, inputPath + "!/" + path, zipEntry.Length, zipEntry.CompressedLength));
            _zipIndexes.Add(i);
        }

        _pool.Add(archive);
    }

    public override IReadOnlyList<ArchiveEntry> Entries => _entries;

    /// <summary>Whether zips inside this one are opened (only one level deep).</summary>
    public bool AllowsNested { get; }

    public override Stream OpenEntry(ArchiveEntry entry)
    {
        if (!_pool.TryTake(out var archive))
        {
            archive = Create();
        }

        try
        {
            var zipEntry = archive.Entries[_zipIndexes[entry.Index]];
            var inner = zipEntry.Open();
            return new PooledEntryStream(new BombGuardStream(inner, entry, _limits), () => _pool.Add(archive));
        }
        catch
        {
            _pool.Add(archive);
            throw;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var archive in _all)
            {
                archive.Dispose();
            }
        }
    }

    private ZipArchive Create()
    {
        var stream = _openFile();
        try
        {
            var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false, ZipNameEncoding.Instance);
            _all.Add(archive);
            return archive;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Returns the archive handle to the pool once the entry stream is closed.</summary>
    private sealed class PooledEntryStream(Stream inner, Action release) : ReadOnlyWrapperStream(inner)
    {
        private Action? _release = release;

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            Interlocked.Exchange(ref _release, null)?.Invoke();
        }
    }
}

/// <summary>
/// Entry names of zips without the UTF-8 flag: UTF-8 when the bytes are valid UTF-8 (what
/// most tools write), else code page 437 (what Windows' "Send to compressed folder" writes).
/// </summary>
internal sealed class ZipNameEncoding : Encoding
{
    public static readonly ZipNameEncoding Instance = new();
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly char[] Cp437High =
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0".ToCharArray();

    public override int GetByteCount(char[] chars, int index, int count) => UTF8.GetByteCount(chars, index, count);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        UTF8.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    public override int GetCharCount(byte[] bytes, int index, int count) => GetString(bytes, index, count).Length;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        var text = GetString(bytes, byteIndex, byteCount);
        text.CopyTo(0, chars, charIndex, text.Length);
        return text.Length;
    }

    public override string GetString(byte[] bytes, int index, int count)
    {
        try
        {
            return StrictUtf8.GetString(bytes, index, count);
        }
        catch (DecoderFallbackException)
        {
            return string.Create(count, (bytes, index), static (span, state) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    var b = state.bytes[state.index + i];
                    span[i] = b < 0x80 ? (char)b : Cp437High[b - 0x80];
                }
            });
        }
    }

    public override int GetMaxByteCount(int charCount) => UTF8.GetMaxByteCount(charCount);

    public override int GetMaxCharCount(int byteCount) => byteCount;
}
