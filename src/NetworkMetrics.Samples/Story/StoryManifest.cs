using System.Collections.Immutable;

namespace NetworkMetrics.Samples.Story;

/// <summary>
/// The ground truth of a written story, as plain data: dates, the paths of every export, every
/// person with their accounts, tier and reconnection per platform, the planted identity traps and
/// the planted "today" items. Tests of people resolution, scoring and the rebuild compare their
/// results with it.
/// </summary>
/// <remarks>
/// Collections are <see cref="ImmutableArray{T}"/>: record equality compares them by reference,
/// so compare manifests member by member (or by their written files, which are deterministic).
/// </remarks>
public sealed record StoryManifest
{
    /// <summary>The options it was written with.</summary>
    public required StoryOptions Options { get; init; }

    /// <summary>The day of the reset.</summary>
    public required DateOnly ResetDate { get; init; }

    /// <summary>When the reset began: the first Facebook removal (the LinkedIn and X removals leave no trace in the exports).</summary>
    public required DateTimeOffset ResetAt { get; init; }

    /// <summary>When the before exports were taken (the evening before the reset); their file names carry its date.</summary>
    public required DateTimeOffset BeforeExportedAt { get; init; }

    /// <summary>When the after exports were taken, about six months after the reset: the as-of date of the after side. Every record is earlier.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>The owner of the exports.</summary>
    public required StoryOwner Owner { get; init; }

    /// <summary>The exports taken just before the reset.</summary>
    public required StoryExports Before { get; init; }

    /// <summary>The exports taken at <see cref="AsOf"/>.</summary>
    public required StoryExports After { get; init; }

    /// <summary>What the before exports hold (401, 306 and 486 at scale 1).</summary>
    public required StoryCounts BeforeCounts { get; init; }

    /// <summary>What the after exports hold.</summary>
    public required StoryCounts AfterCounts { get; init; }

    /// <summary>The regrowth of LinkedIn connections, Facebook friends and X followings, in that order.</summary>
    public required ImmutableArray<StoryRegrowth> Regrowth { get; init; }

    /// <summary>Every person of the story (the owner apart), by <see cref="StoryPerson.Number"/>: <c>People[n - 1].Number == n</c>.</summary>
    public required ImmutableArray<StoryPerson> People { get; init; }

    /// <summary>The group conversations.</summary>
    public required ImmutableArray<StoryGroup> Groups { get; init; }

    /// <summary>The planted identity traps.</summary>
    public required ImmutableArray<StoryHardCase> HardCases { get; init; }

    /// <summary>The planted unanswered message of a close contact.</summary>
    public required StoryOwedReply OwedReply { get; init; }

    /// <summary>The planted weekly-tier person silent for about two months.</summary>
    public required StoryOverdue Overdue { get; init; }

    /// <summary>People who endorsed the owner on LinkedIn and whom the owner never endorsed (reciprocity owed), by person number.</summary>
    public required ImmutableArray<int> UnreciprocatedEndorsers { get; init; }

    /// <summary>The week of too many LinkedIn invitations after the reset.</summary>
    public required StoryInvitationBurst InvitationBurst { get; init; }

    /// <summary>The person with a number.</summary>
    /// <param name="number">The person number (1 up).</param>
    /// <returns>The person.</returns>
    public StoryPerson Person(int number) => People[number - 1];

    /// <summary>The regrowth of one platform.</summary>
    /// <param name="platform">LinkedIn, Facebook or Twitter.</param>
    /// <returns>Its regrowth.</returns>
    public StoryRegrowth RegrowthOf(StoryPlatform platform) => Regrowth.Single(r => r.Platform == platform);
}
