namespace NetworkMetrics.Scoring;

/// <summary>Where a person stands before layers are assigned.</summary>
internal static class LayerState
{
    /// <summary>No interaction on or before the as-of date: no layer.</summary>
    public const byte None = 0;

    /// <summary>Interactions, but not a two-way relationship of at least the stable span: the outer layer.</summary>
    public const byte Contacted = 1;

    /// <summary>Two-way conversations spanning at least the stable span: placed by contact frequency.</summary>
    public const byte Placeable = 2;
}
