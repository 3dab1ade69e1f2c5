using System.Runtime.CompilerServices;

namespace NetworkMetrics.Scoring;

/// <summary>The acts given and received that <see cref="GiveGet"/> counts besides conversations and replies, by direction: index <c>act * 2 + direction</c>.</summary>
[InlineArray(10)]
internal struct Acts
{
    public const int Calls = 0;
    public const int Endorsements = 1;
    public const int Recommendations = 2;
    public const int Reactions = 3;
    public const int Reposts = 4;

    private int _element;
}
