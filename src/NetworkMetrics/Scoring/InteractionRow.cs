using System.Runtime.InteropServices;

namespace NetworkMetrics.Scoring;

/// <summary>
/// One interaction as the scoring pass reads it: 32 bytes, no references, stored in one
/// array grouped by person and sorted by time within each person (<see cref="ContactQualityBuilder"/>).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct InteractionRow
{
    /// <summary>When, in UTC ticks.</summary>
    public long Ticks;

    /// <summary>A 64-bit key of the platform's message id; 0 when there is none.</summary>
    public long Key;

    /// <summary>The conversation's index, or -1.</summary>
    public int Conversation;

    /// <summary>The length of an answered call in seconds, or 0.</summary>
    public int CallSeconds;

    /// <summary>The participants other than the owner, at least 1, at most 1,024.</summary>
    public ushort Audience;

    public byte Channel;
    public byte Platform;
    public byte Direction;
    public byte Visibility;
    public byte Outcome;
}
