namespace NetworkMetrics.Scoring;

/// <summary>
/// How much one interaction of each channel counts towards frequency (intensity), the
/// volume side of reciprocity and the effort shares: a call or a direct message weighs more
/// than a reaction. Non-negative; 0 makes a channel not count.
/// </summary>
public sealed record ChannelWeights
{
    /// <summary>The defaults: a direct message 1, an answered call 2, a missed call 0.25, a group message, mention or reply 0.5, a reaction 0.1, a repost 0.2, an endorsement 0.3, a recommendation 1, an invitation 0.2, any other channel 0.5.</summary>
    public static ChannelWeights Default { get; } = new();

    /// <summary>A private message (default 1: the unit).</summary>
    public double DirectMessage { get; init; } = 1;

    /// <summary>A message in a group conversation (default 0.5; the size of the group is intimacy's business).</summary>
    public double GroupMessage { get; init; } = 0.5;

    /// <summary>An answered call, or a call whose outcome the export does not say (default 2: synchronous, voice).</summary>
    public double Call { get; init; } = 2;

    /// <summary>A missed or declined call: an attempt (default 0.25).</summary>
    public double MissedCall { get; init; } = 0.25;

    /// <summary>A public post naming the person (default 0.5).</summary>
    public double Mention { get; init; } = 0.5;

    /// <summary>A public reply (default 0.5).</summary>
    public double Reply { get; init; } = 0.5;

    /// <summary>A reaction, a like (default 0.1: one tap).</summary>
    public double Reaction { get; init; } = 0.1;

    /// <summary>A repost or boost (default 0.2).</summary>
    public double Repost { get; init; } = 0.2;

    /// <summary>A skill endorsement (default 0.3).</summary>
    public double Endorsement { get; init; } = 0.3;

    /// <summary>A written recommendation (default 1: an effort comparable to a message).</summary>
    public double Recommendation { get; init; } = 1;

    /// <summary>An invitation to connect (default 0.2).</summary>
    public double Invitation { get; init; } = 0.2;

    /// <summary>A channel this version does not know (default 0.5).</summary>
    public double Other { get; init; } = 0.5;

    /// <summary>The weight of an interaction of <paramref name="channel"/> ending with <paramref name="outcome"/> (which matters for calls only).</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="outcome">How a call ended.</param>
    /// <returns>The weight.</returns>
    public double Of(InteractionChannel channel, CallOutcome outcome) => channel switch
    {
        InteractionChannel.DirectMessage => DirectMessage,
        InteractionChannel.GroupMessage => GroupMessage,
        InteractionChannel.Call => outcome is CallOutcome.Missed or CallOutcome.Declined ? MissedCall : Call,
        InteractionChannel.Mention => Mention,
        InteractionChannel.Reply => Reply,
        InteractionChannel.Reaction => Reaction,
        InteractionChannel.Repost => Repost,
        InteractionChannel.Endorsement => Endorsement,
        InteractionChannel.Recommendation => Recommendation,
        InteractionChannel.Invitation => Invitation,
        _ => Other,
    };

    internal void Validate(string name)
    {
        foreach (var value in (ReadOnlySpan<double>)[DirectMessage, GroupMessage, Call, MissedCall, Mention, Reply, Reaction, Repost, Endorsement, Recommendation, Invitation, Other])
        {
            if (!(value >= 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(name, value, "Every channel weight must be a finite number of 0 or more.");
            }
        }
    }
}
