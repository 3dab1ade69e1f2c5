using System.Collections.Immutable;

namespace NetworkMetrics.Cli.Report;

/// <summary>One platform's rebuild: counts before and after, the regrowth with its fit, the reconnection curve, quality.</summary>
/// <param name="Platform">The platform's name.</param>
/// <param name="Baseline">The count at the reset (the size to get back to).</param>
/// <param name="Before">Ties in the before export.</param>
/// <param name="After">Ties in the after export.</param>
/// <param name="Returning">In both.</param>
/// <param name="New">Only after.</param>
/// <param name="Lost">Only before.</param>
internal sealed record PlatformRebuild(string Platform, int Baseline, int Before, int After, int Returning, int New, int Lost)
{
    /// <summary>Whether the ties carry dates (X and Mastodon follows do not: counts and lists only).</summary>
    public bool TiesDated { get; init; } = true;

    /// <summary>The share of the baseline that returned (count), in [0, 1].</summary>
    public double Recovered { get; init; }

    /// <summary>The share of the baseline's total score held by returning contacts, in [0, 1]; null without scores.</summary>
    public double? QualityRecovered { get; init; }

    /// <summary>Harrell's concordance: the probability that the higher-scored of two contacts came back first (0.5 = no effect).</summary>
    public double? Concordance { get; init; }

    /// <summary>New ties per week since the reset.</summary>
    public double? RatePerWeek { get; init; }

    /// <summary>New ties per week over the last four weeks.</summary>
    public double? RatePerWeekLast4 { get; init; }

    /// <summary>The daily cumulative count since the reset.</summary>
    public ImmutableArray<CountPoint> Series { get; init; } = [];

    /// <summary>The best fitted growth model and its projection; null when none was attempted.</summary>
    public RegrowthFit? Fit { get; init; }

    /// <summary>The Kaplan–Meier reconnection curve; null without dated ties.</summary>
    public ReconnectionCurve? Reconnection { get; init; }
}
