namespace NetworkMetrics.Scoring;

/// <summary>
/// The options turned into what the hot loop looks up: weights, flags and acts by channel
/// value, group intimacy by audience, rates per tick. Made once per score.
/// </summary>
internal sealed class ScoringTables
{
    public const int Channels = 64;
    private const double Ln2 = 0.69314718055994530942;

    public ScoringTables(ScoringOptions options, long asOfTicks)
    {
        var weights = options.ChannelWeights;
        var flagsOf = new ChannelFlags[Kinds];
        for (var c = 0; c < Channels; c++)
        {
            var channel = (InteractionChannel)c;
            for (var o = 0; o < Outcomes; o++)
            {
                var outcome = (CallOutcome)o;
                var missed = outcome is CallOutcome.Missed or CallOutcome.Declined;
                Weight[(c * Outcomes) + o] = weights.Of(channel, outcome);
                flagsOf[(c * Outcomes) + o] = channel switch
                {
                    InteractionChannel.DirectMessage => ChannelFlags.Conversational | ChannelFlags.Message | ChannelFlags.OwedIfIncoming,
                    InteractionChannel.GroupMessage => ChannelFlags.Conversational | ChannelFlags.Message | ChannelFlags.Group,
                    InteractionChannel.Mention or InteractionChannel.Reply => ChannelFlags.Conversational | ChannelFlags.Message,
                    InteractionChannel.Call when missed => ChannelFlags.Conversational | ChannelFlags.OwedIfIncoming,
                    InteractionChannel.Call when outcome == CallOutcome.Answered => ChannelFlags.Conversational | ChannelFlags.AnswersIfIncoming,
                    InteractionChannel.Call => ChannelFlags.Conversational,
                    _ => ChannelFlags.None,
                };
            }
        }

        GroupLimit = options.ConversationGroupLimit;
        for (var k = 0; k < Kinds; k++)
        {
            var flags = flagsOf[k];
            var limit = (flags & ChannelFlags.Conversational) == 0 ? -1 : (flags & ChannelFlags.Group) != 0 ? GroupLimit : AudienceTable;
            Conversational[k] = (limit << 8) | (int)flags;
        }

        GroupExponent = options.GroupIntimacyExponent;
        PublicIntimacy = options.PublicIntimacy;
        for (var n = 0; n < AudienceTable; n++)
        {
            Intimacy[((int)InteractionVisibility.Private * AudienceTable) + n] = 1;
            Intimacy[((int)InteractionVisibility.Group * AudienceTable) + n] = Math.Pow(Math.Max(1, n), -GroupExponent);
            Intimacy[((int)InteractionVisibility.Public * AudienceTable) + n] = PublicIntimacy;
        }

        AsOf = asOfTicks;
        FrequencyRate = 1.0 / options.FrequencyHalfLife.Ticks;
        RecencyRate = Ln2 / options.RecencyHalfLife.Ticks;
        DurationRate = Ln2 / options.DurationHalfAge.Ticks;

        // A gap longer than all time behaves as all time (and keeps tick arithmetic in range).
        GapTicks = Math.Min(options.ConversationGap.Ticks, DateTime.MaxValue.Ticks + 1);
        for (var layer = 0; layer < Layers.Count; layer++)
        {
            var window = options.DriftWindowIntervals * Layers.IntervalDays[layer] * TimeSpan.TicksPerDay;
            WindowStart[layer] = window >= asOfTicks ? long.MinValue : asOfTicks - (long)window;
        }
    }

    /// <summary>The call outcomes the tables know (<see cref="CallOutcome"/> 0 to 3); the builder stores any other as unknown.</summary>
    public const int Outcomes = 4;

    /// <summary>The visibilities the tables know; the builder stores any other as public.</summary>
    public const int Visibilities = 3;

    /// <summary>One more than the largest audience the builder stores (larger groups are stored as 1,024: intimacy 0.03 by default).</summary>
    public const int AudienceTable = 1025;

    public long AsOf { get; }

    /// <summary>The kinds of row the tables know: <c>channel * Outcomes + outcome</c>.</summary>
    public const int Kinds = Channels * Outcomes;

    /// <summary>The scratch slots of <see cref="ContactScorer.Tally"/>'s counts: one by kind and direction.</summary>
    public const int KindSlots = Kinds * 2;

    /// <summary>The slots of the counts buffer <see cref="ContactScorer.Tally"/> takes: the scratch, then one by channel and direction.</summary>
    public const int CountSlots = KindSlots + (Channels * 2);

    /// <summary>
    /// By kind: the largest audience at which a row of the kind is conversational, shifted left 8
    /// (−1 when it never is, <see cref="AudienceTable"/> when any is), or'ed with its <see cref="ChannelFlags"/>.
    /// One look-up and one comparison tell the conversations walk whether a row takes part.
    /// </summary>
    public int[] Conversational { get; } = new int[Kinds];

    /// <summary>The kind of a row: the index of <see cref="Weight"/> and <see cref="Conversational"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Kind(in InteractionRow row) => (row.Channel * Outcomes) + row.Outcome;

    /// <summary>Whether a row takes part in conversations, given its <see cref="Conversational"/> entry.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool TakesPart(in InteractionRow row, int entry) => row.Audience <= (entry >> 8);

    /// <summary>The channel weight by <c>channel * Outcomes + outcome</c>.</summary>
    public double[] Weight { get; } = new double[Channels * Outcomes];

    /// <summary>The channel of each <see cref="Acts"/> slot: the pass counts rows by channel and direction, the acts are read from those counts.</summary>
    public int[] Acts { get; } =
    [
        (int)InteractionChannel.Call, (int)InteractionChannel.Endorsement, (int)InteractionChannel.Recommendation,
        (int)InteractionChannel.Reaction, (int)InteractionChannel.Repost,
    ];

    public double PublicIntimacy { get; }

    /// <summary>The largest group whose messages are conversational.</summary>
    public int GroupLimit { get; }

    public double GroupExponent { get; }

    /// <summary>The intimacy of a row by <c>visibility * AudienceTable + audience</c>: private 1, group n^−exponent, public the public value.</summary>
    public double[] Intimacy { get; } = new double[Visibilities * AudienceTable];

    /// <summary>Half-lives of frequency per tick: an interaction <c>a</c> ticks old weighs 2^(−a × rate).</summary>
    public double FrequencyRate { get; }

    /// <summary>ln 2 over recency's half-life in ticks.</summary>
    public double RecencyRate { get; }

    /// <summary>ln 2 over duration's half age in ticks.</summary>
    public double DurationRate { get; }

    public long GapTicks { get; }

    /// <summary>The first tick of each layer's drift window (<see cref="long.MinValue"/> when it reaches back past year 1).</summary>
    public long[] WindowStart { get; } = new long[Layers.Count];
}
