using FsCheck;
using FsCheck.Fluent;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>One interaction row as generated: every argument of the builder's primitive overload.</summary>
public sealed record GenRow(
    int Person, long Ticks, InteractionChannel Channel, InteractionDirection Direction, InteractionVisibility Visibility, int Audience,
    Platform Platform, int CallSeconds, CallOutcome Outcome, long Key, int Conversation);

/// <summary>One tie as generated; <see cref="SinceTicks"/> null when undated.</summary>
public sealed record GenTie(int Person, Platform Platform, TieKind Kind, long? SinceTicks);

/// <summary>A whole generated input: people, their rows and ties, and the as-of date.</summary>
public sealed record GenNetwork(int People, long AsOfTicks, GenRow[] Rows, GenTie[] Ties)
{
    public DateTimeOffset AsOf => new(AsOfTicks, TimeSpan.Zero);

    public ContactQualityBuilder Build() => Build(Rows);

    public ContactQualityBuilder Build(IEnumerable<GenRow> rows)
    {
        var builder = new ContactQualityBuilder();
        for (var p = 0; p < People; p++)
        {
            builder.AddPerson($"person-{p:00}", $"Person {p}");
        }

        foreach (var tie in Ties)
        {
            builder.AddTie(tie.Person, tie.Platform, tie.Kind, tie.SinceTicks is { } since ? new DateTimeOffset(since, TimeSpan.Zero) : null);
        }

        foreach (var r in rows)
        {
            builder.AddInteraction(r.Person, r.Ticks, r.Channel, r.Direction, r.Visibility, r.Audience, r.Platform, r.CallSeconds, r.Outcome, r.Key, r.Conversation);
        }

        return builder;
    }

    public ContactQualityResult Score(ScoringOptions? options = null) => Build().Score(AsOf, options ?? ScoringOptions.Default);

    /// <summary>The same network with every date (rows, dated ties, as-of) moved by <paramref name="delta"/> ticks.</summary>
    public GenNetwork Shift(long delta) => this with
    {
        AsOfTicks = AsOfTicks + delta,
        Rows = [.. Rows.Select(r => r with { Ticks = r.Ticks + delta })],
        Ties = [.. Ties.Select(t => t with { SinceTicks = t.SinceTicks + delta })],
    };

    /// <summary>How far every date can move back (negative) and forward while staying a valid date.</summary>
    public (long Back, long Forward) ShiftRange()
    {
        var dates = Rows.Select(r => r.Ticks).Concat(Ties.Where(t => t.SinceTicks is not null).Select(t => t.SinceTicks!.Value)).Append(AsOfTicks).ToArray();
        return (-dates.Min(), DateTime.MaxValue.Ticks - dates.Max());
    }
}

/// <summary>A network and a seed to shuffle its rows with.</summary>
public sealed record Shuffled(GenNetwork Network, int Seed);

/// <summary>A network and a fraction of its shift range (−1 back to the earliest date, 1 forward to the latest).</summary>
public sealed record ShiftedNetwork(GenNetwork Network, double Fraction);

/// <summary>A network, a person of it, and a fraction in (0, 1].</summary>
public sealed record NetworkPerson(GenNetwork Network, int Person, double Fraction);

/// <summary>A network and a weight change: which factor, by how much.</summary>
public sealed record WeightRaise(GenNetwork Network, int Factor, double Delta);

/// <summary>
/// Generators of whole inputs, dates included at the edges of what a <see cref="DateTimeOffset"/>
/// holds: as-of dates from year 1 to 9999, interactions from the as-of instant back to year 1
/// and a little after it (which must be ignored), every channel, direction, visibility, audience,
/// call outcome, a small range of dedupe keys (so that keys collide) and conversations.
/// </summary>
public static class ScoringArbitraries
{
    private static readonly long MaxTicks = DateTime.MaxValue.Ticks;

    public static Gen<long> AsOfTicks() => Gen.OneOf(
        Gen.Choose(0, 3650).Select(d => new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero).AddDays(-d).UtcTicks),
        Gen.Elements(MaxTicks, MaxTicks - TimeSpan.TicksPerDay, TimeSpan.TicksPerDay, 0L, TimeSpan.TicksPerDay * 400),
        Gen.Choose(0, int.MaxValue).Select(x => (long)(x / (double)int.MaxValue * MaxTicks)));

    /// <summary>An offset before the as-of date: minutes, days, years, or anywhere back to year 1; sometimes a little after.</summary>
    private static Gen<long> Offset(long asOf) => Gen.OneOf(
        Gen.Choose(0, 60 * 24 * 3).Select(m => m * TimeSpan.TicksPerMinute),
        Gen.Choose(0, 3650).SelectMany(d => Gen.Choose(0, 60 * 24).Select(m => (d * TimeSpan.TicksPerDay) + (m * TimeSpan.TicksPerMinute))),
        Gen.Choose(0, int.MaxValue).Select(x => (long)(x / (double)int.MaxValue * asOf)),
        Gen.Elements(0L, asOf),
        Gen.Choose(1, 60 * 24 * 30).Select(m => -m * TimeSpan.TicksPerMinute))
        .Select(o => Math.Clamp(asOf - o, 0, MaxTicks));

    public static Gen<GenRow> Row(int people, long asOf) =>
        from person in Gen.Choose(0, people - 1)
        from ticks in Offset(asOf)
        from channel in Gen.Elements(Enum.GetValues<InteractionChannel>())
        from direction in Gen.Elements(InteractionDirection.Outgoing, InteractionDirection.Incoming)
        from visibility in Gen.Elements(Enum.GetValues<InteractionVisibility>())
        from audience in Gen.OneOf(Gen.Constant(1), Gen.Choose(0, 40), Gen.Elements(1024, 5000, 70000))
        from platform in Gen.Elements(Platform.LinkedIn, Platform.Facebook, Platform.Twitter, Platform.Instagram)
        from seconds in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 7200))
        from outcome in Gen.Elements(Enum.GetValues<CallOutcome>())
        from key in Gen.OneOf(Gen.Constant(0L), Gen.Choose(1, 30).Select(k => (long)k))
        from conversation in Gen.Choose(-1, 3)
        select new GenRow(person, ticks, channel, direction, visibility, audience, platform, seconds, outcome, key, conversation);

    public static Gen<GenTie> Tie(int people, long asOf) =>
        from person in Gen.Choose(0, people - 1)
        from platform in Gen.Elements(Platform.LinkedIn, Platform.Facebook, Platform.Twitter, Platform.AddressBook)
        from kind in Gen.Elements(Enum.GetValues<TieKind>())
        from dated in Gen.Elements(true, true, false)
        from offset in Offset(asOf)
        select new GenTie(person, platform, kind, dated ? offset : null);

    public static Gen<GenNetwork> Network() =>
        from people in Gen.Choose(1, 8)
        from asOf in AsOfTicks()
        from rows in Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(Row(people, asOf), n))
        from ties in Gen.Choose(0, 10).SelectMany(n => Gen.ArrayOf(Tie(people, asOf), n))
        select new GenNetwork(people, asOf, rows, ties);

    public static Arbitrary<GenNetwork> Networks() => Network().ToArbitrary();

    public static Arbitrary<Shuffled> Shuffles() =>
        (from network in Network() from seed in Gen.Choose(0, int.MaxValue) select new Shuffled(network, seed)).ToArbitrary();

    public static Arbitrary<ShiftedNetwork> Shifts() =>
        (from network in Network() from f in Gen.Choose(-1000, 1000) select new ShiftedNetwork(network, f / 1000.0)).ToArbitrary();

    public static Arbitrary<NetworkPerson> People() =>
        (from network in Network()
         from person in Gen.Choose(0, network.People - 1)
         from f in Gen.Choose(1, 1000)
         select new NetworkPerson(network, person, f / 1000.0)).ToArbitrary();

    public static Arbitrary<WeightRaise> Raises() =>
        (from network in Network()
         from factor in Gen.Choose(0, 5)
         from delta in Gen.OneOf(Gen.Choose(1, 1000).Select(d => d / 1000.0), Gen.Choose(1, 100).Select(d => (double)d))
         select new WeightRaise(network, factor, delta)).ToArbitrary();
}
