using NetworkMetrics.Archives;

namespace NetworkMetrics.Import;

/// <summary>
/// What a parser works with: the entry, the options, where records go, and the
/// diagnostics. Bad records go through <see cref="Skip"/>: in lenient mode a warning and a
/// count; in strict mode an <see cref="ExportFormatException"/>.
/// </summary>
internal sealed class ParseContext
{
    private readonly RecordSink _sink;
    private readonly CountingSink? _counter;
    private readonly Action<ImportDiagnostic>? _onDiagnostic;

    public ParseContext(ArchiveEntry entry, ExportFormat format, ImportOptions options, RecordSink sink,
        Action<ImportDiagnostic>? onDiagnostic, CancellationToken cancellationToken, SnapshotState? snapshot = null)
    {
        Snapshot = snapshot ?? new SnapshotState();
        Entry = entry;
        Format = format.Id;
        Platform = format.Platform;
        Options = options;
        _sink = sink;
        _counter = sink is CountingSink { CountOnly: true } counter ? counter : null;
        _onDiagnostic = onDiagnostic;
        CancellationToken = cancellationToken;
    }

    public ArchiveEntry Entry { get; }

    /// <summary>What the snapshot's phase-0 files stated (the owner, a manifest), shared by its files.</summary>
    public SnapshotState Snapshot { get; }

    /// <summary>The file as shown to users.</summary>
    public string File => Entry.DisplayPath;

    /// <summary>The format id with its generation; parsers set it once they know the generation.</summary>
    public string Format { get; set; }

    public Platform Platform { get; }

    public ImportOptions Options { get; }

    public ImportLimits Limits => Options.Limits;

    public bool IncludeContent => Options.IncludeContent;

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Whether only counts are wanted: <c>inspect</c> of a platform with one snapshot, where the
    /// sink keeps neither records nor fingerprints. A parser may then count a message or a tie
    /// with <see cref="CountMessage"/> or <see cref="CountTie"/> instead of building it, and skip
    /// work no count depends on (names, ids, contents, directions). What it counts must equal
    /// what its record path gives: the counting-path tests run every fixture both ways.
    /// </summary>
    public bool CountOnly => _counter is not null;

    /// <summary>
    /// The diagnostics only the record path can give, about what the counting path does not read:
    /// the guessed direction of LinkedIn messages without an owner, and invalid UTF-8, which is
    /// found in the texts a parser decodes (names, contents), not searched for in bytes it skips.
    /// Every other diagnostic is the same on both paths (tests and the fuzz harness compare them).
    /// </summary>
    public static IReadOnlySet<string> RecordPathOnlyDiagnostics { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "linkedin.owner-unknown", "csv.invalid-utf8", "json.invalid-utf8" };

    /// <summary>Records read and kept.</summary>
    public int Records { get; private set; }

    /// <summary>Records skipped, each with a diagnostic.</summary>
    public int Skipped { get; private set; }

    public List<ImportDiagnostic> Diagnostics { get; } = [];

    public void Add(Account account) => _sink.OnAccount(account);

    public void Add(Tie tie) => _sink.OnTie(tie);

    /// <summary>Adds an interaction, with the hash of its text (<see cref="Fingerprint.OfContent(string?)"/>; 0 when it has none).</summary>
    public void Add(Interaction interaction, ulong contentHash = 0) => _sink.OnInteraction(interaction, contentHash);

    public void Add(Conversation conversation) => _sink.OnConversation(conversation);

    /// <summary>Counts a direct or group message without building it; only when <see cref="CountOnly"/>.</summary>
    public void CountMessage(DateTimeOffset at) => _counter!.CountMessage(at);

    /// <summary>
    /// An interaction that is not a message (a reaction, a reply), seen without being built: it
    /// counts towards nothing but the newest record's date; only when <see cref="CountOnly"/>.
    /// </summary>
    public void CountOther(DateTimeOffset at) => _counter!.CountOther(at);

    /// <summary>
    /// A message whose date cannot be read at all, on either path: a warning (in strict mode an
    /// exception), and the message counts in the snapshot's messages (it existed) without being an
    /// interaction, which must have a time. The caller counts it as kept with <see cref="Kept"/>.
    /// </summary>
    public void CountUndatedMessage(string code, string message, long? line = null, long? record = null, long? offset = null)
    {
        Report(DiagnosticSeverity.Warning, code, message, line, record, offset);
        _sink.OnUndatedMessage();
    }

    /// <summary>Counts a tie without building it; only when <see cref="CountOnly"/>.</summary>
    public void CountTie(TieKind kind, DateTimeOffset? since) => _counter!.CountTie(kind, since);

    /// <summary>
    /// The owner as this file states it (confidence <see cref="OwnerOffers.Stated"/> or more: a profile, an
    /// account file, the owner's email or phone list) or suggests it (below: inferred from threads). Stated
    /// offers of one snapshot are merged; an inferred one counts only when nothing states the owner.
    /// </summary>
    public void SetOwner(Account owner, int confidence = 10)
    {
        _sink.OnOwner(owner, confidence);
        Snapshot.OfferOwner(owner, confidence);
    }

    /// <summary>The owner's own email addresses and phone numbers, stated by a file that lists only them.</summary>
    public void AddOwnerDetails(System.Collections.Immutable.ImmutableArray<EmailAddress> emails, System.Collections.Immutable.ImmutableArray<PhoneNumber> phones) =>
        _sink.OnOwnerDetails(emails, phones);

    public void SetExportDate(DateTimeOffset exportedAt) => _sink.OnExportDate(exportedAt);

    /// <summary>Counts one record read and kept.</summary>
    public void Kept(int count = 1) => Records += count;

    /// <summary>A record that cannot be read: skipped with a warning (lenient) or thrown (strict).</summary>
    public void Skip(string code, string message, long? line = null, long? record = null, long? offset = null)
    {
        Skipped++;
        Report(DiagnosticSeverity.Warning, code, message, line, record, offset);
    }

    /// <summary>Reports a diagnostic; in strict mode a warning or error throws.</summary>
    public void Report(DiagnosticSeverity severity, string code, string message, long? line = null, long? record = null, long? offset = null)
    {
        var diagnostic = new ImportDiagnostic(severity, code, message) { File = File, Line = line, Record = record, Offset = offset };
        if (severity != DiagnosticSeverity.Info && Options.Strict)
        {
            throw new ExportFormatException(diagnostic);
        }

        Diagnostics.Add(diagnostic);
        _onDiagnostic?.Invoke(diagnostic);
    }

    /// <summary>An exception for a problem that stops the whole file; the records read before it are kept.</summary>
    public ExportFormatException Fail(string code, string message, long? line = null, long? record = null, long? offset = null, Exception? inner = null) =>
        new(new ImportDiagnostic(DiagnosticSeverity.Error, code, message) { File = File, Line = line, Record = record, Offset = offset }, inner);
}

/// <summary>
/// What the files of one snapshot share: the owner as its phase-0 files state it, and
/// per-platform data such as X's manifest. Phase-0 files may run in parallel: members are thread-safe.
/// </summary>
internal sealed class SnapshotState
{
    private readonly object _gate = new();
    private readonly Dictionary<string, object> _items = new(StringComparer.Ordinal);
    private int _ownerConfidence = int.MinValue;

    /// <summary>The owner, when a file stated it.</summary>
    public Account? Owner { get; private set; }

    /// <summary>
    /// Every entry of the input the snapshot comes from, recognised or not (set by the engine
    /// before parsing; empty when unknown): lets a file check what else the archive holds, such as
    /// the parts X's manifest lists.
    /// </summary>
    public IReadOnlyList<ArchiveEntry> Entries { get; set; } = [];

    /// <summary>The files of the snapshot that will be parsed, with their formats (set by the engine; empty when unknown).</summary>
    public IReadOnlyList<(ExportFormat Format, ArchiveEntry Entry)> Files { get; set; } = [];

    public void OfferOwner(Account owner, int confidence)
    {
        lock (_gate)
        {
            if (confidence > _ownerConfidence || (confidence == _ownerConfidence && Owner?.Name is null && owner.Name is not null))
            {
                Owner = owner;
                _ownerConfidence = confidence;
            }
        }
    }

    public void Set(string key, object value)
    {
        lock (_gate)
        {
            _items[key] = value;
        }
    }

    public T? Get<T>(string key)
        where T : class
    {
        lock (_gate)
        {
            return _items.TryGetValue(key, out var value) ? value as T : null;
        }
    }
}
