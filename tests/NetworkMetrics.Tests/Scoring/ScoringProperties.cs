using System.Globalization;
using FsCheck.Xunit;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>
/// Properties of the contact-quality model over generated networks (<see cref="ScoringArbitraries"/>):
/// bounds, invariances (order, time shift, duplicates), monotonicity (later contact, an added
/// exchange, a raised weight) and the shape of the layers.
/// </summary>
public sealed class ScoringProperties
{
    private const int Tests = 300;

    /// <summary>The monotonicity properties allow this much for floating-point rounding (a score is 0 to 100).</summary>
    private const double Rounding = 1e-9;

    private static double[] FactorsOf(PersonScore p) =>
        [p.Factors.Recency, p.Factors.Frequency, p.Factors.Reciprocity, p.Factors.Intimacy, p.Factors.Duration, p.Factors.Multiplexity];

    private static double[] Of(ScoreFactors f) => [f.Recency, f.Frequency, f.Reciprocity, f.Intimacy, f.Duration, f.Multiplexity];

    /// <summary>Everything a person's result says apart from dates, which move with a shift.</summary>
    private static string Fingerprint(ContactQualityResult r, bool withDates)
    {
        var people = r.People.Select(p => string.Join(
            "|", p.Id, p.Rank, p.Score.ToString("R", CultureInfo.InvariantCulture), string.Join(",", FactorsOf(p).Select(x => x.ToString("R", CultureInfo.InvariantCulture))),
            p.Layer, p.Interactions, p.Conversations, p.ContactsPerYear.ToString("R", CultureInfo.InvariantCulture), p.Effort.ToString("R", CultureInfo.InvariantCulture),
            p.Given, p.Received, string.Join(",", p.Channels), string.Join(",", p.Platforms), p.CallTime,
            p.DaysSinceLastContact?.ToString("R", CultureInfo.InvariantCulture), p.ExpectedIntervalDays, p.OverdueRatio?.ToString("R", CultureInfo.InvariantCulture),
            withDates ? $"{p.FirstContact:O}{p.LastContact:O}{p.LastTwoWayContact:O}{p.TieSince:O}" : string.Empty));
        var today = r.Today.Select(t => $"{t.Kind}:{t.PersonId}:{t.Reason}");
        var layers = r.Layers.Select(l => $"{l.Nominal}:{l.People}:{l.ExpectedIntervalDays}:{l.MinimumContactsPerYear}");
        return string.Join("\n", people.Concat(today).Concat(layers).Append(r.Network.ToString()).Append(r.Circles.ToString(CultureInfo.InvariantCulture)));
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void Every_factor_is_in_0_1_and_the_score_in_0_100_for_any_input(GenNetwork network)
    {
        foreach (var method in new[] { LayerMethod.Thresholds, LayerMethod.Clustering })
        {
            var result = network.Score(ScoringOptions.Default with { LayerMethod = method });
            Assert.Equal(network.People, result.People.Length);
            foreach (var p in result.People)
            {
                Assert.All(FactorsOf(p), f => Assert.True(f is >= 0 and <= 1, $"factor {f} of {p.Id}"));
                Assert.InRange(p.Score, 0, 100);
                Assert.Equal(p.Score, p.Contributions.Sum, 9);
                Assert.All(Of(p.Contributions), c => Assert.True(c >= 0 && double.IsFinite(c)));
                Assert.True(double.IsFinite(p.Effort) && double.IsFinite(p.ContactsPerYear) && p.ContactsPerYear >= 0);
                Assert.True(p.OverdueRatio is null or >= 0, $"overdue ratio {p.OverdueRatio}");
                Assert.True(p.OverdueDays is null || double.IsFinite(p.OverdueDays.Value));
                Assert.NotEmpty(result.Explain(p));
            }

            var n = result.Network;
            Assert.True(double.IsFinite(n.QualityWeightedSize) && n.EffortOnTop5 is >= 0 and <= 1 && n.EffortOnTop15 >= n.EffortOnTop5 && n.EffortOnTop15 <= 1);
            Assert.True(n.GiveGetRatio is null || double.IsFinite(n.GiveGetRatio.Value));
        }
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void The_order_of_interactions_does_not_matter(Shuffled input)
    {
        var rows = input.Network.Rows.ToArray();
        var random = new Random(input.Seed);
        random.Shuffle(rows);
        var ties = input.Network.Ties.ToArray();
        random.Shuffle(ties);

        var expected = input.Network.Score();
        var actual = (input.Network with { Ties = ties }).Build(rows).Score(input.Network.AsOf);

        Assert.Equal(Fingerprint(expected, withDates: true), Fingerprint(actual, withDates: true));
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void Shifting_every_date_and_the_as_of_date_together_changes_nothing(ShiftedNetwork input)
    {
        var (back, forward) = input.Network.ShiftRange();
        var delta = Math.Clamp((long)(input.Fraction < 0 ? -input.Fraction * back : input.Fraction * forward), back, forward);

        var expected = input.Network.Score();
        var actual = input.Network.Shift(delta).Score();

        Assert.Equal(Fingerprint(expected, withDates: false), Fingerprint(actual, withDates: false));
        foreach (var method in new[] { LayerMethod.Clustering })
        {
            var options = ScoringOptions.Default with { LayerMethod = method };
            Assert.Equal(Fingerprint(input.Network.Score(options), false), Fingerprint(input.Network.Shift(delta).Score(options), false));
        }
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void A_later_last_contact_never_lowers_recency(NetworkPerson input)
    {
        var network = input.Network;
        var own = network.Rows.Where(r => r.Person == input.Person && r.Ticks <= network.AsOfTicks).ToList();
        if (own.Count == 0)
        {
            return;
        }

        var latest = own.MaxBy(r => r.Ticks)!;
        var later = latest with { Ticks = latest.Ticks + (long)((network.AsOfTicks - latest.Ticks) * input.Fraction) };
        var before = network.Score().ForPerson(input.Person).Factors.Recency;

        var moved = network.Build(network.Rows.Select(r => ReferenceEquals(r, latest) ? later : r)).Score(network.AsOf).ForPerson(input.Person).Factors.Recency;
        var added = network.Build(network.Rows.Append(later with { Key = 0 })).Score(network.AsOf).ForPerson(input.Person).Factors.Recency;

        Assert.True(moved >= before, $"moving the last contact later lowered recency from {before} to {moved}");
        Assert.True(added >= before, $"adding a later contact lowered recency from {before} to {added}");
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void Adding_a_reciprocated_one_to_one_exchange_at_the_as_of_date_never_lowers_the_score(NetworkPerson input)
    {
        var network = input.Network;
        var platform = (Platform)((int)(input.Fraction * 1000) % 4);
        var exchange = new[] { InteractionDirection.Outgoing, InteractionDirection.Incoming }.Select(d =>
            new GenRow(input.Person, network.AsOfTicks, InteractionChannel.DirectMessage, d, InteractionVisibility.Private, 1, platform, 0, CallOutcome.Unknown, 0, -1));
        foreach (var method in new[] { LayerMethod.Thresholds, LayerMethod.Clustering })
        {
            var options = ScoringOptions.Default with { LayerMethod = method };
            var before = network.Score(options).ForPerson(input.Person);
            var after = network.Build(network.Rows.Concat(exchange)).Score(network.AsOf, options).ForPerson(input.Person);

            Assert.True(after.Score >= before.Score - Rounding, $"{before.Score} -> {after.Score}\n{before.Factors}\n{after.Factors}");
            Assert.Equal(1, after.Factors.Recency);
        }
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void Duplicated_interactions_count_once(Shuffled input)
    {
        var network = input.Network;
        var random = new Random(input.Seed);
        var copies = network.Rows.Where(r => r.Key != 0 && random.Next(2) == 0).ToList();
        var rows = network.Rows.Concat(copies).Concat(copies.Where(_ => random.Next(3) == 0)).ToArray();
        random.Shuffle(rows);

        var expected = network.Score();
        var actual = network.Build(rows).Score(network.AsOf);

        Assert.Equal(Fingerprint(expected, withDates: true), Fingerprint(actual, withDates: true));
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void The_same_input_gives_the_same_scores(GenNetwork network)
    {
        var first = network.Build();
        var a = first.Score(network.AsOf);
        var b = network.Build().Score(network.AsOf);
        var again = first.Score(network.AsOf);

        Assert.Equal(Fingerprint(a, true), Fingerprint(b, true));
        Assert.Equal(Fingerprint(a, true), Fingerprint(again, true));
        Assert.Equal(a.People.Select(a.Explain), b.People.Select(b.Explain));
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void Layers_are_nested_and_their_sizes_cumulative(GenNetwork network)
    {
        foreach (var method in new[] { LayerMethod.Thresholds, LayerMethod.Clustering })
        {
            var result = network.Score(ScoringOptions.Default with { LayerMethod = method });

            Assert.Equal([5, 15, 50, 150, 500, 1500], result.Layers.Select(l => l.Nominal));
            for (var i = 0; i < result.Layers.Length; i++)
            {
                var layer = result.Layers[i];
                Assert.Equal(result.People.Count(p => p.Layer <= layer.Nominal), layer.People);
                Assert.True(i == 0 || result.Layers[i - 1].People <= layer.People);
            }

            Assert.Equal(result.Network.Contacted, result.Layers[^1].People);
            Assert.All(result.People, p => Assert.Equal(p.Interactions > 0, p.Layer is not null));

            // Inner layers contact more often: in the layers up to 150 (placed by frequency under
            // both methods; the people not yet placed go to 500 or 1500), nobody is contacted less
            // often than someone of an outer layer.
            var placed = result.People.Where(p => p.Layer <= 150).ToList();
            foreach (var inner in placed)
            {
                Assert.All(placed.Where(o => o.Layer > inner.Layer), outer => Assert.True(outer.ContactsPerYear <= inner.ContactsPerYear, $"{inner.Id} in {inner.Layer} at {inner.ContactsPerYear}, {outer.Id} in {outer.Layer} at {outer.ContactsPerYear}"));
            }
        }
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void A_person_with_no_interactions_never_outranks_one_with_a_reciprocated_exchange_all_else_equal(NetworkPerson input)
    {
        // Two people with the same ties; the second also exchanged direct messages with the owner once.
        var network = input.Network;
        var silent = network.People;
        var talking = network.People + 1;
        var ties = network.Ties.Where(t => t.Person == input.Person).SelectMany(t => new[] { t with { Person = silent }, t with { Person = talking } });
        var at = network.AsOfTicks - (long)(network.AsOfTicks * (1 - input.Fraction));
        var exchange = new[] { InteractionDirection.Incoming, InteractionDirection.Outgoing }.Select(d =>
            new GenRow(talking, at, InteractionChannel.DirectMessage, d, InteractionVisibility.Private, 1, Platform.Facebook, 0, CallOutcome.Unknown, 0, -1));
        var bigger = network with { People = network.People + 2, Ties = [.. network.Ties, .. ties], Rows = [.. network.Rows, .. exchange] };

        var result = bigger.Score();

        Assert.True(result.ForPerson(talking).Score > result.ForPerson(silent).Score);
        Assert.True(result.ForPerson(talking).Rank < result.ForPerson(silent).Rank);
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void Raising_one_weight_never_lowers_the_score_of_a_person_whose_factor_is_1(WeightRaise input)
    {
        // A person with every factor at 1 joins the generated people, so that the property always bites.
        var network = WithFullPerson(input.Network);
        var before = network.Score();
        var weights = Of(ScoringOptions.Default.Weights);
        weights[input.Factor] += input.Delta;
        var raised = ScoringOptions.Default with { Weights = new ScoreFactors(weights[0], weights[1], weights[2], weights[3], weights[4], weights[5]) };
        var after = network.Score(raised);

        var full = before.ForPerson(network.People - 1);
        Assert.All(FactorsOf(full), f => Assert.Equal(1, f));
        var checkedAny = false;
        foreach (var p in before.People.Where(p => FactorsOf(p)[input.Factor] == 1))
        {
            checkedAny = true;
            Assert.True(after.ForPerson(p.Person).Score >= p.Score - Rounding, $"{p.Id}: {p.Score} -> {after.ForPerson(p.Person).Score}");
        }

        Assert.True(checkedAny);
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void No_incoming_contact_means_no_reciprocity_and_no_recency(GenNetwork network)
    {
        var outgoing = network with { Rows = [.. network.Rows.Where(r => r.Direction == InteractionDirection.Outgoing)] };
        foreach (var p in outgoing.Score().People)
        {
            Assert.Equal(0, p.Factors.Reciprocity);
            Assert.Equal(0, p.Factors.Recency);
            Assert.Equal(0, p.Received.Total);
        }
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void Interactions_and_ties_after_the_as_of_date_are_ignored(GenNetwork network)
    {
        var past = network with
        {
            Rows = [.. network.Rows.Where(r => r.Ticks <= network.AsOfTicks)],
            Ties = [.. network.Ties.Where(t => t.SinceTicks is null || t.SinceTicks <= network.AsOfTicks)],
        };

        Assert.Equal(Fingerprint(past.Score(), true), Fingerprint(network.Score(), true));
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void Only_the_proportions_of_the_weights_matter(WeightRaise input)
    {
        var w = ScoringOptions.Default.Weights;
        var k = input.Delta;
        var scaled = ScoringOptions.Default with { Weights = new ScoreFactors(w.Recency * k, w.Frequency * k, w.Reciprocity * k, w.Intimacy * k, w.Duration * k, w.Multiplexity * k) };

        var a = input.Network.Score();
        var b = input.Network.Score(scaled);

        Assert.All(a.People, p => Assert.Equal(p.Score, b.ForPerson(p.Person).Score, 9));
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(ScoringArbitraries)])]
    public void A_larger_group_is_never_more_intimate(NetworkPerson input)
    {
        var network = input.Network;
        var small = 1 + (int)(input.Fraction * 40);
        GenRow Group(int audience) => new(0, network.AsOfTicks, InteractionChannel.GroupMessage, InteractionDirection.Incoming, InteractionVisibility.Group, audience, Platform.Facebook, 0, CallOutcome.Unknown, 0, -1);
        var one = new GenNetwork(1, network.AsOfTicks, [Group(small)], []);
        var more = new GenNetwork(1, network.AsOfTicks, [Group(small + 1 + input.Person)], []);

        Assert.True(more.Score().ForPerson(0).Factors.Intimacy <= one.Score().ForPerson(0).Factors.Intimacy);
        Assert.True(one.Score().ForPerson(0).Factors.Intimacy <= 1);
    }

    /// <summary>The network plus one person whose six factors are all 1: a tie since year 1, and on the as-of date 400 messages each way on two platforms by direct message, private group and call.</summary>
    private static GenNetwork WithFullPerson(GenNetwork network)
    {
        var p = network.People;
        var rows = new List<GenRow>();
        foreach (var platform in new[] { Platform.Facebook, Platform.Instagram })
        {
            foreach (var channel in new[] { InteractionChannel.DirectMessage, InteractionChannel.GroupMessage, InteractionChannel.Call })
            {
                for (var i = 0; i < 70; i++)
                {
                    foreach (var d in new[] { InteractionDirection.Outgoing, InteractionDirection.Incoming })
                    {
                        rows.Add(new GenRow(p, network.AsOfTicks, channel, d, InteractionVisibility.Private, 1, platform, 60, CallOutcome.Answered, 0, -1));
                    }
                }
            }
        }

        var asOf = Math.Max(network.AsOfTicks, new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks);
        return network with
        {
            People = p + 1,
            AsOfTicks = asOf,
            Rows = [.. network.Rows, .. rows.Select(r => r with { Ticks = asOf })],
            Ties = [.. network.Ties, new GenTie(p, Platform.Facebook, TieKind.Connection, 0)],
        };
    }
}
