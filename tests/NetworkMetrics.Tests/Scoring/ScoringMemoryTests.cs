using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>Scoring allocates per person, never per interaction (the benchmark's gate, checked here on every build).</summary>
public sealed class ScoringMemoryTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static long AllocatedByScore(int people, int perPerson)
    {
        var builder = new ContactQualityBuilder();
        var random = new Random(1);
        for (var p = 0; p < people; p++)
        {
            builder.AddPerson(p.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        }

        for (var i = 0; i < people * perPerson; i++)
        {
            builder.AddInteraction(
                random.Next(people), AsOf.UtcTicks - (random.Next(1000 * 24) * TimeSpan.TicksPerHour), InteractionChannel.DirectMessage,
                (InteractionDirection)random.Next(2), InteractionVisibility.Private, 1, Platform.Facebook, 0, CallOutcome.Unknown, i + 1, 0);
        }

        builder.Score(AsOf); // the first score groups the rows
        var before = GC.GetAllocatedBytesForCurrentThread();
        builder.Score(AsOf);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Ten_times_the_interactions_allocate_no_more()
    {
        var few = AllocatedByScore(2_000, 10);
        var many = AllocatedByScore(2_000, 100);

        Assert.True(many <= few * 1.05, $"{few} bytes for 20,000 interactions, {many} for 200,000");
        Assert.True(few < 2_000 * 2_000, $"{few} bytes for 2,000 people");
    }
}
