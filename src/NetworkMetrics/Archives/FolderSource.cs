namespace NetworkMetrics.Archives;

/// <summary>A folder, walked recursively (links are not followed).</summary>
internal sealed class FolderSource : ExportSource
{
    private readonly string _root;
    private readonly List<ArchiveEntry> _entries = [];
    private readonly List<string> _fullPaths = [];

    public FolderSource(string inputPath, int maxEntries)
        : base(inputPath)
    {
        _root = Path.GetFullPath(inputPath);
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint,
            IgnoreInaccessible = true,
            MatchType = MatchType.Simple,
            ReturnSpecialDirectories = false,
        };
        var files = Directory.EnumerateFiles(_root, "*", options)
            .Select(f => (Full: f, Relative: NormalizePath(Path.GetRelativePath(_root, f))))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            if (_entries.Count >= maxEntries)
            {
                ListingDiagnostics.Add(new ImportDiagnostic(DiagnosticSeverity.Warning, "archive.too-many-entries",
                    FormattableString.Invariant($"the folder holds more than {maxEntries} files; the rest were not read")) { File = inputPath });
                break;
            }

            var display = inputPath.TrimEnd('/', '\\') + "/" + relative;
            _entries.Add(new ArchiveEntry(_entries.Count, relative, display, new FileInfo(full).Length, null));
            _fullPaths.Add(full);
        }
    }

    public override IReadOnlyList<ArchiveEntry> Entries => _entries;

    public override Stream OpenEntry(ArchiveEntry entry) =>
        new FileStream(_fullPaths[entry.Index], FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
}

/// <summary>A single file given on its own.</summary>
internal sealed class SingleFileSource : ExportSource
{
    private readonly ArchiveEntry[] _entries;

    public SingleFileSource(string inputPath)
        : base(inputPath)
    {
        var name = Path.GetFileName(inputPath);
        _entries = [new ArchiveEntry(0, name, inputPath, new FileInfo(inputPath).Length, null)];
    }

    public override IReadOnlyList<ArchiveEntry> Entries => _entries;

    public override Stream OpenEntry(ArchiveEntry entry) =>
        new FileStream(InputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
}
