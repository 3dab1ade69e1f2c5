namespace NetworkMetrics;

/// <summary>
/// How to import: strictness, what to keep, how many cores to use, and the safety limits.
/// Start from <see cref="Default"/> and change what you need with <c>with { … }</c>.
/// </summary>
public sealed record ImportOptions
{
    /// <summary>The defaults: lenient, without message contents, all cores, <see cref="ImportLimits.Default"/>.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// <see langword="false"/> (the default): a bad record or file becomes a diagnostic and the
    /// import goes on. <see langword="true"/>: the first warning or error throws
    /// <see cref="ExportFormatException"/>.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>Whether message and post texts are kept in <see cref="Interaction.Content"/>. Off by default: contents are private.</summary>
    public bool IncludeContent { get; init; }

    /// <summary>How many files are parsed at once; 0 (the default) means one per processor.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>The safety limits against hostile or broken archives.</summary>
    public ImportLimits Limits { get; init; } = ImportLimits.Default;
}

/// <summary>
/// Safety limits. They apply to what the parsers actually read: media and unknown entries
/// of an archive are skipped without being inflated.
/// </summary>
public sealed record ImportLimits
{
    /// <summary>The defaults, generous enough for real exports (a 2 GB Facebook export, a 300 MB DM file).</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>
    /// An archive entry is refused once its inflated size passes this many bytes and its
    /// compression ratio passes <see cref="MaxCompressionRatio"/> (a zip bomb). Entries of a tar.gz,
    /// whose compressed size is not known one by one, are refused past this size alone. Default 1 GiB.
    /// </summary>
    public long MaxEntrySize { get; init; } = 1L << 30;

    /// <summary>The inflated-to-compressed ratio beyond which a large entry is refused. Default 100.</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>The most entries of one archive that are read. Default 1,000,000.</summary>
    public int MaxEntries { get; init; } = 1_000_000;

    /// <summary>The largest archive inside an archive that is opened (it is buffered in memory to be read). Default 256 MiB.</summary>
    public long MaxNestedArchiveSize { get; init; } = 256L << 20;

    /// <summary>The deepest nesting of JSON accepted. Default 64.</summary>
    public int MaxJsonDepth { get; init; } = 64;

    /// <summary>The longest JSON string accepted, in bytes. Default 16 MiB.</summary>
    public int MaxStringLength { get; init; } = 16 << 20;

    /// <summary>The largest CSV record accepted, in bytes. Default 16 MiB.</summary>
    public int MaxCsvRecordSize { get; init; } = 16 << 20;
}
