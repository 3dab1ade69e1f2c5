using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>A dense generated network (interactions minutes apart, few conversations) and options to walk it with.</summary>
public sealed record DenseWalk(GenNetwork Network, ScoringOptions Options);

/// <summary>
/// The scoring pass (<c>ContactScorer.Tally</c>) is written for the CPU: counts by kind read
/// afterwards, packed counters, values picked with masks, last contacts found from the end. This
/// checks it, person by person, against a plain walk written straight from docs/scoring.md, with a
/// branch for every rule and the options read directly rather than through the pass's tables, on
/// dense rows where conversations, replies, simultaneous openings and owed replies are common.
/// </summary>
[Properties(Arbitrary = [typeof(TallyReferenceProperties)], MaxTest = 300)]
public sealed class TallyReferenceProperties
{
    private static readonly long AsOf = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    public static Arbitrary<DenseWalk> Walks()
    {
        var row =
            from person in Gen.Choose(0, 2)
            from minutes in Gen.OneOf(Gen.Choose(-30, 60 * 24 * 3), Gen.Elements(0, 10, 10, 600), Gen.Choose(0, 60 * 24 * 400))
            from channel in Gen.OneOf(
                Gen.Elements(InteractionChannel.DirectMessage, InteractionChannel.GroupMessage, InteractionChannel.Call),
                Gen.Elements(Enum.GetValues<InteractionChannel>()))
            from direction in Gen.Elements(InteractionDirection.Outgoing, InteractionDirection.Incoming)
            from visibility in Gen.Elements(Enum.GetValues<InteractionVisibility>())
            from audience in Gen.Elements(1, 1, 2, 5, 6, 30, 2000)
            from platform in Gen.Elements(Platform.LinkedIn, Platform.Facebook)
            from seconds in Gen.Elements(0, 0, 90)
            from outcome in Gen.Elements(Enum.GetValues<CallOutcome>())
            from key in Gen.OneOf(Gen.Constant(0L), Gen.Choose(1, 40).Select(k => (long)k))
            from conversation in Gen.Choose(-1, 2)
            select new GenRow(person, AsOf - (minutes * TimeSpan.TicksPerMinute), channel, direction, visibility, audience, platform, seconds, outcome, key, conversation);
        var options =
            from gapMinutes in Gen.Elements(1, 30, 60 * 24, 60 * 24 * 365)
            from groupLimit in Gen.Choose(1, 8)
            from halfLifeDays in Gen.Elements(1, 90, 3650)
            select ScoringOptions.Default with
            {
                ConversationGap = TimeSpan.FromMinutes(gapMinutes),
                ConversationGroupLimit = groupLimit,
                FrequencyHalfLife = TimeSpan.FromDays(halfLifeDays),
                DriftWindowIntervals = 1,
            };
        return (from rows in Gen.Choose(0, 90).SelectMany(n => Gen.ArrayOf(row, n))
                from o in options
                select new DenseWalk(new GenNetwork(3, AsOf, rows, []), o)).ToArbitrary();
    }

    [Property]
    public Property The_pass_gathers_what_a_plain_walk_gathers(DenseWalk walk)
    {
        var builder = walk.Network.Build();
        builder.Organise();
        var tables = new ScoringTables(walk.Options, AsOf);
        Span<int> counts = stackalloc int[ScoringTables.CountSlots];
        counts.Clear();
        var failures = new List<string>();
        for (var p = 0; p < builder.People; p++)
        {
            var rows = builder.Rows[builder.Offsets[p]..builder.Offsets[p + 1]].ToArray();
            var t = PersonTally.Empty;
            ContactScorer.Tally(rows, ref t, tables, counts);
            var byChannel = counts[ScoringTables.KindSlots..].ToArray();
            counts[ScoringTables.KindSlots..].Clear();
            var expected = Reference(rows, walk.Options, tables);
            failures.AddRange(Differences(p, t, byChannel, expected));
            if (counts[..ScoringTables.KindSlots].ContainsAnyExcept(0))
            {
                failures.Add($"person {p}: the scratch slots were not left zero");
            }
        }

        return (failures.Count == 0).Label(string.Join("\n", failures));
    }

    /// <summary>What the pass should find, rule by rule.</summary>
    private sealed class Expected
    {
        public int Interactions;
        public long First = long.MaxValue, Last = long.MinValue, LastIn = long.MinValue, LastOut = long.MinValue;
        public double Effort, Weight, InWeight, IntimateWeight;
        public ulong Channels, Platforms;
        public long CallSeconds;
        public int[] ByChannel = new int[ScoringTables.Channels * 2];
        public int Sessions, StartedIn, StartedOut, RepliesIn, RepliesOut;
        public long FirstConversation = long.MaxValue, LastConversation = long.MinValue;
        public bool ConversationIn, ConversationOut;
        public int[] Recent = new int[Layers.Count];
        public long LastOwed = long.MinValue;
        public byte OwedChannel, OwedPlatform;
    }

    private static bool IsConversational(in InteractionRow r, ScoringOptions options) => (InteractionChannel)r.Channel switch
    {
        InteractionChannel.DirectMessage or InteractionChannel.Mention or InteractionChannel.Reply or InteractionChannel.Call => true,
        InteractionChannel.GroupMessage => r.Audience <= options.ConversationGroupLimit,
        _ => false,
    };

    private static bool IsMessage(in InteractionRow r) =>
        (InteractionChannel)r.Channel is InteractionChannel.DirectMessage or InteractionChannel.GroupMessage or InteractionChannel.Mention or InteractionChannel.Reply;

    private static Expected Reference(InteractionRow[] all, ScoringOptions options, ScoringTables tables)
    {
        var e = new Expected();
        var rows = all.Where(r => r.Ticks <= AsOf).ToArray();
        foreach (var r in rows)
        {
            var channel = (InteractionChannel)r.Channel;
            var weight = options.ChannelWeights.Of(channel, (CallOutcome)r.Outcome);
            var incoming = r.Direction == (byte)InteractionDirection.Incoming;
            var intimacy = (InteractionVisibility)r.Visibility switch
            {
                InteractionVisibility.Private => 1,
                InteractionVisibility.Group => Math.Pow(Math.Max(1, (int)r.Audience), -options.GroupIntimacyExponent),
                _ => options.PublicIntimacy,
            };
            e.Interactions++;
            e.First = Math.Min(e.First, r.Ticks);
            e.Last = Math.Max(e.Last, r.Ticks);
            e.Effort += weight * Math.Pow(2, (r.Ticks - AsOf) / (double)options.FrequencyHalfLife.Ticks);
            e.Weight += weight;
            e.InWeight += incoming ? weight : 0;
            e.IntimateWeight += weight * intimacy;
            e.Channels |= 1UL << r.Channel;
            e.Platforms |= 1UL << r.Platform;
            e.CallSeconds += r.CallSeconds;
            e.ByChannel[(r.Channel * 2) + r.Direction]++;
            if (incoming)
            {
                e.LastIn = Math.Max(e.LastIn, r.Ticks);
            }
            else
            {
                e.LastOut = Math.Max(e.LastOut, r.Ticks);
            }
        }

        // Conversations: a conversational row after a silence of the gap (or the first) starts one;
        // the rows at its first instant are its openings; a message answers when it is not at that
        // instant and comes from the other side than the conversational row before it, in the same
        // conversation (or where either has none).
        var talk = rows.Where(r => IsConversational(in r, options)).ToArray();
        var starts = new List<long>();
        var sessionStart = long.MinValue;
        for (var i = 0; i < talk.Length; i++)
        {
            var r = talk[i];
            var incoming = r.Direction == (byte)InteractionDirection.Incoming;
            if (i == 0 || r.Ticks - talk[i - 1].Ticks >= options.ConversationGap.Ticks)
            {
                e.Sessions++;
                sessionStart = r.Ticks;
                starts.Add(r.Ticks);
            }

            if (r.Ticks == sessionStart)
            {
                _ = incoming ? e.StartedIn++ : e.StartedOut++;
            }
            else if (IsMessage(in r) && r.Direction != talk[i - 1].Direction
                && (r.Conversation < 0 || talk[i - 1].Conversation < 0 || r.Conversation == talk[i - 1].Conversation))
            {
                _ = incoming ? e.RepliesIn++ : e.RepliesOut++;
            }

            e.FirstConversation = Math.Min(e.FirstConversation, r.Ticks);
            e.LastConversation = Math.Max(e.LastConversation, r.Ticks);
            e.ConversationIn |= incoming;
            e.ConversationOut |= !incoming;
        }

        for (var layer = 0; layer < Layers.Count; layer++)
        {
            e.Recent[layer] = starts.Count(start => start >= tables.WindowStart[layer]);
        }

        // Owed: in the last conversation, an incoming message (or a call the owner missed) that
        // nothing after it answers: no outgoing row and no answered incoming call; the first such.
        var last = talk.Where(r => r.Ticks >= sessionStart).ToArray();
        var answered = last.Any(r => r.Direction == (byte)InteractionDirection.Outgoing
            || ((InteractionChannel)r.Channel == InteractionChannel.Call && (CallOutcome)r.Outcome == CallOutcome.Answered));
        if (talk.Length > 0 && !answered)
        {
            foreach (var r in last)
            {
                var owes = (InteractionChannel)r.Channel == InteractionChannel.DirectMessage
                    || ((InteractionChannel)r.Channel == InteractionChannel.Call && (CallOutcome)r.Outcome is CallOutcome.Missed or CallOutcome.Declined);
                if (owes)
                {
                    e.LastOwed = r.Ticks;
                    e.OwedChannel = r.Channel;
                    e.OwedPlatform = r.Platform;
                    break;
                }
            }
        }

        return e;
    }

    private static IEnumerable<string> Differences(int p, PersonTally t, int[] byChannel, Expected e)
    {
        static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1e-300, Math.Max(Math.Abs(a), Math.Abs(b)));
        var checks = new (string Name, bool Same, string Got, string Want)[]
        {
            ("interactions", t.Interactions == e.Interactions, $"{t.Interactions}", $"{e.Interactions}"),
            ("first/last", e.Interactions == 0 || (t.First == e.First && t.Last == e.Last), $"{t.First}/{t.Last}", $"{e.First}/{e.Last}"),
            ("last in/out", t.LastIn == e.LastIn && t.LastOut == e.LastOut, $"{t.LastIn}/{t.LastOut}", $"{e.LastIn}/{e.LastOut}"),
            ("effort", Close(t.Effort, e.Effort), $"{t.Effort:R}", $"{e.Effort:R}"),
            ("weight", Close(t.Weight, e.Weight), $"{t.Weight:R}", $"{e.Weight:R}"),
            ("in weight", Close(t.InWeight, e.InWeight), $"{t.InWeight:R}", $"{e.InWeight:R}"),
            ("out weight", Close(t.OutWeight, Math.Max(0, e.Weight - e.InWeight)) || Math.Abs(t.OutWeight - (e.Weight - e.InWeight)) < 1e-9, $"{t.OutWeight:R}", $"{e.Weight - e.InWeight:R}"),
            ("intimate weight", Close(t.IntimateWeight, e.IntimateWeight), $"{t.IntimateWeight:R}", $"{e.IntimateWeight:R}"),
            ("channels", t.ChannelMask == e.Channels, $"{t.ChannelMask:x}", $"{e.Channels:x}"),
            ("platforms", t.PlatformMask == e.Platforms, $"{t.PlatformMask:x}", $"{e.Platforms:x}"),
            ("call seconds", t.CallSeconds == e.CallSeconds, $"{t.CallSeconds}", $"{e.CallSeconds}"),
            ("by channel", byChannel.SequenceEqual(e.ByChannel), string.Join(",", byChannel), string.Join(",", e.ByChannel)),
            ("acts", Enumerable.Range(0, 5).All(a => t.Acts[a * 2] == e.ByChannel[ActChannel(a) * 2] && t.Acts[(a * 2) + 1] == e.ByChannel[(ActChannel(a) * 2) + 1]), "", ""),
            ("sessions", t.Sessions == e.Sessions, $"{t.Sessions}", $"{e.Sessions}"),
            ("conversation span", e.Sessions == 0 || (t.FirstConversation == e.FirstConversation && t.LastConversation == e.LastConversation),
                $"{t.FirstConversation}-{t.LastConversation}", $"{e.FirstConversation}-{e.LastConversation}"),
            ("sides conversing", t.ConversationIn == e.ConversationIn && t.ConversationOut == e.ConversationOut,
                $"{t.ConversationIn}/{t.ConversationOut}", $"{e.ConversationIn}/{e.ConversationOut}"),
            ("started", t.StartedIn == e.StartedIn && t.StartedOut == e.StartedOut, $"{t.StartedIn}/{t.StartedOut}", $"{e.StartedIn}/{e.StartedOut}"),
            ("replies", t.RepliesIn == e.RepliesIn && t.RepliesOut == e.RepliesOut, $"{t.RepliesIn}/{t.RepliesOut}", $"{e.RepliesIn}/{e.RepliesOut}"),
            ("recent", Enumerable.Range(0, Layers.Count).All(l => t.Recent[l] == e.Recent[l]),
                string.Join(",", Enumerable.Range(0, Layers.Count).Select(l => t.Recent[l])), string.Join(",", e.Recent)),
            ("owed", t.LastOwed == e.LastOwed && (e.LastOwed == long.MinValue || (t.OwedChannel == e.OwedChannel && t.OwedPlatform == e.OwedPlatform)),
                $"{t.LastOwed}/{t.OwedChannel}/{t.OwedPlatform}", $"{e.LastOwed}/{e.OwedChannel}/{e.OwedPlatform}"),
        };
        return checks.Where(c => !c.Same).Select(c => $"person {p}: {c.Name}: pass {c.Got}, plain walk {c.Want}");
    }

    private static int ActChannel(int act) => act switch
    {
        Acts.Calls => (int)InteractionChannel.Call,
        Acts.Endorsements => (int)InteractionChannel.Endorsement,
        Acts.Recommendations => (int)InteractionChannel.Recommendation,
        Acts.Reactions => (int)InteractionChannel.Reaction,
        _ => (int)InteractionChannel.Repost,
    };
}
