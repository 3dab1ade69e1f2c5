using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NetworkMetrics.Samples.Story;

/// <summary>
/// The X archives of the story (the current <c>data/</c> layout): manifest, account, follows (ids
/// only, newest first, undated), one-to-one direct messages with reactions, and tweets whose
/// mentions and replies name accounts by id, screen name and display name.
/// </summary>
internal static class StoryTwitterWriter
{
    private static readonly string[] ReactionKeys = ["like", "funny", "excited"];

    public static (int Following, int Followers, int Messages, int Tweets) Write(StoryWorld world, string path, bool after)
    {
        var cut = after ? world.AsOfMs : world.BeforeMs;
        using var zip = new StoryZip(path, StoryWorld.At(cut));
        var parts = new List<(string Type, string File, string Global, int Count)>();

        using (var stream = Open(zip, "account.js", "account.part0"))
        using (var json = Writer(stream))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteStartObject("account");
            json.WriteString("email", StoryWorld.OwnerEmail);
            json.WriteString("createdVia", "web");
            json.WriteString("username", StoryWorld.OwnerHandle);
            json.WriteString("accountId", StoryWorld.OwnerTwitterId);
            json.WriteString("createdAt", "2014-10-12T18:20:31.000Z");
            json.WriteString("accountDisplayName", StoryWorld.OwnerName);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        parts.Add(("account", "account.js", "account.part0", 1));

        var following = world.People.Where(p => p.Twitter is { } a && (after ? a.InAfter : a.InBefore))
            .OrderByDescending(p => after ? p.Twitter!.AfterSinceMs : p.Twitter!.SinceMs).ThenBy(p => p.Number).Select(p => p.Twitter!.Id!).ToList();
        var followers = world.People.Where(p => p.Twitter is { } a && (after ? a.FollowerAfter : a.FollowerBefore))
            .OrderByDescending(p => Chance.Mix(world.Seed, 40, p.Number)).Select(p => p.Twitter!.Id!).ToList();
        Follows(zip, "follower", followers);
        parts.Add(("follower", "follower.js", "follower.part0", followers.Count));
        Follows(zip, "following", following);
        parts.Add(("following", "following.js", "following.part0", following.Count));

        var (conversations, messages) = DirectMessages(world, zip, cut);
        parts.Add(("directMessages", "direct-messages.js", "direct_messages.part0", conversations));
        using (var stream = Open(zip, "direct-messages-group.js", "direct_messages_group.part0"))
        {
            stream.Write("[ ]"u8);
        }

        parts.Add(("directMessagesGroup", "direct-messages-group.js", "direct_messages_group.part0", 0));
        var tweets = Tweets(world, zip, cut);
        parts.Add(("tweets", "tweets.js", "tweets.part0", tweets));
        Manifest(zip, parts, cut);
        return (following.Count, followers.Count, messages, tweets);
    }

    private static Stream Open(StoryZip zip, string file, string global)
    {
        var stream = zip.Entry("data/" + file);
        stream.Write(Encoding.ASCII.GetBytes("window.YTD." + global + " = "));
        return stream;
    }

    private static Utf8JsonWriter Writer(Stream stream) =>
        new(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Iso(long ms) => StoryWorld.Date(ms, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'");

    private static void Follows(StoryZip zip, string kind, List<string> ids)
    {
        using var stream = Open(zip, kind + ".js", kind + ".part0");
        using var json = Writer(stream);
        json.WriteStartArray();
        foreach (var id in ids)
        {
            json.WriteStartObject();
            json.WriteStartObject(kind);
            json.WriteString("accountId", id);
            json.WriteString("userLink", "https://twitter.com/intent/user?user_id=" + id);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static (int Conversations, int Messages) DirectMessages(StoryWorld world, StoryZip zip, long cut)
    {
        var byPerson = new SortedDictionary<int, List<StoryEvent>>();
        foreach (var e in world.Events)
        {
            if (e.Platform == StoryPlatform.Twitter && e.Kind == StoryEventKind.Text && e.Ms < cut)
            {
                if (!byPerson.TryGetValue(e.Person, out var list))
                {
                    byPerson.Add(e.Person, list = []);
                }

                list.Add(e);
            }
        }

        var owner = long.Parse(StoryWorld.OwnerTwitterId, CultureInfo.InvariantCulture);
        var messages = 0;
        using var stream = Open(zip, "direct-messages.js", "direct_messages.part0");
        using var json = Writer(stream);
        json.WriteStartArray();
        foreach (var (number, events) in byPerson)
        {
            var other = long.Parse(world.Person(number).Twitter!.Id!, CultureInfo.InvariantCulture);
            json.WriteStartObject();
            json.WriteStartObject("dmConversation");
            json.WriteString("conversationId", Id(Math.Min(owner, other)) + "-" + Id(Math.Max(owner, other)));
            json.WriteStartArray("messages");
            for (var i = events.Count - 1; i >= 0; i--)
            {
                var e = events[i];
                var (sender, recipient) = e.Outgoing ? (owner, other) : (other, owner);
                json.WriteStartObject();
                json.WriteStartObject("messageCreate");
                json.WriteStartArray("reactions");
                if (e.Reaction > 0)
                {
                    json.WriteStartObject();
                    json.WriteString("senderId", Id(recipient));
                    json.WriteString("reactionKey", ReactionKeys[(e.Reaction - 1) % ReactionKeys.Length]);
                    json.WriteString("eventId", Id(StoryIdentifiers.Snowflake(e.Ms + 90_000, number + 2_000_000)));
                    json.WriteString("createdAt", Iso(e.Ms + 90_000));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("urls");
                json.WriteEndArray();
                json.WriteString("text", StoryTexts.Dm[e.Text % StoryTexts.Dm.Length]);
                json.WriteStartArray("mediaUrls");
                json.WriteEndArray();
                json.WriteString("senderId", Id(sender));
                json.WriteString("id", Id(StoryIdentifiers.Snowflake(e.Ms, number)));
                json.WriteString("recipientId", Id(recipient));
                json.WriteString("createdAt", Iso(e.Ms));
                json.WriteEndObject();
                json.WriteEndObject();
                messages++;
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        return (byPerson.Count, messages);
    }

    private static int Tweets(StoryWorld world, StoryZip zip, long cut)
    {
        var tweets = world.Events.Where(e => e.Platform == StoryPlatform.Twitter && e.Ms < cut && e.Kind is StoryEventKind.Tweet or StoryEventKind.Mention or StoryEventKind.Reply)
            .Reverse().ToList();
        using var stream = Open(zip, "tweets.js", "tweets.part0");
        using var json = Writer(stream);
        json.WriteStartArray();
        var sequence = 0;
        foreach (var e in tweets)
        {
            var id = StoryIdentifiers.Snowflake(e.Ms, sequence++);
            var account = e.Person != 0 ? world.Person(e.Person).Twitter! : null;
            var text = e.Kind switch
            {
                StoryEventKind.Mention => string.Format(CultureInfo.InvariantCulture, StoryTexts.Mentions[e.Text % StoryTexts.Mentions.Length], account!.Handle),
                StoryEventKind.Reply => string.Format(CultureInfo.InvariantCulture, StoryTexts.Replies[e.Text % StoryTexts.Replies.Length], account!.Handle),
                _ => StoryTexts.Tweets[e.Text % StoryTexts.Tweets.Length],
            };
            var length = CodePoints(text);
            json.WriteStartObject();
            json.WriteStartObject("tweet");
            json.WriteStartObject("edit_info");
            json.WriteStartObject("initial");
            json.WriteStartArray("editTweetIds");
            json.WriteStringValue(Id(id));
            json.WriteEndArray();
            json.WriteString("editableUntil", Iso(e.Ms + 3_600_000));
            json.WriteString("editsRemaining", "5");
            json.WriteBoolean("isEditEligible", e.Kind == StoryEventKind.Tweet);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteBoolean("retweeted", false);
            json.WriteString("source", "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>");
            json.WriteStartObject("entities");
            json.WriteStartArray("hashtags");
            json.WriteEndArray();
            json.WriteStartArray("symbols");
            json.WriteEndArray();
            json.WriteStartArray("user_mentions");
            if (account is not null)
            {
                var at = text.IndexOf("@" + account.Handle, StringComparison.Ordinal);
                var start = CodePoints(text[..at]);
                json.WriteStartObject();
                json.WriteString("name", account.Name);
                json.WriteString("screen_name", account.Handle);
                json.WriteStartArray("indices");
                json.WriteStringValue(start.ToString(CultureInfo.InvariantCulture));
                json.WriteStringValue((start + 1 + account.Handle!.Length).ToString(CultureInfo.InvariantCulture));
                json.WriteEndArray();
                json.WriteString("id_str", account.Id);
                json.WriteString("id", account.Id);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("urls");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("display_text_range");
            json.WriteStringValue("0");
            json.WriteStringValue(length.ToString(CultureInfo.InvariantCulture));
            json.WriteEndArray();
            json.WriteString("favorite_count", ((e.Text * 7) % 23).ToString(CultureInfo.InvariantCulture));
            if (e.Kind == StoryEventKind.Reply)
            {
                json.WriteString("in_reply_to_status_id_str", Id(StoryIdentifiers.Snowflake(e.Ms - 5_400_000, e.Person)));
                json.WriteString("in_reply_to_user_id", account!.Id);
                json.WriteString("in_reply_to_user_id_str", account.Id);
                json.WriteString("in_reply_to_screen_name", account.Handle);
            }

            json.WriteString("id_str", Id(id));
            json.WriteBoolean("truncated", false);
            json.WriteString("retweet_count", "0");
            json.WriteString("id", Id(id));
            json.WriteString("created_at", StoryWorld.Date(e.Ms, "ddd MMM dd HH:mm:ss '+0000' yyyy"));
            json.WriteBoolean("favorited", false);
            json.WriteString("full_text", text);
            json.WriteString("lang", "en");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        return tweets.Count;
    }

    private static int CodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static void Manifest(StoryZip zip, List<(string Type, string File, string Global, int Count)> parts, long cut)
    {
        using var stream = zip.Entry("data/manifest.js");
        stream.Write("window.__THAR_CONFIG = "u8);
        using var json = Writer(stream);
        json.WriteStartObject();
        json.WriteStartObject("userInfo");
        json.WriteString("accountId", StoryWorld.OwnerTwitterId);
        json.WriteString("userName", StoryWorld.OwnerHandle);
        json.WriteString("displayName", StoryWorld.OwnerName);
        json.WriteEndObject();
        json.WriteStartObject("archiveInfo");
        json.WriteString("sizeBytes", "0");
        json.WriteString("generationDate", Iso(cut));
        json.WriteBoolean("isPartialArchive", false);
        json.WriteString("maxPartSizeBytes", "53687091200");
        json.WriteEndObject();
        json.WriteStartObject("dataTypes");
        foreach (var part in parts.OrderBy(p => p.Type, StringComparer.Ordinal))
        {
            json.WriteStartObject(part.Type);
            json.WriteStartArray("files");
            json.WriteStartObject();
            json.WriteString("fileName", "data/" + part.File);
            json.WriteString("globalName", "YTD." + part.Global);
            json.WriteString("count", part.Count.ToString(CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
