using System.Collections.Immutable;
using System.Globalization;

namespace NetworkMetrics.Scoring;

/// <summary>
/// The today list (docs/scoring.md, "Today"): replies owed, then reconnections due, then
/// reciprocity owed, then people drifting; each person at most once (in the first of these that
/// applies); ranked within each kind, ties broken by id and index; at most <see cref="ScoringOptions.TodayLimit"/>.
/// Reasons are written only for the actions kept.
/// </summary>
internal static class TodayPlanner
{
    public static ImmutableArray<TodayAction> Plan(ScoreSheet sheet, ScoringOptions options)
    {
        var tallies = sheet.Tallies;
        var layers = sheet.LayerOf;
        var asOf = sheet.AsOf;
        if (options.TodayLimit == 0)
        {
            return [];
        }

        var todayLayer = Layers.IndexOf(options.TodayLayer);
        var replyWindow = options.ReplyWindow.Ticks;
        var reconnectDays = options.ReconnectWithin.TotalDays;
        var weights = options.ChannelWeights;
        var candidates = new List<Candidate>();
        for (var p = 0; p < sheet.Count; p++)
        {
            ref readonly var t = ref tallies[p];
            var layer = layers.Layer[p];
            var inner = layer >= 0 && layer <= todayLayer;
            if (inner && t.LastOwed != long.MinValue && asOf - t.LastOwed <= replyWindow)
            {
                candidates.Add(new(TodayActionKind.ReplyOwed, -sheet.Scores[p], p));
                continue;
            }

            if (inner && sheet.OverdueRatio(p) is { } ratio && sheet.OverdueDays(p) >= 1 && sheet.DaysSinceLastContact(p) <= reconnectDays)
            {
                candidates.Add(new(TodayActionKind.Reconnect, -ratio, p));
                continue;
            }

            var owesEndorsement = t.Act(Acts.Endorsements, true) + t.Act(Acts.Recommendations, true) > 0
                && t.Act(Acts.Endorsements, false) + t.Act(Acts.Recommendations, false) == 0;
            var owesShare = t.Act(Acts.Reposts, true) > 0 && t.Act(Acts.Reposts, false) == 0;
            if (owesEndorsement || owesShare)
            {
                var owed = (owesEndorsement ? (t.Act(Acts.Endorsements, true) * weights.Endorsement) + (t.Act(Acts.Recommendations, true) * weights.Recommendation) : 0)
                    + (owesShare ? t.Act(Acts.Reposts, true) * weights.Repost : 0);
                candidates.Add(new(TodayActionKind.ReciprocityOwed, -owed, p, -sheet.Scores[p]));
                continue;
            }

            if (inner && sheet.OverdueRatio(p) == 0 && layers.MinimumPerYear[layer] > 0)
            {
                var (rate, needed, _) = Drift(in t, layer, layers, options, asOf);
                if (rate < needed)
                {
                    candidates.Add(new(TodayActionKind.Drifting, rate / needed, p));
                }
            }
        }

        // Only the first TodayLimit candidates in the order below are kept: select them with a
        // bounded heap (O(n log limit)) and sort just those, rather than sorting everyone.
        var order = Comparer<Candidate>.Create((a, b) =>
        {
            var c = ((int)a.Kind).CompareTo((int)b.Kind);
            if (c == 0)
            {
                c = a.Key.CompareTo(b.Key);
            }

            if (c == 0)
            {
                c = a.Then.CompareTo(b.Then);
            }

            if (c == 0)
            {
                c = string.CompareOrdinal(sheet.Id(a.Person), sheet.Id(b.Person));
            }

            return c != 0 ? c : a.Person.CompareTo(b.Person);
        });
        var worstFirst = Comparer<Candidate>.Create((a, b) => order.Compare(b, a));
        var heap = new PriorityQueue<Candidate, Candidate>(options.TodayLimit + 1, worstFirst);
        foreach (var candidate in candidates)
        {
            if (heap.Count < options.TodayLimit)
            {
                heap.Enqueue(candidate, candidate);
            }
            else if (order.Compare(candidate, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(candidate, candidate);
            }
        }

        candidates.Clear();
        while (heap.Count > 0)
        {
            candidates.Add(heap.Dequeue());
        }

        candidates.Sort(order);

        var today = ImmutableArray.CreateBuilder<TodayAction>(Math.Min(options.TodayLimit, candidates.Count));
        foreach (var candidate in candidates)
        {
            if (today.Count == options.TodayLimit)
            {
                break;
            }

            var p = candidate.Person;
            today.Add(new TodayAction(candidate.Kind, p, sheet.Id(p), sheet.Name(p), Reason(candidate.Kind, sheet, p, options)));
        }

        return today.MoveToImmutable();
    }

    /// <summary>
    /// The person's conversations a year over the last <see cref="ScoringOptions.DriftWindowIntervals"/>
    /// intervals of their layer, against the least rate of the layer; NaN rate when the
    /// relationship is younger than the window (a new tie is not drifting).
    /// </summary>
    private static (double Rate, double Needed, double WindowDays) Drift(in PersonTally t, int layer, LayerAssignment layers, ScoringOptions options, long asOf)
    {
        var windowDays = options.DriftWindowIntervals * Layers.IntervalDays[layer];
        var windowStart = asOf - (windowDays * TimeSpan.TicksPerDay);
        var rate = windowStart >= t.FirstConversation ? t.Recent[layer] / (windowDays / Layers.DaysPerYear) : double.NaN;
        return (rate, layers.MinimumPerYear[layer], windowDays);
    }

    private static string Reason(TodayActionKind kind, ScoreSheet sheet, int p, ScoringOptions options)
    {
        ref readonly var t = ref sheet.Tallies[p];
        var layers = sheet.LayerOf;
        var asOf = sheet.AsOf;
        var layer = sheet.Layer(p) ?? 0;
        switch (kind)
        {
            case TodayActionKind.ReplyOwed:
                var what = t.OwedChannel == (byte)InteractionChannel.Call ? "called you (missed)" : "wrote to you";
                return Text($"{what} {Days((double)(asOf - t.LastOwed) / TimeSpan.TicksPerDay)} ago on {(Platform)t.OwedPlatform} and has had no answer; layer {layer}, score {sheet.Scores[p]:0}");
            case TodayActionKind.Reconnect:
                return Text(
                    $"last contact {Days(sheet.DaysSinceLastContact(p)!.Value)} ago; layer {layer} expects contact every {Days(sheet.ExpectedIntervalDays(p)!.Value)}: {Days(sheet.OverdueDays(p)!.Value)} overdue ({sheet.OverdueRatio(p):0.0#}× the interval)");
            case TodayActionKind.ReciprocityOwed:
                var parts = new List<string>(2);
                int endorsements = t.Act(Acts.Endorsements, true), recommendations = t.Act(Acts.Recommendations, true);
                if (endorsements + recommendations > 0 && t.Act(Acts.Endorsements, false) + t.Act(Acts.Recommendations, false) == 0)
                {
                    var acted = (endorsements, recommendations) switch
                    {
                        ( > 0, > 0) => $"endorsed you {Times(endorsements)} and recommended you {Times(recommendations)}",
                        ( > 0, _) => $"endorsed you {Times(endorsements)}",
                        _ => $"recommended you {Times(recommendations)}",
                    };
                    parts.Add(acted + "; you never endorsed or recommended them");
                }

                if (t.Act(Acts.Reposts, true) > 0 && t.Act(Acts.Reposts, false) == 0)
                {
                    parts.Add($"shared your posts {Times(t.Act(Acts.Reposts, true))}; you never shared theirs");
                }

                return string.Join("; ", parts);
            default:
                var index = Layers.IndexOf(layer);
                var (rate, needed, windowDays) = Drift(in t, index, layers, options, asOf);
                var count = t.Recent[index];
                return Text(
                    $"{count} conversation{(count == 1 ? string.Empty : "s")} in the last {Days(windowDays)} ({rate:0.0} a year), below the {needed:0.0} a year of layer {layer}");
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>"1 day", "3 days", "7.5 days" (one decimal, dropped when it is 0).</summary>
    internal static string Days(double days)
    {
        var rounded = Math.Round(days, 1);
        return rounded == 1 ? "1 day"
            : rounded == Math.Floor(rounded) ? string.Create(CultureInfo.InvariantCulture, $"{rounded:0} days")
            : string.Create(CultureInfo.InvariantCulture, $"{rounded:0.0} days");
    }

    private static string Times(int n) => n == 1 ? "once" : string.Create(CultureInfo.InvariantCulture, $"{n} times");

    /// <summary>One possible action: its kind, the key it is ranked by within the kind (smaller first), a second key, the person.</summary>
    private readonly record struct Candidate(TodayActionKind Kind, double Key, int Person, double Then = 0);
}
