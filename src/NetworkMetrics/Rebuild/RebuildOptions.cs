using System.Collections.Immutable;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Rebuild;

/// <summary>The options of <see cref="RebuildAnalysis.Analyze"/>: immutable, <c>RebuildOptions.Default with { … }</c>.</summary>
public sealed record RebuildOptions
{
    /// <summary>The defaults: the reset and the as-of date inferred, default scoring, no lists, LinkedIn's and X's limits.</summary>
    public static RebuildOptions Default { get; } = new();

    /// <summary>
    /// When the network was reset; <see langword="null"/> to infer it (a burst of removals, else the first tie
    /// after the longest gap, else the before exports' date: <see cref="RebuildResult.ResetSource"/> says which).
    /// </summary>
    public DateTimeOffset? Reset { get; init; }

    /// <summary>The date the regrowth is measured at; <see langword="null"/> for the newest after export's date (the end of that UTC day when only the archive's name dates it).</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>The scoring model for the baseline scores (each baseline contact scored as of the reset).</summary>
    public ScoringOptions ScoringOptions { get; init; } = ScoringOptions.Default;

    /// <summary>Whether to list the returning, new and lost contacts with their names and dates (<see cref="PlatformRebuild.ReturningContacts"/>…).</summary>
    public bool IncludeLists { get; init; }

    /// <summary>
    /// Without a before export of a platform, the removals that form the baseline: ties the after export records
    /// as ended from the start of the reset's UTC day until this long after the reset (default 7 days: a reset
    /// of hundreds of follows may take several days under the platforms' rate limits). Positive.
    /// </summary>
    public TimeSpan ResetWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>The platforms' limits that the pacing is checked against (default: <see cref="PacingLimit.LinkedInInvitations"/> and <see cref="PacingLimit.TwitterFollows"/>).</summary>
    public ImmutableArray<PacingLimit> PacingLimits { get; init; } = [PacingLimit.LinkedInInvitations, PacingLimit.TwitterFollows];

    /// <summary>
    /// Maps an account (of the before or the after import) to a cross-platform person id, for the people-level
    /// section (<see cref="RebuildResult.People"/>) and the baseline scores; <see langword="null"/>, or a
    /// <see langword="null"/> value, makes each account its own person (a returning account is then one person
    /// with its before account).
    /// </summary>
    public Func<Account, string?>? PersonOf { get; init; }

    /// <summary>Checks every option.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the exception names it).</exception>
    /// <exception cref="ArgumentNullException">An option is null.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(ScoringOptions, nameof(ScoringOptions));
        ScoringOptions.Validate();
        if (ResetWindow <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ResetWindow), ResetWindow, "Must be positive.");
        }

        if (Reset is { } reset && AsOf is { } asOf && asOf < reset)
        {
            throw new ArgumentOutOfRangeException(nameof(AsOf), asOf, "Must not be before the reset.");
        }

        if (PacingLimits.IsDefault)
        {
            throw new ArgumentNullException(nameof(PacingLimits));
        }

        foreach (var limit in PacingLimits)
        {
            ArgumentNullException.ThrowIfNull(limit, nameof(PacingLimits));
            if (limit.WindowDays < 1 || limit.Limit < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(PacingLimits), limit, "A limit's window and count must be at least 1.");
            }
        }
    }
}
