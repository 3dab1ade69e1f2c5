namespace NetworkMetrics;

/// <summary>
/// The headline numbers of one platform's export. A count is <see langword="null"/> when it is
/// unknown: no file of the export could hold it (LinkedIn exports have no followers; an X archive
/// without <c>follower.js</c>); 0 means the file is there and holds none.
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

    /// <summary>Distinct person-to-person messages (drafts, AI assistants, calls and system notices excluded; calls are interactions of their own).</summary>
    public int? Messages { get; init; }
}
