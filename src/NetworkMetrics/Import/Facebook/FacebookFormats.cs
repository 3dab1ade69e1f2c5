using System.Collections.Immutable;

namespace NetworkMetrics.Import.Facebook;

/// <summary>The Facebook file families the library reads, in detection order.</summary>
internal static class FacebookFormats
{
    /// <summary>The JSON families (the HTML export's pages are recognised by being their twins).</summary>
    public static ImmutableArray<ExportFormat> Json { get; } =
    [
        new FacebookProfileFormat(),
        new FacebookPeopleFormat("facebook.friends", Friends, head => FacebookPeopleFormat.HasList(head, "friends", "friends_v2")),
        new FacebookPeopleFormat("facebook.removed-friends", (_, name) => name == "removed_friends.json" ? PathMatch.Yes : PathMatch.No),
        new FacebookPeopleFormat("facebook.friend-requests", (_, name) => name is "received_friend_requests.json" or "sent_friend_requests.json"
            or "rejected_friend_requests.json" or "friend_requests_received.json" or "friend_requests_sent.json" ? PathMatch.Yes : PathMatch.No),
        new FacebookPeopleFormat("facebook.following", Following, head => FacebookPeopleFormat.HasList(head, "following", "following_v2", "following_v3")),
        new FacebookPeopleFormat("facebook.followers", Followers, head => FacebookPeopleFormat.HasList(head, "followers", "followers_v2", "followers_v3")),
        new FacebookMessagesFormat(),
    ];

    public static ImmutableArray<ExportFormat> All { get; } = [.. Json, new MetaHtmlFormat(Platform.Facebook, Json)];

    /// <summary>2018–2020 <c>friends/friends.json</c>, 2021–2022 <c>friends_and_followers/friends.json</c>, 2023 on <c>connections/friends/your_friends.json</c>.</summary>
    private static PathMatch Friends(string path, string name) => name switch
    {
        "your_friends.json" => PathMatch.Yes,
        "friends.json" when MetaPaths.ParentIs(path, "friends", "friends_and_followers") => PathMatch.Yes,
        "friends.json" when MetaPaths.IsBare(path) => PathMatch.IfContent,
        _ => PathMatch.No,
    };

    /// <summary>
    /// 2018–2020 <c>following_and_followers/following.json</c>, 2021–2022 <c>friends_and_followers/following.json</c>,
    /// 2023 on <c>connections/followers/who_you've_followed.json</c>. Instagram's <c>followers_and_following/</c> is not Facebook's.
    /// </summary>
    private static PathMatch Following(string path, string name) =>
        MetaPaths.IsNumbered(name, "who_you've_followed") ? PathMatch.Yes
        : name != "following.json" ? PathMatch.No
        : MetaPaths.ParentIs(path, "following_and_followers", "friends_and_followers", "followers") ? PathMatch.Yes
        : MetaPaths.IsBare(path) ? PathMatch.IfContent
        : PathMatch.No;

    /// <summary>2018–2022 <c>…/followers.json</c>, 2023 on <c>connections/followers/people_who_followed_you.json</c> (<c>followers_v3</c>, names only).</summary>
    private static PathMatch Followers(string path, string name) =>
        MetaPaths.IsNumbered(name, "people_who_followed_you") ? PathMatch.Yes
        : name != "followers.json" ? PathMatch.No
        : MetaPaths.ParentIs(path, "following_and_followers", "friends_and_followers", "followers") ? PathMatch.Yes
        : MetaPaths.IsBare(path) ? PathMatch.IfContent
        : PathMatch.No;
}
