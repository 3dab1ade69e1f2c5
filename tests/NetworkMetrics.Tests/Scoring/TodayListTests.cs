using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>The today list: what counts as a reply owed, a reconnection, reciprocity owed and drift, and its order.</summary>
public sealed class TodayListTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static void Add(ContactQualityBuilder b, int p, DateTimeOffset at, InteractionDirection d, InteractionChannel channel = InteractionChannel.DirectMessage, CallOutcome outcome = CallOutcome.Unknown) =>
        b.AddInteraction(p, new Interaction(Platform.Facebook, channel, d, at) { Visibility = InteractionVisibility.Private, Outcome = outcome });

    /// <summary>53 exchanges (the owner writes, the person answers 10 minutes later) every <paramref name="everyDays"/> days up to <paramref name="until"/>.</summary>
    private static void Weekly(ContactQualityBuilder b, int p, DateTimeOffset until, int everyDays = 7)
    {
        for (var at = until.AddDays(-52 * everyDays); at <= until; at = at.AddDays(everyDays))
        {
            Add(b, p, at, InteractionDirection.Outgoing);
            Add(b, p, at.AddMinutes(10), InteractionDirection.Incoming);
        }
    }

    private static ContactQualityResult Run(Action<ContactQualityBuilder> setup, ScoringOptions? options = null)
    {
        var b = new ContactQualityBuilder();
        setup(b);
        return b.Score(AsOf, options ?? ScoringOptions.Default);
    }

    [Fact]
    public void A_message_that_opens_a_conversation_is_owed_an_answer_but_an_answer_is_not()
    {
        var result = Run(b =>
        {
            var opened = b.AddPerson("opened", "Opened");
            Weekly(b, opened, AsOf.AddDays(-6));
            Add(b, opened, AsOf.AddDays(-3), InteractionDirection.Incoming);

            var answered = b.AddPerson("answered", "Answered");
            Weekly(b, answered, AsOf.AddDays(-1)); // the last message is the person's answer to the owner
        });

        var item = Assert.Single(result.Today);
        Assert.Equal((TodayActionKind.ReplyOwed, "opened", "Opened"), (item.Kind, item.PersonId, item.Name));
        Assert.StartsWith("wrote to you 3 days ago on Facebook and has had no answer; layer 5, score ", item.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reply_later_in_the_conversation_or_in_a_new_one_pays_the_debt()
    {
        var result = Run(b =>
        {
            var same = b.AddPerson("same", null);
            Weekly(b, same, AsOf.AddDays(-6));
            Add(b, same, AsOf.AddDays(-3), InteractionDirection.Incoming);
            Add(b, same, AsOf.AddDays(-3).AddHours(5), InteractionDirection.Outgoing);

            var later = b.AddPerson("later", null);
            Weekly(b, later, AsOf.AddDays(-6));
            Add(b, later, AsOf.AddDays(-3), InteractionDirection.Incoming);
            Add(b, later, AsOf.AddDays(-1), InteractionDirection.Outgoing, InteractionChannel.Call, CallOutcome.Missed);
        });

        Assert.DoesNotContain(result.Today, t => t.Kind == TodayActionKind.ReplyOwed);
    }

    [Fact]
    public void A_missed_call_is_owed_a_call_back_and_old_or_outer_debts_are_not_listed()
    {
        var result = Run(b =>
        {
            var caller = b.AddPerson("caller", null);
            Weekly(b, caller, AsOf.AddDays(-6));
            Add(b, caller, AsOf.AddDays(-2), InteractionDirection.Incoming, InteractionChannel.Call, CallOutcome.Missed);

            // Written to 40 days ago: past the 30-day reply window (it is a reconnection now).
            var old = b.AddPerson("old", null);
            Weekly(b, old, AsOf.AddDays(-45));
            Add(b, old, AsOf.AddDays(-40), InteractionDirection.Incoming);

            // Yearly contact (layer 150): beyond the today layer (50).
            var far = b.AddPerson("far", null);
            for (var y = 3; y >= 1; y--)
            {
                Add(b, far, AsOf.AddDays(-365 * y), InteractionDirection.Outgoing);
                Add(b, far, AsOf.AddDays(-365 * y).AddHours(1), InteractionDirection.Incoming);
            }

            Add(b, far, AsOf.AddDays(-2), InteractionDirection.Incoming);
        });

        Assert.Equal(("caller", TodayActionKind.ReplyOwed), (result.Today[0].PersonId, result.Today[0].Kind));
        Assert.StartsWith("called you (missed) 2 days ago", result.Today[0].Reason, StringComparison.Ordinal);
        Assert.Equal(("old", TodayActionKind.Reconnect), (result.Today[1].PersonId, result.Today[1].Kind));
        Assert.DoesNotContain(result.Today, t => t.PersonId == "far");
        Assert.Equal(150, result.People.Single(p => p.Id == "far").Layer);
    }

    [Fact]
    public void Reconnections_are_ranked_by_overdue_ratio_and_lapsed_ties_left_out()
    {
        var result = Run(b =>
        {
            foreach (var (id, silentDays) in new[] { ("ten-days", 10), ("sixty-days", 60), ("thirty-days", 30), ("three-years", 1100) })
            {
                var p = b.AddPerson(id, null);
                Weekly(b, p, AsOf.AddDays(-silentDays));
            }
        });

        Assert.Equal(["sixty-days", "thirty-days", "ten-days"], result.Today.Select(t => t.PersonId));
        Assert.All(result.Today, t => Assert.Equal(TodayActionKind.Reconnect, t.Kind));
        var sixty = result.People.Single(p => p.Id == "sixty-days");
        var days = 60 - (10 / 1440.0); // the last answer came 10 minutes after the owner's message
        Assert.Equal(days, sixty.DaysSinceLastContact!.Value, 9);
        Assert.Equal(days - 7, sixty.OverdueDays!.Value, 9);
        Assert.Equal((days - 7) / 7, sixty.OverdueRatio!.Value, 9);
        Assert.Equal("last contact 60 days ago; layer 5 expects contact every 7 days: 53 days overdue (7.57× the interval)", result.Today[0].Reason);
    }

    [Fact]
    public void Endorsements_and_shares_never_returned_are_reciprocity_owed()
    {
        var result = Run(b =>
        {
            var endorser = b.AddPerson("endorser", "Endorser");
            for (var i = 0; i < 2; i++)
            {
                b.AddInteraction(endorser, new Interaction(Platform.LinkedIn, InteractionChannel.Endorsement, InteractionDirection.Incoming, AsOf.AddDays(-100 - i)) { Visibility = InteractionVisibility.Public });
            }

            var sharer = b.AddPerson("sharer", null);
            b.AddInteraction(sharer, new Interaction(Platform.Twitter, InteractionChannel.Repost, InteractionDirection.Incoming, AsOf.AddDays(-5)) { Visibility = InteractionVisibility.Public });

            var even = b.AddPerson("even", null);
            b.AddInteraction(even, new Interaction(Platform.LinkedIn, InteractionChannel.Recommendation, InteractionDirection.Incoming, AsOf.AddDays(-50)) { Visibility = InteractionVisibility.Public });
            b.AddInteraction(even, new Interaction(Platform.LinkedIn, InteractionChannel.Endorsement, InteractionDirection.Outgoing, AsOf.AddDays(-40)) { Visibility = InteractionVisibility.Public });
        });

        // Ranked by the weight of what is owed: two endorsements (0.6) before one repost (0.2).
        Assert.Equal(["endorser", "sharer"], result.Today.Select(t => t.PersonId));
        Assert.All(result.Today, t => Assert.Equal(TodayActionKind.ReciprocityOwed, t.Kind));
        Assert.Equal("endorsed you 2 times; you never endorsed or recommended them", result.Today[0].Reason);
        Assert.Equal("shared your posts once; you never shared theirs", result.Today[1].Reason);
    }

    [Fact]
    public void A_close_friend_seen_less_often_lately_is_drifting()
    {
        var result = Run(b =>
        {
            // Weekly for a year, then every fortnight or so: the last contact is recent (not overdue), but
            // over the last 4 weeks there was 1 conversation, 13 a year, below layer 5's 25.
            var p = b.AddPerson("drifting", null);
            Weekly(b, p, AsOf.AddDays(-60));
            foreach (var back in new[] { 45, 30, 3 })
            {
                Add(b, p, AsOf.AddDays(-back), InteractionDirection.Outgoing);
                Add(b, p, AsOf.AddDays(-back).AddMinutes(10), InteractionDirection.Incoming);
            }
        });

        var item = Assert.Single(result.Today);
        Assert.Equal(TodayActionKind.Drifting, item.Kind);
        Assert.Equal(5, result.People[0].Layer);
        Assert.Equal("1 conversation in the last 28 days (13.0 a year), below the 25.0 a year of layer 5", item.Reason);
    }

    [Fact]
    public void The_list_is_cut_at_the_limit_in_a_deterministic_order()
    {
        void Setup(ContactQualityBuilder b)
        {
            for (var i = 0; i < 12; i++)
            {
                var p = b.AddPerson($"p{i:00}", null);
                Weekly(b, p, AsOf.AddDays(-30)); // all equally overdue: ties broken by id
            }
        }

        var three = Run(Setup, ScoringOptions.Default with { TodayLimit = 3 });
        var none = Run(Setup, ScoringOptions.Default with { TodayLimit = 0 });

        Assert.Equal(["p00", "p01", "p02"], three.Today.Select(t => t.PersonId));
        Assert.Empty(none.Today);
        Assert.Equal(10, Run(Setup).Today.Length);
    }
}
