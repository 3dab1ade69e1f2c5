namespace NetworkMetrics.Scoring;

/// <summary>What the network is worth beyond its size.</summary>
/// <param name="People">Everyone scored.</param>
/// <param name="Contacted">People with at least one interaction on or before the as-of date.</param>
/// <param name="QualityWeightedSize">The sum of the scores divided by 100: a network of 40 people scoring 50 is worth 20.</param>
/// <param name="Given">Everything the owner gave, over all people.</param>
/// <param name="Received">Everything that came back, over all people.</param>
/// <param name="GiveGetRatio"><see cref="GiveGet.Total"/> given divided by received; <see langword="null"/> when nothing was received.</param>
/// <param name="EffortOnTop5">
/// The share of interaction effort (time-decayed, channel-weighted interactions, see
/// <see cref="PersonScore.Effort"/>) spent on the 5 highest-scoring people; Dunbar: about 0.40.
/// 0 when there is no effort at all.
/// </param>
/// <param name="EffortOnTop15">The same share for the 15 highest-scoring people (cumulative); Dunbar: about 0.60 (40% on the closest 5, 20% on the next 10).</param>
public sealed record NetworkValue(
    int People, int Contacted, double QualityWeightedSize, GiveGet Given, GiveGet Received, double? GiveGetRatio, double EffortOnTop5, double EffortOnTop15);
