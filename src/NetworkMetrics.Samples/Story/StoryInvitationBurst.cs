namespace NetworkMetrics.Samples.Story;

/// <summary>The week after the reset in which the owner sent more LinkedIn invitations than LinkedIn tolerates (about 100 a week).</summary>
/// <param name="From">The first invitation of the burst.</param>
/// <param name="To">The last invitation of the burst (less than seven days after <paramref name="From"/>).</param>
/// <param name="Invitations">Outgoing invitations sent from <paramref name="From"/> to <paramref name="To"/>, inclusive.</param>
public sealed record StoryInvitationBurst(DateTimeOffset From, DateTimeOffset To, int Invitations);
