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

        var scores = ContactQuality.ScorePeople(result, network!, at, ScoringOptions.Default);
        return (new ScoredImport(result, network!, scores, ScoreView.From(result, network!, scores, source, pseudonymizer)), NetmetricsApp.Ok);
    }

    /// <summary>
    /// As <see cref="LoadAsync"/>, keeping only the view: the import and the people are no longer referenced when it
    /// returns, so that writing a large network's output does not hold them too (about 270 MB for the benchmark set of
    /// docs/performance.md).
    /// </summary>
    public static async Task<(ScoreView? View, int ExitCode)> LoadViewAsync(
        System.CommandLine.ParseResult parse, string[] paths, bool strict, DateOnly? asOf, PeopleOptions people,
        Pseudonymizer? pseudonymizer, bool showProgress, TextWriter stderr, CancellationToken ct)
    {
        var (scored, exit) = await LoadAsync(parse, paths, strict, asOf, people, pseudonymizer, showProgress, stderr, ct).ConfigureAwait(false);
        return (scored?.View, exit);
    }
}
