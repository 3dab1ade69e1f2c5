namespace NetworkMetrics.Scoring;

/// <summary>One of Dunbar's layers as found in this network.</summary>
/// <param name="Nominal">The nominal cumulative size: 5, 15, 50, 150, 500 or 1500.</param>
/// <param name="People">How many people are in this layer or an inner one (cumulative).</param>
/// <param name="ExpectedIntervalDays">
/// The expected interval between contacts in this layer, in days: for <see cref="LayerMethod.Thresholds"/>
/// the nominal one (7, 30.4, 91.3, 365.25, 1095.75, 3652.5); for <see cref="LayerMethod.Clustering"/>
/// 365.25 divided by the mean contact frequency of the layer's own members (the nominal one for the
/// outer layer of people not active). <see langword="null"/> when the clustering put nobody in this layer.
/// </param>
/// <param name="MinimumContactsPerYear">
/// The lowest contact rate that belongs to this layer (contacts a year): a threshold, or for
/// clustering the geometric midpoint between this layer's slowest member and the next layer's
/// fastest. 0 for a layer that has no lower bound; <see langword="null"/> when the clustering put nobody in it.
/// </param>
public sealed record LayerSize(int Nominal, int People, double? ExpectedIntervalDays, double? MinimumContactsPerYear);
