using System.Runtime.CompilerServices;

namespace NetworkMetrics.Scoring;

/// <summary>Conversations within each layer's drift window before the as-of date, one count per layer.</summary>
[InlineArray(Layers.Count)]
internal struct RecentSessions
{
    private int _element;
}
