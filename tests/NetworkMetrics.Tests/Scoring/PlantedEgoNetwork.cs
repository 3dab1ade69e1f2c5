using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>
/// A synthetic ego network with planted contact frequencies: 5 people written to weekly, 10
/// monthly, 35 quarterly, 100 yearly and 350 silent ties, over three years before the as-of
/// date, each person at their own interval within 15% of the group's, with a few hours or days
/// of jitter; every contact an exchange of direct messages (the
/// side that starts alternates, the other answers within the hour). Planted on top: a weekly
/// friend silent for the last 90 days (the overdue close friend) and a monthly friend whose
/// last message, 2 days before the as-of date, has no answer (the owed reply).
/// </summary>
internal sealed class PlantedEgoNetwork
{
    public static readonly DateTimeOffset AsOf = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public const int Weekly = 5;
    public const int Monthly = 10;
    public const int Quarterly = 35;
    public const int Yearly = 100;
    public const int Silent = 350;

    public PlantedEgoNetwork(int seed = 11)
    {
        var random = new Random(seed);
        var start = AsOf.AddDays(-3 * 365.25);
        AddGroup("weekly", Weekly, 7, TimeSpan.FromHours(12), start, random, Groups.Weekly);
        AddGroup("monthly", Monthly, 365.25 / 12, TimeSpan.FromDays(2), start, random, Groups.Monthly);
        AddGroup("quarterly", Quarterly, 365.25 / 4, TimeSpan.FromDays(5), start, random, Groups.Quarterly);
        AddGroup("yearly", Yearly, 365.25, TimeSpan.FromDays(10), start, random, Groups.Yearly);
        for (var i = 0; i < Silent; i++)
        {
            var p = Builder.AddPerson($"silent-{i:000}", $"Silent {i}");
            Builder.AddTie(p, Platform.LinkedIn, TieKind.Connection, start.AddDays(random.Next(0, 300)));
            Groups.Silent.Add(p);
        }
    }

    public ContactQualityBuilder Builder { get; } = new();

    public PlantedGroups Groups { get; } = new();

    /// <summary>The weekly friend silent for the last 90 days.</summary>
    public int OverdueFriend => Groups.Weekly[0];

    /// <summary>The monthly friend who wrote 2 days ago and has had no answer.</summary>
    public int OwedReply => Groups.Monthly[0];

    private void AddGroup(string name, int count, double intervalDays, TimeSpan jitter, DateTimeOffset start, Random random, List<int> group)
    {
        for (var i = 0; i < count; i++)
        {
            var p = Builder.AddPerson($"{name}-{i:000}", $"{char.ToUpperInvariant(name[0])}{name[1..]} {i}");
            Builder.AddTie(p, Platform.Facebook, TieKind.Connection, start.AddDays(-random.Next(30, 400)));
            group.Add(p);
            // Each person keeps their own rhythm, within 15% of the group's.
            var interval = intervalDays * (0.85 + (0.3 * random.NextDouble()));
            var phase = random.NextDouble() * interval;
            var end = AsOf;
            if (name == "weekly" && i == 0)
            {
                end = AsOf.AddDays(-90);
            }

            var k = 0;
            for (var day = phase; start.AddDays(day) < end.AddDays(-1); day += interval, k++)
            {
                var at = start.AddDays(day) + TimeSpan.FromTicks((long)((random.NextDouble() - 0.5) * jitter.Ticks));
                if (at >= end.AddDays(-1))
                {
                    break;
                }

                var first = k % 2 == 0 ? InteractionDirection.Outgoing : InteractionDirection.Incoming;
                var second = first == InteractionDirection.Outgoing ? InteractionDirection.Incoming : InteractionDirection.Outgoing;
                Message(p, at, first);
                Message(p, at.AddMinutes(5 + random.Next(0, 50)), second);
            }

            if (name == "monthly" && i == 0)
            {
                Message(p, AsOf.AddDays(-2), InteractionDirection.Incoming);
            }
        }
    }

    private void Message(int person, DateTimeOffset at, InteractionDirection direction) =>
        Builder.AddInteraction(person, new Interaction(Platform.Facebook, InteractionChannel.DirectMessage, direction, at) { Audience = 1, Visibility = InteractionVisibility.Private });
}

internal sealed class PlantedGroups
{
    public List<int> Weekly { get; } = [];

    public List<int> Monthly { get; } = [];

    public List<int> Quarterly { get; } = [];

    public List<int> Yearly { get; } = [];

    public List<int> Silent { get; } = [];
}
