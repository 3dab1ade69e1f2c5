using System.Text.Json;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import.Facebook;

/// <summary>
/// Facebook's lists of people, every era: friends, removed friends, friend requests (received,
/// sent, rejected), who the owner follows and who follows the owner. Each file is an object whose
/// one property names the list (<c>friends</c>, <c>friends_v2</c>, <c>deleted_friends_v2</c>,
/// <c>received_requests_v2</c>, <c>following_v3</c>, <c>followers_v3</c>…) and holds
/// <c>{"name": "…", "timestamp": &lt;unix seconds&gt;}</c> items (<c>followers_v3</c> items have a name
/// only). The list's name decides the tie kind, so a file read under another name still counts right.
/// Names are the only identifier: the account's key is its name key (the repaired, normalised name).
/// </summary>
internal sealed class FacebookPeopleFormat(string id, Func<string, string, PathMatch> matchPath, HeadPredicate? matchContent = null) : MetaJsonFormat
{
    /// <summary>The list names of every era, with the tie they give.</summary>
    private static readonly (byte[] Key, TieKind Kind)[] Lists =
    [
        ("friends"u8.ToArray(), TieKind.Connection),
        ("friends_v2"u8.ToArray(), TieKind.Connection),
        ("deleted_friends"u8.ToArray(), TieKind.Removed),
        ("deleted_friends_v2"u8.ToArray(), TieKind.Removed),
        ("removed_friends"u8.ToArray(), TieKind.Removed),
        ("removed_friends_v2"u8.ToArray(), TieKind.Removed),
        ("received_requests"u8.ToArray(), TieKind.RequestReceived),
        ("received_requests_v2"u8.ToArray(), TieKind.RequestReceived),
        ("sent_requests"u8.ToArray(), TieKind.RequestSent),
        ("sent_requests_v2"u8.ToArray(), TieKind.RequestSent),
        ("rejected_requests"u8.ToArray(), TieKind.RequestRejected),
        ("rejected_requests_v2"u8.ToArray(), TieKind.RequestRejected),
        ("following"u8.ToArray(), TieKind.Following),
        ("following_v2"u8.ToArray(), TieKind.Following),
        ("following_v3"u8.ToArray(), TieKind.Following),
        ("followers"u8.ToArray(), TieKind.Follower),
        ("followers_v2"u8.ToArray(), TieKind.Follower),
        ("followers_v3"u8.ToArray(), TieKind.Follower),
    ];

    public override Platform Platform => Platform.Facebook;

    public override string Id { get; } = id;

    public override CountKinds Holds => Id switch
    {
        "facebook.friends" => CountKinds.Connections,
        "facebook.removed-friends" => CountKinds.Removed,
        "facebook.friend-requests" => CountKinds.Requests,
        "facebook.following" => CountKinds.Following,
        "facebook.followers" => CountKinds.Followers,
        _ => CountKinds.None,
    };

    public override PathMatch MatchPath(string path, string name) => matchPath(path, name);

    public override bool MatchContent(ReadOnlySpan<byte> head) => matchContent is not null && matchContent(head);

    /// <summary>Whether the first bytes hold one of the list names (quoted, as a property) and nothing of Instagram's.</summary>
    internal static bool HasList(ReadOnlySpan<byte> head, params string[] keys)
    {
        if (head.IndexOf("string_list_data"u8) >= 0 || head.IndexOf("\"relationships_"u8) >= 0)
        {
            return false;
        }

        foreach (var key in keys)
        {
            if (head.IndexOf(System.Text.Encoding.UTF8.GetBytes("\"" + key + "\"")) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    protected override void Read(ref JsonStreamReader json, ParseContext context)
    {
        if (!MetaJson.Open(ref json, context))
        {
            context.Format = Id + ".empty";
            return;
        }

        MetaJson.Require(ref json, context, JsonTokenType.StartObject, "an object holding a list of people, such as {\"friends_v2\": [{\"name\": …, \"timestamp\": …}]}");
        var era = context.Entry.Path.Contains("connections/", StringComparison.OrdinalIgnoreCase) ? ".2023"
            : context.Entry.Path.Contains("friends_and_followers/", StringComparison.OrdinalIgnoreCase) ? ".2021"
            : null;
        var found = false;
        while (true)
        {
            MetaJson.Next(ref json, context);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var kind = (TieKind?)null;
            var versioned = false;
            foreach (var (key, tie) in Lists)
            {
                if (json.ValueTextEquals(key))
                {
                    kind = tie;
                    versioned = key.AsSpan().IndexOf("_v"u8) >= 0;
                    break;
                }
            }

            if (kind is null)
            {
                json.Skip();
                continue;
            }

            MetaJson.Next(ref json, context);
            if (json.TokenType != JsonTokenType.StartArray)
            {
                json.Skip();
                continue;
            }

            found = true;
            context.Format = Id + (era ?? (versioned ? ".2021" : ".2018"));
            ReadItems(ref json, context, kind.Value);
        }

        if (!found)
        {
            context.Format = Id + ".unknown";
            context.Report(DiagnosticSeverity.Warning, "facebook.no-list",
                "no list of people found: expected a property such as friends_v2, deleted_friends_v2, received_requests_v2, sent_requests_v2, rejected_requests_v2, following_v3 or followers_v3 holding an array");
        }
    }

    private static void ReadItems(ref JsonStreamReader json, ParseContext context, TieKind kind)
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
            string? name = null;
            string? contact = null;
            long? timestamp = null;
            if (context.CountOnly && json.TokenType == JsonTokenType.String)
            {
                // A count needs no name: only a tie, whatever its name.
                json.NoteString();
            }
            else if (json.TokenType == JsonTokenType.String)
            {
                // Some early files list bare names.
                name = json.GetString() is { } text ? Mojibake.Repair(text) : null;
            }
            else if (json.TokenType == JsonTokenType.StartObject)
            {
                while (true)
                {
                    MetaJson.Next(ref json, context);
                    if (json.TokenType == JsonTokenType.EndObject)
                    {
                        break;
                    }

                    if (json.ValueTextEquals("timestamp"u8))
                    {
                        timestamp = MetaJson.ReadInt64(ref json, context);
                    }
                    else if (context.CountOnly && (json.ValueTextEquals("name"u8) || json.ValueTextEquals("contact_info"u8)))
                    {
                        MetaJson.Next(ref json, context);
                        json.NoteString();
                        json.Skip();
                    }
                    else if (json.ValueTextEquals("name"u8))
                    {
                        name = MetaJson.ReadString(ref json, context);
                    }
                    else if (json.ValueTextEquals("contact_info"u8))
                    {
                        contact = MetaJson.ReadString(ref json, context);
                    }
                    else
                    {
                        json.Skip();
                    }
                }
            }
            else
            {
                json.Skip();
                context.Skip("facebook.bad-item", $"item {index} of the list is neither an object nor a name", record: index, offset: json.Offset);
                continue;
            }

            if (context.CountOnly)
            {
                // A nameless item is a tie too: the count is the same with or without names.
                context.CountTie(kind, MetaJson.FromSeconds(timestamp));
                context.Kept();
                continue;
            }

            var clean = Identifiers.CleanName(name);
            var key = AccountKeys.Name(Platform.Facebook, clean);
            if (key is { } nameKey)
            {
                var account = new Account(nameKey) { Name = clean };
                if (Identifiers.CleanEmail(contact) is { } email)
                {
                    account = account with { Keys = [nameKey, AccountKey.Normalized(Platform.Facebook, AccountKeyKind.Email, email)], Emails = [new EmailAddress(email, contact!.Trim())] };
                }

                context.Add(account);
            }

            // A nameless item is still a tie the export counts (a deactivated account): it has no identity.
            var date = MetaJson.FromSeconds(timestamp);
            context.Add(kind == TieKind.Removed ? new Tie(Platform.Facebook, key, kind) { EndedAt = date } : new Tie(Platform.Facebook, key, kind) { Since = date });
            context.Kept();
        }
    }
}
