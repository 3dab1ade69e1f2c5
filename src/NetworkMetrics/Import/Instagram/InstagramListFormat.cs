using System.Text.Json;
using NetworkMetrics.Import.Facebook;

namespace NetworkMetrics.Import.Instagram;

/// <summary>
/// Instagram's lists of accounts, every generation: <c>followers_1.json</c>, <c>_2</c>… (bare
/// arrays, 2022 on), <c>followers.json</c> (<c>{"relationships_followers": […]}</c>, about 2021),
/// <c>following.json</c> (<c>relationships_following</c>), <c>recently_unfollowed_accounts.json</c>,
/// <c>pending_follow_requests.json</c>, <c>follow_requests_you've_received.json</c>,
/// <c>close_friends.json</c>, <c>blocked_accounts.json</c>, all in
/// <c>followers_and_following/</c> (under <c>connections/</c> since 2022). Items are
/// <c>{"title": "", "media_list_data": [], "string_list_data": [{"href", "value", "timestamp"}]}</c>;
/// late 2025 items link <c>https://www.instagram.com/_u/&lt;user&gt;</c> and may carry the user in
/// <c>title</c> with no <c>value</c>. The file decides the tie kind; the object's property name
/// (which varies) does not matter.
/// </summary>
internal sealed class InstagramListFormat(string id, TieKind kind, Func<string, bool> matchName) : MetaJsonFormat
{
    public override Platform Platform => Platform.Instagram;

    public override string Id { get; } = id;

    public override CountKinds Holds => CountKindsOf.Tie(kind);

    /// <summary>
    /// In <c>followers_and_following/</c> by name; elsewhere (a file given alone) only when the
    /// first bytes hold Instagram's item shape.
    /// </summary>
    public override PathMatch MatchPath(string path, string name) =>
        !matchName(name) ? PathMatch.No
        : MetaPaths.ParentIs(path, "followers_and_following") ? PathMatch.Yes
        : PathMatch.IfContent;

    public override bool MatchContent(ReadOnlySpan<byte> head) =>
        head.IndexOf("string_list_data"u8) >= 0 || head.IndexOf("\"relationships_"u8) >= 0;

    protected override void Read(ref JsonStreamReader json, ParseContext context)
    {
        if (!MetaJson.Open(ref json, context))
        {
            context.Format = Id + ".empty";
            return;
        }

        var late = false;
        if (json.TokenType == JsonTokenType.StartArray)
        {
            ReadItems(ref json, context, ref late);
            context.Format = Id + (late ? ".2025" : ".2022");
            return;
        }

        MetaJson.Require(ref json, context, JsonTokenType.StartObject, "an array of accounts or an object such as {\"relationships_following\": […]}");
        while (true)
        {
            MetaJson.Next(ref json, context);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            MetaJson.Next(ref json, context);
            if (json.TokenType == JsonTokenType.StartArray)
            {
                ReadItems(ref json, context, ref late);
            }
            else
            {
                json.Skip();
            }
        }

        context.Format = Id + (late ? ".2025" : ".2021");
    }

    private void ReadItems(ref JsonStreamReader json, ParseContext context, ref bool late)
    {
        long index = 0;
        while (true)
        {
            MetaJson.Next(ref json, context);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            index++;
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                context.Skip("instagram.bad-item", $"item {index} is not an object", record: index, offset: json.Offset);
                continue;
            }

            string? title = null, href = null, value = null;
            DateTimeOffset? since = null;
            while (true)
            {
                MetaJson.Next(ref json, context);
                if (json.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                if (json.ValueTextEquals("title"u8))
                {
                    title = MetaJson.ReadString(ref json, context);
                }
                else if (json.ValueTextEquals("string_list_data"u8))
                {
                    MetaJson.Next(ref json, context);
                    if (json.TokenType != JsonTokenType.StartArray)
                    {
                        json.Skip();
                        continue;
                    }

                    while (true)
                    {
                        MetaJson.Next(ref json, context);
                        if (json.TokenType == JsonTokenType.EndArray)
                        {
                            break;
                        }

                        if (json.TokenType != JsonTokenType.StartObject)
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

                            if (json.ValueTextEquals("href"u8))
                            {
                                var text = MetaJson.ReadString(ref json, context); // always read: a repeated key must not leave its value unread
                                href ??= text;
                            }
                            else if (json.ValueTextEquals("value"u8))
                            {
                                var text = MetaJson.ReadString(ref json, context); // always read: a repeated key must not leave its value unread
                                value ??= text;
                            }
                            else if (json.ValueTextEquals("timestamp"u8))
                            {
                                var seconds = MetaJson.ReadInt64(ref json, context);
                                since ??= MetaJson.FromSeconds(seconds);
                            }
                            else
                            {
                                json.Skip();
                            }
                        }
                    }
                }
                else
                {
                    json.Skip();
                }
            }

            late |= href?.Contains("/_u/", StringComparison.Ordinal) == true || (value is null && !string.IsNullOrWhiteSpace(title));
            var username = InstagramAccounts.Username(value, title, href);
            if (username is not null)
            {
                context.Add(InstagramAccounts.Account(username));
            }

            context.Add(kind is TieKind.Unfollowed ? new Tie(Platform.Instagram, username is null ? null : InstagramAccounts.Key(username), kind) { EndedAt = since } : new Tie(Platform.Instagram, username is null ? null : InstagramAccounts.Key(username), kind) { Since = since });
            context.Kept();
        }
    }
}
