using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Statistics;

namespace NetworkMetrics.Tests.Statistics;

/// <summary>Subjects for the property: small integer scores and times, so that ties are frequent.</summary>
public sealed record Cohort(double[] Scores, double[] Times, bool[] Events);

public static class CohortArbitraries
{
    public static Arbitrary<Cohort> Cohorts() =>
        Gen.Choose(0, 60).SelectMany(n =>
            Gen.ArrayOf(Gen.Choose(0, 6), n).SelectMany(scores =>
                Gen.ArrayOf(Gen.Choose(0, 9), n).SelectMany(times =>
                    Gen.ArrayOf(Gen.Elements(true, true, false), n).Select(events =>
                        new Cohort([.. scores.Select(s => s / 2.0)], [.. times.Select(t => (double)t)], events)))))
        .ToArbitrary();
}

/// <summary>
/// Harrell's concordance against R's survival::concordance (3.5-3) with reverse = TRUE, and the
/// O(n log n) count against an all-pairs count of the definition. Expected counts are the output of
/// reference/concordance.R (rerun: <c>Rscript tests/NetworkMetrics.Tests/Statistics/reference/concordance.R</c>).
/// R's tied.y + tied.xy are the pairs tied in time with both events (TiedTime here).
/// </summary>
public sealed class ConcordanceTests
{
    [Fact]
    public void Small_set_with_ties_matches_R()
    {
        // R: small concordant 26 discordant 0 tied.x 1 tied.y 0 tied.xy 1 index 0.9814814814814814
        var result = Concordance.Harrell(
            [9, 7, 8, 8, 3, 5, 4, 4, 2, 1],
            [1, 2, 2, 3, 3, 4, 5, 5, 6, 7],
            [true, false, true, true, false, false, true, true, false, true]);
        AssertCounts(result, 26, 0, 1, 0 + 1, 0.9814814814814814);
    }

    [Fact]
    public void Perfect_ordering_is_one_as_in_R()
    {
        // R: perfect concordant 15 discordant 0 tied.x 0 tied.y 0 tied.xy 0 index 1
        var result = Concordance.Harrell([60, 50, 40, 30, 20, 10], [1, 2, 3, 4, 5, 6], [true, true, true, true, true, false]);
        AssertCounts(result, 15, 0, 0, 0, 1);
    }

    [Fact]
    public void Reversed_scores_swap_concordant_and_discordant()
    {
        var result = Concordance.Harrell([10, 20, 30, 40, 50, 60], [1, 2, 3, 4, 5, 6], [true, true, true, true, true, false]);
        AssertCounts(result, 0, 15, 0, 0, 0);
    }

    [Fact]
    public void Three_hundred_subjects_from_a_formula_match_R()
    {
        // R: formula-300 concordant 18491 discordant 18279 tied.x 1552 tied.y 213 tied.xy 0 index 0.50276603517561713
        var (scores, times, events) = Formula(300, i => (i * 37 % 101) / 4.0, i => i * 13 % 7 != 0, (i, _) => (i * 17 % 23) / 2.0);
        AssertCounts(Concordance.Harrell(scores, times, events), 18491, 18279, 1552, 213, 0.50276603517561713);
    }

    [Fact]
    public void A_related_score_with_many_time_ties_matches_R()
    {
        // R: related-150 concordant 7987 discordant 277 tied.x 202 tied.y 153 tied.xy 0 index 0.95535081502480512
        var (scores, times, events) = Formula(150, i => i * 7 % 31, i => i % 4 != 0, (i, t) => 100 - t + (i % 5));
        AssertCounts(Concordance.Harrell(scores, times, events), 7987, 277, 202, 153, 0.95535081502480512);
    }

    [Fact]
    public void No_comparable_pair_gives_no_index()
    {
        var result = Concordance.Harrell([1, 2, 3], [5, 5, 5], [true, true, true]);
        Assert.Null(result.Index);
        Assert.Equal(0, result.Comparable);
        Assert.Equal(3, result.TiedTime);
        Assert.Null(Concordance.Harrell([], [], []).Index);
    }

    [Fact]
    public void Inputs_are_validated_naming_the_parameter()
    {
        Assert.Equal("times", Assert.Throws<ArgumentException>(() => Concordance.Harrell([1, 2], [1], [true, true])).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentException>(() => Concordance.Harrell([1, 2], [1, 2], [true])).ParamName);
        Assert.Equal("scores", Assert.Throws<ArgumentException>(() => Concordance.Harrell([double.NaN], [1], [true])).ParamName);
        Assert.Equal("times", Assert.Throws<ArgumentException>(() => Concordance.Harrell([1], [double.NegativeInfinity], [true])).ParamName);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(CohortArbitraries)])]
    public bool The_fast_count_agrees_with_all_pairs(Cohort cohort)
    {
        var fast = Concordance.Harrell(cohort.Scores, cohort.Times, cohort.Events);
        return fast == AllPairs(cohort.Scores, cohort.Times, cohort.Events);
    }

    /// <summary>The definition, pair by pair: the oracle for the O(n log n) count.</summary>
    internal static ConcordanceResult AllPairs(double[] scores, double[] times, bool[] events)
    {
        long concordant = 0, discordant = 0, tiedScore = 0, tiedTime = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            for (var j = i + 1; j < scores.Length; j++)
            {
                // Order the pair so that a is the shorter time; at equal times an event is shorter than a censoring.
                int a = i, b = j;
                if (times[j] < times[i] || (times[j] == times[i] && events[j] && !events[i]))
                {
                    (a, b) = (j, i);
                }

                if (!events[a])
                {
                    continue;
                }

                if (times[a] == times[b] && events[b])
                {
                    tiedTime++;
                    continue;
                }

                if (scores[a] > scores[b])
                {
                    concordant++;
                }
                else if (scores[a] < scores[b])
                {
                    discordant++;
                }
                else
                {
                    tiedScore++;
                }
            }
        }

        var comparable = concordant + discordant + tiedScore;
        return new ConcordanceResult(concordant, discordant, tiedScore, tiedTime, comparable == 0 ? null : (concordant + (0.5 * tiedScore)) / comparable);
    }

    private static (double[] Scores, double[] Times, bool[] Events) Formula(int n, Func<int, double> time, Func<int, bool> @event, Func<int, double, double> score)
    {
        var scores = new double[n];
        var times = new double[n];
        var events = new bool[n];
        for (var i = 1; i <= n; i++)
        {
            times[i - 1] = time(i);
            events[i - 1] = @event(i);
            scores[i - 1] = score(i, times[i - 1]);
        }

        return (scores, times, events);
    }

    private static void AssertCounts(ConcordanceResult result, long concordant, long discordant, long tiedScore, long tiedTime, double index)
    {
        Assert.Equal(concordant, result.Concordant);
        Assert.Equal(discordant, result.Discordant);
        Assert.Equal(tiedScore, result.TiedScore);
        Assert.Equal(tiedTime, result.TiedTime);
        Assert.NotNull(result.Index);
        Assert.Equal(index, result.Index.Value, 1e-15);
    }
}
