using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NetworkMetrics.Samples;

/// <summary>What <see cref="MastodonSample.Write"/> wrote, for assertions.</summary>
/// <param name="Folder">The folder written.</param>
/// <param name="Archive">The archive (<c>archive-….tar.gz</c>).</param>
/// <param name="Owner">The owner's address.</param>
/// <param name="Following">Rows of <c>following_accounts.csv</c>.</param>
/// <param name="Posts">Activities of the outbox.</param>
/// <param name="Mentions">Statuses that mention someone other than the owner and the replied-to author.</param>
/// <param name="Replies">Statuses that reply to someone else's status.</param>
/// <param name="Reposts">Boosts of others' statuses.</param>
/// <param name="Likes">Likes of others' statuses.</param>
public sealed record MastodonSampleInfo(string Folder, string Archive, string Owner, int Following, int Posts, int Mentions, int Replies, int Reposts, int Likes);

/// <summary>
/// A synthetic Mastodon export: the account lists of Preferences → Import and export
/// (<c>following_accounts.csv</c> with the current header, <c>muted_accounts.csv</c>,
/// <c>blocked_accounts.csv</c>) and the archive (<c>archive-….tar.gz</c> with <c>actor.json</c>,
/// <c>outbox.json</c>, <c>likes.json</c>). Deterministic from the seed; JSON is written with
/// <see cref="Utf8JsonWriter"/> to files that are then streamed into the tar. Every person is invented.
/// </summary>
public static class MastodonSample
{
    private const string Public = "https://www.w3.org/ns/activitystreams#Public";
    private static readonly string[] Domains = ["mastodon.example", "fosstodon.example", "hachyderm.example", "mstdn.jp.example", "chaos.social.example"];
    private static readonly string[] Texts =
    [
        "Good morning ☀️", "Bonjour à tous", "おはようございます", "안녕하세요", "Привет", "Καλημέρα", "مرحبا", "Olá 🎉", "नमस्ते",
    ];

    private static readonly DateTimeOffset Start = new(2023, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the lists and the archive into <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder (created when missing).</param>
    /// <param name="following">How many accounts the owner follows (at least 1).</param>
    /// <param name="posts">How many activities the outbox holds.</param>
    /// <param name="likes">How many statuses the owner liked.</param>
    /// <param name="seed">The seed: the same seed writes the same files.</param>
    /// <returns>The paths and the counts written.</returns>
    public static MastodonSampleInfo Write(string folder, int following, int posts, int likes, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(following, 1);
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        const string ownerUser = "sample_owner";
        const string ownerDomain = "social.example";
        var accounts = new (string User, string Domain)[following];
        for (var i = 0; i < following; i++)
        {
            accounts[i] = ("user" + i.ToString(CultureInfo.InvariantCulture), Domains[random.Next(Domains.Length)]);
        }

        var utf8 = new UTF8Encoding(false);
        using (var csv = new StreamWriter(Path.Combine(folder, "following_accounts.csv"), false, utf8) { NewLine = "\n" })
        {
            csv.WriteLine("Account address,Show boosts,Notify on new posts,Languages");
            foreach (var (user, domain) in accounts)
            {
                csv.WriteLine($"{user}@{domain},true,false,");
            }
        }

        File.WriteAllText(Path.Combine(folder, "muted_accounts.csv"), "Account address,Hide notifications\nloud@shouting.example,true\n", utf8);
        File.WriteAllText(Path.Combine(folder, "blocked_accounts.csv"), "troll@bad.example\n", utf8);

        var staging = Path.Combine(folder, ".archive-staging");
        Directory.CreateDirectory(staging);
        var options = new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var ownerUrl = $"https://{ownerDomain}/users/{ownerUser}";
        using (var file = File.Create(Path.Combine(staging, "actor.json")))
        using (var json = new Utf8JsonWriter(file, options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://www.w3.org/ns/activitystreams");
            json.WriteString("id", ownerUrl);
            json.WriteString("type", "Person");
            json.WriteString("preferredUsername", ownerUser);
            json.WriteString("name", "Sample Owner 🌍 Ἀλέξανδρος");
            json.WriteString("url", $"https://{ownerDomain}/@{ownerUser}");
            json.WriteEndObject();
        }

        int mentions = 0, replies = 0, reposts = 0;
        using (var file = File.Create(Path.Combine(staging, "outbox.json")))
        using (var json = new Utf8JsonWriter(file, options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://www.w3.org/ns/activitystreams");
            json.WriteString("id", "outbox.json");
            json.WriteString("type", "OrderedCollection");
            json.WriteNumber("totalItems", posts);
            json.WriteStartArray("orderedItems");
            for (var i = 0; i < posts; i++)
            {
                var at = Start.AddMinutes(i * 47);
                var id = Snowflake(at, i);
                var statusUrl = $"{ownerUrl}/statuses/{id}";
                var roll = random.Next(20);
                json.WriteStartObject();
                json.WriteString("id", statusUrl + "/activity");
                json.WriteString("actor", ownerUrl);
                json.WriteString("published", Date(at));
                if (roll < 2)
                {
                    var (user, domain) = accounts[random.Next(following)];
                    json.WriteString("type", "Announce");
                    Audience(json, direct: false, ownerUrl);
                    json.WriteString("object", $"https://{domain}/users/{user}/statuses/{Snowflake(at.AddHours(-3), i)}");
                    json.WriteEndObject();
                    reposts++;
                    continue;
                }

                (string User, string Domain)? repliedTo = roll < 7 ? accounts[random.Next(following)] : null;
                var mentioned = new List<(string User, string Domain)>();
                if (repliedTo is { } target)
                {
                    mentioned.Add(target);
                }

                if (roll is >= 7 and < 11)
                {
                    mentioned.Add(accounts[random.Next(following)]);
                    if (random.Next(2) == 0)
                    {
                        mentioned.Add(accounts[random.Next(following)]);
                    }
                }

                var direct = roll == 11 && mentioned.Count > 0;
                json.WriteString("type", "Create");
                Audience(json, direct, ownerUrl);
                json.WriteStartObject("object");
                json.WriteString("id", statusUrl);
                json.WriteString("type", "Note");
                if (repliedTo is { } parent)
                {
                    json.WriteString("inReplyTo", $"https://{parent.Domain}/users/{parent.User}/statuses/{Snowflake(at.AddHours(-1), i)}");
                    replies++;
                }
                else
                {
                    json.WriteNull("inReplyTo");
                }

                json.WriteString("published", Date(at));
                json.WriteString("content", "<p>" + Texts[random.Next(Texts.Length)] + "</p>");
                json.WriteStartArray("tag");
                foreach (var (user, domain) in mentioned)
                {
                    json.WriteStartObject();
                    json.WriteString("type", "Mention");
                    json.WriteString("href", $"https://{domain}/users/{user}");
                    json.WriteString("name", $"@{user}@{domain}");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
                if (mentioned.Any(m => m != repliedTo))
                {
                    mentions++;
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        using (var file = File.Create(Path.Combine(staging, "likes.json")))
        using (var json = new Utf8JsonWriter(file, options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://www.w3.org/ns/activitystreams");
            json.WriteString("id", "likes.json");
            json.WriteString("type", "OrderedCollection");
            json.WriteStartArray("orderedItems");
            for (var i = 0; i < likes; i++)
            {
                var (user, domain) = accounts[random.Next(following)];
                json.WriteStringValue($"https://{domain}/users/{user}/statuses/{Snowflake(Start.AddMinutes(i * 31), i)}");
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        var archive = Path.Combine(folder, "archive-20250301120000-" + seed.ToString("x16", CultureInfo.InvariantCulture) + ".tar.gz");
        using (var file = File.Create(archive))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
        {
            foreach (var name in new[] { "actor.json", "outbox.json", "likes.json" })
            {
                var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { ModificationTime = Start };
                using var data = File.OpenRead(Path.Combine(staging, name));
                entry.DataStream = data;
                tar.WriteEntry(entry);
            }
        }

        Directory.Delete(staging, recursive: true);
        return new MastodonSampleInfo(folder, archive, $"{ownerUser}@{ownerDomain}", following, posts, mentions, replies, reposts, likes);
    }

    private static void Audience(Utf8JsonWriter json, bool direct, string ownerUrl)
    {
        json.WriteStartArray("to");
        json.WriteStringValue(direct ? "https://mastodon.example/users/user0" : Public);
        json.WriteEndArray();
        json.WriteStartArray("cc");
        if (!direct)
        {
            json.WriteStringValue(ownerUrl + "/followers");
        }

        json.WriteEndArray();
    }

    /// <summary>A Mastodon status id: milliseconds since 1970 shifted by 16 bits, with a sequence in the low bits.</summary>
    private static long Snowflake(DateTimeOffset at, int sequence) => (at.ToUnixTimeMilliseconds() << 16) | (uint)(sequence & 0xFFFF);

    private static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
