using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using NetworkMetrics.Import;

namespace NetworkMetrics;

/// <summary>
/// Reads platform exports (zips, tar.gz archives, folders or single files, detected by
/// content) into the model. Three ways: <see cref="ImportAsync"/> keeps everything,
/// <see cref="InspectAsync"/> only counts (memory does not grow with the export), and
/// <see cref="ReadAsync"/> streams records as they are parsed. Nothing is written to disk
/// and no network is ever used.
/// </summary>
/// <example>
/// <code>
/// var result = await ExportImporter.ImportAsync(["Basic_LinkedInDataExport_03-01-2025.zip"]);
/// var linkedIn = result.Latest(Platform.LinkedIn)!;
/// Console.WriteLine($"{linkedIn.Counts.Connections} connections");
/// </code>
/// </example>
public static class ExportImporter
{
    /// <summary>Imports every input and keeps all records.</summary>
    /// <param name="paths">Archives, folders or files, as the user gave them.</param>
    /// <param name="options">How to import; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="progress">Receives a report after each file, from worker threads.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The snapshots, files and diagnostics.</returns>
    /// <exception cref="ExportFormatException">With <see cref="ImportOptions.Strict"/>, at the first warning or error.</exception>
    /// <exception cref="ArgumentException"><see cref="ImportOptions.IncludeContent"/> without <see cref="ImportOptions.KeepInteractionRecords"/>.</exception>
    public static Task<ImportResult> ImportAsync(IEnumerable<string> paths, ImportOptions? options = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        options ??= ImportOptions.Default;
        if (!options.KeepInteractionRecords && options.IncludeContent)
        {
            throw new ArgumentException(
                "ImportOptions.IncludeContent needs ImportOptions.KeepInteractionRecords: without interaction records, texts have nowhere to be kept.",
                nameof(options));
        }

        var compact = !options.KeepInteractionRecords;
        return Task.Run(() =>
        {
            var engine = new ImportEngine(options, null, progress);
            var result = engine.Run(list, plan => new CollectingSink(compact, fingerprints: plan.PlatformSnapshots > 1), cancellationToken);
            var snapshots = SnapshotBuilder.Build(result.Plans, options);
            var files = OrderedFiles(result);
            return ResultBuilder.Build(snapshots, [.. result.Inputs], [.. files.Select(f => f.Result!)], Diagnostics(result, files));
        }, cancellationToken);
    }

    /// <summary>Reads every input and counts, without keeping the records: what <c>netmetrics inspect</c> shows.</summary>
    /// <param name="paths">Archives, folders or files, as the user gave them.</param>
    /// <param name="options">How to import; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="progress">Receives a report after each file, from worker threads.</param>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>Counts per platform, files and diagnostics.</returns>
    /// <exception cref="ExportFormatException">With <see cref="ImportOptions.Strict"/>, at the first warning or error.</exception>
    public static Task<ImportSummary> InspectAsync(IEnumerable<string> paths, ImportOptions? options = null,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        options ??= ImportOptions.Default with { IncludeContent = false };
        return Task.Run(() =>
        {
            var engine = new ImportEngine(options, null, progress);
            var result = engine.Run(list, plan => new CountingSink(keepMessageFingerprints: plan.PlatformSnapshots > 1), cancellationToken);
            var files = OrderedFiles(result);
            return new ImportSummary
            {
                Platforms = SnapshotBuilder.Summarize(result.Plans),
                Inputs = [.. result.Inputs],
                Files = [.. files.Select(f => f.Result!)],
                Diagnostics = Diagnostics(result, files),
            };
        }, cancellationToken);
    }

    /// <summary>
    /// Streams records as they are parsed, from several files at once (so records of
    /// different files interleave). Accounts are not merged: the same account may come more
    /// than once. Memory stays flat however large the export.
    /// </summary>
    /// <param name="paths">Archives, folders or files, as the user gave them.</param>
    /// <param name="options">How to import; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="onDiagnostic">Receives each diagnostic as it is found; calls are serialised.</param>
    /// <remarks>
    /// An <see cref="ExportOwner"/> is streamed for each file that states who the owner is (each may add
    /// identifiers: a profile, the owner's email addresses), and for an inference from message threads
    /// only while no surer one came. <see cref="Conversation"/>s are streamed per file: a thread split
    /// across files comes once per file.
    /// </remarks>
    /// <param name="cancellationToken">Cancels the import.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ExportFormatException">With <see cref="ImportOptions.Strict"/>, at the first warning or error.</exception>
    public static async IAsyncEnumerable<ExportRecord> ReadAsync(IEnumerable<string> paths, ImportOptions? options = null,
        Action<ImportDiagnostic>? onDiagnostic = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var list = paths.ToList();
        options ??= ImportOptions.Default;
        var channel = Channel.CreateBounded<ExportRecord>(new BoundedChannelOptions(4096) { SingleReader = true });
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var gate = new object();
        Action<ImportDiagnostic>? report = onDiagnostic is null ? null : d =>
        {
            lock (gate)
            {
                onDiagnostic(d);
            }
        };
        var producer = Task.Run(() =>
        {
            try
            {
                // One owner gate per snapshot: an owner is streamed only when it is surer than the one streamed before.
                var gates = new Dictionary<SnapshotPlan, OwnerGate>();
                new ImportEngine(options, report, null).Run(list, plan =>
                {
                    lock (gates)
                    {
                        if (!gates.TryGetValue(plan, out var gate))
                        {
                            gate = new OwnerGate();
                            gates.Add(plan, gate);
                        }

                        return new ChannelSink(channel.Writer, gate, cts.Token);
                    }
                }, cts.Token);
                channel.Writer.TryComplete();
            }
            catch (Exception ex)
            {
                channel.Writer.TryComplete(ex);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var record in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return record;
            }
        }
        finally
        {
            await cts.CancelAsync().ConfigureAwait(false);
            try
            {
                await producer.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private static List<PlannedFile> OrderedFiles(EngineResult result) =>
        [.. result.Plans.SelectMany(p => p.Files).OrderBy(f => f.InputIndex).ThenBy(f => f.Entry.Path, StringComparer.Ordinal)];

    /// <summary>Every diagnostic, input by input: the input's own problems, then those of its files in path order.</summary>
    private static ImmutableArray<ImportDiagnostic> Diagnostics(EngineResult result, List<PlannedFile> files)
    {
        var all = ImmutableArray.CreateBuilder<ImportDiagnostic>();
        for (var input = 0; input < result.Inputs.Count; input++)
        {
            foreach (var (owner, diagnostic) in result.InputDiagnostics)
            {
                if (owner == input)
                {
                    all.Add(diagnostic);
                }
            }

            foreach (var file in files)
            {
                if (file.InputIndex == input)
                {
                    all.AddRange(file.Diagnostics);
                }
            }
        }

        return all.ToImmutable();
    }

    /// <summary>The confidence of the owner streamed last for a snapshot.</summary>
    private sealed class OwnerGate
    {
        public int Confidence { get; set; } = int.MinValue;
    }

    private sealed class ChannelSink(ChannelWriter<ExportRecord> writer, OwnerGate gate, CancellationToken cancellationToken) : RecordSink
    {
        public override void OnAccount(Account account) => Write(account);

        public override void OnTie(Tie tie) => Write(tie);

        public override void OnInteraction(Interaction interaction, ulong contentHash) => Write(interaction);

        public override void OnConversation(Conversation conversation) => Write(conversation);

        /// <summary>An undated message is no record: the stream says nothing of it but its warning.</summary>
        public override void OnUndatedMessage()
        {
        }

        public override void OnOwner(Account owner, int confidence)
        {
            lock (gate)
            {
                // Stated owners all stream (a profile, then the owner's email list: each adds identifiers);
                // an inferred one only while nothing surer came.
                if (confidence < OwnerOffers.Stated && confidence <= gate.Confidence)
                {
                    return;
                }

                gate.Confidence = Math.Max(gate.Confidence, confidence);
            }

            Write(new ExportOwner(owner, confidence >= OwnerOffers.Stated ? OwnerSource.Stated : OwnerSource.Inferred));
        }

        public override void OnExportDate(DateTimeOffset exportedAt)
        {
        }

        private void Write(ExportRecord record)
        {
            while (!writer.TryWrite(record))
            {
                if (!writer.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
                {
                    throw new OperationCanceledException(cancellationToken);
                }
            }
        }
    }
}
