using System.Security.Cryptography;
using System.Text;

namespace NetworkMetrics.Samples;

/// <summary>What <see cref="BlueskySample.Write"/> wrote, for assertions.</summary>
/// <param name="Path">The repository file (<c>repo.car</c>).</param>
/// <param name="Owner">The owner's DID.</param>
/// <param name="Follows">Follow records.</param>
/// <param name="Replies">Posts that reply to someone else's post.</param>
/// <param name="Mentions">Posts that mention someone other than the owner and the replied-to author.</param>
/// <param name="Likes">Like records of others' posts.</param>
/// <param name="Reposts">Repost records of others' posts.</param>
public sealed record BlueskySampleInfo(string Path, string Owner, int Follows, int Replies, int Mentions, int Likes, int Reposts);

/// <summary>
/// A synthetic Bluesky repository export (<c>repo.car</c>, CAR v1 of DAG-CBOR blocks, as
/// Settings → Export my data writes it): the commit, its Merkle search tree (a root node over
/// leaf nodes of up to 256 entries, keys <c>collection/rkey</c> in order), then the records: the
/// profile, follows, posts (replies, mentions as rich-text facets, self-threads), likes and reposts.
/// Deterministic from the seed. Records are made twice, once for their CIDs (the tree comes before
/// them) and once to be written, so memory holds a key and a CID per record, not the records.
/// Every person is invented.
/// </summary>
public static class BlueskySample
{
    private const int LeafSize = 256;

    private static readonly string[] Texts =
    [
        "Good morning ☀️", "Bonjour à tous", "Guten Abend", "おはようございます", "안녕하세요 여러분", "Привет всем",
        "Καλημέρα", "مرحبا بالجميع", "שלום לכולם", "नमस्ते दोस्तों", "今天天气很好", "Olá, tudo bem? 🎉",
    ];

    /// <summary>Writes <c>repo.car</c> into <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder (created when missing).</param>
    /// <param name="follows">How many accounts the owner follows.</param>
    /// <param name="posts">How many posts the owner wrote.</param>
    /// <param name="likes">How many posts of others the owner liked.</param>
    /// <param name="seed">The seed: the same seed writes the same bytes.</param>
    /// <returns>The file and the counts written.</returns>
    public static BlueskySampleInfo Write(string folder, int follows, int posts, int likes, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(follows, 1);
        Directory.CreateDirectory(folder);

        // First pass: each record's key and CID, for the tree.
        var entries = new List<(string Key, byte[] Cid)>();
        var counts = Records(follows, posts, likes, seed, (key, record) => entries.Add((key, Cid(record))));
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));

        var path = System.IO.Path.Combine(folder, "repo.car");
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var cbor = new MiniCbor();
        var leaves = new List<byte[]>();
        var tops = new List<(string Key, byte[] Record, byte[] Right)>();
        for (var start = 0; start < entries.Count; start += LeafSize)
        {
            // The first leaf is the root's left subtree; every later leaf hangs right of an entry of the root.
            var first = start == 0 ? 0 : 1;
            var leaf = Node(cbor, null, entries.Skip(start + first).Take(LeafSize - first).Select(e => (e.Key, e.Cid, (byte[]?)null)).ToList());
            leaves.Add(leaf);
            if (start > 0)
            {
                tops.Add((entries[start].Key, entries[start].Cid, Cid(leaf)));
            }
        }

        var root = Node(cbor, leaves.Count > 0 ? Cid(leaves[0]) : null, [.. tops.Select(t => (t.Key, t.Record, (byte[]?)t.Right))]);

        // The commit is the header's root: written first, then the tree, then the records.
        cbor.Map(6).Text("did").Text(counts.Owner).Text("rev").Text("3kzsample22222").Text("sig").Bytes(new byte[64])
            .Text("data").Link(Cid(root)).Text("prev").Null().Text("version").UInt(3);
        var commit = cbor.Take();
        var header = new MiniCbor();
        header.Map(2).Text("roots").Array(1).Link(Cid(commit)).Text("version").UInt(1);
        WriteSection(file, header.Take());
        WriteBlock(file, commit);
        WriteBlock(file, root);
        foreach (var leaf in leaves)
        {
            WriteBlock(file, leaf);
        }

        // Second pass: the same records, written.
        Records(follows, posts, likes, seed, (_, record) => WriteBlock(file, record));
        return new BlueskySampleInfo(path, counts.Owner, follows, counts.Replies, counts.Mentions, likes, counts.Reposts);
    }

    /// <summary>A tree node <c>{e: [{k, p, t, v}], l}</c>, each key prefix-compressed against the one before.</summary>
    private static byte[] Node(MiniCbor cbor, byte[]? left, List<(string Key, byte[] Record, byte[]? Right)> entries)
    {
        cbor.Map(2).Text("e").Array(entries.Count);
        var previous = Array.Empty<byte>();
        foreach (var (key, record, right) in entries)
        {
            var bytes = Encoding.UTF8.GetBytes(key);
            var shared = 0;
            while (shared < Math.Min(bytes.Length, previous.Length) && bytes[shared] == previous[shared])
            {
                shared++;
            }

            cbor.Map(4).Text("k").Bytes(bytes.AsSpan(shared)).Text("p").UInt((ulong)shared).Text("t");
            if (right is null)
            {
                cbor.Null();
            }
            else
            {
                cbor.Link(right);
            }

            cbor.Text("v").Link(record);
            previous = bytes;
        }

        cbor.Text("l");
        if (left is null)
        {
            cbor.Null();
        }
        else
        {
            cbor.Link(left);
        }

        return cbor.Take();
    }

    /// <summary>Makes every record, in order, handing each to <paramref name="record"/> with its key; the same seed makes the same records.</summary>
    private static (string Owner, int Replies, int Mentions, int Reposts) Records(int follows, int posts, int likes, int seed, Action<string, byte[]> record)
    {
        var random = new Random(seed);
        var owner = Did(random);
        var people = new string[follows];
        for (var i = 0; i < people.Length; i++)
        {
            people[i] = Did(random);
        }

        var cbor = new MiniCbor();
        var start = new DateTimeOffset(2023, 4, 1, 0, 0, 0, TimeSpan.Zero);
        static string Key(string collection, int i) => collection + "/3ksample" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        cbor.Map(2).Text("$type").Text("app.bsky.actor.profile").Text("displayName").Text("Sample Owner 🌍 Ἀλέξανδρος");
        record("app.bsky.actor.profile/self", cbor.Take());

        for (var i = 0; i < follows; i++)
        {
            cbor.Map(3).Text("$type").Text("app.bsky.graph.follow").Text("subject").Text(people[i])
                .Text("createdAt").Text(Date(start.AddMinutes(i * 37)));
            record(Key("app.bsky.graph.follow", i), cbor.Take());
        }

        int replies = 0, mentions = 0, reposts = 0;
        for (var i = 0; i < posts; i++)
        {
            var at = Date(start.AddMinutes(i * 53));
            var text = Texts[random.Next(Texts.Length)];
            var roll = random.Next(10);
            string? parent = roll switch
            {
                < 3 => people[random.Next(follows)],
                3 => owner,
                _ => null,
            };
            var mentioned = random.Next(4) == 0 ? people[random.Next(follows)] : null;
            cbor.Map(2 + 1 + (parent is null ? 0 : 1) + (mentioned is null ? 0 : 1)).Text("$type").Text("app.bsky.feed.post").Text("text").Text(text);
            if (parent is not null)
            {
                var uri = "at://" + parent + "/app.bsky.feed.post/3ksample" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                cbor.Text("reply").Map(2).Text("root");
                StrongRef(cbor, uri);
                cbor.Text("parent");
                StrongRef(cbor, uri);
                replies += parent == owner ? 0 : 1;
            }

            if (mentioned is not null)
            {
                cbor.Text("facets").Array(1).Map(2)
                    .Text("index").Map(2).Text("byteEnd").UInt(5).Text("byteStart").UInt(0)
                    .Text("features").Array(1).Map(2).Text("did").Text(mentioned).Text("$type").Text("app.bsky.richtext.facet#mention");
                mentions += mentioned == parent ? 0 : 1;
            }

            cbor.Text("createdAt").Text(at);
            record(Key("app.bsky.feed.post", i), cbor.Take());
            if (i % 10 == 9)
            {
                cbor.Map(3).Text("$type").Text("app.bsky.feed.repost").Text("subject");
                StrongRef(cbor, "at://" + people[random.Next(follows)] + "/app.bsky.feed.post/3krepost");
                cbor.Text("createdAt").Text(at);
                record(Key("app.bsky.feed.repost", i), cbor.Take());
                reposts++;
            }
        }

        for (var i = 0; i < likes; i++)
        {
            cbor.Map(3).Text("$type").Text("app.bsky.feed.like").Text("subject");
            StrongRef(cbor, "at://" + people[random.Next(follows)] + "/app.bsky.feed.post/3klike" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            cbor.Text("createdAt").Text(Date(start.AddMinutes(i * 41)));
            record(Key("app.bsky.feed.like", i), cbor.Take());
        }

        return (owner, replies, mentions, reposts);
    }

    private static void StrongRef(MiniCbor cbor, string uri) =>
        cbor.Map(2).Text("cid").Text("bafyreisample").Text("uri").Text(uri);

    private static string Did(Random random)
    {
        const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var chars = new char[24];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return "did:plc:" + new string(chars);
    }

    private static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Cid(ReadOnlySpan<byte> data) => [0x01, 0x71, 0x12, 0x20, .. SHA256.HashData(data)];

    private static void WriteBlock(Stream stream, ReadOnlySpan<byte> data)
    {
        var cid = Cid(data);
        WriteVarint(stream, (ulong)(cid.Length + data.Length));
        stream.Write(cid);
        stream.Write(data);
    }

    private static void WriteSection(Stream stream, ReadOnlySpan<byte> data)
    {
        WriteVarint(stream, (ulong)data.Length);
        stream.Write(data);
    }

    private static void WriteVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    /// <summary>
    /// Just enough of a CBOR encoder for the sample (the samples do not depend on a CBOR
    /// package): definite lengths, shortest heads, text, bytes, unsigned integers, null, CID links.
    /// </summary>
    private sealed class MiniCbor
    {
        private readonly MemoryStream _buffer = new();

        public MiniCbor Map(int count) => Head(5, (ulong)count);

        public MiniCbor Array(int count) => Head(4, (ulong)count);

        public MiniCbor UInt(ulong value) => Head(0, value);

        public MiniCbor Null()
        {
            _buffer.WriteByte(0xF6);
            return this;
        }

        public MiniCbor Text(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            Head(3, (ulong)bytes.Length);
            _buffer.Write(bytes);
            return this;
        }

        public MiniCbor Bytes(ReadOnlySpan<byte> bytes)
        {
            Head(2, (ulong)bytes.Length);
            _buffer.Write(bytes);
            return this;
        }

        /// <summary>A CID link: tag 42 over 0x00 and the CID bytes.</summary>
        public MiniCbor Link(byte[] cid)
        {
            Head(6, 42);
            return Bytes([0x00, .. cid]);
        }

        /// <summary>The bytes written since the last call; the encoder is then empty.</summary>
        public byte[] Take()
        {
            var bytes = _buffer.ToArray();
            _buffer.SetLength(0);
            return bytes;
        }

        private MiniCbor Head(int major, ulong value)
        {
            var type = (byte)(major << 5);
            if (value < 24)
            {
                _buffer.WriteByte((byte)(type | (byte)value));
            }
            else if (value <= byte.MaxValue)
            {
                _buffer.WriteByte((byte)(type | 24));
                _buffer.WriteByte((byte)value);
            }
            else if (value <= ushort.MaxValue)
            {
                _buffer.WriteByte((byte)(type | 25));
                _buffer.WriteByte((byte)(value >> 8));
                _buffer.WriteByte((byte)value);
            }
            else if (value <= uint.MaxValue)
            {
                _buffer.WriteByte((byte)(type | 26));
                for (var shift = 24; shift >= 0; shift -= 8)
                {
                    _buffer.WriteByte((byte)(value >> shift));
                }
            }
            else
            {
                _buffer.WriteByte((byte)(type | 27));
                for (var shift = 56; shift >= 0; shift -= 8)
                {
                    _buffer.WriteByte((byte)(value >> shift));
                }
            }

            return this;
        }
    }
}
