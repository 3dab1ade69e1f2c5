namespace NetworkMetrics;

/// <summary>
/// Safety limits. They apply to what the parsers actually read: media and unknown entries
/// of an archive are skipped without being inflated. A value out of range throws
/// <see cref="ArgumentOutOfRangeException"/> naming the limit when it is set.
/// </summary>
public sealed record ImportLimits
{
    private readonly long _maxEntrySize = 1L << 30;
    private readonly double _maxCompressionRatio = 100;
    private readonly int _maxEntries = 1_000_000;
    private readonly long _maxNestedArchiveSize = 256L << 20;
    private readonly int _maxJsonDepth = 64;
    private readonly int _maxStringLength = 16 << 20;
    private readonly int _maxCsvRecordSize = 16 << 20;

    /// <summary>The defaults, generous enough for real exports (a 2 GB Facebook export, a 300 MB DM file).</summary>
    public static ImportLimits Default { get; } = new();

    /// <summary>
    /// An archive entry is refused once its inflated size passes this many bytes and its
    /// compression ratio passes <see cref="MaxCompressionRatio"/> (a zip bomb). Entries of a tar.gz,
    /// whose compressed size is not known one by one, are refused past this size alone. Default 1 GiB; at least 1.
    /// </summary>
    public long MaxEntrySize { get => _maxEntrySize; init => _maxEntrySize = Positive(value, nameof(MaxEntrySize)); }

    /// <summary>The inflated-to-compressed ratio beyond which a large entry is refused. Default 100; a finite number above 0.</summary>
    public double MaxCompressionRatio
    {
        get => _maxCompressionRatio;
        init => _maxCompressionRatio = double.IsFinite(value) && value > 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxCompressionRatio), value, "must be a finite number above 0");
    }

    /// <summary>The most entries of one archive that are read. Default 1,000,000; at least 1.</summary>
    public int MaxEntries { get => _maxEntries; init => _maxEntries = (int)Positive(value, nameof(MaxEntries)); }

    /// <summary>The largest archive inside an archive that is opened (it is buffered in memory to be read). Default 256 MiB; 0 opens none.</summary>
    public long MaxNestedArchiveSize
    {
        get => _maxNestedArchiveSize;
        init => _maxNestedArchiveSize = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxNestedArchiveSize), value, "must be 0 or more");
    }

    /// <summary>The deepest nesting of JSON accepted. Default 64; at least 1.</summary>
    public int MaxJsonDepth { get => _maxJsonDepth; init => _maxJsonDepth = (int)Positive(value, nameof(MaxJsonDepth)); }

    /// <summary>The longest JSON string accepted, in bytes. Default 16 MiB; at least 1.</summary>
    public int MaxStringLength { get => _maxStringLength; init => _maxStringLength = (int)Positive(value, nameof(MaxStringLength)); }

    /// <summary>The largest CSV record accepted, in bytes. Default 16 MiB; at least 1.</summary>
    public int MaxCsvRecordSize { get => _maxCsvRecordSize; init => _maxCsvRecordSize = (int)Positive(value, nameof(MaxCsvRecordSize)); }

    private static long Positive(long value, string name) =>
        value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "must be at least 1");
}
