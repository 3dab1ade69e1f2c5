using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>
/// A result keeps its numbers by person and builds <see cref="ContactQualityResult.People"/> on
/// first use: the network's value and the today list, computed from those numbers, must agree
/// with the people objects; the objects must be built once, the same for every reader.
/// </summary>
[Properties(Arbitrary = [typeof(ScoringArbitraries)], MaxTest = 200)]
public sealed class ScoreResultViewTests
{
    [Property]
    public Property The_network_value_read_before_the_people_agrees_with_the_people(GenNetwork network)
    {
        var result = network.Score();
        var value = result.Network; // read first: the people are not built yet
        var people = result.People;

        var effort = people.Sum(p => p.Effort);
        var given = people.Aggregate(0L, (sum, p) => sum + p.Given.Total);
        var received = people.Aggregate(0L, (sum, p) => sum + p.Received.Total);
        var top5 = effort > 0 ? Math.Min(1, people.Take(5).Sum(p => p.Effort) / effort) : 0;
        var top15 = effort > 0 ? Math.Min(1, people.Take(15).Sum(p => p.Effort) / effort) : 0;
        return (Close(value.QualityWeightedSize, people.Sum(p => p.Score) / 100)
                && value.People == people.Length
                && value.Contacted == people.Count(p => p.Interactions > 0)
                && value.Given.Total == given
                && value.Received.Total == received
                && Close(value.EffortOnTop5, top5)
                && Close(value.EffortOnTop15, top15))
            .Label($"network {value}; people {people.Length}, effort {effort}, top5 {top5}, top15 {top15}");
    }

    [Property]
    public Property The_today_list_names_the_people_it_is_about(GenNetwork network)
    {
        var result = network.Score(ScoringOptions.Default with { TodayLayer = 1500 });
        return result.Today.All(action =>
            result.ForPerson(action.Person) is var person && person.Id == action.PersonId && person.Name == action.Name
            && (action.Kind != TodayActionKind.Reconnect || person.OverdueDays >= 1)
            && (action.Kind != TodayActionKind.ReplyOwed || person.Layer is not null)).Label(string.Join("; ", result.Today));
    }

    [Property]
    public Property People_are_built_once_and_ranked(GenNetwork network)
    {
        var result = network.Score();
        var first = result.People;
        var second = result.People;
        var byIndex = Enumerable.Range(0, network.People).Select(result.ForPerson).ToArray();
        return (first.Length == network.People
                && first.Select((p, i) => ReferenceEquals(p, second[i]) && p.Rank == i + 1).All(same => same)
                && byIndex.Select((p, i) => p.Person == i && ReferenceEquals(p, first[p.Rank - 1])).All(same => same)
                && first.Zip(first.Skip(1)).All(pair => pair.First.Score >= pair.Second.Score))
            .ToProperty();
    }

    [Fact]
    public async Task Readers_on_several_threads_get_the_same_people()
    {
        var asOf = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var builder = new ContactQualityBuilder();
        var random = new Random(11);
        for (var p = 0; p < 300; p++)
        {
            builder.AddPerson($"p{p}", null);
        }

        for (var i = 0; i < 3000; i++)
        {
            builder.AddInteraction(
                random.Next(300), asOf.UtcTicks - (random.Next(5000) * TimeSpan.TicksPerHour), InteractionChannel.DirectMessage,
                (InteractionDirection)random.Next(2), InteractionVisibility.Private, 1, Platform.Facebook, 0, CallOutcome.Unknown, i + 1, random.Next(300));
        }

        for (var round = 0; round < 20; round++)
        {
            var result = builder.Score(asOf);
            using var start = new ManualResetEventSlim();
            var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            {
                start.Wait();
                return result.People;
            })).ToArray();
            start.Set();
            var seen = await Task.WhenAll(readers);
            Assert.All(seen, people => Assert.All(people, (person, i) => Assert.Same(seen[0][i], person)));
        }
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));
}
