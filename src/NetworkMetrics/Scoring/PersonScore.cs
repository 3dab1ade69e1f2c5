using System.Collections.Immutable;

namespace NetworkMetrics.Scoring;

/// <summary>
/// One person's contact quality as of a date: the score, its six factors and their weighted
/// contributions, the layer, the evidence (counts by channel, first and last contact), what
/// each side gives and how overdue the next contact is. <see cref="ContactQualityResult.Explain"/>
/// turns it into readable text.
/// </summary>
public sealed record PersonScore
{
    /// <summary>The person's index, as <see cref="ContactQualityBuilder.AddPerson"/> returned it.</summary>
    public required int Person { get; init; }

    /// <summary>The position in <see cref="ContactQualityResult.People"/>, from 1 (highest score; ties by id, then index).</summary>
    public required int Rank { get; init; }

    /// <summary>The person's id.</summary>
    public required string Id { get; init; }

    /// <summary>The person's name, when known.</summary>
    public string? Name { get; init; }

    /// <summary>The score, 0 to 100: the sum of <see cref="Contributions"/>.</summary>
    public required double Score { get; init; }

    /// <summary>The nominal cumulative size of the person's layer (5, 15, 50, 150, 500, 1500); <see langword="null"/> for no contact at all.</summary>
    public int? Layer { get; init; }

    /// <summary>The six factors, each in [0, 1].</summary>
    public required ScoreFactors Factors { get; init; }

    /// <summary>Each factor times its weight, scaled so that they add up to <see cref="Score"/> (points).</summary>
    public required ScoreFactors Contributions { get; init; }

    /// <summary>The first interaction, if any.</summary>
    public DateTimeOffset? FirstContact { get; init; }

    /// <summary>The last interaction, if any (either way, any channel).</summary>
    public DateTimeOffset? LastContact { get; init; }

    /// <summary>When contact was last two-way: the earlier of the last interaction from the person and the last one to them. Recency decays from here.</summary>
    public DateTimeOffset? LastTwoWayContact { get; init; }

    /// <summary>The earliest start of a current tie (connection, follow, contact, close friend) that the exports date.</summary>
    public DateTimeOffset? TieSince { get; init; }

    /// <summary>Interactions on or before the as-of date, duplicates removed.</summary>
    public required int Interactions { get; init; }

    /// <summary>Interactions by channel, in the order of <see cref="InteractionChannel"/>; channels not used are left out.</summary>
    public required ImmutableArray<ChannelCount> Channels { get; init; }

    /// <summary>The platforms of the person's interactions and current ties, in the order of <see cref="Platform"/>.</summary>
    public required ImmutableArray<Platform> Platforms { get; init; }

    /// <summary>What the owner gave this person.</summary>
    public required GiveGet Given { get; init; }

    /// <summary>What this person gave the owner.</summary>
    public required GiveGet Received { get; init; }

    /// <summary>Conversations (see <see cref="ScoringOptions.ConversationGap"/>), by either side.</summary>
    public required int Conversations { get; init; }

    /// <summary>
    /// Conversations a year over the span between the first and last of them (at least
    /// <see cref="ScoringOptions.StableSpan"/> and a day): the frequency the layers are built on.
    /// </summary>
    public required double ContactsPerYear { get; init; }

    /// <summary>The time-decayed, channel-weighted interaction count behind frequency (each interaction's weight halves every <see cref="ScoringOptions.FrequencyHalfLife"/>); the effort of the network shares.</summary>
    public required double Effort { get; init; }

    /// <summary>The channel-weighted interactions from the person (not decayed), the incoming side of reciprocity's volume.</summary>
    public required double IncomingWeight { get; init; }

    /// <summary>The channel-weighted interactions to the person (not decayed).</summary>
    public required double OutgoingWeight { get; init; }

    /// <summary>The channel-weighted mean intimacy of the interactions (private 1, group n^−exponent, public <see cref="ScoringOptions.PublicIntimacy"/>); 0 without interactions.</summary>
    public required double InteractionIntimacy { get; init; }

    /// <summary>The least intimacy the person's current ties imply (close friend, address-book contact, connection, follow).</summary>
    public required double TieIntimacy { get; init; }

    /// <summary>The total length of answered calls whose length the exports give.</summary>
    public required TimeSpan CallTime { get; init; }

    /// <summary>Days from the last contact to the as-of date; <see langword="null"/> without contact.</summary>
    public double? DaysSinceLastContact { get; init; }

    /// <summary>The expected interval between contacts of the person's layer, in days; <see langword="null"/> without a layer.</summary>
    public double? ExpectedIntervalDays { get; init; }

    /// <summary><c>max(0, days since last contact − expected interval)</c>; <see langword="null"/> without a layer.</summary>
    public double? OverdueDays { get; init; }

    /// <summary><see cref="OverdueDays"/> divided by the expected interval: 0 while in rhythm, 1 when a whole interval late; <see langword="null"/> without a layer.</summary>
    public double? OverdueRatio { get; init; }
}
