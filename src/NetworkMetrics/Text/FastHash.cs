using System.Buffers.Binary;
using System.Numerics;

namespace NetworkMetrics.Text;

/// <summary>
/// A fast, deterministic 64-bit hash of bytes (8 bytes a step, Murmur3's finaliser), for the
/// in-memory caches and message fingerprints of one import. Not cryptographic.
/// </summary>
internal static class FastHash
{
    private const ulong K1 = 0x9E3779B97F4A7C15UL;
    private const ulong K2 = 0xC2B2AE3D27D4EB4FUL;

    public static ulong Hash64(ReadOnlySpan<byte> data)
    {
        var h = K1 ^ ((ulong)data.Length * K2);
        while (data.Length >= 8)
        {
            h = BitOperations.RotateLeft(h ^ (BinaryPrimitives.ReadUInt64LittleEndian(data) * K2), 31) * K1;
            data = data[8..];
        }

        if (!data.IsEmpty)
        {
            ulong tail = 0;
            for (var i = data.Length - 1; i >= 0; i--)
            {
                tail = (tail << 8) | data[i];
            }

            h = BitOperations.RotateLeft(h ^ (tail * K2), 31) * K1;
        }

        return Mix(h);
    }

    /// <summary>Murmur3's 64-bit finaliser.</summary>
    public static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
