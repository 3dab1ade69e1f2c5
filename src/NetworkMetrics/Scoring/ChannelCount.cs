namespace NetworkMetrics.Scoring;

/// <summary>How many interactions with a person went through one channel.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Count">The number of interactions (after duplicates are removed), at least 1.</param>
public readonly record struct ChannelCount(InteractionChannel Channel, int Count);
