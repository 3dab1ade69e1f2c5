using System.Text;
using System.Text.Json;

namespace NetworkMetrics.Samples;

/// <summary>What a synthetic Facebook or Instagram export holds, as <c>netmetrics inspect</c> should count it.</summary>
/// <param name="Connections">Friends (Facebook); 0 for Instagram.</param>
/// <param name="Following">Accounts the owner follows.</param>
/// <param name="Followers">Accounts that follow the owner.</param>
/// <param name="Removed">Removed friends (Facebook) or recently unfollowed accounts (Instagram).</param>
/// <param name="Requests">Friend or follow requests: received, sent and rejected.</param>
/// <param name="Messages">Messages, not counting the calls and notices the threads also hold.</param>
/// <param name="Threads">Message threads.</param>
/// <param name="Owner">The owner's display name.</param>
public sealed record MetaSampleCounts(int Connections, int Following, int Followers, int Removed, int Requests, int Messages, int Threads, string Owner);

/// <summary>
/// Writes a synthetic Facebook export ("Download Your Information", JSON) in the newest layout:
/// <c>personal_information/profile_information/profile_information.json</c>,
/// <c>connections/friends/…</c>, <c>connections/followers/…</c> and
/// <c>your_facebook_activity/messages/inbox/&lt;thread&gt;/message_N.json</c>, every string in Meta's
/// mojibake (UTF-8 bytes written as <c>\u00XX</c> escapes). Every person is invented; names mix
/// scripts and emoji. Deterministic for a seed; written with streaming writers, so memory stays
/// flat at any size (threads are split every 10,000 messages, as Facebook does).
/// </summary>
public static class FacebookSample
{
    /// <summary>Messages per thread file before Facebook starts a new <c>message_N.json</c>.</summary>
    public const int MessagesPerFile = 10_000;

    /// <summary>Writes the export into <paramref name="directory"/> (created if needed).</summary>
    /// <param name="directory">The export's root folder.</param>
    /// <param name="friends">The number of friends (at least 1).</param>
    /// <param name="threads">The number of message threads (every fifth is a group).</param>
    /// <param name="messages">The number of messages across all threads (calls and notices come on top).</param>
    /// <param name="seed">The seed: the same seed writes the same export.</param>
    /// <returns>What the export holds.</returns>
    public static MetaSampleCounts Write(string directory, int friends, int threads, int messages, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(friends, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        ArgumentOutOfRangeException.ThrowIfNegative(messages);
        if (messages > 0 && threads == 0)
        {
            throw new ArgumentException("messages need at least one thread", nameof(messages));
        }

        var random = new Random(seed);
        var names = new MetaNames(random);
        var owner = names.Next();
        var people = Enumerable.Range(0, friends).Select(_ => names.Next()).ToArray();
        var start = new DateTimeOffset(2012, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var end = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

        MetaJsonFiles.Write(Path.Combine(directory, "personal_information", "profile_information", "profile_information.json"), w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("profile_v2");
            w.WriteStartObject("name");
            w.WriteString("full_name", MetaNames.Mojibake(owner));
            w.WriteEndObject();
            w.WriteStartObject("emails");
            w.WriteStartArray("emails");
            w.WriteStringValue(MetaNames.Slug(owner, '.') + "@example.com");
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteString("username", MetaNames.Slug(owner, '.'));
            w.WriteString("profile_uri", "https://www.facebook.com/" + MetaNames.Slug(owner, '.'));
            w.WriteNumber("registration_timestamp", start);
            w.WriteEndObject();
            w.WriteEndObject();
        });

        var friendsDir = Path.Combine(directory, "connections", "friends");
        var followersDir = Path.Combine(directory, "connections", "followers");
        WritePeople(Path.Combine(friendsDir, "your_friends.json"), "friends_v2", people, random, start, end, withTime: true);
        var removed = names.Many(friends / 10);
        WritePeople(Path.Combine(friendsDir, "removed_friends.json"), "deleted_friends_v2", removed, random, start, end, withTime: true);
        var received = names.Many((friends / 20) + 1);
        var sent = names.Many((friends / 25) + 1);
        var rejected = names.Many(friends / 50);
        WritePeople(Path.Combine(friendsDir, "received_friend_requests.json"), "received_requests_v2", received, random, start, end, withTime: true);
        WritePeople(Path.Combine(friendsDir, "sent_friend_requests.json"), "sent_requests_v2", sent, random, start, end, withTime: true);
        WritePeople(Path.Combine(friendsDir, "rejected_friend_requests.json"), "rejected_requests_v2", rejected, random, start, end, withTime: true);
        var following = people.Take(friends / 4).Concat(names.Many(2)).ToArray();
        var followers = received.Concat(people.Skip(friends / 2).Take(friends / 3)).ToArray();
        WritePeople(Path.Combine(followersDir, "who_you've_followed.json"), "following_v3", following, random, start, end, withTime: true);
        WritePeople(Path.Combine(followersDir, "people_who_followed_you.json"), "followers_v3", followers, random, start, end, withTime: false);

        MetaThreads.Write(Path.Combine(directory, "your_facebook_activity", "messages", "inbox"), owner, people, threads, messages, random,
            thread => thread.Slug + "_" + (10158000000000000L + thread.Index).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "inbox/", includeFacebookNotices: true);

        return new MetaSampleCounts(friends, following.Length, followers.Length, removed.Length,
            received.Length + sent.Length + rejected.Length, messages, threads, owner);
    }

    private static void WritePeople(string path, string key, IReadOnlyList<string> names, Random random, long start, long end, bool withTime) =>
        MetaJsonFiles.Write(path, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray(key);
            for (var i = 0; i < names.Count; i++)
            {
                w.WriteStartObject();
                w.WriteString("name", MetaNames.Mojibake(names[i]));
                if (withTime)
                {
                    w.WriteNumber("timestamp", random.NextInt64(start, end));
                }

                w.WriteEndObject();
                if (i % 1000 == 999)
                {
                    w.Flush();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
}

/// <summary>Invented names in many scripts, some with emoji, and Meta's way of writing them.</summary>
internal sealed class MetaNames(Random random)
{
    private static readonly string[] First =
    [
        "Hoàng", "Mai", "Lan", "Minh", "Thu Hà", "Åsa", "Søren", "Zoë", "Chloé", "Amélie", "Jonas", "Léa", "Aylin", "Zeynep", "Priya",
        "Ravi", "Omar", "Layla", "Kenji", "Yuki", "Wei", "Mei", "Olena", "Dmytro", "Νίκος", "Ελένη", "Ama", "Kwame", "Thando",
        "Zanele", "Sofía", "Tomás", "João", "Inês", "Bilal", "Amara", "Nadia", "Ingrid", "Piotr", "Agnieszka",
    ];

    private static readonly string[] Last =
    [
        "Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Lindqvist", "Holm", "O'Brien", "Martin", "Roussel", "Weber", "Fontaine", "Yıldız",
        "Kaya", "Raman", "Menon", "Haddad", "Al-Sayed", "田中", "佐藤", "王", "李", "Коваленко", "Шевченко", "Παπαδόπουλος",
        "Boateng", "Mensah", "Mokoena", "Dlamini", "Castaño", "Ruiz", "Pinto", "Carvalho", "Raza", "Okafor", "Petrova", "Sæther",
        "Nowak", "Wiśniewska", "Kim",
    ];

    private static readonly string[] Emoji = ["🌻", "🐉", "🌴", "✨", "🎧", "📷", "⚽", "🍜"];

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>A new, unused name.</summary>
    public string Next()
    {
        while (true)
        {
            var name = First[random.Next(First.Length)] + " " + Last[random.Next(Last.Length)];
            if (random.Next(12) == 0)
            {
                name += " " + Emoji[random.Next(Emoji.Length)];
            }

            if (_used.Add(name))
            {
                return name;
            }

            if (_used.Add(name + " " + _used.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                return name + " " + (_used.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    public string[] Many(int count) => [.. Enumerable.Range(0, Math.Max(0, count)).Select(_ => Next())];

    /// <summary>Meta's mojibake: each UTF-8 byte of the text as one char (written as a <c>\u00XX</c> escape).</summary>
    public static string Mojibake(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return string.Create(bytes.Length, bytes, static (span, b) =>
        {
            for (var i = 0; i < b.Length; i++)
            {
                span[i] = (char)b[i];
            }
        });
    }

    /// <summary>A lower-case ASCII slug of a name (letters and digits), like Meta's folder names and usernames.</summary>
    public static string Slug(string name, char? separator = null)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == ' ' && separator is { } sep && builder.Length > 0 && builder[^1] != sep)
            {
                builder.Append(sep);
            }
        }

        var slug = builder.ToString().Trim(separator ?? ' ');
        return slug.Length == 0 ? "user" : slug;
    }
}

/// <summary>Streaming JSON files written the way Meta writes them (indented, ASCII with escapes).</summary>
internal static class MetaJsonFiles
{
    public static void Write(string path, Action<Utf8JsonWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
        using var writer = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true });
        write(writer);
        writer.Flush();
    }
}

/// <summary>Message threads in Meta's schema, written part by part, newest first.</summary>
internal static class MetaThreads
{
    private static readonly string[] Texts =
    [
        "Hi! How are you?", "Hẹn gặp lại nhé 😊", "À demain 🙂", "It’s 5 € … okay 👍", "おすすめある？", "Ciao, ci vediamo?", "Sawubona! 🌍",
        "¿Nos vemos mañana?", "Добрий вечір", "Καλημέρα ☀️", "شكرا جزيلا", "Medaase!", "See you at the station", "😂😂😂", "Danke!",
    ];

    public sealed record Thread(int Index, string Slug, string Title, string[] Others);

    /// <summary>
    /// Writes <paramref name="threadCount"/> threads holding <paramref name="messages"/> messages in all, plus one call per
    /// thread (Facebook) or one "Liked a message" (Instagram), which are not messages.
    /// </summary>
    public static void Write(string inbox, string owner, string[] people, int threadCount, int messages, Random random,
        Func<Thread, string> folder, string pathPrefix, bool includeFacebookNotices)
    {
        var end = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        for (var t = 0; t < threadCount; t++)
        {
            var group = t % 5 == 4 && people.Length >= 2;
            var others = group
                ? [.. Enumerable.Range(0, Math.Min(people.Length, 2 + random.Next(4))).Select(i => people[(t + (i * 7)) % people.Length]).Distinct(StringComparer.Ordinal)]
                : new[] { people[t % people.Length] };
            var title = group ? "Group " + (t + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " 🎉" : others[0];
            var thread = new Thread(t, MetaNames.Slug(title), title, others);
            var count = (messages / threadCount) + (t < messages % threadCount ? 1 : 0);
            var name = folder(thread);
            var dir = Path.Combine(inbox, name);
            var time = end - (t * 3_600_000L);
            var parts = Math.Max(1, (count + FacebookSample.MessagesPerFile - 1) / FacebookSample.MessagesPerFile);
            var written = 0;
            for (var part = 1; part <= parts; part++)
            {
                var inPart = Math.Min(FacebookSample.MessagesPerFile, count - written);
                MetaJsonFiles.Write(Path.Combine(dir, "message_" + part.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".json"), w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("participants");
                    foreach (var participant in others.Append(owner))
                    {
                        w.WriteStartObject();
                        w.WriteString("name", MetaNames.Mojibake(participant));
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteStartArray("messages");
                    if (part == 1)
                    {
                        // The newest item of every thread is one that is not a message.
                        w.WriteStartObject();
                        w.WriteString("sender_name", MetaNames.Mojibake(others[0]));
                        w.WriteNumber("timestamp_ms", time + 1000);
                        if (includeFacebookNotices)
                        {
                            w.WriteString("content", MetaNames.Mojibake(others[0] + " started a video chat."));
                            w.WriteNumber("call_duration", random.Next(600));
                        }
                        else
                        {
                            w.WriteString("content", "Liked a message");
                        }

                        w.WriteBoolean("is_geoblocked_for_viewer", false);
                        w.WriteEndObject();
                    }

                    for (var i = 0; i < inPart; i++)
                    {
                        time -= 1 + random.Next(600_000);
                        var fromOwner = random.Next(2) == 0;
                        var sender = fromOwner ? owner : others[random.Next(others.Length)];
                        w.WriteStartObject();
                        w.WriteString("sender_name", MetaNames.Mojibake(sender));
                        w.WriteNumber("timestamp_ms", time);
                        if (random.Next(20) == 0)
                        {
                            w.WriteStartArray("photos");
                            w.WriteStartObject();
                            w.WriteString("uri", pathPrefix + name + "/photos/" + time.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".jpg");
                            w.WriteNumber("creation_timestamp", time / 1000);
                            w.WriteEndObject();
                            w.WriteEndArray();
                        }
                        else
                        {
                            w.WriteString("content", MetaNames.Mojibake(Texts[random.Next(Texts.Length)]));
                        }

                        if (random.Next(10) == 0)
                        {
                            w.WriteStartArray("reactions");
                            w.WriteStartObject();
                            w.WriteString("reaction", MetaNames.Mojibake("❤"));
                            w.WriteString("actor", MetaNames.Mojibake(fromOwner ? others[0] : owner));
                            w.WriteEndObject();
                            w.WriteEndArray();
                        }

                        w.WriteBoolean("is_geoblocked_for_viewer", false);
                        w.WriteEndObject();
                        if (i % 1000 == 999)
                        {
                            w.Flush();
                        }
                    }

                    w.WriteEndArray();
                    w.WriteString("title", MetaNames.Mojibake(title));
                    w.WriteBoolean("is_still_participant", true);
                    w.WriteString("thread_path", pathPrefix + name);
                    w.WriteStartArray("magic_words");
                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                written += inPart;
            }
        }
    }
}
