using System.Collections.Immutable;

namespace NetworkMetrics.Rebuild;

/// <summary>What <see cref="RebuildAnalysis.Analyze"/> measured: the reset, the as-of date, each platform's rebuild and the people-level one.</summary>
/// <param name="Reset">The reset (UTC); its calendar day is day 0 of every series and time to reconnect.</param>
/// <param name="ResetSource">Where it came from.</param>
/// <param name="AsOf">The date the regrowth is measured at (UTC).</param>
public sealed record RebuildResult(DateTimeOffset Reset, RebuildResetSource ResetSource, DateTimeOffset AsOf)
{
    /// <summary>Whether the reset was inferred rather than given.</summary>
    public bool ResetInferred => ResetSource != RebuildResetSource.Given;

    /// <summary>Whether the as-of date was inferred (the newest after export's date) rather than given.</summary>
    public bool AsOfInferred { get; init; }

    /// <summary>The platforms, in <see cref="NetworkMetrics.Platform"/> order (address books are never reset, so never here).</summary>
    public ImmutableArray<PlatformRebuild> Platforms { get; init; } = [];

    /// <summary>The rebuild across platforms, person by person.</summary>
    public required PeopleRebuild People { get; init; }

    /// <summary>The rebuild of one platform, or <see langword="null"/>.</summary>
    /// <param name="platform">The platform.</param>
    /// <returns>Its rebuild.</returns>
    public PlatformRebuild? For(Platform platform) => Platforms.FirstOrDefault(p => p.Platform == platform);
}
