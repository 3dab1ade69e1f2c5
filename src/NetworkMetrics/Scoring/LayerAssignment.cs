using System.Collections.Immutable;

namespace NetworkMetrics.Scoring;

/// <summary>Each person's layer (an index into <see cref="Layers.Sizes"/>, or -1) and what each layer expects.</summary>
internal sealed class LayerAssignment(int people)
{
    public int[] Layer { get; } = new int[people];

    /// <summary>The expected interval between contacts of each layer, in days (NaN where a layer has no members under clustering).</summary>
    public double[] IntervalDays { get; } = new double[Layers.Count];

    /// <summary>The lowest contact rate of each layer, contacts a year (NaN where a layer has no members under clustering).</summary>
    public double[] MinimumPerYear { get; } = new double[Layers.Count];

    public int Circles { get; set; }

    public ImmutableArray<LayerSize> Sizes { get; set; } = [];
}
