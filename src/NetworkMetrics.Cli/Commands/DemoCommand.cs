using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using NetworkMetrics.Cli.Report;
using NetworkMetrics.Samples.Story;
using NetworkMetrics.Identity;
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
        var command = new Command("demo", "Write a synthetic persona's exports (401 LinkedIn connections, 306 Facebook friends, 486 X followings, then a reset and six months of regrowth), analyse them and write the report.")
        {
            output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(output)?.FullName ?? Path.Combine(Environment.CurrentDirectory, DefaultFolder);
            var clock = Stopwatch.StartNew();
            var manifest = StorySample.Write(Path.Combine(folder, "exports"));
            var options = ImportOptions.Default;
            var before = await ExportImporter.ImportAsync(manifest.Before.All, options, null, ct).ConfigureAwait(false);
            var after = await ExportImporter.ImportAsync(manifest.After.All, options, null, ct).ConfigureAwait(false);
            var asOf = manifest.AsOf;
            var people = PeopleResolver.Resolve(after);
            var scores = ContactQuality.ScorePeople(after, people, asOf, ScoringOptions.Default);
            var view = ScoreView.From(after, people, scores, "newest export", null);
            var owner = Contract.OwnerName(after.Snapshots.Select(s => s.Owner).FirstOrDefault(o => o is not null)) ?? manifest.Owner.Name;
            var model = ReportBuilder.Current(after, view, owner) with { Title = "Network report (demo: a synthetic persona)" };
            var report = Path.Combine(folder, "report.html");
            await File.WriteAllTextAsync(report, HtmlReport.Render(model), new UTF8Encoding(false), ct).ConfigureAwait(false);

            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"NetworkMetrics demo: {manifest.Owner.Name}, a synthetic persona, reset the network on {manifest.ResetDate:yyyy-MM-dd}.");
            text.AppendLine(CultureInfo.InvariantCulture, $"Exports written to {Path.Combine(folder, "exports")} (read back through the real parsers).");
            text.AppendLine();
            Story(text, manifest, before, after, view);
            text.AppendLine(CultureInfo.InvariantCulture, $"(demo done in {clock.Elapsed.TotalSeconds:0.0} s; the exports and the report are private data only in name: every person is invented)");
            text.AppendLine(report);
            await stdout.WriteAsync(text.ToString()).ConfigureAwait(false);
            await stdout.FlushAsync(ct).ConfigureAwait(false);
            return NetmetricsApp.Ok;
        });
        return command;
    }

    private static void Story(StringBuilder text, StoryManifest manifest, ImportResult before, ImportResult after, ScoreView view)
    {
        text.AppendLine("Before the reset:");
        foreach (var network in ReportBuilder.Networks(before).Where(n => n.Platform != nameof(Platform.AddressBook)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {network.Platform,-10} {network.Count,5} {network.Relationship}");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"After, as of {manifest.AsOf:yyyy-MM-dd}:");
        foreach (var network in ReportBuilder.Networks(after).Where(n => n.Platform != nameof(Platform.AddressBook)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {network.Platform,-10} {network.Count,5} {network.Relationship}");
        }

        text.AppendLine();
        var scores = view.Scores;
        text.AppendLine(CultureInfo.InvariantCulture, $"Quality now: {scores.Network.People} people, quality-weighted size {scores.Network.QualityWeightedSize:0.0}; layers {string.Join(", ", scores.Layers.Select(l => FormattableString.Invariant($"{l.Nominal}: {l.People}")))}");
        text.AppendLine("Top contacts, and why:");
        foreach (var person in scores.People.Take(5))
        {
            var f = person.Factors;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  {person.Rank}. {view.Label(person)}: {person.Score:0.0} (layer {(person.Layer is { } l ? l.ToString(CultureInfo.InvariantCulture) : "-")}; recency {f.Recency:0.00}, frequency {f.Frequency:0.00}, reciprocity {f.Reciprocity:0.00}, intimacy {f.Intimacy:0.00}, duration {f.Duration:0.00}, channels {f.Multiplexity:0.00})");
        }

        text.AppendLine("Today:");
        var i = 0;
        foreach (var item in scores.Today.Take(5))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {++i}. {ScoreView.Action(item.Kind)} {view.Name(item.Name) ?? view.Id(item.PersonId)}: {item.Reason}");
        }

        text.AppendLine();
    }
}
