namespace NetworkMetrics.Archives;

/// <summary>One file inside an input: an archive entry, a file in a folder, or the input file itself.</summary>
internal sealed class ArchiveEntry
{
    public ArchiveEntry(int index, string path, string displayPath, long? length, long? compressedLength)
    {
        Index = index;
        Path = path;
        DisplayPath = displayPath;
        Length = length;
        CompressedLength = compressedLength;
        var slash = path.LastIndexOf('/');
        Name = slash < 0 ? path : path[(slash + 1)..];
    }

    /// <summary>The position of the entry in its source's listing.</summary>
    public int Index { get; }

    /// <summary>The path inside the input, with '/' separators and no leading separator.</summary>
    public string Path { get; }

    /// <summary>The file name (last segment of <see cref="Path"/>).</summary>
    public string Name { get; }

    /// <summary>The path shown to users: the input as given, or <c>input.zip!/path</c>.</summary>
    public string DisplayPath { get; }

    /// <summary>The uncompressed length, when known before reading.</summary>
    public long? Length { get; }

    /// <summary>The compressed length, for archive entries.</summary>
    public long? CompressedLength { get; }

    /// <summary>The same entry (same index, shown the same way) seen under another path: the folders above an input given below its export's root.</summary>
    public ArchiveEntry WithPath(string path) => new(Index, path, DisplayPath, Length, CompressedLength);

    public override string ToString() => DisplayPath;
}
