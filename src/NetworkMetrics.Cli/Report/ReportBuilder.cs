using System.Collections.Immutable;
using NetworkMetrics.Cli.Commands;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Cli.Report;

/// <summary>
/// Maps the library's results (the import, the scores, the rebuild) into the <see cref="ReportModel"/> the page is
/// rendered from. Names go through the <see cref="ScoreView"/>, so that a pseudonymised run shows pseudonyms; no
/// message text reaches the model.
/// </summary>
internal static partial class ReportBuilder
{
    /// <summary>How many top contacts the report shows.</summary>
    public const int TopContacts = 15;

    /// <summary>How many overdue people the report lists.</summary>
    public const int OverdueShown = 15;

    /// <summary>The report of the network as it is now (no rebuild section: the page says what a before export would add).</summary>
    public static ReportModel Current(ImportResult current, ScoreView view, string owner, IEnumerable<ImportDiagnostic> diagnostics)
    {
        var scores = view.Scores;
        var asOf = DateOnly.FromDateTime(scores.AsOf.UtcDateTime);
        var n = scores.Network;
        return new ReportModel("Network report", owner, asOf)
        {
            Networks = [.. Networks(current)],
            Summary = new NetworkSummary(n.People, n.QualityWeightedSize, n.People - n.Contacted, Clamp(n.Given.Total), Clamp(n.Received.Total), n.EffortOnTop5, n.EffortOnTop15),
            Layers = [.. scores.Layers.Select(l => new LayerCircle(l.Nominal, l.People))],
            TopContacts = [.. scores.People.Take(TopContacts).Select(p => new TopContact(view.Label(p), Math.Round(p.Score, 1), p.Layer, Factors(p.Factors), Clamp(p.Given.Total), Clamp(p.Received.Total))
            {
                LastContact = p.LastContact is { } last ? DateOnly.FromDateTime(last.UtcDateTime) : null,
            })],
            GiveGetByKind =
            [
                new("conversations started", n.Given.ConversationsStarted, n.Received.ConversationsStarted),
                new("replies", n.Given.Replies, n.Received.Replies),
                new("calls", n.Given.Calls, n.Received.Calls),
                new("endorsements and recommendations", n.Given.Endorsements + n.Given.Recommendations, n.Received.Endorsements + n.Received.Recommendations),
                new("reactions and reposts", n.Given.Reactions + n.Given.Reposts, n.Received.Reactions + n.Received.Reposts),
            ],
            Overdue = [.. scores.People
                .Where(p => p.OverdueRatio is > 0 && p.DaysSinceLastContact is not null && p.ExpectedIntervalDays is not null)
                .OrderByDescending(p => p.OverdueRatio).ThenBy(p => p.Rank)
                .Take(OverdueShown)
                .Select(p => new OverdueContact(view.Label(p), p.Layer, (int)Math.Round(p.DaysSinceLastContact!.Value), (int)Math.Round(p.ExpectedIntervalDays!.Value), Math.Round(p.OverdueRatio!.Value, 2)))],
            Today = [.. scores.Today.Select(t => new TodayItem(ScoreView.Action(t.Kind), view.Name(t.Name) ?? view.Id(t.PersonId), t.Reason))],
            Diagnostics = [.. diagnostics.Select(d => new ReportDiagnostic(Contract.Severity(d.Severity), d.Code, d.File, d.Message) { Line = d.Line })],
        };
    }

    /// <summary>One row per platform of the current exports: its primary relationship and how many.</summary>
    internal static IEnumerable<PlatformNetwork> Networks(ImportResult current)
    {
        foreach (var platform in current.Platforms)
        {
            var latest = current.Latest(platform)!;
            var (relationship, count) = Primary(platform, latest.Counts);
            yield return new PlatformNetwork(platform.ToString(), relationship, count ?? 0,
                latest.ExportedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null);
        }
    }

    /// <summary>The relationship the owner controls on a platform (connections, friends, followings, contacts) and its count.</summary>
    internal static (string Relationship, int? Count) Primary(Platform platform, NetworkCounts counts) => platform switch
    {
        Platform.LinkedIn => ("connections", counts.Connections),
        Platform.Facebook => ("friends", counts.Connections),
        Platform.AddressBook => ("contacts", counts.Connections),
        _ => ("followings", counts.Following),
    };

    private static ContactFactors Factors(ScoreFactors f) => new(f.Recency, f.Frequency, f.Reciprocity, f.Intimacy, f.Duration, f.Multiplexity);

    private static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);
}
