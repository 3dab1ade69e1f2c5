namespace NetworkMetrics.Scoring;

/// <summary>
/// The options of the contact-quality model: factor weights, half-lives, channel weights,
/// layers and the today list. Immutable; start from <see cref="Default"/> and change what you
/// need with <c>with { … }</c>. docs/scoring.md gives the reason for every default.
/// </summary>
public sealed record ScoringOptions
{
    /// <summary>The documented defaults.</summary>
    public static ScoringOptions Default { get; } = new();

    /// <summary>
    /// The weight of each factor in the score (default recency 0.30, frequency 0.20,
    /// reciprocity 0.15, intimacy 0.15, duration 0.10, multiplexity 0.10). Non-negative, not all
    /// zero; the score divides by their sum, so only their proportions matter.
    /// </summary>
    public ScoreFactors Weights { get; init; } = new(0.30, 0.20, 0.15, 0.15, 0.10, 0.10);

    /// <summary>The channel weights of frequency, reciprocity's volume and effort.</summary>
    public ChannelWeights ChannelWeights { get; init; } = ChannelWeights.Default;

    /// <summary>Recency halves with every half-life since the last two-way contact (default 30 days: the 15-layer's monthly rhythm).</summary>
    public TimeSpan RecencyHalfLife { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Each interaction's weight in frequency halves with every half-life of its age (default 90 days: a season).</summary>
    public TimeSpan FrequencyHalfLife { get; init; } = TimeSpan.FromDays(90);

    /// <summary>
    /// The time-decayed weighted interaction count at which frequency reaches 1 − 1/e ≈ 0.63
    /// (default 10: about a weekly exchange is near 1, a monthly one 0.7, a quarterly one 0.3).
    /// </summary>
    public double FrequencySaturation { get; init; } = 10;

    /// <summary>The age of a tie at which duration reaches 0.5 (default 2 years: 730.5 days).</summary>
    public TimeSpan DurationHalfAge { get; init; } = TimeSpan.FromDays(730.5);

    /// <summary>The number of media (distinct channels plus distinct platforms, minus one) at which multiplexity reaches 1 (default 4).</summary>
    public int MultiplexityFull { get; init; } = 4;

    /// <summary>A silence at least this long with a person ends a conversation: the next message, mention, reply or call starts a new one (default 1 day).</summary>
    public TimeSpan ConversationGap { get; init; } = TimeSpan.FromDays(1);

    /// <summary>
    /// A group message takes part in conversations (who starts them, how many there are, and so
    /// the layers) only in a group of at most this many other participants (default 5: a family
    /// or close-friends chat, the size of Dunbar's innermost layer). Messages in larger groups
    /// still count towards frequency, intimacy and reciprocity's volume. 0 or more.
    /// </summary>
    public int ConversationGroupLimit { get; init; } = 5;

    /// <summary>
    /// The share of reciprocity that comes from the balance of weighted interactions each way;
    /// the rest is the balance of conversations started (default 0.5). In [0, 1].
    /// </summary>
    public double ReciprocityVolumeShare { get; init; } = 0.5;

    /// <summary>A group interaction with <c>n</c> other participants has intimacy <c>n^−exponent</c> (default 0.5: a group of 4 is 0.5, of 30 is 0.18).</summary>
    public double GroupIntimacyExponent { get; init; } = 0.5;

    /// <summary>The intimacy of a public interaction: a like on a public post, a mention (default 0.2). In [0, 1].</summary>
    public double PublicIntimacy { get; init; } = 0.2;

    /// <summary>The least intimacy of someone on the owner's close-friends list (default 0.75). In [0, 1].</summary>
    public double CloseFriendIntimacy { get; init; } = 0.75;

    /// <summary>The least intimacy of someone in the owner's address book (default 0.5). In [0, 1].</summary>
    public double ContactIntimacy { get; init; } = 0.5;

    /// <summary>The least intimacy of a mutual connection or friend (default 0.25). In [0, 1].</summary>
    public double ConnectionIntimacy { get; init; } = 0.25;

    /// <summary>The least intimacy of a follow either way (default 0.1). In [0, 1].</summary>
    public double FollowIntimacy { get; init; } = 0.1;

    /// <summary>How people are placed in layers (default <see cref="LayerMethod.Thresholds"/>).</summary>
    public LayerMethod LayerMethod { get; init; } = LayerMethod.Thresholds;

    /// <summary>
    /// A relationship is placed in a contact-frequency layer only once its conversations span
    /// at least this long (default 30 days: Arnaboldi's "stable" relationship). Shorter ones go
    /// to the outer layer: their frequency is not yet known.
    /// </summary>
    public TimeSpan StableSpan { get; init; } = TimeSpan.FromDays(30);

    /// <summary>The most circles the clustering method tries (default 9, as Ckmeans.1d.dp); from 1 to 20.</summary>
    public int MaxCircles { get; init; } = 9;

    /// <summary>The most actions in the today list (default 10); 0 for none.</summary>
    public int TodayLimit { get; init; } = 10;

    /// <summary>
    /// The outermost layer whose people get replies owed, reconnections and drift warnings
    /// (default 50: the people seen at least every few months). One of 5, 15, 50, 150, 500, 1500.
    /// </summary>
    public int TodayLayer { get; init; } = 50;

    /// <summary>A message waiting longer than this is no longer a reply owed today (default 30 days).</summary>
    public TimeSpan ReplyWindow { get; init; } = TimeSpan.FromDays(30);

    /// <summary>A tie silent longer than this has lapsed and is not listed as a reconnection due (default 2 years).</summary>
    public TimeSpan ReconnectWithin { get; init; } = TimeSpan.FromDays(730.5);

    /// <summary>Drift is measured over this many expected intervals of the person's layer before the as-of date (default 4).</summary>
    public double DriftWindowIntervals { get; init; } = 4;

    /// <summary>Checks every option; called by <see cref="ContactQualityBuilder.Score(DateTimeOffset, ScoringOptions)"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; its name is the exception's parameter name.</exception>
    /// <exception cref="ArgumentNullException"><see cref="ChannelWeights"/> is null.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(ChannelWeights, nameof(ChannelWeights));
        var w = Weights;
        foreach (var value in (ReadOnlySpan<double>)[w.Recency, w.Frequency, w.Reciprocity, w.Intimacy, w.Duration, w.Multiplexity])
        {
            if (!(value >= 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(Weights), value, "Every factor weight must be a finite number of 0 or more.");
            }
        }

        if (!(w.Sum > 0) || double.IsInfinity(w.Sum))
        {
            throw new ArgumentOutOfRangeException(nameof(Weights), w.Sum, "The factor weights must not all be zero.");
        }

        ChannelWeights.Validate(nameof(ChannelWeights));
        Positive(RecencyHalfLife, nameof(RecencyHalfLife));
        Positive(FrequencyHalfLife, nameof(FrequencyHalfLife));
        Positive(DurationHalfAge, nameof(DurationHalfAge));
        Positive(ConversationGap, nameof(ConversationGap));
        NotNegative(StableSpan, nameof(StableSpan));
        NotNegative(ReplyWindow, nameof(ReplyWindow));
        NotNegative(ReconnectWithin, nameof(ReconnectWithin));
        if (!(FrequencySaturation > 0) || double.IsInfinity(FrequencySaturation))
        {
            throw new ArgumentOutOfRangeException(nameof(FrequencySaturation), FrequencySaturation, "Must be a finite number above 0.");
        }

        if (ConversationGroupLimit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ConversationGroupLimit), ConversationGroupLimit, "Must be 0 or more.");
        }

        if (MultiplexityFull < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MultiplexityFull), MultiplexityFull, "Must be at least 1.");
        }

        UnitInterval(ReciprocityVolumeShare, nameof(ReciprocityVolumeShare));
        UnitInterval(PublicIntimacy, nameof(PublicIntimacy));
        UnitInterval(CloseFriendIntimacy, nameof(CloseFriendIntimacy));
        UnitInterval(ContactIntimacy, nameof(ContactIntimacy));
        UnitInterval(ConnectionIntimacy, nameof(ConnectionIntimacy));
        UnitInterval(FollowIntimacy, nameof(FollowIntimacy));
        if (!(GroupIntimacyExponent >= 0) || double.IsInfinity(GroupIntimacyExponent))
        {
            throw new ArgumentOutOfRangeException(nameof(GroupIntimacyExponent), GroupIntimacyExponent, "Must be a finite number of 0 or more.");
        }

        if (!Enum.IsDefined(LayerMethod))
        {
            throw new ArgumentOutOfRangeException(nameof(LayerMethod), LayerMethod, "Unknown layer method.");
        }

        if (MaxCircles is < 1 or > 20)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxCircles), MaxCircles, "Must be from 1 to 20.");
        }

        if (TodayLimit < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TodayLimit), TodayLimit, "Must be 0 or more.");
        }

        if (Layers.IndexOf(TodayLayer) < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(TodayLayer), TodayLayer, "Must be one of the nominal layer sizes 5, 15, 50, 150, 500, 1500.");
        }

        if (!(DriftWindowIntervals > 0) || double.IsInfinity(DriftWindowIntervals))
        {
            throw new ArgumentOutOfRangeException(nameof(DriftWindowIntervals), DriftWindowIntervals, "Must be a finite number above 0.");
        }
    }

    private static void Positive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be longer than zero.");
        }
    }

    private static void NotNegative(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must not be negative.");
        }
    }

    private static void UnitInterval(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be from 0 to 1.");
        }
    }
}
