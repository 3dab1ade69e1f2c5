namespace NetworkMetrics;

/// <summary>
/// How to import: strictness, what to keep, how many cores to use, how to read phone numbers, and the
/// safety limits. Start from <see cref="Default"/> and change what you need with <c>with { … }</c>;
/// a value out of range throws <see cref="ArgumentOutOfRangeException"/> naming the option at once.
/// </summary>
public sealed record ImportOptions
{
    private readonly int _maxDegreeOfParallelism;
    private readonly string? _defaultPhoneRegion;
    private readonly ImportLimits _limits = ImportLimits.Default;

    /// <summary>The defaults: lenient, without message contents, all cores, phone regions inferred, <see cref="ImportLimits.Default"/>.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>
    /// <see langword="false"/> (the default): a bad record or file becomes a diagnostic and the
    /// import goes on. <see langword="true"/>: the first warning or error throws
    /// <see cref="ExportFormatException"/>.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>Whether message and post texts are kept in <see cref="Interaction.Content"/>. Off by default: contents are private.</summary>
    public bool IncludeContent { get; init; }

    /// <summary>
    /// <see langword="true"/> (the default): <see cref="ImportResult.Interactions"/> and <see cref="ExportSnapshot.Interactions"/>
    /// hold an <see cref="Interaction"/> per interaction. <see langword="false"/>: both stay empty, and the interactions are
    /// kept only in the compact form the scoring model reads (<see cref="Scoring.ContactQuality"/>): about 50 bytes an
    /// interaction instead of several hundred, each record dropped as soon as it is parsed. For scoring large exports in
    /// little memory (<c>netmetrics score</c> and <c>graph</c> import this way). Counts, export dates, accounts, ties and
    /// conversations are the same either way. <see cref="ExportImporter.ImportAsync"/> refuses it together with
    /// <see cref="IncludeContent"/> (texts have nowhere to go); <see cref="ExportImporter.InspectAsync"/> and
    /// <see cref="ExportImporter.ReadAsync"/> ignore it.
    /// </summary>
    public bool KeepInteractionRecords { get; init; } = true;

    /// <summary>How many files are parsed at once; 0 (the default) means one per processor.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value >= 0 ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), value, "must be 0 (one per processor) or more");
    }

    /// <summary>
    /// The region (ISO 3166-1 alpha-2, such as <c>DE</c> or <c>US</c>) whose national numbering reads phone
    /// numbers written without a country code. <see langword="null"/> (the default): the region most of the
    /// import's numbers with a country code belong to; a number that still cannot be read is kept as written
    /// and flagged (<see cref="PhoneNumber.IsValid"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a region libphonenumber knows.</exception>
    public string? DefaultPhoneRegion
    {
        get => _defaultPhoneRegion;
        init => _defaultPhoneRegion = value is null ? null : Text.Phones.IsKnownRegion(value) ? value.ToUpperInvariant()
            : throw new ArgumentOutOfRangeException(nameof(DefaultPhoneRegion), value, "not a region of the phone numbering plan (an ISO 3166-1 alpha-2 code such as DE or US)");
    }

    /// <summary>The safety limits against hostile or broken archives.</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public ImportLimits Limits
    {
        get => _limits;
        init => _limits = value ?? throw new ArgumentNullException(nameof(Limits));
    }
}
