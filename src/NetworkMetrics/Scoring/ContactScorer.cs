using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NetworkMetrics.Scoring;

/// <summary>
/// The model: one walk over each person's rows (<see cref="Tally"/>), the six factors from
/// what it gathered, the layers, keep-in-touch, the ranking, the network's value and the
/// today list. docs/scoring.md is the description of record.
/// </summary>
internal static class ContactScorer
{
    private const double TicksPerYear = Layers.DaysPerYear * TimeSpan.TicksPerDay;

    public static ContactQualityResult Score(ContactQualityBuilder builder, DateTimeOffset asOf, ScoringOptions options)
    {
        var people = builder.People;
        var asOfTicks = asOf.UtcTicks;
        var tables = new ScoringTables(options, asOfTicks);
        var ties = TieFloor.Gather(builder.Ties, people, asOfTicks, options);

        // The walks; each person's counts by channel go to one shared array, in the order of the
        // channel mask's bits (the channels themselves are the mask).
        var rows = builder.Rows;
        var offsets = builder.Offsets;
        var tallies = new PersonTally[people];
        var channelStart = new int[people];
        var channelCounts = new int[Math.Max(16, people * 2)];
        var used = 0;
        Span<int> counts = stackalloc int[ScoringTables.CountSlots];
        counts.Clear();
        var byChannel = counts[ScoringTables.KindSlots..];
        for (var p = 0; p < people; p++)
        {
            ref var tally = ref tallies[p];
            tally = PersonTally.Empty;
            Tally(rows[offsets[p]..offsets[p + 1]], ref tally, tables, counts);
            channelStart[p] = used;
            var mask = tally.ChannelMask;
            if (used + BitOperations.PopCount(mask) > channelCounts.Length)
            {
                Array.Resize(ref channelCounts, Math.Max(channelCounts.Length * 2, used + ScoringTables.Channels));
            }

            for (; mask != 0; mask &= mask - 1)
            {
                var channel = BitOperations.TrailingZeroCount(mask);
                channelCounts[used++] = byChannel[channel * 2] + byChannel[(channel * 2) + 1];
                byChannel[channel * 2] = 0;
                byChannel[(channel * 2) + 1] = 0;
            }
        }

        var factors = new ScoreFactors[people];
        var state = new byte[people];
        var frequency = new double[people];
        var stableTicks = options.StableSpan.Ticks;
        for (var p = 0; p < people; p++)
        {
            ref readonly var t = ref tallies[p];
            factors[p] = Factors(in t, ties.Intimacy[p], ties.Platforms[p], ties.Since[p], tables, options);
            frequency[p] = ContactsPerYear(in t, stableTicks);
            state[p] = t.Interactions == 0 ? LayerState.None
                : t.Sessions > 0 && t.LastConversation - t.FirstConversation >= stableTicks && t.ConversationIn && t.ConversationOut ? LayerState.Placeable
                : LayerState.Contacted;
        }

        var layers = ContactLayers.Assign(options.LayerMethod, state, frequency, options.MaxCircles);
        var sheet = new ScoreSheet(builder.Ids, builder.Names, tallies, channelStart, channelCounts, factors, frequency, ties, layers, options, asOfTicks);
        var today = TodayPlanner.Plan(sheet, options);
        return new ContactQualityResult(asOf, options, sheet, layers.Sizes, layers.Circles, sheet.Network(), today);
    }

    /// <summary>
    /// The hot loop: two walks over one person's rows (already sorted by time, without
    /// duplicates, and small enough to stay in the first-level cache between the two), up to
    /// the as-of date. The first gathers the numbers (effort, intimacy, counts by kind and
    /// direction, channels, platforms), the second follows conversations. Each walk keeps only
    /// what must be known row by row; what can be read off afterwards (weights and each side's
    /// share from the counts, each side's last contact and an owed reply from the last rows) is,
    /// and neither walk branches on the direction of a row, which alternates unpredictably.
    /// <paramref name="counts"/> has <see cref="ScoringTables.CountSlots"/> slots: the first
    /// <see cref="ScoringTables.KindSlots"/> are scratch (zero on entry, left zero), the rest
    /// receive the rows by channel and direction (<c>channel * 2 + direction</c>) for the channels
    /// of <see cref="PersonTally.ChannelMask"/>, for the caller to read and clear.
    /// </summary>
    internal static void Tally(ReadOnlySpan<InteractionRow> rows, ref PersonTally t, ScoringTables tables, Span<int> counts)
    {
        var asOf = tables.AsOf;
        var end = rows.Length;
        while (end > 0 && rows[end - 1].Ticks > asOf)
        {
            end--;
        }

        rows = rows[..end];
        t.Interactions = end;
        if (end == 0)
        {
            return;
        }

        t.First = rows[0].Ticks;
        t.Last = rows[end - 1].Ticks;
        Numbers(rows, ref t, tables, counts);
        LastBySide(rows, ref t);
        Conversations(rows, ref t, tables);

        var byChannel = counts[ScoringTables.KindSlots..];
        var acts = tables.Acts;
        for (var a = 0; a < acts.Length; a++)
        {
            t.Acts[a * 2] = byChannel[acts[a] * 2];
            t.Acts[(a * 2) + 1] = byChannel[(acts[a] * 2) + 1];
        }
    }

    /// <summary>The first walk: effort, intimacy, channels, platforms, call time and the rows by kind and direction; then the weights from those counts.</summary>
    private static void Numbers(ReadOnlySpan<InteractionRow> rows, ref PersonTally t, ScoringTables tables, Span<int> counts)
    {
        var asOf = tables.AsOf;
        var rate = tables.FrequencyRate;
        var weights = tables.Weight;
        double effort = 0, intimate = 0;
        long callSeconds = 0;
        ulong channels = 0, platforms = 0;

        // The table look-ups go without bounds checks: the builder stores only channels below 64,
        // outcomes below 4, visibilities below 3, audiences from 1 to 1,024 and directions 0 or 1,
        // so every index is inside its table (ScoringTables), and the checks were a fifth of the loop.
        Debug.Assert(counts.Length >= ScoringTables.KindSlots && weights.Length == ScoringTables.Kinds);
        ref var weight0 = ref MemoryMarshal.GetArrayDataReference(weights);
        ref var intimacy0 = ref MemoryMarshal.GetArrayDataReference(tables.Intimacy);
        ref var count0 = ref MemoryMarshal.GetReference(counts);
        var next = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Four rows at a time: the decays in one vector (FastMath.Exp2 of four lanes, bit for bit the
            // scalar one), everything else row by row, and the efforts added in row order, so that the
            // sum is the same as the scalar loop's to the last bit.
            var vRate = Vector256.Create(rate);
            for (; next + 4 <= rows.Length; next += 4)
            {
                ref readonly var r0 = ref rows[next];
                ref readonly var r1 = ref rows[next + 1];
                ref readonly var r2 = ref rows[next + 2];
                ref readonly var r3 = ref rows[next + 3];
                var w0 = Row(in r0, ref weight0, ref intimacy0, ref count0, ref intimate, ref channels, ref platforms, ref callSeconds);
                var w1 = Row(in r1, ref weight0, ref intimacy0, ref count0, ref intimate, ref channels, ref platforms, ref callSeconds);
                var w2 = Row(in r2, ref weight0, ref intimacy0, ref count0, ref intimate, ref channels, ref platforms, ref callSeconds);
                var w3 = Row(in r3, ref weight0, ref intimacy0, ref count0, ref intimate, ref channels, ref platforms, ref callSeconds);
                var age = Vector256.Create((double)(r0.Ticks - asOf), (double)(r1.Ticks - asOf), (double)(r2.Ticks - asOf), (double)(r3.Ticks - asOf));
                var decayed = Vector256.Create(w0, w1, w2, w3) * FastMath.Exp2(age * vRate);
                effort += decayed.GetElement(0);
                effort += decayed.GetElement(1);
                effort += decayed.GetElement(2);
                effort += decayed.GetElement(3);
            }
        }

        foreach (ref readonly var r in rows[next..])
        {
            var weight = Row(in r, ref weight0, ref intimacy0, ref count0, ref intimate, ref channels, ref platforms, ref callSeconds);
            effort += weight * FastMath.Exp2((r.Ticks - asOf) * rate);
        }

        // Each channel's eight slots (four outcomes, two directions) are adjacent: read, clear, sum.
        var byChannel = counts[ScoringTables.KindSlots..];
        double weightSum = 0, inWeight = 0;
        for (var mask = channels; mask != 0; mask &= mask - 1)
        {
            var channel = BitOperations.TrailingZeroCount(mask);
            int outgoing = 0, incoming = 0;
            for (var kind = channel * ScoringTables.Outcomes; kind < (channel + 1) * ScoringTables.Outcomes; kind++)
            {
                int o = counts[kind * 2], i = counts[(kind * 2) + 1];
                counts[kind * 2] = 0;
                counts[(kind * 2) + 1] = 0;
                weightSum += (o + i) * weights[kind];
                inWeight += i * weights[kind];
                outgoing += o;
                incoming += i;
            }

            byChannel[channel * 2] = outgoing;
            byChannel[(channel * 2) + 1] = incoming;
        }

        t.Effort = effort;
        t.Weight = weightSum;
        t.IntimateWeight = intimate;
        t.InWeight = inWeight;
        t.OutWeight = Math.Max(0, weightSum - inWeight);
        t.ChannelMask = channels;
        t.PlatformMask = platforms;
        t.CallSeconds = callSeconds;
    }

    /// <summary>Everything of one row of <see cref="Numbers"/> but its decay: its weight is returned for that.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Row(
        in InteractionRow r, ref double weight0, ref double intimacy0, ref int count0, ref double intimate, ref ulong channels, ref ulong platforms, ref long callSeconds)
    {
        Debug.Assert(r.Channel < ScoringTables.Channels && r.Outcome < ScoringTables.Outcomes && r.Direction <= 1);
        Debug.Assert(r.Visibility < ScoringTables.Visibilities && r.Audience < ScoringTables.AudienceTable);
        var kind = (uint)ScoringTables.Kind(in r);
        var weight = Unsafe.Add(ref weight0, kind);
        intimate += weight * Unsafe.Add(ref intimacy0, ((uint)r.Visibility * ScoringTables.AudienceTable) + r.Audience);
        channels |= 1UL << r.Channel;
        platforms |= 1UL << r.Platform;
        Unsafe.Add(ref count0, (kind * 2) + r.Direction)++;
        callSeconds += r.CallSeconds;
        return weight;
    }

    /// <summary>Each side's last contact: the last row of each direction, found from the end.</summary>
    private static void LastBySide(ReadOnlySpan<InteractionRow> rows, ref PersonTally t)
    {
        long lastIn = long.MinValue, lastOut = long.MinValue;
        for (var i = rows.Length - 1; i >= 0 && (lastIn == long.MinValue || lastOut == long.MinValue); i--)
        {
            if (rows[i].Direction == (byte)InteractionDirection.Incoming)
            {
                lastIn = lastIn == long.MinValue ? rows[i].Ticks : lastIn;
            }
            else
            {
                lastOut = lastOut == long.MinValue ? rows[i].Ticks : lastOut;
            }
        }

        t.LastIn = lastIn;
        t.LastOut = lastOut;
    }

    /// <summary>
    /// The second walk: conversations (a conversational row after a silence of the gap starts
    /// one; the rows at its first instant are its initiations, both sides' when both wrote at that
    /// instant), replies and the conversations within each layer's drift window; then, from the
    /// last conversation's rows, whether the person opened it and still waits for the owner's answer.
    /// </summary>
    private static void Conversations(ReadOnlySpan<InteractionRow> rows, ref PersonTally t, ScoringTables tables)
    {
        var conversational = tables.Conversational;
        var i = 0;
        while (i < rows.Length && !ScoringTables.TakesPart(in rows[i], conversational[ScoringTables.Kind(in rows[i])]))
        {
            i++;
        }

        if (i == rows.Length)
        {
            NoConversations(ref t);
            return;
        }

        var gap = tables.GapTicks;
        var windows = tables.WindowStart;
        var before = default(RecentSessions); // not stackalloc: a method with one is compiled once, without the profile-guided tier
        var crossed = 0;
        var nextWindow = windows[Layers.Count - 1];
        var sessions = 0; // conversations * 4, or'ed with a bit for each side that took part (1 << direction)
        ulong started = 0, replies = 0; // the person's in the high 32 bits, the owner's in the low
        var first = rows[i].Ticks;
        var last = long.MinValue / 2; // far enough back that the first conversational row starts a conversation
        var sessionStart = long.MinValue;
        var lastKey = 0L; // the last conversational row's conversation * 2 + direction
        ref var conversational0 = ref MemoryMarshal.GetArrayDataReference(conversational); // every kind is inside the table (see Numbers)
        for (; i < rows.Length; i++)
        {
            ref readonly var r = ref rows[i];
            var entry = Unsafe.Add(ref conversational0, (uint)ScoringTables.Kind(in r));
            if (!ScoringTables.TakesPart(in r, entry))
            {
                continue;
            }

            var ticks = r.Ticks;
            int incoming = r.Direction;
            var isNew = ticks - last >= gap ? 1 : 0;

            // Crossing a window (rare) records the conversations before it: those started so far,
            // whether or not this row starts one (a row that does not belongs to one that began earlier).
            if (ticks >= nextWindow)
            {
                while (crossed < Layers.Count && ticks >= windows[Layers.Count - 1 - crossed])
                {
                    before[Layers.Count - 1 - crossed] = sessions >> 2;
                    crossed++;
                }

                nextWindow = crossed < Layers.Count ? windows[Layers.Count - 1 - crossed] : long.MaxValue;
            }

            // Values are picked with masks and shifts rather than branches: whether a row starts a
            // conversation, which side wrote it and whether it answers are all unpredictable.
            var newMask = -(long)isNew;
            sessions = (sessions + (isNew << 2)) | (1 << incoming);
            sessionStart = (ticks & newMask) | (sessionStart & ~newMask);
            var starts = ticks == sessionStart ? 1 : 0; // the first instant of the conversation
            var side = incoming << 5;
            started += (ulong)starts << side;

            // A reply: a message, not at the first instant, from the other side than the last
            // row's, in the same conversation (or where either has none).
            var key = ((long)r.Conversation << 1) | (uint)incoming;
            var differ = key ^ lastKey;
            // Same conversation or either has none: (differ >> 1) − 1 has its sign bit set when the
            // conversations are equal (and when exactly one is negative); lastKey | key when either is negative.
            var sameOrNone = (int)(((ulong)((differ >> 1) - 1) | (ulong)(lastKey | key)) >> 63);
            var reply = (starts ^ 1) & ((entry >> 1) & 1) & (int)(differ & 1) & sameOrNone;
            replies += (ulong)reply << side;
            last = ticks;
            lastKey = key;
        }

        var conversed = sessions & 3;
        sessions >>= 2;

        const int Out = (int)InteractionDirection.Outgoing;
        const int In = (int)InteractionDirection.Incoming;
        t.Sessions = sessions;
        t.FirstConversation = first;
        t.LastConversation = last;
        t.ConversationIn = (conversed & (1 << In)) != 0;
        t.ConversationOut = (conversed & (1 << Out)) != 0;
        t.StartedIn = (int)(started >> 32);
        t.StartedOut = (int)(uint)started;
        t.RepliesIn = (int)(replies >> 32);
        t.RepliesOut = (int)(uint)replies;
        for (var layer = 0; layer < Layers.Count; layer++)
        {
            t.Recent[layer] = Layers.Count - 1 - layer < crossed ? sessions - before[layer] : 0;
        }

        Owed(rows, ref t, conversational, sessionStart);
    }

    /// <summary>
    /// A reply is owed when, in the last conversation (the conversational rows from its start),
    /// the person wrote a direct message (or made a call the owner missed) and the owner has not
    /// written or called back, nor has the person's answered call closed it: the first such row.
    /// </summary>
    private static void Owed(ReadOnlySpan<InteractionRow> rows, ref PersonTally t, int[] conversational, long sessionStart)
    {
        var owed = -1;
        for (var i = rows.Length - 1; i >= 0 && rows[i].Ticks >= sessionStart; i--)
        {
            ref readonly var r = ref rows[i];
            var entry = conversational[ScoringTables.Kind(in r)];
            if (!ScoringTables.TakesPart(in r, entry))
            {
                continue;
            }

            if (r.Direction != (byte)InteractionDirection.Incoming || (entry & (int)ChannelFlags.AnswersIfIncoming) != 0)
            {
                owed = -1;
                break;
            }

            owed = (entry & (int)ChannelFlags.OwedIfIncoming) != 0 ? i : owed;
        }

        t.LastOwed = owed >= 0 ? rows[owed].Ticks : long.MinValue;
        t.OwedChannel = owed >= 0 ? rows[owed].Channel : (byte)0;
        t.OwedPlatform = owed >= 0 ? rows[owed].Platform : (byte)0;
    }

    private static void NoConversations(ref PersonTally t)
    {
        t.Sessions = 0;
        t.FirstConversation = long.MaxValue;
        t.LastConversation = long.MinValue;
        t.ConversationIn = false;
        t.ConversationOut = false;
        t.StartedIn = 0;
        t.StartedOut = 0;
        t.RepliesIn = 0;
        t.RepliesOut = 0;
        t.LastOwed = long.MinValue;
        t.OwedChannel = 0;
        t.OwedPlatform = 0;
        t.Recent = default;
    }

    /// <summary>The six factors of one person (docs/scoring.md, "The factors").</summary>
    internal static ScoreFactors Factors(in PersonTally t, double tieIntimacy, ulong tiePlatforms, long tieSince, ScoringTables tables, ScoringOptions options)
    {
        var asOf = tables.AsOf;
        var recency = t.LastIn != long.MinValue && t.LastOut != long.MinValue
            ? Math.Exp(-(asOf - Math.Min(t.LastIn, t.LastOut)) * tables.RecencyRate)
            : 0;
        var frequency = 1 - Math.Exp(-t.Effort / options.FrequencySaturation);
        var started = Balance(t.StartedIn, t.StartedOut);
        var volume = Balance(t.InWeight, t.OutWeight);
        var reciprocity = t.StartedIn + t.StartedOut == 0 ? volume
            : ((1 - options.ReciprocityVolumeShare) * started) + (options.ReciprocityVolumeShare * volume);
        var intimacy = Math.Max(tieIntimacy, InteractionIntimacy(in t));
        var start = Math.Min(tieSince, t.Interactions > 0 ? t.First : long.MaxValue);
        var duration = start == long.MaxValue ? 0 : 1 - Math.Exp(-(asOf - start) * tables.DurationRate);
        var media = BitOperations.PopCount(t.ChannelMask) + BitOperations.PopCount(t.PlatformMask | tiePlatforms) - 1;
        var multiplexity = media <= 0 ? 0 : Math.Min(1, (double)media / options.MultiplexityFull);
        return new ScoreFactors(Unit(recency), Unit(frequency), Unit(reciprocity), Unit(intimacy), Unit(duration), Unit(multiplexity));
    }

    /// <summary>2·min(a, b) / (a + b): 1 when both sides give as much, 0 when one gives nothing (or both).</summary>
    internal static double Balance(double a, double b) => a + b > 0 ? 2 * Math.Min(a, b) / (a + b) : 0;

    /// <summary>Conversations a year over the span of the conversations, the span taken as at least the stable span and a day.</summary>
    internal static double ContactsPerYear(in PersonTally t, long stableTicks)
    {
        if (t.Sessions == 0)
        {
            return 0;
        }

        var span = Math.Max(t.LastConversation - t.FirstConversation, Math.Max(stableTicks, TimeSpan.TicksPerDay));
        return t.Sessions / (span / TicksPerYear);
    }

    internal static double InteractionIntimacy(in PersonTally t) => t.Weight > 0 ? Unit(t.IntimateWeight / t.Weight) : 0;

    private static double Unit(double value) => value >= 0 ? Math.Min(1, value) : 0;
}
