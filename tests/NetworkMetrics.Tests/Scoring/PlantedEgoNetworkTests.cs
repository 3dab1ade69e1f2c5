using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>
/// Issue 11's "done when": on a synthetic ego network with planted contact frequencies
/// (weekly 5, monthly 10, quarterly 35, yearly 100, silent the rest) the layers come out as
/// 5 / 15 / 50 / 150, the mean scores fall in that order, and a planted owed reply and a planted
/// overdue close friend top the today list, under both layer methods and several random draws.
/// </summary>
public sealed class PlantedEgoNetworkTests
{
    public static TheoryData<int, LayerMethod> Cases()
    {
        var data = new TheoryData<int, LayerMethod>();
        foreach (var seed in new[] { 11, 12, 13, 14 })
        {
            data.Add(seed, LayerMethod.Thresholds);
            data.Add(seed, LayerMethod.Clustering);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Layers_come_out_as_planted(int seed, LayerMethod method)
    {
        var network = new PlantedEgoNetwork(seed);
        var result = network.Builder.Score(PlantedEgoNetwork.AsOf, ScoringOptions.Default with { LayerMethod = method });

        Assert.Equal([5, 15, 50, 150], result.Layers.Take(4).Select(l => l.People));
        Assert.Equal(150, result.Layers[^1].People);
        Assert.All(network.Groups.Weekly, p => Assert.Equal(5, result.ForPerson(p).Layer));
        Assert.All(network.Groups.Monthly, p => Assert.Equal(15, result.ForPerson(p).Layer));
        Assert.All(network.Groups.Quarterly, p => Assert.Equal(50, result.ForPerson(p).Layer));
        Assert.All(network.Groups.Yearly, p => Assert.Equal(150, result.ForPerson(p).Layer));
        Assert.All(network.Groups.Silent, p => Assert.Null(result.ForPerson(p).Layer));
        Assert.Equal(method == LayerMethod.Clustering ? 4 : 0, result.Circles);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mean_scores_fall_from_weekly_to_silent(int seed, LayerMethod method)
    {
        var network = new PlantedEgoNetwork(seed);
        var result = network.Builder.Score(PlantedEgoNetwork.AsOf, ScoringOptions.Default with { LayerMethod = method });
        double Mean(List<int> group) => group.Average(p => result.ForPerson(p).Score);

        var means = new[] { Mean(network.Groups.Weekly), Mean(network.Groups.Monthly), Mean(network.Groups.Quarterly), Mean(network.Groups.Yearly), Mean(network.Groups.Silent) };

        for (var i = 1; i < means.Length; i++)
        {
            Assert.True(means[i - 1] > means[i], $"means {string.Join(", ", means)}");
        }

        // Silent ties sit on their floor: above zero (the tie and its age), below anyone in touch.
        Assert.All(network.Groups.Silent, p => Assert.InRange(result.ForPerson(p).Score, 1, network.Groups.Yearly.Min(y => result.ForPerson(y).Score)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_owed_reply_and_the_overdue_close_friend_top_the_today_list(int seed, LayerMethod method)
    {
        var network = new PlantedEgoNetwork(seed);
        var result = network.Builder.Score(PlantedEgoNetwork.AsOf, ScoringOptions.Default with { LayerMethod = method });

        Assert.True(result.Today.Length >= 2);
        Assert.Equal((TodayActionKind.ReplyOwed, network.OwedReply), (result.Today[0].Kind, result.Today[0].Person));
        Assert.Equal((TodayActionKind.Reconnect, network.OverdueFriend), (result.Today[1].Kind, result.Today[1].Person));
        Assert.StartsWith("wrote to you 2 days ago on Facebook and has had no answer; layer 15", result.Today[0].Reason, StringComparison.Ordinal);
        Assert.Matches(@"^last contact 9\d(\.\d)? days ago; layer 5 expects contact every [\d.]+ days: [\d.]+ days overdue \(1\d\.\d+× the interval\)$", result.Today[1].Reason);
        Assert.Equal("monthly-000", result.Today[0].PersonId);
        Assert.Equal("Monthly 0", result.Today[0].Name);
        Assert.True(result.Today.Length <= ScoringOptions.Default.TodayLimit);
    }

    [Fact]
    public void The_network_value_reflects_the_planted_balance()
    {
        var network = new PlantedEgoNetwork();
        var result = network.Builder.Score(PlantedEgoNetwork.AsOf);

        // Every contact is an exchange: what the owner gives is what comes back, but for the one unanswered message.
        Assert.InRange(result.Network.GiveGetRatio!.Value, 0.99, 1.01);
        Assert.Equal(500, result.Network.People);
        Assert.Equal(150, result.Network.Contacted);
        Assert.Equal(result.People.Sum(p => p.Score) / 100, result.Network.QualityWeightedSize, 9);

        // The weekly five (four of them in rhythm) carry about Dunbar's 40% of the effort.
        Assert.InRange(result.Network.EffortOnTop5, 0.25, 0.5);
        Assert.True(result.Network.EffortOnTop15 > result.Network.EffortOnTop5);
    }
}
