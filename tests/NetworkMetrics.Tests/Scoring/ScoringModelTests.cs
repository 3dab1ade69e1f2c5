using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>The model's definitions on small hand-made cases, each with the number docs/scoring.md gives.</summary>
public sealed class ScoringModelTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static Interaction Message(DateTimeOffset at, InteractionDirection direction, InteractionChannel channel = InteractionChannel.DirectMessage, Platform platform = Platform.Facebook) =>
        new(platform, channel, direction, at) { Visibility = channel == InteractionChannel.GroupMessage ? InteractionVisibility.Group : InteractionVisibility.Private };

    private static (ContactQualityBuilder Builder, int Person) One(params Interaction[] interactions)
    {
        var builder = new ContactQualityBuilder();
        var p = builder.AddPerson("ana", "Ana");
        foreach (var i in interactions)
        {
            builder.AddInteraction(p, i);
        }

        return (builder, p);
    }

    private static PersonScore Score(params Interaction[] interactions)
    {
        var (builder, p) = One(interactions);
        return builder.Score(AsOf).ForPerson(p);
    }

    [Fact]
    public void Recency_halves_with_every_half_life_since_the_last_two_way_contact()
    {
        var at = AsOf.AddDays(-30);
        Assert.Equal(0.5, Score(Message(at, InteractionDirection.Outgoing), Message(at, InteractionDirection.Incoming)).Factors.Recency, 12);

        // Two-way contact is the earlier of the last message each way: writing today to someone
        // who last answered 60 days ago does not refresh it.
        var p = Score(Message(AsOf.AddDays(-60), InteractionDirection.Incoming), Message(AsOf, InteractionDirection.Outgoing));
        Assert.Equal(0.25, p.Factors.Recency, 12);
        Assert.Equal(AsOf.AddDays(-60), p.LastTwoWayContact);
        Assert.Equal(AsOf, p.LastContact);

        Assert.Equal(0, Score(Message(AsOf, InteractionDirection.Outgoing)).Factors.Recency);
    }

    [Fact]
    public void Frequency_weighs_a_call_above_a_message_above_a_reaction_and_saturates()
    {
        Interaction Of(InteractionChannel channel, CallOutcome outcome = CallOutcome.Unknown) => Message(AsOf, InteractionDirection.Incoming, channel) with { Outcome = outcome };

        var call = Score(Of(InteractionChannel.Call, CallOutcome.Answered)).Factors.Frequency;
        var message = Score(Of(InteractionChannel.DirectMessage)).Factors.Frequency;
        var missed = Score(Of(InteractionChannel.Call, CallOutcome.Missed)).Factors.Frequency;
        var reaction = Score(Of(InteractionChannel.Reaction)).Factors.Frequency;

        Assert.Equal(1 - Math.Exp(-2.0 / 10), call, 12);
        Assert.Equal(1 - Math.Exp(-1.0 / 10), message, 12);
        Assert.Equal(1 - Math.Exp(-0.25 / 10), missed, 12);
        Assert.Equal(1 - Math.Exp(-0.1 / 10), reaction, 12);

        // A message 90 days old (one half-life) counts half.
        Assert.Equal(1 - Math.Exp(-0.5 / 10), Score(Message(AsOf.AddDays(-90), InteractionDirection.Incoming)).Factors.Frequency, 8);
        Assert.Equal(1, Score([.. Enumerable.Range(0, 500).Select(_ => Of(InteractionChannel.DirectMessage))]).Factors.Frequency, 12);
    }

    [Fact]
    public void Reciprocity_is_zero_one_way_half_for_someone_who_only_answers_and_one_in_balance()
    {
        var oneWay = Enumerable.Range(0, 20).Select(d => Message(AsOf.AddDays(-3 * d), InteractionDirection.Outgoing)).ToArray();
        Assert.Equal(0, Score(oneWay).Factors.Reciprocity);

        // The person answers every message the owner starts but never starts one.
        var answers = Enumerable.Range(1, 10).SelectMany(d => new[] { Message(AsOf.AddDays(-3 * d), InteractionDirection.Outgoing), Message(AsOf.AddDays(-3 * d).AddMinutes(5), InteractionDirection.Incoming) }).ToArray();
        var responder = Score(answers);
        Assert.Equal(0.5, responder.Factors.Reciprocity, 12);
        Assert.Equal(10, responder.Given.ConversationsStarted);
        Assert.Equal(0, responder.Received.ConversationsStarted);
        Assert.Equal(10, responder.Received.Replies);

        var balanced = Enumerable.Range(1, 10).SelectMany(d =>
        {
            var first = d % 2 == 0 ? InteractionDirection.Outgoing : InteractionDirection.Incoming;
            var second = d % 2 == 0 ? InteractionDirection.Incoming : InteractionDirection.Outgoing;
            return new[] { Message(AsOf.AddDays(-3 * d), first), Message(AsOf.AddDays(-3 * d).AddMinutes(5), second) };
        }).ToArray();
        Assert.Equal(1, Score(balanced).Factors.Reciprocity, 12);
    }

    [Fact]
    public void Both_sides_writing_at_the_same_instant_both_start_the_conversation()
    {
        var p = Score(Message(AsOf, InteractionDirection.Outgoing), Message(AsOf, InteractionDirection.Incoming));

        Assert.Equal(1, p.Given.ConversationsStarted);
        Assert.Equal(1, p.Received.ConversationsStarted);
        Assert.Equal(1, p.Conversations);
        Assert.Equal(1, p.Factors.Reciprocity);
    }

    [Fact]
    public void Intimacy_is_one_for_private_less_for_groups_by_their_size_and_least_for_public()
    {
        Assert.Equal(1, Score(Message(AsOf, InteractionDirection.Incoming)).Factors.Intimacy);
        Assert.Equal(Math.Pow(30, -0.5), Score(Message(AsOf, InteractionDirection.Incoming, InteractionChannel.GroupMessage) with { Audience = 30 }).Factors.Intimacy, 12);
        Assert.Equal(0.5, Score(Message(AsOf, InteractionDirection.Incoming, InteractionChannel.GroupMessage) with { Audience = 4 }).Factors.Intimacy, 12);
        Assert.Equal(0.2, Score(new Interaction(Platform.Twitter, InteractionChannel.Reaction, InteractionDirection.Incoming, AsOf) { Visibility = InteractionVisibility.Public }).Factors.Intimacy, 12);

        // The channel weights make the mean: a direct message (weight 1, intimacy 1) and a like on a
        // public post (weight 0.1, intimacy 0.2): (1 + 0.02) / 1.1.
        var mixed = Score(Message(AsOf, InteractionDirection.Incoming), new Interaction(Platform.Twitter, InteractionChannel.Reaction, InteractionDirection.Incoming, AsOf) { Visibility = InteractionVisibility.Public });
        Assert.Equal(1.02 / 1.1, mixed.Factors.Intimacy, 12);
    }

    [Fact]
    public void A_tie_sets_the_floor_of_a_person_never_contacted()
    {
        var builder = new ContactQualityBuilder();
        var friend = builder.AddPerson("friend", null);
        var contact = builder.AddPerson("contact", null);
        var follower = builder.AddPerson("follower", null);
        var nobody = builder.AddPerson("nobody", null);
        var removed = builder.AddPerson("removed", null);
        builder.AddTie(friend, Platform.Instagram, TieKind.CloseFriend, AsOf.AddDays(-730.5));
        builder.AddTie(friend, Platform.Facebook, TieKind.Connection, null);
        builder.AddTie(contact, Platform.AddressBook, TieKind.Contact, null);
        builder.AddTie(follower, Platform.Twitter, TieKind.Follower, AsOf.AddDays(1)); // after the as-of date: ignored
        builder.AddTie(removed, Platform.Facebook, TieKind.Removed, AsOf.AddDays(-10));

        var result = builder.Score(AsOf);

        var f = result.ForPerson(friend);
        Assert.Equal(new ScoreFactors(0, 0, 0, 0.75, 0.5, 0.25), f.Factors with { Duration = Math.Round(f.Factors.Duration, 12) });
        Assert.Equal((0.15 * 0.75) + (0.10 * 0.5) + (0.10 * 0.25), f.Score / 100, 12);
        Assert.Null(f.Layer);
        Assert.Equal(AsOf.AddDays(-730.5), f.TieSince);
        Assert.Equal(0.5, result.ForPerson(contact).Factors.Intimacy);
        Assert.Equal(0, result.ForPerson(follower).Score);
        Assert.Equal(0, result.ForPerson(nobody).Score);
        Assert.Equal(0, result.ForPerson(removed).Score);
    }

    [Fact]
    public void Duration_counts_from_the_tie_or_the_first_contact_whichever_is_earlier()
    {
        var (builder, p) = One(Message(AsOf.AddDays(-730.5), InteractionDirection.Incoming));
        builder.AddTie(p, Platform.Facebook, TieKind.Connection, AsOf.AddDays(-100));
        Assert.Equal(0.5, builder.Score(AsOf).ForPerson(p).Factors.Duration, 12);

        builder.AddTie(p, Platform.LinkedIn, TieKind.Connection, AsOf.AddDays(-1461));
        Assert.Equal(0.75, builder.Score(AsOf).ForPerson(p).Factors.Duration, 12);
    }

    [Fact]
    public void Multiplexity_counts_channels_and_platforms()
    {
        var p = Score(
            Message(AsOf, InteractionDirection.Incoming),
            Message(AsOf, InteractionDirection.Outgoing, InteractionChannel.Call) with { Outcome = CallOutcome.Answered, Duration = TimeSpan.FromMinutes(12) },
            Message(AsOf, InteractionDirection.Incoming, platform: Platform.LinkedIn));

        // Direct message and call (2 channels) on Facebook and LinkedIn (2 platforms): 2 + 2 − 1 = 3 media of 4.
        Assert.Equal(0.75, p.Factors.Multiplexity);
        Assert.Equal([new ChannelCount(InteractionChannel.DirectMessage, 2), new ChannelCount(InteractionChannel.Call, 1)], p.Channels.AsEnumerable());
        Assert.Equal([Platform.LinkedIn, Platform.Facebook], p.Platforms.AsEnumerable());
        Assert.Equal(TimeSpan.FromMinutes(12), p.CallTime);
        Assert.Equal(1, p.Given.Calls);
    }

    [Fact]
    public void The_score_is_the_weighted_sum_of_the_factors_and_contributions_add_up_to_it()
    {
        var p = Score(Message(AsOf.AddDays(-10), InteractionDirection.Outgoing), Message(AsOf.AddDays(-9), InteractionDirection.Incoming));
        var w = ScoringOptions.Default.Weights;
        var f = p.Factors;

        var expected = 100 * ((w.Recency * f.Recency) + (w.Frequency * f.Frequency) + (w.Reciprocity * f.Reciprocity) + (w.Intimacy * f.Intimacy) + (w.Duration * f.Duration) + (w.Multiplexity * f.Multiplexity)) / w.Sum;
        Assert.Equal(expected, p.Score, 12);
        Assert.Equal(p.Score, p.Contributions.Sum, 12);
        Assert.Equal(100 * w.Recency * f.Recency, p.Contributions.Recency, 12);
        Assert.Equal(1.0, w.Sum, 12);
    }

    [Fact]
    public void Interactions_after_the_as_of_date_are_ignored()
    {
        var p = Score(Message(AsOf.AddDays(-1), InteractionDirection.Incoming), Message(AsOf.AddTicks(1), InteractionDirection.Outgoing));

        Assert.Equal(1, p.Interactions);
        Assert.Equal(0, p.Factors.Recency);
    }

    [Fact]
    public void The_same_source_id_counts_once_per_person_but_once_for_each_person()
    {
        var builder = new ContactQualityBuilder();
        var a = builder.AddPerson("a", null);
        var b = builder.AddPerson("b", null);
        var group = new Interaction(Platform.Facebook, InteractionChannel.GroupMessage, InteractionDirection.Outgoing, AsOf)
        {
            Audience = 2, Visibility = InteractionVisibility.Group, SourceId = "m-1", ConversationId = "t-1",
        };
        builder.AddInteraction(a, group);
        builder.AddInteraction(b, group);
        builder.AddInteraction(a, group); // the same message seen in a second snapshot

        var result = builder.Score(AsOf);

        Assert.Equal(1, result.ForPerson(a).Interactions);
        Assert.Equal(1, result.ForPerson(b).Interactions);
        Assert.Equal(3, builder.Interactions);
    }

    [Fact]
    public void The_model_overload_and_the_primitive_overload_give_the_same_result()
    {
        var interactions = new[]
        {
            new Interaction(Platform.Facebook, InteractionChannel.DirectMessage, InteractionDirection.Incoming, AsOf.AddDays(-3)) { SourceId = "x1", ConversationId = "c" },
            new Interaction(Platform.Facebook, InteractionChannel.Call, InteractionDirection.Outgoing, AsOf.AddDays(-2)) { Outcome = CallOutcome.Answered, Duration = TimeSpan.FromSeconds(95), ConversationId = "c" },
            new Interaction(Platform.Twitter, InteractionChannel.GroupMessage, InteractionDirection.Outgoing, AsOf.AddDays(-1)) { Audience = 5, Visibility = InteractionVisibility.Group, SourceId = "x2", ConversationId = "g" },
        };
        var model = new ContactQualityBuilder();
        var primitive = new ContactQualityBuilder();
        var p = model.AddPerson("p", "P");
        primitive.AddPerson("p", "P");
        foreach (var i in interactions)
        {
            model.AddInteraction(p, i);
            primitive.AddInteraction(
                p, i.At.UtcTicks, i.Channel, i.Direction, i.Visibility, i.Audience, i.Platform, (int)(i.Duration?.TotalSeconds ?? 0), i.Outcome,
                i.SourceId is null ? 0 : ContactQualityBuilder.SourceKey(i.SourceId), primitive.Conversation(i.Platform, i.ConversationId!));
        }

        var a = model.Score(AsOf);
        var b = primitive.Score(AsOf);

        Assert.Equal(a.Explain(a.ForPerson(p)), b.Explain(b.ForPerson(p)));
        Assert.Equal(a.ForPerson(p) with { Channels = [], Platforms = [] }, b.ForPerson(p) with { Channels = [], Platforms = [] });
    }

    [Fact]
    public void SourceKey_is_64_bit_FNV_1a()
    {
        // The published FNV-1a 64 test vectors ("" and "a"; "abc" is ASCII, one byte per code unit).
        Assert.Equal(unchecked((long)0xaf63dc4c8601ec8cUL), ContactQualityBuilder.SourceKey("a"));
        Assert.Equal(unchecked((long)0xcbf29ce484222325UL), ContactQualityBuilder.SourceKey(string.Empty));
        Assert.Equal(unchecked((long)0xe71fa2190541574bUL), ContactQualityBuilder.SourceKey("abc"));
    }

    [Fact]
    public void The_builder_refuses_what_it_cannot_score()
    {
        var builder = new ContactQualityBuilder();
        var p = builder.AddPerson("p", null);

        Assert.Throws<ArgumentException>(() => builder.AddPerson("p", "again"));
        Assert.Equal("person", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddTie(1, Platform.Facebook, TieKind.Connection, null)).ParamName);
        Assert.Equal("person", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddInteraction(-1, Message(AsOf, InteractionDirection.Incoming))).ParamName);
        Assert.Equal("utcTicks", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddInteraction(p, -5, InteractionChannel.DirectMessage, InteractionDirection.Incoming, InteractionVisibility.Private, 1, Platform.Facebook, 0, CallOutcome.Unknown, 0, -1)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddInteraction(p, 5, InteractionChannel.DirectMessage, (InteractionDirection)2, InteractionVisibility.Private, 1, Platform.Facebook, 0, CallOutcome.Unknown, 0, -1)).ParamName);
        Assert.Equal("channel", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddInteraction(p, 5, (InteractionChannel)64, InteractionDirection.Incoming, InteractionVisibility.Private, 1, Platform.Facebook, 0, CallOutcome.Unknown, 0, -1)).ParamName);
        Assert.Equal("conversation", Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddInteraction(p, 5, InteractionChannel.DirectMessage, InteractionDirection.Incoming, InteractionVisibility.Private, 1, Platform.Facebook, 0, CallOutcome.Unknown, 0, -2)).ParamName);
        Assert.Throws<ArgumentNullException>(() => builder.Score(AsOf, null!));
    }

    public static TheoryData<string, ScoringOptions> BadOptions() => new()
    {
        { "Weights", ScoringOptions.Default with { Weights = new ScoreFactors(0, 0, 0, 0, 0, 0) } },
        { "Weights", ScoringOptions.Default with { Weights = new ScoreFactors(-0.1, 1, 0, 0, 0, 0) } },
        { "Weights", ScoringOptions.Default with { Weights = new ScoreFactors(double.NaN, 1, 0, 0, 0, 0) } },
        { "Weights", ScoringOptions.Default with { Weights = new ScoreFactors(double.PositiveInfinity, 1, 0, 0, 0, 0) } },
        { "ChannelWeights", ScoringOptions.Default with { ChannelWeights = ChannelWeights.Default with { Reaction = -1 } } },
        { "RecencyHalfLife", ScoringOptions.Default with { RecencyHalfLife = TimeSpan.Zero } },
        { "FrequencyHalfLife", ScoringOptions.Default with { FrequencyHalfLife = TimeSpan.FromDays(-1) } },
        { "DurationHalfAge", ScoringOptions.Default with { DurationHalfAge = TimeSpan.Zero } },
        { "ConversationGap", ScoringOptions.Default with { ConversationGap = TimeSpan.Zero } },
        { "FrequencySaturation", ScoringOptions.Default with { FrequencySaturation = 0 } },
        { "MultiplexityFull", ScoringOptions.Default with { MultiplexityFull = 0 } },
        { "ReciprocityVolumeShare", ScoringOptions.Default with { ReciprocityVolumeShare = 1.5 } },
        { "PublicIntimacy", ScoringOptions.Default with { PublicIntimacy = -0.1 } },
        { "CloseFriendIntimacy", ScoringOptions.Default with { CloseFriendIntimacy = 2 } },
        { "GroupIntimacyExponent", ScoringOptions.Default with { GroupIntimacyExponent = -1 } },
        { "LayerMethod", ScoringOptions.Default with { LayerMethod = (LayerMethod)9 } },
        { "StableSpan", ScoringOptions.Default with { StableSpan = TimeSpan.FromDays(-1) } },
        { "MaxCircles", ScoringOptions.Default with { MaxCircles = 0 } },
        { "TodayLimit", ScoringOptions.Default with { TodayLimit = -1 } },
        { "TodayLayer", ScoringOptions.Default with { TodayLayer = 20 } },
        { "ReplyWindow", ScoringOptions.Default with { ReplyWindow = TimeSpan.FromDays(-1) } },
        { "DriftWindowIntervals", ScoringOptions.Default with { DriftWindowIntervals = 0 } },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Options_out_of_range_are_refused_by_name(string name, ScoringOptions options)
    {
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(options.Validate).ParamName);
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => new ContactQualityBuilder().Score(AsOf, options)).ParamName);
    }

    [Fact]
    public void The_default_options_are_valid()
    {
        ScoringOptions.Default.Validate();
        Assert.Equal(LayerMethod.Thresholds, ScoringOptions.Default.LayerMethod);
    }
}
