using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NetworkMetrics.Samples;

/// <summary>
/// Writes a synthetic X / Twitter archive in the current layout (<c>data/</c> with
/// <c>manifest.js</c>, <c>window.YTD.&lt;name&gt;.partN = [ … ]</c> files), deterministic from
/// a seed, with streaming writers (memory stays flat at any size). Every person is invented;
/// names mix scripts and emoji.
/// </summary>
/// <remarks>
/// What it holds, exactly: <c>followers</c> follower records and <c>following</c> following
/// records (lists over 50,000 are split into <c>-partN</c> files, as X does for large types);
/// <c>messages</c> direct messages spread over <c>dmConversations</c> conversations (every tenth
/// a group conversation with join and leave events; at most one conversation per message),
/// conversations over 1,000 messages split into overlapping entries as X does (the repeated
/// messages have the same id, so the distinct count is still <c>messages</c>); an
/// <c>account.js</c>; and a few tweets with replies and mentions, which name the accounts by
/// handle.
/// </remarks>
public static class TwitterSample
{
    /// <summary>The owner's account id in every sample.</summary>
    public const string OwnerId = "1000000001";

    /// <summary>The export date the manifest states.</summary>
    public static readonly DateTimeOffset ExportedAt = new(2024, 6, 1, 9, 30, 0, TimeSpan.Zero);

    private const int PartSize = 50_000;
    private const int SplitSize = 1_000;
    private const int SplitOverlap = 10;
    private const long FirstPersonId = 3_000_000_001;
    private const long OwnerNumericId = 1_000_000_001;

    private static readonly string[] FirstNames =
    [
        "Amara", "Björn", "Chiara", "Dawit", "Elif", "Farida", "Gustavo", "Hiroko", "Ingrid", "Jomo", "Kaia", "Luca",
        "Mei", "Nikolai", "Oluwaseun", "Priya", "Quentin", "Rania", "Sakura", "Tiago", "Uzma", "Valentina", "Wiremu", "Ximena",
        "Yusuf", "Zofia", "Анна", "Дмитрий", "美玲", "浩然", "민준", "서연", "أحمد", "ليلى", "Αλέξανδρος", "Ελένη", "आरव", "अनन्या",
    ];

    private static readonly string[] LastNames =
    [
        "Abara", "Bergström", "Castellano", "Desta", "Ekström", "Fonseca", "Gallagher", "Hayashi", "Ivanova", "Jørgensen",
        "Kariuki", "Lindqvist", "Moreau", "Nakamura", "Okonkwo", "Petrov", "Quispe", "Rahman", "Sato", "Tanaka", "Umarov",
        "Varga", "Wójcik", "Xu", "Yilmaz", "Zapata", "Смирнова", "Кузнецов", "王", "李", "김", "박", "الحسن", "Παπαδόπουλος", "शर्मा",
    ];

    private static readonly string[] Emoji = ["", "", "", "", " 🌿", " ✨", " 🚲", " 📚", " 🎸", " 🌊"];

    private static readonly string[] Phrases =
    [
        "Are you free on Saturday?", "Thanks so much for yesterday!", "Did you see the match? ⚽", "Running late, 10 minutes",
        "Happy birthday! 🎂", "Sending you the photos now", "¿Quedamos el jueves?", "Merci pour tout 🙏", "Tschüss, bis morgen!",
        "お疲れさまでした", "好久不见，最近怎么样？", "Спасибо, до встречи!", "See you at the trailhead 🥾", "Coffee at 4? ☕",
        "That recipe was a triumph", "Let me know when you land ✈️", "Ha! Classic 😂", "Congrats on the new job 🎉",
    ];

    /// <summary>Writes the archive into <paramref name="directory"/> (created when missing).</summary>
    /// <param name="directory">The archive's root folder; <c>data/</c> goes below it.</param>
    /// <param name="followers">The number of follower records.</param>
    /// <param name="following">The number of following records.</param>
    /// <param name="dmConversations">The number of DM conversations (every tenth a group).</param>
    /// <param name="messages">The number of distinct direct messages.</param>
    /// <param name="seed">The seed: the same arguments always give the same bytes.</param>
    public static void Write(string directory, int followers, int following, int dmConversations, int messages, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentOutOfRangeException.ThrowIfNegative(followers);
        ArgumentOutOfRangeException.ThrowIfNegative(following);
        ArgumentOutOfRangeException.ThrowIfNegative(dmConversations);
        ArgumentOutOfRangeException.ThrowIfNegative(messages);
        var data = Path.Combine(directory, "data");
        Directory.CreateDirectory(data);
        var people = new People(seed, Math.Max(followers, following) + 16);
        var manifest = new List<(string Type, string File, string Global, long Count)>();

        WriteAccount(data, manifest);
        WriteFollows(data, "follower", followers, i => people.Follower(i), manifest);
        WriteFollows(data, "following", following, i => people.Following(i), manifest);
        var conversations = messages == 0 ? 0 : Math.Min(dmConversations, messages);
        var (oneToOne, group) = WriteDirectMessages(data, conversations, messages, people, seed);
        manifest.Add(("directMessages", "direct-messages.js", "direct_messages.part0", oneToOne));
        manifest.Add(("directMessagesGroup", "direct-messages-group.js", "direct_messages_group.part0", group));
        var tweets = WriteTweets(data, Math.Clamp((followers + following) / 20, 10, 5_000), people, seed);
        manifest.Add(("tweets", "tweets.js", "tweets.part0", tweets));
        WriteEmpty(data, "note-tweet.js", "note_tweet.part0");
        manifest.Add(("noteTweet", "note-tweet.js", "note_tweet.part0", 0));
        WriteManifest(data, manifest);
    }

    private static void WriteAccount(string data, List<(string, string, string, long)> manifest)
    {
        using var file = Open(data, "account.js", "account.part0");
        using var json = Writer(file);
        json.WriteStartArray();
        json.WriteStartObject();
        json.WriteStartObject("account");
        json.WriteString("email", "sample.owner@example.org");
        json.WriteString("createdVia", "web");
        json.WriteString("username", "sample_owner");
        json.WriteString("accountId", OwnerId);
        json.WriteString("createdAt", "2010-03-14T08:00:00.000Z");
        json.WriteString("accountDisplayName", "Sam Ple 🌍");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        manifest.Add(("account", "account.js", "account.part0", 1));
    }

    private static void WriteFollows(string data, string kind, int count, Func<int, long> id, List<(string, string, string, long)> manifest)
    {
        var parts = Math.Max(1, (count + PartSize - 1) / PartSize);
        for (var part = 0; part < parts; part++)
        {
            var name = part == 0 ? kind + ".js" : kind + "-part" + part.ToString(CultureInfo.InvariantCulture) + ".js";
            var global = kind + ".part" + part.ToString(CultureInfo.InvariantCulture);
            var from = part * PartSize;
            var to = Math.Min(count, from + PartSize);
            using var file = Open(data, name, global);
            using var json = Writer(file);
            json.WriteStartArray();
            for (var i = from; i < to; i++)
            {
                var account = Id(id(i));
                json.WriteStartObject();
                json.WriteStartObject(kind);
                json.WriteString("accountId", account);
                json.WriteString("userLink", "https://twitter.com/intent/user?user_id=" + account);
                json.WriteEndObject();
                json.WriteEndObject();
                FlushIfFull(json);
            }

            json.WriteEndArray();
            manifest.Add((kind, name, global, to - from));
        }
    }

    /// <summary>Writes both DM files; returns the number of conversation entries of each.</summary>
    private static (long OneToOne, long Group) WriteDirectMessages(string data, int conversations, int messages, People people, int seed)
    {
        var random = new Random(seed ^ 0x5EED);
        long oneToOneEntries = 0, groupEntries = 0;
        using var oneFile = Open(data, "direct-messages.js", "direct_messages.part0");
        using var one = Writer(oneFile);
        using var groupFile = Open(data, "direct-messages-group.js", "direct_messages_group.part0");
        using var group = Writer(groupFile);
        one.WriteStartArray();
        group.WriteStartArray();
        var messageId = 1_700_000_000_000_000_000L;
        for (var c = 0; c < conversations; c++)
        {
            var count = (messages / conversations) + (c < messages % conversations ? 1 : 0);
            var isGroup = c % 10 == 9;
            var first = messageId;
            messageId += count + 1;
            var end = ExportedAt.AddDays(-random.Next(0, 900)).AddMinutes(-random.Next(0, 1440));
            if (isGroup)
            {
                var members = Enumerable.Range(0, 2 + random.Next(0, 5)).Select(_ => people.Counterpart(random)).Distinct().ToArray();
                groupEntries += WriteGroup(group, "1" + (900_000_000_000_000_000L + c).ToString(CultureInfo.InvariantCulture), members, first, count, end, random);
            }
            else
            {
                var other = people.Counterpart(random);
                var conversationId = Id(Math.Min(OwnerNumericId, other)) + "-" + Id(Math.Max(OwnerNumericId, other));
                oneToOneEntries += WriteOneToOne(one, conversationId, other, first, count, end, random);
            }
        }

        one.WriteEndArray();
        group.WriteEndArray();
        return (oneToOneEntries, groupEntries);
    }

    /// <summary>
    /// One conversation, newest first, split into entries of <see cref="SplitSize"/> messages that
    /// overlap by <see cref="SplitOverlap"/> (same ids), as X writes long conversations.
    /// </summary>
    private static long WriteOneToOne(Utf8JsonWriter json, string conversationId, long other, long firstId, int count, DateTimeOffset newest, Random random)
    {
        long entries = 0;
        for (var start = 0; start < count; start += SplitSize)
        {
            entries++;
            json.WriteStartObject();
            json.WriteStartObject("dmConversation");
            json.WriteString("conversationId", conversationId);
            json.WriteStartArray("messages");
            var stop = Math.Min(count, start + SplitSize + SplitOverlap);
            for (var k = start; k < stop; k++)
            {
                // k = 0 is the newest message.
                var outgoing = (firstId + k) % 3 != 0;
                WriteMessage(json, firstId + count - 1 - k, outgoing ? OwnerNumericId : other, outgoing ? other : OwnerNumericId,
                    newest.AddMinutes(-7L * k), Phrases[(int)((firstId + k) % Phrases.Length)], reaction: k % 17 == 5 ? (outgoing ? other : OwnerNumericId) : 0);
                FlushIfFull(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return entries;
    }

    private static long WriteGroup(Utf8JsonWriter json, string conversationId, long[] members, long firstId, int count, DateTimeOffset newest, Random random)
    {
        // Timeline, oldest first: the owner is added with the first members, a newcomer joins
        // halfway, someone leaves at three quarters. Written newest first.
        var joiner = members.Length > 2 ? members[^1] : 0;
        var leaver = members.Length > 3 ? members[1] : 0;
        var initial = joiner == 0 ? members : members[..^1];
        long entries = 0;
        for (var start = 0; start < count; start += SplitSize)
        {
            entries++;
            json.WriteStartObject();
            json.WriteStartObject("dmConversation");
            json.WriteString("conversationId", conversationId);
            json.WriteStartArray("messages");
            var stop = Math.Min(count, start + SplitSize + SplitOverlap);
            for (var k = start; k < stop; k++)
            {
                var chronological = count - 1 - k;
                var at = newest.AddMinutes(-5L * k);
                if (leaver != 0 && chronological == count * 3 / 4)
                {
                    WriteMembership(json, "participantsLeave", 0, [leaver], at.AddSeconds(-30));
                }

                var sender = chronological % 4 == 0 ? OwnerNumericId : PickSender(initial, joiner, leaver, chronological, count);
                WriteMessage(json, firstId + chronological, sender, 0, at, Phrases[(int)((firstId + k) % Phrases.Length)], reaction: 0);
                if (joiner != 0 && chronological == count / 2)
                {
                    WriteMembership(json, "participantsJoin", initial[0], [joiner], at.AddSeconds(-30));
                }

                FlushIfFull(json);
            }

            if (stop == count)
            {
                WriteMembership(json, "joinConversation", initial[0], [.. initial, OwnerNumericId], newest.AddMinutes(-5L * count));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return entries;

        static long PickSender(long[] initial, long joiner, long leaver, int chronological, int count)
        {
            var sender = initial[chronological % initial.Length];
            if (sender == leaver && chronological > count * 3 / 4)
            {
                sender = initial[0];
            }

            return joiner != 0 && chronological > count / 2 && chronological % 5 == 1 ? joiner : sender;
        }
    }

    private static void WriteMessage(Utf8JsonWriter json, long id, long sender, long recipient, DateTimeOffset at, string text, long reaction)
    {
        json.WriteStartObject();
        json.WriteStartObject("messageCreate");
        if (recipient != 0)
        {
            json.WriteString("recipientId", Id(recipient));
        }

        json.WriteStartArray("reactions");
        if (reaction != 0)
        {
            json.WriteStartObject();
            json.WriteString("senderId", Id(reaction));
            json.WriteString("reactionKey", "like");
            json.WriteString("eventId", Id(id + 500_000_000_000_000L));
            json.WriteString("createdAt", Iso(at.AddMinutes(1)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("urls");
        json.WriteEndArray();
        json.WriteString("text", text);
        json.WriteStartArray("mediaUrls");
        json.WriteEndArray();
        json.WriteString("senderId", Id(sender));
        json.WriteString("id", Id(id));
        json.WriteString("createdAt", Iso(at));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMembership(Utf8JsonWriter json, string kind, long initiator, long[] users, DateTimeOffset at)
    {
        json.WriteStartObject();
        json.WriteStartObject(kind);
        if (initiator != 0)
        {
            json.WriteString("initiatingUserId", Id(initiator));
        }

        json.WriteStartArray(kind == "joinConversation" ? "participantsSnapshot" : "userIds");
        foreach (var user in users)
        {
            json.WriteStringValue(Id(user));
        }

        json.WriteEndArray();
        json.WriteString("createdAt", Iso(at));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static long WriteTweets(string data, int count, People people, int seed)
    {
        var random = new Random(seed ^ 0x7EE7);
        using var file = Open(data, "tweets.js", "tweets.part0");
        using var json = Writer(file);
        json.WriteStartArray();
        for (var i = 0; i < count; i++)
        {
            var id = 1_750_000_000_000_000_000L - (i * 1_000_003L);
            var at = ExportedAt.AddHours(-11L * i);
            var replyTo = i % 3 == 0 ? people.Counterpart(random) : 0;
            var mentioned = i % 2 == 0 ? people.Counterpart(random) : 0;
            json.WriteStartObject();
            json.WriteStartObject("tweet");
            json.WriteBoolean("retweeted", false);
            json.WriteString("source", "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>");
            json.WriteStartObject("entities");
            json.WriteStartArray("hashtags");
            json.WriteEndArray();
            json.WriteStartArray("user_mentions");
            foreach (var person in new[] { replyTo, mentioned }.Where(p => p != 0).Distinct())
            {
                json.WriteStartObject();
                json.WriteString("name", people.Name(person));
                json.WriteString("screen_name", people.Handle(person));
                json.WriteStartArray("indices");
                json.WriteStringValue("0");
                json.WriteStringValue("9");
                json.WriteEndArray();
                json.WriteString("id_str", Id(person));
                json.WriteString("id", Id(person));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("urls");
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("favorite_count", (i % 13).ToString(CultureInfo.InvariantCulture));
            json.WriteString("id_str", Id(id));
            json.WriteString("id", Id(id));
            json.WriteString("created_at", at.UtcDateTime.ToString("ddd MMM dd HH:mm:ss '+0000' yyyy", CultureInfo.InvariantCulture));
            json.WriteString("full_text", (mentioned != 0 ? "@" + people.Handle(mentioned) + " " : string.Empty) + Phrases[i % Phrases.Length]);
            json.WriteString("lang", "en");
            if (replyTo != 0)
            {
                json.WriteString("in_reply_to_status_id_str", Id(id - 77));
                json.WriteString("in_reply_to_user_id_str", Id(replyTo));
                json.WriteString("in_reply_to_screen_name", people.Handle(replyTo));
            }
            else
            {
                json.WriteNull("in_reply_to_status_id_str");
                json.WriteNull("in_reply_to_user_id_str");
                json.WriteNull("in_reply_to_screen_name");
            }

            json.WriteEndObject();
            json.WriteEndObject();
            FlushIfFull(json);
        }

        json.WriteEndArray();
        return count;
    }

    private static void WriteEmpty(string data, string name, string global)
    {
        using var file = Open(data, name, global);
        file.Write("[ ]"u8);
    }

    private static void WriteManifest(string data, List<(string Type, string File, string Global, long Count)> parts)
    {
        using var file = new FileStream(Path.Combine(data, "manifest.js"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        file.Write("window.__THAR_CONFIG = "u8);
        using var json = Writer(file);
        json.WriteStartObject();
        json.WriteStartObject("userInfo");
        json.WriteString("accountId", OwnerId);
        json.WriteString("userName", "sample_owner");
        json.WriteString("displayName", "Sam Ple 🌍");
        json.WriteEndObject();
        json.WriteStartObject("archiveInfo");
        json.WriteString("sizeBytes", "0");
        json.WriteString("generationDate", Iso(ExportedAt));
        json.WriteBoolean("isPartialArchive", false);
        json.WriteString("maxPartSizeBytes", "53687091200");
        json.WriteEndObject();
        json.WriteStartObject("readmeInfo");
        json.WriteString("fileName", "data/README.txt");
        json.WriteString("directory", "data/");
        json.WriteString("name", "README.txt");
        json.WriteEndObject();
        json.WriteStartObject("dataTypes");
        foreach (var type in parts.GroupBy(p => p.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            json.WriteStartObject(type.Key);
            json.WriteStartArray("files");
            foreach (var part in type)
            {
                json.WriteStartObject();
                json.WriteString("fileName", "data/" + part.File);
                json.WriteString("globalName", "YTD." + part.Global);
                json.WriteString("count", part.Count.ToString(CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static FileStream Open(string data, string name, string global)
    {
        var file = new FileStream(Path.Combine(data, name), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        file.Write(Encoding.ASCII.GetBytes("window.YTD." + global + " = "));
        return file;
    }

    private static Utf8JsonWriter Writer(Stream stream) =>
        new(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false });

    private static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > 1 << 16)
        {
            json.Flush();
        }
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The invented people: followers, followings (the first 40 % of them mutual), names and handles.</summary>
    private sealed class People(int seed, int size)
    {
        private readonly int _salt = seed & 0x7FFF;

        public long Follower(int i) => FirstPersonId + i;

        /// <summary>Followings: the first 40 % are also followers (mutuals), the rest are other people.</summary>
        public long Following(int i) => i % 5 < 2 ? FirstPersonId + i : FirstPersonId + size + i;

        public long Counterpart(Random random) => FirstPersonId + random.Next(0, Math.Max(1, size - 16));

        public string Name(long id)
        {
            var n = (int)((id - FirstPersonId + _salt) % 100_003);
            return FirstNames[n % FirstNames.Length] + " " + LastNames[(n / FirstNames.Length) % LastNames.Length] + Emoji[n % Emoji.Length];
        }

        public string Handle(long id) => "user_" + (id - FirstPersonId).ToString(CultureInfo.InvariantCulture);
    }
}
