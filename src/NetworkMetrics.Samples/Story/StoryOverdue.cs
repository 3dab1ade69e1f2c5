namespace NetworkMetrics.Samples.Story;

/// <summary>The planted "overdue close friend": a weekly-tier person with no contact at all for about two months before the as-of date.</summary>
/// <param name="Person">The person number.</param>
/// <param name="LastContact">The last interaction with them, on any platform.</param>
/// <param name="SilentDays">Whole days from <paramref name="LastContact"/> to the as-of date.</param>
public sealed record StoryOverdue(int Person, DateTimeOffset LastContact, int SilentDays);
