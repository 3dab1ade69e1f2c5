namespace NetworkMetrics.Import;

/// <summary>Which counts a platform's export can hold at all (a count it cannot hold is reported as null, not 0).</summary>
internal sealed record PlatformCapabilities(
    bool Connections, bool Following, bool Followers, bool FollowingOrganizations, bool Removed, bool Requests, bool Invitations, bool Messages)
{
    public static PlatformCapabilities Of(Platform platform) => platform switch
    {
        Platform.LinkedIn => new(Connections: true, Following: true, Followers: false, FollowingOrganizations: true, Removed: true, Requests: false, Invitations: true, Messages: true),
        Platform.Facebook => new(Connections: true, Following: true, Followers: true, FollowingOrganizations: false, Removed: true, Requests: true, Invitations: false, Messages: true),
        Platform.Twitter => new(Connections: false, Following: true, Followers: true, FollowingOrganizations: false, Removed: false, Requests: false, Invitations: false, Messages: true),
        Platform.Instagram => new(Connections: false, Following: true, Followers: true, FollowingOrganizations: false, Removed: true, Requests: true, Invitations: false, Messages: true),
        Platform.Mastodon => new(Connections: false, Following: true, Followers: false, FollowingOrganizations: false, Removed: false, Requests: false, Invitations: false, Messages: false),
        Platform.Bluesky => new(Connections: false, Following: true, Followers: false, FollowingOrganizations: false, Removed: false, Requests: false, Invitations: false, Messages: false),
        Platform.AddressBook => new(Connections: true, Following: false, Followers: false, FollowingOrganizations: false, Removed: false, Requests: false, Invitations: false, Messages: false),
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, null),
    };
}
