namespace NetworkMetrics.Samples.Story;

/// <summary>What <see cref="StorySample"/> writes: the seed, the size and the reset date.</summary>
/// <remarks>
/// The same options always give byte-identical files. <see cref="Scale"/> multiplies the people
/// (every tier, every platform's headline count) and with them the history; the benchmarks use
/// <c>StoryOptions.Default with { Scale = 10 }</c>.
/// </remarks>
public sealed record StoryOptions
{
    /// <summary>The earliest reset date accepted: the story needs nine years of history before it, on platforms that existed then.</summary>
    public static readonly DateOnly EarliestReset = new(2019, 1, 1);

    /// <summary>The latest reset date accepted.</summary>
    public static readonly DateOnly LatestReset = new(2090, 12, 31);

    /// <summary>The largest <see cref="Scale"/> accepted.</summary>
    public const int MaxScale = 200;

    /// <summary>The story as the demo tells it: seed 2025, scale 1 (401 / 306 / 486), reset on 2 June 2025.</summary>
    public static StoryOptions Default { get; } = new();

    /// <summary>The seed of every random choice.</summary>
    public int Seed { get; init; } = 2025;

    /// <summary>How many times the default cast: 1 gives 401 LinkedIn connections, 306 Facebook friends and 486 X followings before the reset.</summary>
    public int Scale { get; init; } = 1;

    /// <summary>The day of the reset (UTC). The before exports are taken the day before; the after exports six months later.</summary>
    public DateOnly Reset { get; init; } = new(2025, 6, 2);

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the exception names it.</exception>
    public void Validate()
    {
        if (Scale is < 1 or > MaxScale)
        {
            throw new ArgumentOutOfRangeException(nameof(Scale), Scale, FormattableString.Invariant($"{nameof(Scale)} must be between 1 and {MaxScale}."));
        }

        if (Reset < EarliestReset || Reset > LatestReset)
        {
            throw new ArgumentOutOfRangeException(nameof(Reset), Reset, FormattableString.Invariant($"{nameof(Reset)} must be between {EarliestReset:yyyy-MM-dd} and {LatestReset:yyyy-MM-dd}."));
        }
    }
}
