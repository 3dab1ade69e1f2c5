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
internal sealed record EngineResult(IReadOnlyList<ImportInput> Inputs, IReadOnlyList<SnapshotPlan> Plans, IReadOnlyList<ImportDiagnostic> InputDiagnostics);

/// <summary>
/// The import pipeline: open every input, detect each entry's format, plan snapshots, and
/// parse the recognised files in parallel (one archive handle per worker) into per-file sinks.
/// Results are placed by position, so the output order never depends on thread timing.
/// </summary>
internal sealed class ImportEngine(ImportOptions options, Action<ImportDiagnostic>? onDiagnostic, IProgress<ImportProgress>? progress)
{
    private int _done;
    private int _total;

    public EngineResult Run(IReadOnlyList<string> paths, Func<SnapshotPlan, RecordSink> sinkFactory, CancellationToken cancellationToken)
    {
        var sources = new List<ExportSource>();
        var inputDiagnostics = new List<ImportDiagnostic>();
        var inputs = new List<ImportInput>();
        var files = new List<PlannedFile>();
        try
        {
            for (var i = 0; i < paths.Count; i++)
            {
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
                foreach (var diagnostic in source.ListingDiagnostics)
                {
                    Report(inputDiagnostics, diagnostic);
                }

                var recognized = 0;
                foreach (var entry in source.Entries)
                {
                    if (FormatRegistry.Detect(source, entry) is { } format)
                    {
                        files.Add(new PlannedFile(i, source, entry, format));
                        recognized++;
                    }
                }

                inputs.Add(new ImportInput(path, recognized, source.Entries.Count - recognized));
                if (recognized == 0)
                {
                    Report(inputDiagnostics, new ImportDiagnostic(DiagnosticSeverity.Error, "input.no-export",
                        "holds no recognised export: expected a LinkedIn, Facebook, X/Twitter, Instagram, Mastodon or Bluesky export, or an address book (vCard, Google Contacts CSV)")
                    { File = path });
                }
            }

            var plans = SnapshotPlanner.Plan(files, paths);
            foreach (var plan in plans)
            {
                plan.State.Entries = plan.Files[0].Source.Entries;
                foreach (var file in plan.Files)
                {
                    file.Sink = sinkFactory(plan);
                    file.State = plan.State;
                }
            }

            _total = files.Count;
            foreach (var phase in files.Select(f => f.Format.Phase).Distinct().Order())
            {
                ParseAll([.. files.Where(f => f.Format.Phase == phase)], cancellationToken);
            }
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

    private void Report(List<ImportDiagnostic> list, ImportDiagnostic diagnostic)
    {
        if (options.Strict && diagnostic.Severity != DiagnosticSeverity.Info)
        {
            throw new ExportFormatException(diagnostic);
        }

        list.Add(diagnostic);
        onDiagnostic?.Invoke(diagnostic);
    }

    private void ParseAll(List<PlannedFile> files, CancellationToken cancellationToken)
    {
        var randomAccess = files.Where(f => f.Source.SupportsRandomAccess)
            .OrderByDescending(f => f.Entry.Length ?? 0)
            .ToList();
        var jobs = new List<Action<CancellationToken>>();
        foreach (var file in randomAccess)
        {
            jobs.Add(ct =>
            {
                using (var stream = file.Source.OpenEntry(file.Entry))
                {
                    ParseOne(file, stream, ct);
                }

                progress?.Report(new ImportProgress(Interlocked.Increment(ref _done), _total, file.Entry.DisplayPath));
            });
        }

        foreach (var group in files.Where(f => !f.Source.SupportsRandomAccess).GroupBy(f => f.Source))
        {
            var byIndex = group.ToDictionary(f => f.Entry.Index);
            jobs.Add(ct => group.Key.ReadSequentially(byIndex.Keys.ToHashSet(), (entry, stream) =>
            {
                ParseOne(byIndex[entry.Index], stream, ct);
                progress?.Report(new ImportProgress(Interlocked.Increment(ref _done), _total, entry.DisplayPath));
            }, ct));
        }

        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount,
        };
        try
        {
            Parallel.ForEach(jobs, parallel, job => job(cancellationToken));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // Surface the first real failure (strict mode's ExportFormatException, a cancellation).
            var first = ex.InnerExceptions.FirstOrDefault(e => e is ExportFormatException) ?? ex.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
    }

    private void ParseOne(PlannedFile file, Stream stream, CancellationToken cancellationToken)
    {
        var context = new ParseContext(file.Entry, file.Format, options, file.Sink!, onDiagnostic, cancellationToken, file.State);
        try
        {
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
