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

    /// <summary>
    /// <c>Fixtures/Bluesky/walked/repo.car</c>: a repository whose file also holds blocks no longer
    /// in it, as a PDS may export them: the current commit, then the tree (a root node whose <c>l</c>
    /// and entry subtree <c>t</c> are two more nodes) and its records, some written before the node
    /// that links them; and five unreachable blocks: the previous commit, a follow deleted before the
    /// export with the old node that linked it, the profile before it was replaced, a raw block.
    /// </summary>
    public static byte[] Walked()
    {
        const string Lea = WalkedOwner;
        var profile = CarBuilder.EncodeRecord("app.bsky.actor.profile", ("displayName", "Léa Martin"));
        var oldProfile = CarBuilder.EncodeRecord("app.bsky.actor.profile", ("displayName", "Lea M."));
        var followBob = CarBuilder.EncodeRecord("app.bsky.graph.follow", ("subject", Bob), ("createdAt", "2023-05-01T10:00:00.000Z"));
        var followChloe = CarBuilder.EncodeRecord("app.bsky.graph.follow", ("subject", Chloe), ("createdAt", "2023-06-01T11:30:00.000Z"));
        var followEunji = CarBuilder.EncodeRecord("app.bsky.graph.follow", ("subject", Eunji), ("createdAt", "2024-01-02T08:00:00.000Z"));
        var followTroll = CarBuilder.EncodeRecord("app.bsky.graph.follow", ("subject", Troll), ("createdAt", "2023-07-01T08:00:00.000Z"));
        var post = CarBuilder.EncodeRecord("app.bsky.feed.post",
            ("text", "@eunji.example bonjour"), ("facets", new object?[] { Mention(Eunji, 0, 14) }), ("createdAt", "2024-03-02T09:00:00.000Z"));
        var like = CarBuilder.EncodeRecord("app.bsky.feed.like", ("subject", Ref(Post(Chloe, "3kchloe1"))), ("createdAt", "2024-03-04T10:00:00.000Z"));

        var left = CarBuilder.Node(null,
            ("app.bsky.actor.profile/self", profile.Cid, null),
            ("app.bsky.feed.like/3kl1", like.Cid, null),
            ("app.bsky.feed.post/3kp1", post.Cid, null),
            ("app.bsky.graph.follow/3kf1", followBob.Cid, null));
        var right = CarBuilder.Node(null, ("app.bsky.graph.follow/3kf3", followEunji.Cid, null));
        var root = CarBuilder.Node(left.Cid, ("app.bsky.graph.follow/3kf2", followChloe.Cid, right.Cid));
        var oldRoot = CarBuilder.Node(null,
            ("app.bsky.actor.profile/self", oldProfile.Cid, null),
            ("app.bsky.graph.follow/3kf0", followTroll.Cid, null));
        var oldCommit = CarBuilder.Commit(Lea, oldRoot.Cid, "3kzexample1111");
        var commit = CarBuilder.Commit(Lea, root.Cid, "3kzexample2222", oldCommit.Cid);

        var car = new CarBuilder();
        car.Add(commit);
        car.Add(oldCommit);
        car.Add(root);
        car.Add(followChloe);
        car.Add(profile);
        car.Add(like);
        car.Add(post);
        car.Add(followBob);
        car.Add(left);
        car.Add(followTroll);
        car.Add(oldProfile);
        car.Add(oldRoot);
        car.Add(right);
        car.Add(followEunji);
        car.AddRaw([0x89, 0x50, 0x4e, 0x47], codec: 0x55);
        return car.Build();
    }

    /// <summary>
    /// <c>Fixtures/Bluesky/duplicate-follows/repo.car</c>: a walked repository whose tree holds two
    /// follow records of Bob (the later one first), three of Eunji, one of Chloe, two blocks of the
    /// troll and a follow of the troll too (a follow and a block are two ties).
    /// </summary>
    public static byte[] DuplicateFollows()
    {
        (string Key, (byte[] Cid, byte[] Data) Block)[] records =
        [
            ("app.bsky.graph.block/3kb1", CarBuilder.EncodeRecord("app.bsky.graph.block", ("subject", Troll), ("createdAt", "2024-02-01T08:00:00.000Z"))),
            ("app.bsky.graph.block/3kb2", CarBuilder.EncodeRecord("app.bsky.graph.block", ("subject", Troll), ("createdAt", "2024-01-01T08:00:00.000Z"))),
            ("app.bsky.graph.follow/3kf1", CarBuilder.EncodeRecord("app.bsky.graph.follow", ("subject", Bob), ("createdAt", "2023-05-01T10:00:00.000Z"))),
            ("app.bsky.graph.follow/3kf2", CarBuilder.EncodeRecord("app.bsky.graph.follow", ("subject", Eunji), ("createdAt", "2023-08-01T10:00:00.000Z"))),
            ("app.bsky.graph.follow/3kf3", CarBuilder.EncodeRecord("app.bsky.graph.follow", ("subject", Bob), ("createdAt", "2023-02-01T09:00:00.000Z"))),
            ("app.bsky.graph.follow/3kf4", CarBuilder.EncodeRecord("app.bsky.graph.follow", ("subject", Chloe), ("createdAt", "2023-06-01T11:30:00.000Z"))),
            ("app.bsky.graph.follow/3kf5", CarBuilder.EncodeRecord("app.bsky.graph.follow", ("subject", Eunji), ("createdAt", "2023-07-15T10:00:00.000Z"))),
            ("app.bsky.graph.follow/3kf6", CarBuilder.EncodeRecord("app.bsky.graph.follow", ("subject", Eunji), ("createdAt", "2023-09-01T10:00:00.000Z"))),
            ("app.bsky.graph.follow/3kf7", CarBuilder.EncodeRecord("app.bsky.graph.follow", ("subject", Troll), ("createdAt", "2023-12-01T10:00:00.000Z"))),
        ];
        var node = CarBuilder.Node(null, [.. records.Select(r => (r.Key, r.Block.Cid, (byte[]?)null))]);
        var car = new CarBuilder();
        car.Add(CarBuilder.Commit(Owner, node.Cid, "3kzexample4444"));
        car.Add(node);
        foreach (var (_, block) in records)
        {
            car.Add(block);
        }

        return car.Build();
    }

    /// <summary>
    /// <c>Fixtures/Bluesky/2022/repo.car</c>: a walked repository of 2022-era records: a follow whose
    /// <c>subject</c> is <c>{did, declarationCid}</c> (and one of today's shape), posts that mention
    /// through <c>entities</c> (<c>{index: {start, end}, type: "mention", value: did}</c>, beside a
    /// <c>link</c> entity), one of them a reply to Bob that also names him, one naming Eunji both in
    /// entities and in facets, and a post naming the owner.
    /// </summary>
    public static byte[] Era2022()
    {
        static (string, object?)[] Entity(string type, string value, int start, int end) =>
            [("index", new (string, object?)[] { ("end", end), ("start", start) }), ("type", type), ("value", value)];
        (string Key, (byte[] Cid, byte[] Data) Block)[] records =
        [
            ("app.bsky.feed.post/3jp1", CarBuilder.EncodeRecord("app.bsky.feed.post",
                ("text", "@eunji.example look https://example.com"),
                ("entities", new object?[] { Entity("mention", Eunji, 0, 14), Entity("link", "https://example.com", 20, 39) }),
                ("createdAt", "2022-11-20T10:00:00.000Z"))),
            ("app.bsky.feed.post/3jp2", CarBuilder.EncodeRecord("app.bsky.feed.post",
                ("text", "@bob.example @chloe.example yes"),
                ("reply", new (string, object?)[] { ("root", Ref(Post(Bob, "3jroot"))), ("parent", Ref(Post(Bob, "3jroot"))) }),
                ("entities", new object?[] { Entity("mention", Bob, 0, 12), Entity("mention", Chloe, 13, 27) }),
                ("createdAt", "2022-11-21T10:00:00.000Z"))),
            ("app.bsky.feed.post/3jp3", CarBuilder.EncodeRecord("app.bsky.feed.post",
                ("text", "@eunji.example again"),
                ("entities", new object?[] { Entity("mention", Eunji, 0, 14) }),
                ("facets", new object?[] { Mention(Eunji, 0, 14) }),
                ("createdAt", "2023-03-01T10:00:00.000Z"))),
            ("app.bsky.feed.post/3jp4", CarBuilder.EncodeRecord("app.bsky.feed.post",
                ("text", "@ana.example note to self"),
                ("entities", new object?[] { Entity("mention", Owner, 0, 12) }),
                ("createdAt", "2022-11-22T10:00:00.000Z"))),
            ("app.bsky.graph.follow/3jf1", CarBuilder.EncodeRecord("app.bsky.graph.follow",
                ("subject", new (string, object?)[] { ("did", Bob), ("declarationCid", "bafyreid27zk7lbis4zw5fz4podbvbs4fc5ivwji3dmrwa6zggnj4bnd57u") }),
                ("createdAt", "2022-11-17T08:00:00.000Z"))),
            ("app.bsky.graph.follow/3jf2", CarBuilder.EncodeRecord("app.bsky.graph.follow", ("subject", Chloe), ("createdAt", "2023-06-01T11:30:00.000Z"))),
        ];
        var node = CarBuilder.Node(null, [.. records.Select(r => (r.Key, r.Block.Cid, (byte[]?)null))]);
        var car = new CarBuilder();
        car.Add(CarBuilder.Commit(Owner, node.Cid, "3kzexample5555"));
        car.Add(node);
        foreach (var (_, block) in records)
        {
            car.Add(block);
        }

        return car.Build();
    }

    /// <summary>The owner of <see cref="Walked"/>.</summary>
    public const string WalkedOwner = "did:plc:leamartin3example2poiuy";

    /// <summary>The path in the source tree of the fixture <c>Bluesky/&lt;folder&gt;/repo.car</c> (to regenerate it).</summary>
    public static string SourcePath(string folder) => FixturePath(folder);

    private static string FixturePath(string folder, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Fixtures", "Bluesky", folder, "repo.car");
}
