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
            name => FacebookFormats.IsNumbered(name, "followers")),
        new InstagramListFormat("instagram.following", TieKind.Following,
            name => FacebookFormats.IsNumbered(name, "following")),
        new InstagramListFormat("instagram.unfollowed", TieKind.Unfollowed,
            name => FacebookFormats.IsNumbered(name, "recently_unfollowed_accounts") || FacebookFormats.IsNumbered(name, "recently_unfollowed_profiles")),
        new InstagramListFormat("instagram.pending-requests", TieKind.RequestSent,
            name => FacebookFormats.IsNumbered(name, "pending_follow_requests")),
        new InstagramListFormat("instagram.received-requests", TieKind.RequestReceived,
            name => FacebookFormats.IsNumbered(name, "follow_requests_you've_received")),
        new InstagramListFormat("instagram.close-friends", TieKind.CloseFriend,
            name => FacebookFormats.IsNumbered(name, "close_friends")),
        new InstagramListFormat("instagram.blocked", TieKind.Blocked,
            name => FacebookFormats.IsNumbered(name, "blocked_accounts") || FacebookFormats.IsNumbered(name, "blocked_profiles")),
        new InstagramConnectionsFormat(),
        new InstagramMessagesFormat(),
    ];

    public static ImmutableArray<ExportFormat> All { get; } = [.. Json, new MetaHtmlFormat(Platform.Instagram, Json)];
}
