namespace NetworkMetrics.Statistics;

/// <summary>
/// Harrell's concordance between a score and right-censored times, counted as R's
/// <c>survival::concordance</c> counts it, oriented so that a higher score going with a shorter
/// time is concordant.
/// </summary>
/// <param name="Concordant">Comparable pairs in which the subject with the shorter time has the higher score.</param>
/// <param name="Discordant">Comparable pairs in which the subject with the shorter time has the lower score.</param>
/// <param name="TiedScore">Comparable pairs whose scores are equal (R's <c>tied.x</c>).</param>
/// <param name="TiedTime">
/// Pairs not comparable because both had the event at the same time (R's <c>tied.y</c> plus <c>tied.xy</c>).
/// </param>
/// <param name="Index">
/// The C-index (C + Tx/2) / (C + D + Tx): 1 when the best-scored always had the event first,
/// 0.5 for no association, 0 for the reverse; <see langword="null"/> when no pair is comparable.
/// </param>
public sealed record ConcordanceResult(long Concordant, long Discordant, long TiedScore, long TiedTime, double? Index)
{
    /// <summary>The number of comparable pairs, C + D + Tx.</summary>
    public long Comparable => Concordant + Discordant + TiedScore;
}
