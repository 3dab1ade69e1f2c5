using System.Globalization;
using System.Text;

namespace NetworkMetrics.Scoring;

/// <summary>The readable explanation of one person's score (<see cref="ContactQualityResult.Explain"/>).</summary>
internal static class Explanation
{
    public static string Write(PersonScore p, DateTimeOffset asOf, ScoringOptions options)
    {
        var c = CultureInfo.InvariantCulture;
        var w = options.Weights;
        var total = w.Sum;
        var f = p.Factors;
        var points = p.Contributions;
        var text = new StringBuilder();
        var layer = p.Layer is { } size ? size.ToString(c) : "none";
        text.Append(c, $"{p.Name ?? p.Id} ({p.Id}): score {p.Score:0.0} of 100, rank {p.Rank}, layer {layer}, as of {asOf.UtcDateTime:yyyy-MM-dd}").Append('\n');
        text.Append("  factor         value  weight  points  evidence\n");

        var twoWay = p.LastTwoWayContact is { } two
            ? string.Create(c, $"last two-way contact {TodayPlanner.Days((asOf - two).TotalDays)} ago ({two.UtcDateTime:yyyy-MM-dd}); halves every {TodayPlanner.Days(options.RecencyHalfLife.TotalDays)}")
            : p.Interactions > 0 ? "contact has never been two-way" : "no contact";
        Row(text, "recency", f.Recency, w.Recency / total, points.Recency, twoWay);

        Row(text, "frequency", f.Frequency, w.Frequency / total, points.Frequency, string.Create(
            c, $"{p.Effort:0.0} weighted interactions, each halving every {TodayPlanner.Days(options.FrequencyHalfLife.TotalDays)}; 1 - e^(-{p.Effort:0.0}/{options.FrequencySaturation:0.##})"));

        var conversations = p.Given.ConversationsStarted + p.Received.ConversationsStarted;
        var weight = p.IncomingWeight + p.OutgoingWeight;
        var share = weight > 0 ? p.IncomingWeight / weight : 0;
        Row(text, "reciprocity", f.Reciprocity, w.Reciprocity / total, points.Reciprocity, conversations > 0
            ? string.Create(c, $"they started {p.Received.ConversationsStarted} of {conversations} conversations; {share:0%} of the weight came from them")
            : string.Create(c, $"no conversation; {share:0%} of the weight came from them"));

        Row(text, "intimacy", f.Intimacy, w.Intimacy / total, points.Intimacy, string.Create(
            c, $"interactions {p.InteractionIntimacy:0.00} (private 1, group n^-{options.GroupIntimacyExponent:0.##}, public {options.PublicIntimacy:0.##}); ties {p.TieIntimacy:0.00}; the higher counts"));

        var since = p.TieSince is { } tie && (p.FirstContact is not { } first || tie <= first) ? p.TieSince : p.FirstContact;
        Row(text, "duration", f.Duration, w.Duration / total, points.Duration, since is { } start
            ? string.Create(c, $"known since {start.UtcDateTime:yyyy-MM-dd} ({(asOf - start).TotalDays / Layers.DaysPerYear:0.0} years); 0.5 at {options.DurationHalfAge.TotalDays / Layers.DaysPerYear:0.#} years")
            : "no date");

        var channels = p.Channels.Length;
        var media = channels + p.Platforms.Length - 1;
        Row(text, "multiplexity", f.Multiplexity, w.Multiplexity / total, points.Multiplexity, string.Create(
            c, $"{Plural(channels, "channel")} + {Plural(p.Platforms.Length, "platform")} - 1 = {Plural(Math.Max(0, media), "medium", "media")} of {options.MultiplexityFull}"));

        if (p.Interactions > 0)
        {
            text.Append(c, $"  evidence: {Plural(p.Interactions, "interaction")} (");
            for (var i = 0; i < p.Channels.Length; i++)
            {
                text.Append(i > 0 ? ", " : string.Empty).Append(Name(p.Channels[i].Channel)).Append(' ').Append(p.Channels[i].Count.ToString(c));
            }

            text.Append(c, $") on {string.Join(", ", p.Platforms)}, first {p.FirstContact!.Value.UtcDateTime:yyyy-MM-dd}, last {p.LastContact!.Value.UtcDateTime:yyyy-MM-dd}");
            text.Append(c, $"; {Plural(p.Conversations, "conversation")}, {p.ContactsPerYear:0.0} a year").Append('\n');
        }
        else
        {
            text.Append(c, $"  evidence: no interaction; ties on {(p.Platforms.Length > 0 ? string.Join(", ", p.Platforms) : "no platform")}").Append('\n');
        }

        text.Append("  you gave: ").Append(Acts(p.Given)).Append('\n');
        text.Append("  you got:  ").Append(Acts(p.Received)).Append('\n');
        if (p.Layer is { } l && p.DaysSinceLastContact is { } days)
        {
            var overdue = p.OverdueRatio > 0
                ? string.Create(c, $"{TodayPlanner.Days(p.OverdueDays!.Value)} overdue ({p.OverdueRatio:0.0}× the interval)")
                : "not overdue";
            text.Append(c, $"  keep in touch: last contact {TodayPlanner.Days(days)} ago; layer {l} expects contact every {TodayPlanner.Days(p.ExpectedIntervalDays!.Value)}: {overdue}").Append('\n');
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, double value, double weight, double points, string evidence) =>
        text.Append(CultureInfo.InvariantCulture, $"  {name,-13} {value,5:0.00}  {weight,6:0.00}  {points,6:0.0}  {evidence}").Append('\n');

    private static string Acts(GiveGet g) => string.Create(
        CultureInfo.InvariantCulture,
        $"{g.ConversationsStarted} conversations started, {g.Replies} replies, {g.Calls} calls, {g.Endorsements} endorsements, {g.Recommendations} recommendations, {g.Reactions} reactions, {g.Reposts} reposts");

    private static string Plural(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");

    /// <summary>"direct message" for <see cref="InteractionChannel.DirectMessage"/>.</summary>
    internal static string Name(InteractionChannel channel)
    {
        var name = channel.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
