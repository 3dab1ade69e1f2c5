namespace NetworkMetrics;

/// <summary>
/// The headline numbers of one platform's export. A count is <see langword="null"/> where
/// that platform's export cannot hold it (LinkedIn exports have no followers) and 0 where
/// it can but holds none.
/// </summary>
public sealed record NetworkCounts
{
    /// <summary>Mutual ties as the platform defines them: LinkedIn connections, Facebook friends, address-book contacts.</summary>
    public int? Connections { get; init; }

    /// <summary>People and accounts the owner follows (organisations apart: see <see cref="FollowingOrganizations"/>).</summary>
    public int? Following { get; init; }

    /// <summary>Accounts that follow the owner.</summary>
    public int? Followers { get; init; }

    /// <summary>Organisations and company pages the owner follows.</summary>
    public int? FollowingOrganizations { get; init; }

    /// <summary>Ties the export records as ended: removed friends, unfollowed accounts.</summary>
    public int? Removed { get; init; }

    /// <summary>Friend or follow requests sent, received or rejected.</summary>
    public int? Requests { get; init; }

    /// <summary>LinkedIn invitations, sent and received.</summary>
    public int? Invitations { get; init; }

    /// <summary>Distinct person-to-person messages (drafts, AI assistants, calls and system notices excluded).</summary>
    public int? Messages { get; init; }
}
