namespace NetworkMetrics.Samples.Story;

/// <summary>How often the owner was in touch with a person before the reset: the planted contact frequency.</summary>
/// <remarks>
/// The tiers follow the nominal frequencies of Dunbar's layers (weekly for the ~5, monthly for the next ~10,
/// and so on): at scale 1 there are 5 weekly, 10 monthly, 35 quarterly and 100 yearly people, so the
/// cumulative layer sizes are 5 / 15 / 50 / 150; everyone else is a silent tie.
/// </remarks>
public enum StoryTier
{
    /// <summary>About one contact day every four or five days: messages both ways and calls.</summary>
    Weekly,

    /// <summary>About ten contact days a year.</summary>
    Monthly,

    /// <summary>About four contact days a year.</summary>
    Quarterly,

    /// <summary>About one contact day a year, every year for at least five years.</summary>
    Yearly,

    /// <summary>
    /// A tie without communication: no interaction at all, or at most one one-way act (a mention of a
    /// public account, an invitation nobody answered).
    /// </summary>
    Silent,
}
