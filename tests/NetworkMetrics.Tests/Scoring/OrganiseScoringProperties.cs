using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>Rows added in any order, for a number of people that may be small or past the 1,024 blocks of the first grouping pass.</summary>
public sealed record Scattered(int People, (int Person, int Minutes, int Channel, int Direction)[] Rows);

/// <summary>
/// <c>ContactQualityBuilder.Organise</c> groups the rows by person in place (first into blocks of
/// people when there are more than 1,024, then into each person's bucket) and sorts each person's
/// rows by time, then by the rest of the canonical order. This checks the result against a plain
/// grouping and sort, for any order of adding.
/// </summary>
[Properties(Arbitrary = [typeof(OrganiseScoringProperties)], MaxTest = 60)]
public sealed class OrganiseScoringProperties
{
    private static readonly long AsOf = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    public static Arbitrary<Scattered> Networks() =>
        (from people in Gen.OneOf(Gen.Choose(1, 40), Gen.Choose(1_020, 3_000))
         from count in Gen.Choose(0, 4_000)
         from rows in Gen.ArrayOf(
             from person in Gen.Choose(0, people - 1)
             from minutes in Gen.OneOf(Gen.Choose(0, 5), Gen.Choose(0, 60 * 24 * 400))
             from channel in Gen.Elements(InteractionChannel.DirectMessage, InteractionChannel.GroupMessage, InteractionChannel.Call, InteractionChannel.Reaction)
             from direction in Gen.Elements(InteractionDirection.Outgoing, InteractionDirection.Incoming)
             select (person, minutes, (int)channel, (int)direction),
             count)
         select new Scattered(people, rows)).ToArbitrary();

    [Property]
    public Property Every_person_gets_their_own_rows_and_only_them_in_the_canonical_order(Scattered network)
    {
        var builder = new ContactQualityBuilder();
        for (var p = 0; p < network.People; p++)
        {
            builder.AddPerson($"p{p}", null);
        }

        foreach (var (person, minutes, channel, direction) in network.Rows)
        {
            // No source keys: nothing is a duplicate, so every row added must come out.
            builder.AddInteraction(
                person, AsOf - (minutes * TimeSpan.TicksPerMinute), (InteractionChannel)channel, (InteractionDirection)direction,
                InteractionVisibility.Private, 1, Platform.Facebook, 0, CallOutcome.Unknown, 0, -1);
        }

        builder.Organise();
        var failures = new List<string>();
        if (builder.Offsets.Length != network.People + 1 || builder.Rows.Length != network.Rows.Length)
        {
            return false.Label($"{builder.Offsets.Length - 1} people and {builder.Rows.Length} rows, expected {network.People} and {network.Rows.Length}");
        }

        var expected = network.Rows
            .Select(r => (r.Person, Ticks: AsOf - (r.Minutes * TimeSpan.TicksPerMinute), Channel: (byte)r.Channel, Direction: (byte)r.Direction))
            .ToLookup(r => r.Person);
        for (var p = 0; p < network.People; p++)
        {
            var mine = builder.Rows[builder.Offsets[p]..builder.Offsets[p + 1]].ToArray()
                .Select(r => (Person: p, r.Ticks, r.Channel, r.Direction)).ToArray();
            var want = expected[p].OrderBy(r => r.Ticks).ThenBy(r => r.Channel).ThenBy(r => r.Direction).ToArray();
            if (!mine.SequenceEqual(want))
            {
                failures.Add($"person {p}: {mine.Length} rows [{string.Join(", ", mine.Take(4))}…], expected {want.Length} [{string.Join(", ", want.Take(4))}…]");
            }
        }

        return (failures.Count == 0).Label(string.Join("\n", failures.Take(5)));
    }
}
