using System.Text.Json;
using CsvHelper;
using NetworkMetrics.Archives;

namespace NetworkMetrics.Import;

/// <summary>A recognised file of an input, with what parsing it gave.</summary>
internal sealed class PlannedFile(int inputIndex, ExportSource source, ArchiveEntry entry, ExportFormat format)
{
    public int InputIndex { get; } = inputIndex;

    public ExportSource Source { get; } = source;

    public ArchiveEntry Entry { get; } = entry;

    public ExportFormat Format { get; } = format;

    public RecordSink? Sink { get; set; }

    public SnapshotState? State { get; set; }

    public ImportedFile? Result { get; set; }

    public List<ImportDiagnostic> Diagnostics { get; } = [];
}

/// <summary>The files that make one snapshot: one platform's export, possibly split across several inputs.</summary>
internal sealed class SnapshotPlan(Platform platform, DateTimeOffset? exportedAtHint, int order)
{
    public Platform Platform { get; } = platform;

    /// <summary>The export's date from its archive name, when the name has one.</summary>
    public DateTimeOffset? ExportedAtHint { get; set; } = exportedAtHint;

    /// <summary>The position of the first input that holds it, to order snapshots that have no date.</summary>
    public int Order { get; } = order;

    public List<PlannedFile> Files { get; } = [];

    /// <summary>What the snapshot's files share (owner, manifest).</summary>
    public SnapshotState State { get; } = new();

    /// <summary>The number of snapshots of the same platform in this import.</summary>
    public int PlatformSnapshots { get; set; } = 1;
}

/// <summary>The outcome of the engine: inputs, snapshot plans with their parsed files, and input-level diagnostics.</summary>
internal sealed record EngineResult(IReadOnlyList<ImportInput> Inputs, IReadOnlyList<SnapshotPlan> Plans, IReadOnlyList<(int Input, ImportDiagnostic Diagnostic)> InputDiagnostics);

/// <summary>
/// The import pipeline: open every input, detect each entry's format, plan snapshots, and
/// parse the recognised files in parallel (one archive handle per worker) into per-file sinks.
/// Results are placed by position, so the output order never depends on thread timing.
/// </summary>
internal sealed class ImportEngine(ImportOptions options, Action<ImportDiagnostic>? onDiagnostic, IProgress<ImportProgress>? progress)
{
    /// <summary>Bytes read between two progress reports inside a file (a single large file still shows progress).</summary>
    private const long ReportEveryBytes = 8L << 20;

    private int _done;
    private int _total;
    private int _currentInput;
    private long _bytesRead;
    private long? _bytesTotal;
    private long _records;

    public EngineResult Run(IReadOnlyList<string> paths, Func<SnapshotPlan, RecordSink> sinkFactory, CancellationToken cancellationToken)
    {
        var sources = new List<ExportSource>();
        var inputDiagnostics = new List<(int Input, ImportDiagnostic Diagnostic)>();
        var inputs = new List<ImportInput>();
        var files = new List<PlannedFile>();
        try
        {
            for (var i = 0; i < paths.Count; i++)
            {
                _currentInput = i;
                cancellationToken.ThrowIfCancellationRequested();
                var path = paths[i];
                ExportSource source;
                try
                {
                    source = ExportSources.Open(path, options.Limits);
                }
                catch (ExportFormatException ex)
                {
                    Report(inputDiagnostics, ex.Diagnostic);
                    inputs.Add(new ImportInput(path, 0, 0));
                    continue;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Report(inputDiagnostics, new ImportDiagnostic(DiagnosticSeverity.Error, "input.unreadable", ex.Message) { File = path });
                    inputs.Add(new ImportInput(path, 0, 0));
                    continue;
                }

                sources.Add(source);
                var recognized = 0;
                var unrecognized = 0;
                foreach (var (current, nested) in WithNestedArchives(source, sources, inputDiagnostics))
                {
                    foreach (var diagnostic in current.ListingDiagnostics)
                    {
                        Report(inputDiagnostics, diagnostic);
                    }

                    foreach (var entry in current.Entries)
                    {
                        if (current == source && nested.Contains(entry.Index))
                        {
                            continue; // opened as an archive of its own
                        }

                        if (FormatRegistry.Detect(current, entry) is { } found)
                        {
                            files.Add(new PlannedFile(i, current, found.Entry, found.Format));
                            recognized++;
                        }
                        else
                        {
                            unrecognized++;
                        }
                    }
                }

                inputs.Add(new ImportInput(path, recognized, unrecognized));
                if (recognized == 0)
                {
                    Report(inputDiagnostics, new ImportDiagnostic(DiagnosticSeverity.Error, "input.no-export",
                        "holds no recognised export: expected a LinkedIn, Facebook, X/Twitter, Instagram, Mastodon or Bluesky export, or an address book (vCard, Google Contacts CSV)")
                    { File = path });
                }
            }

            var notes = new List<(int Input, ImportDiagnostic Diagnostic)>();
            var plans = SnapshotPlanner.Plan(files, notes);
            foreach (var (input, note) in notes)
            {
                _currentInput = input;
                Report(inputDiagnostics, note);
            }

            files = [.. plans.SelectMany(p => p.Files)];
            foreach (var plan in plans)
            {
                plan.State.Entries = plan.Files[0].Source.Entries;
                plan.State.Files = [.. plan.Files.Select(f => (f.Format, f.Entry))];
                foreach (var file in plan.Files)
                {
                    file.Sink = sinkFactory(plan);
                    file.State = plan.State;
                }
            }

            _total = files.Count;
            _bytesTotal = files.All(f => f.Entry.Length is not null) ? files.Sum(f => f.Entry.Length!.Value) : null;
            ParseAll(files, cancellationToken);
            return new EngineResult(inputs, plans, inputDiagnostics);
        }
        finally
        {
            foreach (var source in sources)
            {
                source.Dispose();
            }
        }
    }

    /// <summary>
    /// The source itself, then each zip inside it (one level deep, only below
    /// <see cref="ImportLimits.MaxNestedArchiveSize"/>: an inner zip must be buffered in memory
    /// to be read; it is never written to disk).
    /// </summary>
    private IEnumerable<(ExportSource Source, HashSet<int> Nested)> WithNestedArchives(ExportSource source, List<ExportSource> sources, List<(int Input, ImportDiagnostic Diagnostic)> inputDiagnostics)
    {
        var nested = new HashSet<int>();
        var inner = new List<ExportSource>();
        if (source is ZipSource { AllowsNested: true } or FolderSource)
        {
            foreach (var entry in source.Entries)
            {
                var isZip = entry.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
                var isTarGz = entry.Name.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || entry.Name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase);
                if (!isZip && !isTarGz)
                {
                    continue;
                }

                nested.Add(entry.Index);
                Func<Stream> open;
                if (source is FolderSource)
                {
                    // An archive in a folder is a file on disk: opened in place, like an input of its own.
                    open = () => source.OpenEntry(entry);
                }
                else if (entry.Length is { } length && length > options.Limits.MaxNestedArchiveSize)
                {
                    Report(inputDiagnostics, new ImportDiagnostic(DiagnosticSeverity.Warning, "archive.nested-too-large",
                        FormattableString.Invariant($"the archive inside the archive is {length} bytes, over the limit of {options.Limits.MaxNestedArchiveSize} (ImportLimits.MaxNestedArchiveSize); not read"))
                    { File = entry.DisplayPath });
                    continue;
                }
                else
                {
                    // An archive in an archive must be buffered to be read (never written to disk).
                    byte[] bytes;
                    try
                    {
                        using var stream = source.OpenEntry(entry);
                        using var buffer = new MemoryStream();
                        CopyLimited(stream, buffer, options.Limits.MaxNestedArchiveSize, entry);
                        bytes = buffer.ToArray();
                    }
                    catch (Exception ex) when (ex is InvalidDataException or IOException or ExportFormatException)
                    {
                        Report(inputDiagnostics, ex is ExportFormatException format ? format.Diagnostic
                            : new ImportDiagnostic(DiagnosticSeverity.Warning, "archive.nested-unreadable", $"the archive inside the archive cannot be read ({ex.Message})") { File = entry.DisplayPath });
                        continue;
                    }

                    open = () => new MemoryStream(bytes, writable: false);
                }

                try
                {
                    ExportSource inner1 = isZip
                        ? new ZipSource(entry.DisplayPath, open, options.Limits, allowNested: false)
                        : new TarGzSource(entry.DisplayPath, open, options.Limits);
                    sources.Add(inner1);
                    inner.Add(inner1);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or EndOfStreamException)
                {
                    Report(inputDiagnostics, new ImportDiagnostic(DiagnosticSeverity.Warning, "archive.nested-unreadable",
                        $"the archive inside cannot be read ({ex.Message})") { File = entry.DisplayPath });
                }
            }
        }

        yield return (source, nested);
        foreach (var zip in inner)
        {
            yield return (zip, []);
        }
    }

    private static void CopyLimited(Stream from, Stream to, long limit, ArchiveEntry entry)
    {
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = from.Read(buffer)) > 0)
        {
            total += n;
            if (total > limit)
            {
                throw new ExportFormatException(new ImportDiagnostic(DiagnosticSeverity.Warning, "archive.nested-too-large",
                    FormattableString.Invariant($"the archive inside the archive inflates past {limit} bytes (ImportLimits.MaxNestedArchiveSize); not read"))
                { File = entry.DisplayPath });
            }

            to.Write(buffer, 0, n);
        }
    }

    /// <summary>A problem of the input being listed (<see cref="_currentInput"/>): kept with its input, for ordering.</summary>
    private void Report(List<(int Input, ImportDiagnostic Diagnostic)> list, ImportDiagnostic diagnostic)
    {
        if (options.Strict && diagnostic.Severity != DiagnosticSeverity.Info)
        {
            throw new ExportFormatException(diagnostic);
        }

        list.Add((_currentInput, diagnostic));
        onDiagnostic?.Invoke(diagnostic);
    }

    /// <summary>
    /// Parses every file on a pool of workers (one per core by default). A snapshot's files of
    /// phase N start once its files of lower phases are done; snapshots do not wait for each
    /// other, and the largest ready file is taken first, so one large file does not leave a core idle.
    /// </summary>
    private void ParseAll(List<PlannedFile> files, CancellationToken cancellationToken)
    {
        var items = WorkItems(files);
        var gate = new object();
        var ready = new List<WorkItem>();
        var later = new Dictionary<SnapshotState, Queue<List<WorkItem>>>();
        var running = new Dictionary<SnapshotState, int>();
        foreach (var snapshot in items.GroupBy(i => i.State))
        {
            var phases = new Queue<List<WorkItem>>(snapshot.GroupBy(i => i.Phase).OrderBy(g => g.Key).Select(g => g.ToList()));
            var first = phases.Dequeue();
            ready.AddRange(first);
            running[snapshot.Key] = first.Count;
            later[snapshot.Key] = phases;
        }

        var outstanding = items.Count;
        Exception? failure = null;
        void Work()
        {
            while (true)
            {
                WorkItem item;
                lock (gate)
                {
                    while (ready.Count == 0 && outstanding > 0 && failure is null)
                    {
                        Monitor.Wait(gate);
                    }

                    if (failure is not null || ready.Count == 0)
                    {
                        return;
                    }

                    var largest = 0;
                    for (var i = 1; i < ready.Count; i++)
                    {
                        if (ready[i].Weight > ready[largest].Weight)
                        {
                            largest = i;
                        }
                    }

                    item = ready[largest];
                    ready.RemoveAt(largest);
                }

                try
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    item.Run(cancellationToken);
                }
                catch (Exception ex)
                {
                    lock (gate)
                    {
                        failure ??= ex;
                        Monitor.PulseAll(gate);
                    }

                    return;
                }

                lock (gate)
                {
                    outstanding--;
                    if (--running[item.State] == 0 && later[item.State].TryDequeue(out var next))
                    {
                        ready.AddRange(next);
                        running[item.State] = next.Count;
                    }

                    Monitor.PulseAll(gate);
                }
            }
        }

        var workers = Math.Max(1, Math.Min(items.Count, options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount));
        var threads = Enumerable.Range(0, workers - 1).Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        Work();
        Task.WaitAll([.. threads], CancellationToken.None);
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    /// <summary>One unit of parsing: a file, the ordered files of a family, or the files read from a tar in one pass.</summary>
    private sealed record WorkItem(SnapshotState State, int Phase, long Weight, Action<CancellationToken> Run);

    private List<WorkItem> WorkItems(List<PlannedFile> files)
    {
        var items = new List<WorkItem>();
        foreach (var file in files.Where(f => f.Source.SupportsRandomAccess && !f.Format.ParseInOrder))
        {
            items.Add(new WorkItem(file.State!, file.Format.Phase, file.Entry.Length ?? 0, ct =>
            {
                ParseOne(file, () => file.Source.OpenEntry(file.Entry), ct);
                FileDone(file);
            }));
        }

        foreach (var ordered in files.Where(f => f.Source.SupportsRandomAccess && f.Format.ParseInOrder).GroupBy(f => (f.State, f.Format.Phase)))
        {
            var inOrder = ordered.OrderBy(f => f.InputIndex).ThenBy(f => f.Entry.DisplayPath, StringComparer.Ordinal).ToList();
            items.Add(new WorkItem(ordered.Key.State!, ordered.Key.Phase, inOrder.Sum(f => f.Entry.Length ?? 0), ct =>
            {
                foreach (var file in inOrder)
                {
                    ParseOne(file, () => file.Source.OpenEntry(file.Entry), ct);
                    FileDone(file);
                }
            }));
        }

        foreach (var group in files.Where(f => !f.Source.SupportsRandomAccess).GroupBy(f => (f.Source, f.State, f.Format.Phase)))
        {
            var source = group.Key.Source;
            var byIndex = group.ToDictionary(f => f.Entry.Index);
            items.Add(new WorkItem(group.Key.State!, group.Key.Phase, group.Sum(f => f.Entry.Length ?? 0), ct => ReadSequential(source, byIndex, ct)));
        }

        return items;
    }

    private void ReadSequential(ExportSource source, Dictionary<int, PlannedFile> byIndex, CancellationToken cancellationToken)
    {
        var current = (PlannedFile?)null;
        try
        {
            source.ReadSequentially(byIndex.Keys.ToHashSet(), (entry, stream) =>
            {
                current = byIndex[entry.Index];
                ParseOne(current, () => new NonDisposingStream(stream), cancellationToken);
                FileDone(current);
                current = null;
            }, cancellationToken);
        }
        catch (Exception ex) when (IsDataError(ex) && !options.Strict)
        {
            // The archive itself broke (a corrupt gzip stream): what was read stays; the rest is reported.
            var diagnostic = new ImportDiagnostic(DiagnosticSeverity.Error, "archive.unreadable",
                $"the archive cannot be read past this point ({ex.Message}); the files before it were kept")
            { File = source.InputPath };
            var owner = current ?? byIndex.Values.First();
            lock (owner.Diagnostics)
            {
                owner.Diagnostics.Add(diagnostic);
            }

            onDiagnostic?.Invoke(diagnostic);
        }
        catch (Exception ex) when (IsDataError(ex))
        {
            throw new ExportFormatException(new ImportDiagnostic(DiagnosticSeverity.Error, "archive.unreadable",
                $"the archive cannot be read past this point ({ex.Message})") { File = source.InputPath }, ex);
        }
        finally
        {
            foreach (var file in byIndex.Values.Where(f => f.Result is null))
            {
                file.Result = new ImportedFile(file.Entry.DisplayPath, file.Format.Platform, file.Format.Id, 0, 0);
            }
        }
    }

    /// <summary>A file is parsed: counts it, its records, and reports.</summary>
    private void FileDone(PlannedFile file)
    {
        if (progress is null)
        {
            return;
        }

        Interlocked.Add(ref _records, file.Result?.Records ?? 0);
        Report(Interlocked.Increment(ref _done), file.Entry.DisplayPath);
    }

    private void Report(int done, string current) => progress?.Report(new ImportProgress(done, _total, current)
    {
        BytesRead = Interlocked.Read(ref _bytesRead),
        BytesTotal = _bytesTotal,
        Records = Interlocked.Read(ref _records),
    });

    private void ParseOne(PlannedFile file, Func<Stream> open, CancellationToken cancellationToken)
    {
        var context = new ParseContext(file.Entry, file.Format, options, file.Sink!, onDiagnostic, cancellationToken, file.State);
        try
        {
            using var stream = progress is null ? open() : new ProgressStream(open(), this, file.Entry.DisplayPath);
            file.Format.Parse(stream, context);
        }
        catch (ExportFormatException ex) when (!options.Strict)
        {
            AddFileError(context, ex.Diagnostic);
        }
        catch (Exception ex) when (IsDataError(ex))
        {
            var diagnostic = Describe(context, ex);
            if (options.Strict)
            {
                throw new ExportFormatException(diagnostic, ex);
            }

            AddFileError(context, diagnostic);
        }
        finally
        {
            file.Diagnostics.AddRange(context.Diagnostics);
            file.Result = new ImportedFile(file.Entry.DisplayPath, file.Format.Platform, context.Format, context.Records, context.Skipped);
        }
    }

    private void AddFileError(ParseContext context, ImportDiagnostic diagnostic)
    {
        context.Diagnostics.Add(diagnostic);
        onDiagnostic?.Invoke(diagnostic);
    }

    /// <summary>Counts the bytes a parser reads, reporting every <see cref="ReportEveryBytes"/> (only when progress is asked for).</summary>
    private sealed class ProgressStream(Stream inner, ImportEngine engine, string file) : ReadOnlyWrapperStream(inner)
    {
        private long _unreported;

        public override int Read(Span<byte> buffer)
        {
            var n = base.Read(buffer);
            Count(n);
            return n;
        }

        private void Count(int n)
        {
            if (n <= 0)
            {
                return;
            }

            Interlocked.Add(ref engine._bytesRead, n);
            _unreported += n;
            if (_unreported >= ReportEveryBytes)
            {
                _unreported = 0;
                engine.Report(Volatile.Read(ref engine._done), file);
            }
        }
    }

    /// <summary>A view of a stream that leaves it open (the tar reader owns it).</summary>
    private sealed class NonDisposingStream(Stream inner) : ReadOnlyWrapperStream(inner)
    {
        protected override void Dispose(bool disposing)
        {
        }
    }

    /// <summary>The exceptions that mean "this file is not what it should be", as opposed to a bug.</summary>
    internal static bool IsDataError(Exception ex) =>
        ex is JsonException or CsvFormatException or InvalidDataException or FormatException or EndOfStreamException
            or System.Formats.Cbor.CborContentException or System.Text.DecoderFallbackException or OverflowException
            || (ex is IOException && ex is not FileNotFoundException and not DirectoryNotFoundException);

    private static ImportDiagnostic Describe(ParseContext context, Exception ex) => ex switch
    {
        JsonException json => new ImportDiagnostic(DiagnosticSeverity.Error, "json.invalid",
            $"invalid JSON ({json.Message}); expected a complete {context.Format} file")
        { File = context.File, Line = json.LineNumber + 1, Offset = json.BytePositionInLine },
        CsvFormatException csv => new ImportDiagnostic(DiagnosticSeverity.Error, "csv.unreadable", csv.Message)
        { File = context.File, Line = csv.LineNumber == 0 ? null : csv.LineNumber, Record = csv.RecordNumber == 0 ? null : csv.RecordNumber, Offset = csv.ByteOffset == 0 ? null : csv.ByteOffset },
        _ => new ImportDiagnostic(DiagnosticSeverity.Error, "file.unreadable",
            $"the file cannot be read ({ex.Message}); expected a complete {context.Format} file")
        { File = context.File },
    };
}
