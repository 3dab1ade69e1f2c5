using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NetworkMetrics.Cli.Report;
using NetworkMetrics.Identity;
using NetworkMetrics.Samples.Story;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Cli.Commands;

/// <summary>
/// <c>netmetrics demo [--out DIR]</c>: writes the story persona's exports (before and after a reset, in the platforms'
/// real formats), reads them back through the real parsers, resolves people, scores them, measures the rebuild,
/// prints the story in numbers and writes the report. The last line printed is the report's path.
/// </summary>
internal static class DemoCommand
{
    /// <summary>The folder of the current directory the demo writes into without <c>--out</c>.</summary>
    public const string DefaultFolder = "netmetrics-demo";

    public static Command Create(TextWriter stdout, TextWriter stderr, bool terminal)
    {
        var output = new Option<DirectoryInfo?>("--out") { Description = $"The folder to write the sample exports and the report into (default: {DefaultFolder}/ in the current directory)." };
        var command = new Command("demo", "Write a synthetic persona's exports (401 LinkedIn connections, 306 Facebook friends, 486 X followings, then a reset and six months of regrowth), analyse them like your own and write the report.")
        {
            output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(output)?.FullName ?? Path.Combine(Environment.CurrentDirectory, DefaultFolder);
            var clock = Stopwatch.StartNew();
            var manifest = StorySample.Write(Path.Combine(folder, "exports"));
            var before = await ProgressDisplay.RunAsync(terminal, stderr, "Reading before",
                progress => ExportImporter.ImportAsync(manifest.Before.All, ImportOptions.Default, progress, ct)).ConfigureAwait(false);
            var after = await ProgressDisplay.RunAsync(terminal, stderr, "Reading after",
                progress => ExportImporter.ImportAsync(manifest.After.All, ImportOptions.Default, progress, ct)).ConfigureAwait(false);
            var (asOf, source) = AsOfOptions.Resolve(null, after);
            var analysis = Analysis.Run(after, PeopleResolver.Resolve(after), before, PeopleResolver.Resolve(before),
                asOf ?? manifest.AsOf, source, reset: null, pseudonymizer: null, "Network report — demo (a synthetic persona)");
            var report = Path.Combine(folder, "report.html");
            await File.WriteAllTextAsync(report, HtmlReport.Render(analysis.Report), new UTF8Encoding(false), ct).ConfigureAwait(false);

            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"NetworkMetrics demo: {manifest.Owner.Name}, a synthetic persona, resets the network and rebuilds it.");
            text.AppendLine(CultureInfo.InvariantCulture, $"Exports written to {Path.Combine(folder, "exports")}, read back through the real parsers.");
            text.AppendLine();
            Story(text, before, analysis);
            text.AppendLine(CultureInfo.InvariantCulture, $"Done in {clock.Elapsed.TotalSeconds:0.0} s. Every person in these files is invented. The report (open it in a browser; it works offline):");
            text.AppendLine(report);
            await stdout.WriteAsync(text.ToString()).ConfigureAwait(false);
            await stdout.FlushAsync(ct).ConfigureAwait(false);
            return NetmetricsApp.Ok;
        });
        return command;
    }

    /// <summary>The story in numbers: before and after, who came back, the projection, quality against count, the top contacts and the today list.</summary>
    internal static void Story(StringBuilder text, ImportResult before, Analysis analysis)
    {
        var rebuild = analysis.Rebuild!;
        text.AppendLine(CultureInfo.InvariantCulture, $"Before the reset: {string.Join(", ", ReportBuilder.Networks(before).Where(n => n.Platform != nameof(Platform.AddressBook)).Select(n => FormattableString.Invariant($"{Name(n.Platform)} {n.Count} {n.Relationship}")))}.");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"The reset: {rebuild.Reset.UtcDateTime:yyyy-MM-dd} ({(rebuild.ResetInferred ? "inferred from a burst of removals" : "given")}); as of {rebuild.AsOf.UtcDateTime:yyyy-MM-dd}, {(rebuild.AsOf - rebuild.Reset).TotalDays:0} days later:");
        foreach (var p in rebuild.Platforms)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {Name(p.Platform.ToString()),-9} {p.After,4} now: {p.Returning} of {p.Before} back ({Pct(p.Recovered)}), {p.New} new; those back hold {(p.QualityRecovered is { } q ? FormattableString.Invariant($"{Pct(q)} of the old quality, {(p.Recovered > 0 ? q / p.Recovered : 0):0.0}× their share of the count") : "? of the old quality")}");
            if (!p.Dated)
            {
                text.AppendLine("            follows carry no dates: counts and lists only, no curve");
            }
            else if (p.Projection is { } projection)
            {
                var fit = p.Fits?.Best?.Name ?? "no model";
                text.AppendLine(projection.Date is { } date
                    ? FormattableString.Invariant($"            back to {p.Before} on {date:yyyy-MM-dd} (95% {projection.Lower:yyyy-MM-dd} to {(projection.Upper is { } u ? u.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "open")}; {fit})")
                    : FormattableString.Invariant($"            {projection.Statement ?? "no projection"} ({fit})"));
            }
        }

        var people = rebuild.People;
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  People across platforms: {people.Returning} of {people.Before} back ({Pct(people.Recovered)} of the count, {(people.QualityRecovered is { } pq ? Pct(pq) : "?")} of the quality).");
        if (people.Concordance?.Index is { } c)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Does the cream rise? {(c > 0.55 ? "Yes" : c < 0.45 ? "No, the reverse" : "Hardly")}: of two old contacts, the closer one came back first {Pct(c)} of the time (50% = no effect).");
        }

        var scores = analysis.Scores;
        var view = analysis.View;
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"The network now: {scores.Network.People} people, worth {scores.Network.QualityWeightedSize:0} at full quality; circles {string.Join(", ", scores.Layers.Select(l => FormattableString.Invariant($"{l.Nominal}: {l.People}")))}.");
        text.AppendLine("Top contacts, and why:");
        foreach (var person in scores.People.Take(5))
        {
            var f = person.Factors;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {person.Rank}. {view.Label(person)} {person.Score:0} (circle {(person.Layer is { } l ? l.ToString(CultureInfo.InvariantCulture) : "-")}): recency {f.Recency:0.00}, frequency {f.Frequency:0.00}, reciprocity {f.Reciprocity:0.00}, intimacy {f.Intimacy:0.00}, duration {f.Duration:0.00}, channels {f.Multiplexity:0.00}");
        }

        text.AppendLine("What you can do today:");
        var i = 0;
        foreach (var item in scores.Today.Take(5))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {++i}. {ScoreView.Action(item.Kind)} {view.Name(item.Name) ?? view.Id(item.PersonId)}: {item.Reason}");
        }

        text.AppendLine();
    }

    private static string Pct(double share) => FormattableString.Invariant($"{share * 100:0}%");

    private static string Name(string platform) => platform == nameof(Platform.Twitter) ? "X" : platform;
}
