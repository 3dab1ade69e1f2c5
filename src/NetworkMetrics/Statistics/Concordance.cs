namespace NetworkMetrics.Statistics;

/// <summary>Concordance between a score and right-censored times.</summary>
public static class Concordance
{
    /// <summary>
    /// Harrell's concordance: over every comparable pair, whether the subject whose event came
    /// first had the higher score. A pair is comparable when the shorter time is an event: times
    /// tᵢ &lt; tⱼ with an event at tᵢ, or equal times where one is an event and the other is
    /// censored (the censored time counts as longer); two events at the same time are not
    /// comparable (counted in <see cref="ConcordanceResult.TiedTime"/>). O(n log n): a sort by
    /// time and a Fenwick tree over the score ranks.
    /// </summary>
    /// <param name="scores">Each subject's score; higher is expected to mean a shorter time.</param>
    /// <param name="times">Each subject's event or censoring time.</param>
    /// <param name="events"><see langword="true"/> where the event happened at that time, <see langword="false"/> where censored.</param>
    /// <returns>The counts and the C-index; R's <c>concordance(Surv(time, event) ~ score, reverse = TRUE)</c>.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or a value is not finite.</exception>
    public static ConcordanceResult Harrell(ReadOnlySpan<double> scores, ReadOnlySpan<double> times, ReadOnlySpan<bool> events)
    {
        Validation.SameLength(scores.Length, times.Length, nameof(times), nameof(scores));
        Validation.SameLength(scores.Length, events.Length, nameof(events), nameof(scores));
        Validation.Finite(scores, nameof(scores));
        Validation.Finite(times, nameof(times));
        var n = scores.Length;

        // Score ranks 1..m over the distinct scores (the Fenwick tree's positions).
        var sortedScores = scores.ToArray();
        Array.Sort(sortedScores);
        var distinct = 0;
        for (var k = 0; k < n; k++)
        {
            if (k == 0 || sortedScores[k] != sortedScores[distinct - 1])
            {
                sortedScores[distinct++] = sortedScores[k];
            }
        }

        var rank = new int[n];
        for (var k = 0; k < n; k++)
        {
            rank[k] = Array.BinarySearch(sortedScores, 0, distinct, scores[k]) + 1;
        }

        // Subjects by decreasing time: everyone inserted before a group has a longer time.
        var order = new int[n];
        var keys = new double[n];
        for (var k = 0; k < n; k++)
        {
            order[k] = k;
            keys[k] = -times[k];
        }

        Array.Sort(keys, order);
        var tree = new FenwickTree(distinct);
        long concordant = 0, discordant = 0, tiedScore = 0, tiedTime = 0;
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            // Censored at this time count as longer than the events at this time.
            long groupEvents = 0;
            for (var k = start; k < end; k++)
            {
                if (!events[order[k]])
                {
                    tree.Add(rank[order[k]]);
                }
                else
                {
                    groupEvents++;
                }
            }

            for (var k = start; k < end; k++)
            {
                var subject = order[k];
                if (!events[subject])
                {
                    continue;
                }

                var r = rank[subject];
                long below = tree.PrefixCount(r - 1);
                long atOrBelow = tree.PrefixCount(r);
                concordant += below;
                tiedScore += atOrBelow - below;
                discordant += tree.Total - atOrBelow;
            }

            for (var k = start; k < end; k++)
            {
                if (events[order[k]])
                {
                    tree.Add(rank[order[k]]);
                }
            }

            tiedTime += groupEvents * (groupEvents - 1) / 2;
            start = end;
        }

        var comparable = concordant + discordant + tiedScore;
        double? index = comparable == 0 ? null : (concordant + (0.5 * tiedScore)) / comparable;
        return new ConcordanceResult(concordant, discordant, tiedScore, tiedTime, index);
    }
}
