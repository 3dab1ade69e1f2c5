using System.CommandLine;
using System.Text;
using NetworkMetrics.Cli.Report;

namespace NetworkMetrics.Cli.Commands;

/// <summary>
/// <c>netmetrics report &lt;path&gt;... [--before &lt;path&gt;...] [--reset DATE] [--as-of DATE] [--out report.html]</c>: one
/// self-contained HTML page (works offline, no message text) with the network, the scores and layers, the today list
/// and, with <c>--before</c>, the rebuild. Written only where asked (default <c>report.html</c> in the current directory).
/// </summary>
internal static class ReportCommand
{
    /// <summary>The file written without <c>--out</c>, in the current directory.</summary>
    public const string DefaultFile = "report.html";

    public static Command Create(TextWriter stdout, TextWriter stderr, bool terminal)
    {
        var paths = NetmetricsApp.PathsArgument();
        paths.Description = "The current exports (with --before, the after side of the rebuild): archives, folders or files.";
        var before = new Option<string[]>("--before")
        {
            Description = "The exports from before the reset (the baseline): the report then shows the rebuild.",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var reset = new Option<DateOnly?>("--reset") { Description = "The day of the reset (ISO date, from the start of that day, UTC). Inferred when absent.", CustomParser = AsOfOptions.Parse };
        var asOf = AsOfOptions.AsOf();
        var output = new Option<FileInfo?>("--out") { Description = $"The HTML file to write (default: {DefaultFile} in the current directory)." };
        var strict = NetmetricsApp.StrictOption();
        var pseudonymize = NetmetricsApp.PseudonymizeOption();
        var keyFile = NetmetricsApp.KeyFileOption();
        var people = PeopleOptions.Create();
        var command = new Command("report", "Write one offline HTML report: regrowth with fitted curves and projections, reconnection curves, layer circles, top contacts, give and get, overdue and today lists, diagnostics.")
        {
            paths, before, reset, asOf, output, strict, pseudonymize, keyFile,
        };
        people.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (pseudonymizer, keyError) = NetmetricsApp.ReadPseudonymizer(parse, pseudonymize, keyFile);
            if (keyError is not null)
            {
                await stderr.WriteLineAsync(keyError).ConfigureAwait(false);
                return NetmetricsApp.Usage;
            }

            var options = ImportOptions.Default with { Strict = parse.GetValue(strict) };
            var beforePaths = parse.GetValue(before) ?? [];
            ImportResult? beforeResult = null;
            if (beforePaths.Length > 0)
            {
                beforeResult = await ProgressDisplay.RunAsync(terminal, stderr, "Reading before",
                    progress => ExportImporter.ImportAsync(beforePaths, options, progress, ct)).ConfigureAwait(false);
            }

            var after = await ProgressDisplay.RunAsync(terminal, stderr, beforeResult is null ? "Reading" : "Reading after",
                progress => ExportImporter.ImportAsync(parse.GetValue(paths)!, options, progress, ct)).ConfigureAwait(false);
            var shown = pseudonymizer is null ? after.Diagnostics.Concat(beforeResult?.Diagnostics ?? [])
                : pseudonymizer.Apply(after).Diagnostics.Concat(beforeResult is null ? [] : pseudonymizer.Apply(beforeResult).Diagnostics);
            await NetmetricsApp.ReportAsync(stderr, shown).ConfigureAwait(false);
            if (!after.Inputs.Any(i => i.RecognizedFiles > 0) || (beforeResult is not null && !beforeResult.Inputs.Any(i => i.RecognizedFiles > 0)))
            {
                await stderr.WriteLineAsync($"netmetrics: no export recognised in the {(after.Inputs.Any(i => i.RecognizedFiles > 0) ? "before" : "current")} inputs").ConfigureAwait(false);
                return NetmetricsApp.Failed;
            }

            var (afterPeople, exit) = people.ResolvePeople(parse, after, stderr, parse.GetValue(strict), pseudonymizer);
            if (exit is { } code)
            {
                return code;
            }

            Identity.PeopleNetwork? beforePeople = null;
            if (beforeResult is not null)
            {
                (beforePeople, exit) = people.ResolvePeople(parse, beforeResult, stderr, parse.GetValue(strict), pseudonymizer);
                if (exit is { } beforeCode)
                {
                    return beforeCode;
                }
            }

            var (when, source) = AsOfOptions.Resolve(parse.GetValue(asOf), after);
            if (when is not { } at)
            {
                await stderr.WriteLineAsync("netmetrics: the exports state no date to report as of: give --as-of DATE").ConfigureAwait(false);
                return NetmetricsApp.Failed;
            }

            DateTimeOffset? resetAt = parse.GetValue(reset) is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
            Analysis analysis;
            try
            {
                analysis = Analysis.Run(after, afterPeople!, beforeResult, beforePeople, at, source, resetAt, pseudonymizer, "Network report");
            }
            catch (ArgumentException ex)
            {
                // The rebuild's own checks (a reset after the as-of date, …): one line, no stack trace.
                await stderr.WriteLineAsync($"netmetrics: {ex.Message.Split(" (Parameter", 2)[0]}").ConfigureAwait(false);
                return NetmetricsApp.Failed;
            }

            var file = parse.GetValue(output)?.FullName ?? Path.Combine(Environment.CurrentDirectory, DefaultFile);
            await File.WriteAllTextAsync(file, HtmlReport.Render(analysis.Report), new UTF8Encoding(false), ct).ConfigureAwait(false);
            await stdout.WriteLineAsync(file).ConfigureAwait(false);
            return NetmetricsApp.Ok;
        });
        return command;
    }
}
