using System.Collections.Immutable;
using NetworkMetrics.Statistics;

namespace NetworkMetrics.Rebuild;

/// <summary>One platform's rebuild: who came back, how fast the primary relationship regrows, and whether the best came first (docs/rebuild.md).</summary>
/// <param name="Platform">The platform.</param>
/// <param name="Relationship">The primary relationship measured: <see cref="TieKind.Connection"/> on LinkedIn and Facebook, <see cref="TieKind.Following"/> elsewhere.</param>
public sealed record PlatformRebuild(Platform Platform, TieKind Relationship)
{
    /// <summary>Whether the baseline came from the after export's own evidence (removed friends, unfollows) because no before export of the platform was given.</summary>
    public bool FromEvidence { get; init; }

    /// <summary>The baseline: primary ties at the reset (hidden members included).</summary>
    public int Before { get; init; }

    /// <summary>Primary ties in the after export.</summary>
    public int After { get; init; }

    /// <summary>Baseline contacts back in the after export.</summary>
    public int Returning { get; init; }

    /// <summary>Ties in the after export that are not baseline contacts.</summary>
    public int New { get; init; }

    /// <summary>Baseline contacts not back (hidden members included: they cannot be matched).</summary>
    public int Lost { get; init; }

    /// <summary>The share of the baseline that came back, <see cref="Returning"/> / <see cref="Before"/>; 0 for an empty baseline.</summary>
    public double Recovered { get; init; }

    /// <summary>The share of the baseline's total score (as of the reset) held by returning contacts; <see langword="null"/> when the baseline's total is 0.</summary>
    public double? QualityRecovered { get; init; }

    /// <summary>Whether the ties carry dates; without them only the counts, the lists and the quality share are given.</summary>
    public bool Dated { get; init; }

    /// <summary>Why the time-based statistics are missing, when they are (<see cref="Dated"/> false, or too few dated ties).</summary>
    public string? Reason { get; init; }

    /// <summary>The daily cumulative count of the after export's primary ties, from the reset's day to the as-of day.</summary>
    public ImmutableArray<RebuildSeriesPoint> Series { get; init; } = [];

    /// <summary>Ties begun per week since the reset; <see langword="null"/> without dates.</summary>
    public double? RatePerWeek { get; init; }

    /// <summary>Ties begun per week over the last four weeks before the as-of date; <see langword="null"/> without dates.</summary>
    public double? RatePerWeekLast4 { get; init; }

    /// <summary>The five growth curves fitted to the series (t = days since the reset's day), the best by AICc; <see langword="null"/> without dates.</summary>
    public GrowthFitSet? Fits { get; init; }

    /// <summary>When the best curve gets back to <see cref="Before"/>; <see langword="null"/> without a best fit.</summary>
    public RebuildProjection? Projection { get; init; }

    /// <summary>Time to reconnect for the baseline contacts (t in calendar days since the reset's day; not back yet: censored at the as-of day), Kaplan–Meier; <see langword="null"/> without dates.</summary>
    public SurvivalCurve? Survival { get; init; }

    /// <summary>Spearman's rank correlation between baseline score and days to reconnect among returners (negative: the best came back sooner); <see langword="null"/> without dates.</summary>
    public SpearmanResult? Spearman { get; init; }

    /// <summary>Harrell's concordance between baseline score and time to reconnect (1: the best always first, 0.5: no effect); <see langword="null"/> without dates.</summary>
    public ConcordanceResult? Concordance { get; init; }

    /// <summary>The owner's pace against the platform's limits (<see cref="RebuildOptions.PacingLimits"/>).</summary>
    public ImmutableArray<PacingReport> Pacing { get; init; } = [];

    /// <summary>The returning contacts, soonest back first (with <see cref="RebuildOptions.IncludeLists"/>; empty otherwise).</summary>
    public ImmutableArray<RebuildContact> ReturningContacts { get; init; } = [];

    /// <summary>The new contacts, oldest tie first (with <see cref="RebuildOptions.IncludeLists"/>).</summary>
    public ImmutableArray<RebuildContact> NewContacts { get; init; } = [];

    /// <summary>The lost contacts, highest baseline score first (with <see cref="RebuildOptions.IncludeLists"/>).</summary>
    public ImmutableArray<RebuildContact> LostContacts { get; init; } = [];
}
