using System.Collections.Immutable;
using NetworkMetrics.Import.Facebook;

namespace NetworkMetrics.Import.Instagram;

/// <summary>The Instagram file families the library reads, in detection order.</summary>
internal static class InstagramFormats
{
    /// <summary>The JSON families (the HTML export's pages are recognised by being their twins).</summary>
    public static ImmutableArray<ExportFormat> Json { get; } =
    [
        new InstagramProfileFormat(),
        new InstagramListFormat("instagram.followers", TieKind.Follower,
            name => MetaPaths.IsNumbered(name, "followers")),
        new InstagramListFormat("instagram.following", TieKind.Following,
            name => MetaPaths.IsNumbered(name, "following")),
        new InstagramListFormat("instagram.unfollowed", TieKind.Unfollowed,
            name => MetaPaths.IsNumbered(name, "recently_unfollowed_accounts") || MetaPaths.IsNumbered(name, "recently_unfollowed_profiles")),
        new InstagramListFormat("instagram.pending-requests", TieKind.RequestSent,
            name => MetaPaths.IsNumbered(name, "pending_follow_requests")),
        new InstagramListFormat("instagram.received-requests", TieKind.RequestReceived,
            name => MetaPaths.IsNumbered(name, "follow_requests_you've_received")),
        new InstagramListFormat("instagram.close-friends", TieKind.CloseFriend,
            name => MetaPaths.IsNumbered(name, "close_friends")),
        new InstagramListFormat("instagram.blocked", TieKind.Blocked,
            name => MetaPaths.IsNumbered(name, "blocked_accounts") || MetaPaths.IsNumbered(name, "blocked_profiles")),
        new InstagramConnectionsFormat(),
        new InstagramMessagesFormat(),
    ];

    public static ImmutableArray<ExportFormat> All { get; } = [.. Json, new MetaHtmlFormat(Platform.Instagram, Json)];
}
