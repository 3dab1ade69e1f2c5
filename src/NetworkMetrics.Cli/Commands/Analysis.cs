using NetworkMetrics.Cli.Report;
using NetworkMetrics.Identity;
using NetworkMetrics.Rebuild;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Cli.Commands;

/// <summary>
/// The whole analysis that <c>report</c> and <c>demo</c> show: people, scores as of a date, and, with a before side,
/// the rebuild; mapped into the report model. Everything runs on the real data; names and ids are pseudonymised only
/// where they are shown (<see cref="ScoreView"/>), and the rebuild contributes no names to the report.
/// </summary>
internal sealed record Analysis(ImportResult After, PeopleNetwork People, ContactQualityResult Scores, ScoreView View, RebuildResult? Rebuild, ReportModel Report)
{
    public static Analysis Run(
        ImportResult after, PeopleNetwork afterPeople, ImportResult? before, PeopleNetwork? beforePeople,
        DateTimeOffset asOf, string asOfSource, DateTimeOffset? reset, Pseudonymizer? pseudonymizer, string title)
    {
        var scores = ContactQuality.ScorePeople(after, afterPeople, asOf, ScoringOptions.Default);
        var view = ScoreView.From(after, afterPeople, scores, asOfSource, pseudonymizer);
        var owner = pseudonymizer is null ? afterPeople.Owner?.Name ?? "the owner" : "the owner (pseudonymised)";
        var shownImport = pseudonymizer is null ? after : pseudonymizer.Apply(after);
        var diagnostics = pseudonymizer is null
            ? after.Diagnostics.Concat(before?.Diagnostics ?? []).Concat(afterPeople.Diagnostics)
            : shownImport.Diagnostics.Concat(before is null ? [] : pseudonymizer.Apply(before).Diagnostics).Concat(afterPeople.Pseudonymize(pseudonymizer).Diagnostics);
        var report = ReportBuilder.Current(after, view, owner, diagnostics) with { Title = title };
        RebuildResult? rebuild = null;
        if (before is not null)
        {
            rebuild = RebuildAnalysis.Analyze(before, after, RebuildOptions.Default with
            {
                Reset = reset,
                AsOf = asOf,
                PersonOf = RebuildCommand.PersonOf(afterPeople, beforePeople),
            });
            report = ReportBuilder.WithRebuild(report, rebuild);
        }

        return new Analysis(after, afterPeople, scores, view, rebuild, report);
    }
}
