using System.Runtime.CompilerServices;

namespace NetworkMetrics.Tests.Bluesky;

/// <summary>
/// The repository of the fixture <c>Fixtures/Bluesky/2024/repo.car</c>, written by
/// <see cref="CarBuilder"/>: a commit, an MST node, records of every kind the parser reads
/// and some it passes over, and a raw block. Invented people.
/// </summary>
internal static class BlueskyFixture
{
    public const string Owner = "did:plc:anasousa2example7qwerty";
    public const string Bob = "did:plc:bobmartin5example3asdfg";
    public const string Chloe = "did:web:chloe.example";
    public const string Eunji = "did:plc:eunjikim6example4zxcvb";
    public const string Troll = "did:plc:troll0000example0000000";

    public static string Post(string did, string rkey) => $"at://{did}/app.bsky.feed.post/{rkey}";

    public static (string, object?)[] Ref(string uri) => [("cid", "bafyreia3example0000000000000000000000000000000000000000000"), ("uri", uri)];

    public static (string, object?)[] Mention(string did, int start, int end) =>
        [("index", new (string, object?)[] { ("byteEnd", end), ("byteStart", start) }),
         ("features", new object?[] { new (string, object?)[] { ("did", did), ("$type", "app.bsky.richtext.facet#mention") } })];

    public static byte[] Repo()
    {
        var car = new CarBuilder();
        var mst = CarBuilder.Cid([0xa0], 0x71); // stands for the tree root; any CID will do
        car.Add(w => CarBuilder.WriteMap(w,
        [
            ("did", Owner),
            ("rev", "3kzexample2222"),
            ("sig", new byte[64]),
            ("data", new CarBuilder.Link(mst)),
            ("prev", null),
            ("version", 3),
        ]));
        car.Add(w => CarBuilder.WriteMap(w,
        [
            ("e", new object?[] { new (string, object?)[] { ("k", new byte[] { 0x61 }), ("p", 0), ("t", null), ("v", new CarBuilder.Link(mst)) } }),
            ("l", null),
        ]));
        car.Record("app.bsky.actor.profile", ("displayName", "Ana Sousa 🌻"), ("description", "Invented person for tests"));
        car.Record("app.bsky.graph.follow", ("subject", Bob), ("createdAt", "2023-05-01T10:00:00.000Z"));
        car.Record("app.bsky.graph.follow", ("subject", Chloe), ("createdAt", "2023-06-01T11:30:00.000Z"));
        car.Record("app.bsky.graph.follow", ("subject", Eunji), ("createdAt", "2024-01-02T08:00:00.000Z"));
        car.Record("app.bsky.graph.block", ("subject", Troll), ("createdAt", "2024-01-03T09:00:00Z"));
        car.Record("app.bsky.feed.post", ("text", "Hello Bluesky"), ("langs", new object?[] { "en" }), ("createdAt", "2024-02-01T12:00:00.000Z"));
        car.Record("app.bsky.feed.post",
            ("text", "@bob.example agreed, and @chloe.example too"),
            ("reply", new (string, object?)[] { ("root", Ref(Post(Bob, "3kroot1"))), ("parent", Ref(Post(Bob, "3kroot1"))) }),
            ("facets", new object?[]
            {
                Mention(Bob, 0, 12),
                Mention(Chloe, 25, 39),
                new (string, object?)[]
                {
                    ("index", new (string, object?)[] { ("byteEnd", 5), ("byteStart", 0) }),
                    ("features", new object?[] { new (string, object?)[] { ("uri", "https://example.com"), ("$type", "app.bsky.richtext.facet#link") } }),
                },
            }),
            ("createdAt", "2024-03-01T08:15:00.000Z"));
        car.Record("app.bsky.feed.post",
            ("text", "@eunji.example 안녕하세요 and me @ana.example"),
            ("facets", new object?[] { Mention(Eunji, 0, 14), Mention(Owner, 36, 48) }),
            ("createdAt", "2024-03-02T09:00:00+02:00"));
        car.Record("app.bsky.feed.post",
            ("text", "(2/2) my own thread"),
            ("reply", new (string, object?)[] { ("root", Ref(Post(Owner, "3kmine1"))), ("parent", Ref(Post(Owner, "3kmine1"))) }),
            ("createdAt", "2024-03-03T10:00:00.000Z"));
        car.Record("app.bsky.feed.like", ("subject", Ref(Post(Chloe, "3kchloe1"))), ("createdAt", "2024-03-04T10:00:00.000Z"));
        car.Record("app.bsky.feed.like", ("subject", Ref(Post(Owner, "3kmine1"))), ("createdAt", "2024-03-05T10:00:00.000Z"));
        car.Record("app.bsky.feed.repost", ("subject", Ref(Post(Eunji, "3keunji1"))), ("createdAt", "2024-03-06T10:00:00.000Z"));
        car.Record("app.bsky.feed.threadgate", ("post", Post(Owner, "3kmine1")), ("allow", new object?[0]), ("createdAt", "2024-03-07T10:00:00.000Z"));
        car.AddRaw([0x89, 0x50, 0x4e, 0x47], codec: 0x55);
        car.Record("app.bsky.feed.post",
            ("text", "replying by handle"),
            ("reply", new (string, object?)[] { ("root", Ref("at://bob.example/app.bsky.feed.post/3kroot2")), ("parent", Ref("at://bob.example/app.bsky.feed.post/3kroot2")) }),
            ("createdAt", "2024-03-08T10:00:00.000Z"));
        return car.Build();
    }

    /// <summary>The committed fixture's path in the source tree (to regenerate it).</summary>
    public static string SourcePath([CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Fixtures", "Bluesky", "2024", "repo.car");
}
