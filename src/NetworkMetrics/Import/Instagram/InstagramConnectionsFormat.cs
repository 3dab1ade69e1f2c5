using System.Text.Json;
using NetworkMetrics.Import.Facebook;

namespace NetworkMetrics.Import.Instagram;

/// <summary>
/// The 2019–2020 <c>connections.json</c>: one object of maps from username to the date
/// (<c>"2019-05-10T17:38:18+00:00"</c>, or unix seconds): <c>followers</c>, <c>following</c>,
/// <c>follow_requests_sent</c>, <c>blocked_users</c>, <c>close_friends</c>. Other maps
/// (hashtags, restricted users, dismissed suggestions) are not ties to people and are passed over.
/// </summary>
internal sealed class InstagramConnectionsFormat : MetaJsonFormat
{
    public override Platform Platform => Platform.Instagram;

    public override string Id => "instagram.connections";

    public override CountKinds Holds => CountKinds.Followers | CountKinds.Following | CountKinds.Requests;

    public override PathMatch MatchPath(string path, string name) => name == "connections.json" ? PathMatch.IfContent : PathMatch.No;

    public override bool MatchContent(ReadOnlySpan<byte> head) =>
        head.IndexOf("\"followers\""u8) >= 0 || head.IndexOf("\"following\""u8) >= 0 || head.IndexOf("\"follow_requests_sent\""u8) >= 0;

    protected override void Read(ref JsonStreamReader json, ParseContext context)
    {
        context.Format = Id + ".2019";
        if (!MetaJson.Open(ref json, context))
        {
            context.Format = Id + ".empty";
            return;
        }

        MetaJson.Require(ref json, context, JsonTokenType.StartObject, "an object {\"followers\": {\"username\": date, …}, \"following\": {…}}");
        while (true)
        {
            MetaJson.Next(ref json, context);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            TieKind? kind = json.ValueTextEquals("followers"u8) ? TieKind.Follower
                : json.ValueTextEquals("following"u8) ? TieKind.Following
                : json.ValueTextEquals("follow_requests_sent"u8) ? TieKind.RequestSent
                : json.ValueTextEquals("blocked_users"u8) ? TieKind.Blocked
                : json.ValueTextEquals("close_friends"u8) ? TieKind.CloseFriend
                : null;
            MetaJson.Next(ref json, context);
            if (kind is null || json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                continue;
            }

            while (true)
            {
                MetaJson.Next(ref json, context);
                if (json.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                var username = InstagramAccounts.Clean(json.GetString());
                var since = MetaJson.ReadDate(ref json, context);
                if (username is not null)
                {
                    context.Add(InstagramAccounts.Account(username));
                }

                context.Add(kind.Value is TieKind.Unfollowed ? new Tie(Platform.Instagram, username is null ? null : InstagramAccounts.Key(username), kind.Value) { EndedAt = since } : new Tie(Platform.Instagram, username is null ? null : InstagramAccounts.Key(username), kind.Value) { Since = since });
                context.Kept();
            }
        }
    }
}
