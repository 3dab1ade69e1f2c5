namespace NetworkMetrics;

/// <summary>What a <see cref="Tie"/> between the export's owner and an account is.</summary>
public enum TieKind
{
    /// <summary>A mutual tie as the platform defines it: a LinkedIn connection, a Facebook friend.</summary>
    Connection,

    /// <summary>The owner follows the account.</summary>
    Following,

    /// <summary>The account follows the owner.</summary>
    Follower,

    /// <summary>The owner follows an organisation or company page rather than a person.</summary>
    FollowingOrganization,

    /// <summary>A mutual tie that the export records as ended (Facebook's removed friends).</summary>
    Removed,

    /// <summary>A follow that the export records as ended (LinkedIn <c>Unfollow</c>, Instagram's recently unfollowed).</summary>
    Unfollowed,

    /// <summary>A friend or follow request the owner sent, still pending.</summary>
    RequestSent,

    /// <summary>A friend or follow request the owner received, still pending.</summary>
    RequestReceived,

    /// <summary>A request the owner received and declined.</summary>
    RequestRejected,

    /// <summary>A LinkedIn invitation the owner sent.</summary>
    InvitationSent,

    /// <summary>A LinkedIn invitation the owner received.</summary>
    InvitationReceived,

    /// <summary>An account on the owner's close friends list.</summary>
    CloseFriend,

    /// <summary>An account the owner blocked.</summary>
    Blocked,

    /// <summary>An account the owner muted.</summary>
    Muted,

    /// <summary>A card or row of an address book.</summary>
    Contact,
}
