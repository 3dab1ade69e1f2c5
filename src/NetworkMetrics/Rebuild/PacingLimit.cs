namespace NetworkMetrics.Rebuild;

/// <summary>A platform's limit on an act of the owner: at most <paramref name="Limit"/> ties of <paramref name="Kind"/> begun in any <paramref name="WindowDays"/> consecutive days.</summary>
/// <param name="Platform">The platform.</param>
/// <param name="Kind">The act, as the tie it leaves: <see cref="TieKind.InvitationSent"/>, <see cref="TieKind.Following"/>.</param>
/// <param name="WindowDays">The window, in calendar days (7 for a week, 1 for a day).</param>
/// <param name="Limit">The most the platform tolerates in the window; more is a burst.</param>
public sealed record PacingLimit(Platform Platform, TieKind Kind, int WindowDays, int Limit)
{
    /// <summary>LinkedIn restricts accounts that send more than about 100 invitations in a week.</summary>
    public static PacingLimit LinkedInInvitations { get; } = new(Platform.LinkedIn, TieKind.InvitationSent, 7, 100);

    /// <summary>X caps follows at 400 a day.</summary>
    public static PacingLimit TwitterFollows { get; } = new(Platform.Twitter, TieKind.Following, 1, 400);
}
