namespace NetworkMetrics.Import;

/// <summary>
/// Which headline counts (<see cref="NetworkCounts"/>) a file can hold. A snapshot's count is known
/// (0 or more) when one of its files can hold it and unknown (<see langword="null"/>) otherwise: an X
/// archive without <c>follower.js</c> has no followers count, not 0.
/// </summary>
[Flags]
internal enum CountKinds
{
    None = 0,
    Connections = 1,
    Following = 2,
    Followers = 4,
    FollowingOrganizations = 8,
    Removed = 16,
    Requests = 32,
    Invitations = 64,
    Messages = 128,
}

/// <summary>The count a tie kind adds to.</summary>
internal static class CountKindsOf
{
    public static CountKinds Tie(TieKind kind) => kind switch
    {
        TieKind.Connection or TieKind.Contact => CountKinds.Connections,
        TieKind.Following => CountKinds.Following,
        TieKind.Follower => CountKinds.Followers,
        TieKind.FollowingOrganization => CountKinds.FollowingOrganizations,
        TieKind.Removed or TieKind.Unfollowed => CountKinds.Removed,
        TieKind.RequestSent or TieKind.RequestReceived or TieKind.RequestRejected => CountKinds.Requests,
        TieKind.InvitationSent or TieKind.InvitationReceived => CountKinds.Invitations,
        _ => CountKinds.None,
    };
}
