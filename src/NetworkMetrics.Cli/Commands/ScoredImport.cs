using NetworkMetrics.Identity;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Cli.Commands;

/// <summary>
/// What <c>score</c> and <c>graph</c> both start from: the inputs imported (with the progress bar when asked), their
/// problems on stderr, the as-of instant resolved, people built with the command's <c>--links</c> options, and the
/// people scored. Either the result or the exit code to return.
/// </summary>
internal sealed record ScoredImport(ImportResult Result, PeopleNetwork People, ContactQualityResult Scores, ScoreView View)
{
    public static async Task<(ScoredImport? Scored, int ExitCode)> LoadAsync(
        System.CommandLine.ParseResult parse, string[] paths, bool strict, DateOnly? asOf, PeopleOptions people,
        Pseudonymizer? pseudonymizer, bool showProgress, TextWriter stderr, CancellationToken ct)
    {
        var (loaded, exit) = await LoadPeopleAsync(parse, paths, strict, asOf, people, pseudonymizer, showProgress, stderr, ct).ConfigureAwait(false);
        if (loaded is not { Result: { } result, People: { } network, At: var at, Source: var source })
        {
            return (null, exit);
        }

        var scores = ContactQuality.ScorePeople(result, network, at, ScoringOptions.Default);
        return (new ScoredImport(result, network, scores, ScoreView.From(result, network, scores, source, pseudonymizer)), NetmetricsApp.Ok);
    }

    /// <summary>
    /// As <see cref="LoadAsync"/>, keeping only the view. The import and the people are let go before the scores are
    /// computed (the view's frame and the scoring builder taken from them first, then one compacting collection), so
    /// that scoring, the largest phase, does not hold the import's interaction rows beside the builder's: on the
    /// benchmark set of docs/performance.md the scores are computed in about 170 to 225 MB of working set instead of
    /// about 510, and the process's peak went from 531-551 to 487-495 MB (the import's and the builder's filling are the peak now).
    /// </summary>
    public static async Task<(ScoreView? View, int ExitCode)> LoadViewAsync(
        System.CommandLine.ParseResult parse, string[] paths, bool strict, DateOnly? asOf, PeopleOptions people,
        Pseudonymizer? pseudonymizer, bool showProgress, TextWriter stderr, CancellationToken ct)
    {
        var (loaded, exit) = await LoadPeopleAsync(parse, paths, strict, asOf, people, pseudonymizer, showProgress, stderr, ct).ConfigureAwait(false);
        if (loaded is null)
        {
            return (null, exit);
        }

        // The code after an await can run inline, inside the awaited method's completion: its state machine (which holds
        // the import and the people in its lifted locals until it has completed) would still be alive on the stack and
        // keep them from the collection below. Yielding lets it finish first.
        await Task.Yield();
        var (frame, builder) = loaded.LetGo(pseudonymizer);
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return (ScoreView.Of(builder.Score(loaded.At, ScoringOptions.Default), loaded.Source, pseudonymizer, frame), NetmetricsApp.Ok);
    }

    /// <summary>An import with its people, held by fields that <see cref="LetGo"/> clears (a local of an async method may be kept alive to its end).</summary>
    private sealed class Loaded(ImportResult result, PeopleNetwork people, DateTimeOffset at, string source)
    {
        public ImportResult? Result { get; private set; } = result;

        public PeopleNetwork? People { get; private set; } = people;

        public DateTimeOffset At { get; } = at;

        public string Source { get; } = source;

        /// <summary>The view's frame and the scoring builder, taken from the import and the people, which are then let go.</summary>
        public (ScoreFrame Frame, ContactQualityBuilder Builder) LetGo(Pseudonymizer? pseudonymizer)
        {
            var taken = (ScoreView.Frame(Result!, People!, pseudonymizer), ContactQuality.CreateBuilder(Result!, People!, At));
            Result = null;
            People = null;
            return taken;
        }
    }

    /// <summary>The import, its problems reported, the as-of instant resolved and the people built; or the exit code to return.</summary>
    private static async Task<(Loaded? Loaded, int ExitCode)> LoadPeopleAsync(
        System.CommandLine.ParseResult parse, string[] paths, bool strict, DateOnly? asOf, PeopleOptions people,
        Pseudonymizer? pseudonymizer, bool showProgress, TextWriter stderr, CancellationToken ct)
    {
        // Scores and graphs read interactions as rows only: no record object is kept per message (docs/performance.md).
        var options = ImportOptions.Default with { Strict = strict, KeepInteractionRecords = false };
        var result = await ProgressDisplay.RunAsync(showProgress, stderr, "Reading",
            progress => ExportImporter.ImportAsync(paths, options, progress, ct)).ConfigureAwait(false);
        // What the import built its result from (every file's records) just died: collected and returned at once, so
        // that people and scores are made in that memory rather than beside it.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        await NetmetricsApp.ReportAsync(stderr, result.Diagnostics).ConfigureAwait(false);
        if (!result.Inputs.Any(i => i.RecognizedFiles > 0))
        {
            return (null, NetmetricsApp.Failed);
        }

        var (when, source) = AsOfOptions.Resolve(asOf, result);
        if (when is not { } at)
        {
            await stderr.WriteLineAsync("netmetrics: the exports state no date to score as of: give --as-of DATE").ConfigureAwait(false);
            return (null, NetmetricsApp.Failed);
        }

        var (network, exit) = people.ResolvePeople(parse, result, stderr, strict, pseudonymizer);
        if (exit is { } code)
        {
            return (null, code);
        }

        return (new Loaded(result, network!, at, source), NetmetricsApp.Ok);
    }
}
