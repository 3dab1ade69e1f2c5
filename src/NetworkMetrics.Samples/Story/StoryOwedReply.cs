namespace NetworkMetrics.Samples.Story;

/// <summary>The planted "owed reply": a recent one-to-one message from a close contact that the owner has not answered by the as-of date.</summary>
/// <param name="Person">The person number of the sender.</param>
/// <param name="Platform">Where the message is.</param>
/// <param name="At">When it was sent; nothing follows it from the owner, on any platform.</param>
/// <param name="Tier">The sender's tier.</param>
public sealed record StoryOwedReply(int Person, StoryPlatform Platform, DateTimeOffset At, StoryTier Tier);
