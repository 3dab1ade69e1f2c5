namespace NetworkMetrics.Scoring;

/// <summary>
/// One number for each of the six factors of contact quality. The same shape carries a
/// person's factor values (each in [0, 1]), their weighted contributions to the score (in
/// points, summing to the score) and the weights of <see cref="ScoringOptions.Weights"/>.
/// </summary>
/// <param name="Recency">Time since the last two-way contact (Gilbert &amp; Karahalios 2009: the strongest single predictor).</param>
/// <param name="Frequency">Time-decayed, channel-weighted interaction count, saturating (intensity).</param>
/// <param name="Reciprocity">Balance of who starts conversations and of what flows each way.</param>
/// <param name="Intimacy">Private versus group versus public interaction.</param>
/// <param name="Duration">Age of the tie.</param>
/// <param name="Multiplexity">Distinct channels and platforms used with the person (Haythornthwaite 2005).</param>
public readonly record struct ScoreFactors(double Recency, double Frequency, double Reciprocity, double Intimacy, double Duration, double Multiplexity)
{
    /// <summary>The six values added up: the score, for contributions; the total weight, for weights.</summary>
    public double Sum => Recency + Frequency + Reciprocity + Intimacy + Duration + Multiplexity;
}
