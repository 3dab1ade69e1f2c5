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
