using NetworkMetrics.Statistics;

namespace NetworkMetrics.Rebuild;

/// <summary>
/// The rebuild across platforms, person by person (<see cref="RebuildOptions.PersonOf"/>; without it each account
/// is its own person, and a returning account is one person with its baseline account): a person is in the
/// baseline with any baseline account, returning with any account back, and back on the day of their first
/// dated reconnection.
/// </summary>
/// <param name="Before">People in the baseline.</param>
/// <param name="After">People in the after exports' primary relationships.</param>
/// <param name="Returning">Baseline people back on at least one platform.</param>
/// <param name="New">People after who were not in the baseline.</param>
/// <param name="Lost">Baseline people back nowhere.</param>
public sealed record PeopleRebuild(int Before, int After, int Returning, int New, int Lost)
{
    /// <summary><see cref="Returning"/> / <see cref="Before"/>; 0 for an empty baseline.</summary>
    public double Recovered { get; init; }

    /// <summary>The share of the baseline people's total score held by those who returned; <see langword="null"/> when the total is 0.</summary>
    public double? QualityRecovered { get; init; }

    /// <summary>
    /// Time to reconnect over the baseline people with a baseline account on a dated platform (those back only
    /// where ties carry no dates are left out: their time is unknown; the others not back are censored at the
    /// as-of day); <see langword="null"/> when no platform is dated.
    /// </summary>
    public SurvivalCurve? Survival { get; init; }

    /// <summary>Spearman's ρ between baseline score and days to reconnect among those people who came back.</summary>
    public SpearmanResult? Spearman { get; init; }

    /// <summary>Harrell's concordance between baseline score and time to reconnect over those people.</summary>
    public ConcordanceResult? Concordance { get; init; }
}
