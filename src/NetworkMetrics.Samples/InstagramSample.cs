using System.Globalization;
using System.Text.Json;

namespace NetworkMetrics.Samples;

/// <summary>
/// Writes a synthetic Instagram export (JSON) in the newest layout:
/// <c>personal_information/personal_information/personal_information.json</c>,
/// <c>connections/followers_and_following/followers_N.json</c> (parts of 5,000),
/// <c>following.json</c>, <c>recently_unfollowed_accounts.json</c>, <c>pending_follow_requests.json</c>,
/// <c>close_friends.json</c>, <c>blocked_accounts.json</c> and
/// <c>your_instagram_activity/messages/inbox/&lt;user&gt;_&lt;id&gt;/message_N.json</c>, strings in Meta's
/// mojibake. Every account is invented. Deterministic for a seed; streaming writers.
/// </summary>
public static class InstagramSample
{
    /// <summary>Followers per <c>followers_N.json</c> part.</summary>
    public const int FollowersPerFile = 5_000;

    /// <summary>Writes the export into <paramref name="directory"/> (created if needed).</summary>
    /// <param name="directory">The export's root folder.</param>
    /// <param name="followers">The number of followers (at least 1); the owner follows about two thirds as many.</param>
    /// <param name="threads">The number of message threads (every fifth is a group).</param>
    /// <param name="messages">The number of messages across all threads ("Liked a message" notices come on top).</param>
    /// <param name="seed">The seed: the same seed writes the same export.</param>
    /// <returns>What the export holds (<see cref="MetaSampleCounts.Connections"/> is 0: Instagram has no mutual ties).</returns>
    public static MetaSampleCounts Write(string directory, int followers, int threads, int messages, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(followers, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        ArgumentOutOfRangeException.ThrowIfNegative(messages);
        if (messages > 0 && threads == 0)
        {
            throw new ArgumentException("messages need at least one thread", nameof(messages));
        }

        var random = new Random(seed);
        var names = new MetaNames(random);
        var owner = names.Next();
        var ownerUser = Username(owner, 0);
        var people = Enumerable.Range(0, followers).Select(_ => names.Next()).ToArray();
        var users = people.Select((p, i) => Username(p, i + 1)).ToArray();
        var start = new DateTimeOffset(2015, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        var end = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

        MetaJsonFiles.Write(Path.Combine(directory, "personal_information", "personal_information", "personal_information.json"), w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("profile_user");
            w.WriteStartObject();
            w.WriteString("title", string.Empty);
            w.WriteStartObject("string_map_data");
            Field(w, "Email", ownerUser + "@example.org");
            Field(w, "Username", ownerUser);
            Field(w, "Name", MetaNames.Mojibake(owner));
            Field(w, "Private Account", "True");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });

        var dir = Path.Combine(directory, "connections", "followers_and_following");
        for (var part = 0; part * FollowersPerFile < followers; part++)
        {
            var from = part * FollowersPerFile;
            var slice = users[from..Math.Min(followers, from + FollowersPerFile)];
            MetaJsonFiles.Write(Path.Combine(dir, "followers_" + (part + 1).ToString(CultureInfo.InvariantCulture) + ".json"),
                w => Items(w, null, slice, random, start, end));
        }

        var following = users.Take(followers * 2 / 3).Concat(Enumerable.Range(0, 3).Select(i => "brand.account." + i.ToString(CultureInfo.InvariantCulture))).ToArray();
        var unfollowed = Enumerable.Range(0, (followers / 20) + 1).Select(i => "former.friend." + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var pending = Enumerable.Range(0, (followers / 50) + 1).Select(i => "private.account." + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        MetaJsonFiles.Write(Path.Combine(dir, "following.json"), w => Items(w, "relationships_following", following, random, start, end));
        MetaJsonFiles.Write(Path.Combine(dir, "recently_unfollowed_accounts.json"), w => Items(w, "relationships_unfollowed_users", unfollowed, random, start, end));
        MetaJsonFiles.Write(Path.Combine(dir, "pending_follow_requests.json"), w => Items(w, "relationships_follow_requests_sent", pending, random, start, end));
        MetaJsonFiles.Write(Path.Combine(dir, "close_friends.json"), w => Items(w, "relationships_close_friends", [.. users.Take(Math.Max(1, followers / 30))], random, start, end));
        MetaJsonFiles.Write(Path.Combine(dir, "blocked_accounts.json"), w => Items(w, "relationships_blocked_users", ["spam.bot.1", "spam.bot.2"], random, start, end));

        MetaThreads.Write(Path.Combine(directory, "your_instagram_activity", "messages", "inbox"), owner, people, threads, messages, random,
            thread => MetaNames.Slug(thread.Title) + "_" + (17841400000000000L + thread.Index).ToString(CultureInfo.InvariantCulture),
            "inbox/", includeFacebookNotices: false);

        return new MetaSampleCounts(0, following.Length, followers, unfollowed.Length, pending.Length, messages, threads, owner);
    }

    /// <summary>An invented username: an ASCII slug of the name and a number.</summary>
    private static string Username(string name, int index) =>
        MetaNames.Slug(name, '.') + "." + index.ToString(CultureInfo.InvariantCulture);

    private static void Field(Utf8JsonWriter w, string label, string value)
    {
        w.WriteStartObject(label);
        w.WriteString("href", string.Empty);
        w.WriteString("value", value);
        w.WriteNumber("timestamp", 0);
        w.WriteEndObject();
    }

    /// <summary>A list of account items: a bare array (<paramref name="key"/> null) or an object holding it.</summary>
    private static void Items(Utf8JsonWriter w, string? key, string[] users, Random random, long start, long end)
    {
        if (key is null)
        {
            w.WriteStartArray();
        }
        else
        {
            w.WriteStartObject();
            w.WriteStartArray(key);
        }

        for (var i = 0; i < users.Length; i++)
        {
            w.WriteStartObject();
            w.WriteString("title", string.Empty);
            w.WriteStartArray("media_list_data");
            w.WriteEndArray();
            w.WriteStartArray("string_list_data");
            w.WriteStartObject();
            w.WriteString("href", "https://www.instagram.com/" + users[i]);
            w.WriteString("value", users[i]);
            w.WriteNumber("timestamp", random.NextInt64(start, end));
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            if (i % 1000 == 999)
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
        if (key is not null)
        {
            w.WriteEndObject();
        }
    }
}
