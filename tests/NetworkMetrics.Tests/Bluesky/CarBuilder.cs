using System.Formats.Cbor;
using System.Security.Cryptography;

namespace NetworkMetrics.Tests.Bluesky;

/// <summary>
/// Writes CAR v1 files of DAG-CBOR blocks with <see cref="CborWriter"/>, as a Bluesky PDS
/// exports a repository: header <c>{roots: [CID], version: 1}</c>, then varint-framed blocks
/// of CIDv1 (dag-cbor, sha2-256) and data. For fixtures; every person in them is invented.
/// </summary>
internal sealed class CarBuilder
{
    private readonly List<(byte[] Cid, byte[] Data)> _blocks = [];

    /// <summary>Adds a DAG-CBOR block written by <paramref name="write"/>; returns its CID.</summary>
    public byte[] Add(Action<CborWriter> write)
    {
        var writer = new CborWriter(CborConformanceMode.Lax);
        write(writer);
        return AddRaw(writer.Encode(), codec: 0x71);
    }

    /// <summary>Adds a block of any bytes and codec (0x55 raw, 0x71 dag-cbor); returns its CID.</summary>
    public byte[] AddRaw(byte[] data, byte codec)
    {
        var cid = Cid(data, codec);
        _blocks.Add((cid, data));
        return cid;
    }

    /// <summary>A record block: a map of the given fields (in the order given) with its <c>$type</c> first.</summary>
    public byte[] Record(string type, params (string Key, object? Value)[] fields) =>
        Add(w => WriteMap(w, [("$type", type), .. fields]));

    /// <summary>The bytes of a DAG-CBOR value written by <paramref name="write"/>, and their CID, without adding a block.</summary>
    public static (byte[] Cid, byte[] Data) Encode(Action<CborWriter> write)
    {
        var writer = new CborWriter(CborConformanceMode.Lax);
        write(writer);
        var data = writer.Encode();
        return (Cid(data, 0x71), data);
    }

    /// <summary>The bytes and CID of a record (a map with <c>$type</c> first), without adding a block.</summary>
    public static (byte[] Cid, byte[] Data) EncodeRecord(string type, params (string Key, object? Value)[] fields) =>
        Encode(w => WriteMap(w, [("$type", type), .. fields]));

    /// <summary>Adds a block already encoded (<see cref="Encode"/>); returns its CID.</summary>
    public byte[] Add((byte[] Cid, byte[] Data) block)
    {
        _blocks.Add(block);
        return block.Cid;
    }

    /// <summary>
    /// The bytes and CID of a Merkle search tree node as atproto writes it:
    /// <c>{e: [{k, p, t, v}], l}</c>, keys prefix-compressed against the entry before (<c>p</c> bytes shared).
    /// </summary>
    /// <param name="left">The subtree left of every entry (<c>l</c>), or null.</param>
    /// <param name="entries">The entries in key order: the key (<c>collection/rkey</c>), the record's CID, the subtree to its right or null.</param>
    public static (byte[] Cid, byte[] Data) Node(byte[]? left, params (string Key, byte[] Value, byte[]? Right)[] entries) =>
        Encode(w =>
        {
            w.WriteStartMap(2);
            w.WriteTextString("e");
            w.WriteStartArray(entries.Length);
            var previous = Array.Empty<byte>();
            foreach (var (key, value, right) in entries)
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(key);
                var shared = 0;
                while (shared < Math.Min(bytes.Length, previous.Length) && bytes[shared] == previous[shared])
                {
                    shared++;
                }

                WriteMap(w, [("k", bytes[shared..]), ("p", shared), ("t", right is null ? null : new Link(right)), ("v", new Link(value))]);
                previous = bytes;
            }

            w.WriteEndArray();
            w.WriteTextString("l");
            WriteValue(w, left is null ? null : new Link(left));
            w.WriteEndMap();
        });

    /// <summary>A signed commit (v3) naming <paramref name="did"/> and the tree's root.</summary>
    public static (byte[] Cid, byte[] Data) Commit(string did, byte[] tree, string rev, byte[]? previous = null) =>
        Encode(w => WriteMap(w,
        [
            ("did", did),
            ("rev", rev),
            ("sig", new byte[64]),
            ("data", new Link(tree)),
            ("prev", previous is null ? null : new Link(previous)),
            ("version", 3),
        ]));

    /// <summary>The file: the header naming the first block as root, then every block in order.</summary>
    public byte[] Build()
    {
        using var stream = new MemoryStream();
        var header = new CborWriter(CborConformanceMode.Lax);
        header.WriteStartMap(2);
        header.WriteTextString("roots");
        header.WriteStartArray(1);
        WriteLink(header, _blocks[0].Cid);
        header.WriteEndArray();
        header.WriteTextString("version");
        header.WriteInt32(1);
        header.WriteEndMap();
        WriteSection(stream, header.Encode());
        foreach (var (cid, data) in _blocks)
        {
            WriteSection(stream, [.. cid, .. data]);
        }

        return stream.ToArray();
    }

    public static void WriteSection(Stream stream, byte[] bytes)
    {
        WriteVarint(stream, (ulong)bytes.Length);
        stream.Write(bytes);
    }

    public static void WriteVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    public static byte[] Cid(byte[] data, byte codec) => [0x01, codec, 0x12, 0x20, .. SHA256.HashData(data)];

    /// <summary>A CID link: tag 42 over the CID bytes with the identity multibase prefix 0x00.</summary>
    public static void WriteLink(CborWriter writer, byte[] cid)
    {
        writer.WriteTag((CborTag)42);
        writer.WriteByteString([0x00, .. cid]);
    }

    /// <summary>Writes a value: text, integers, booleans, null, CIDs (<see cref="Link"/>), maps (tuples arrays) and arrays (object arrays).</summary>
    public static void WriteValue(CborWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNull();
                break;
            case string text:
                writer.WriteTextString(text);
                break;
            case int number:
                writer.WriteInt32(number);
                break;
            case long number:
                writer.WriteInt64(number);
                break;
            case bool flag:
                writer.WriteBoolean(flag);
                break;
            case byte[] bytes:
                writer.WriteByteString(bytes);
                break;
            case Link link:
                WriteLink(writer, link.Cid);
                break;
            case (string, object?)[] map:
                WriteMap(writer, map);
                break;
            case object?[] array:
                writer.WriteStartArray(array.Length);
                foreach (var item in array)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"cannot write {value.GetType()}", nameof(value));
        }
    }

    public static void WriteMap(CborWriter writer, (string Key, object? Value)[] fields)
    {
        writer.WriteStartMap(fields.Length);
        foreach (var (key, value) in fields)
        {
            writer.WriteTextString(key);
            WriteValue(writer, value);
        }

        writer.WriteEndMap();
    }

    /// <summary>A CID link value for <see cref="WriteValue"/>.</summary>
    public sealed record Link(byte[] Cid);
}
