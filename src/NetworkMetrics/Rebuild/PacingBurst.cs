namespace NetworkMetrics.Rebuild;

/// <summary>A stretch of days in which some window of the limit's length held more acts than the limit.</summary>
/// <param name="Start">The first day with an act in the stretch (UTC).</param>
/// <param name="End">The last day with an act in the stretch (UTC).</param>
/// <param name="Count">The acts from <paramref name="Start"/> to <paramref name="End"/>.</param>
/// <param name="Peak">The most acts in one window of the stretch (more than the limit).</param>
public sealed record PacingBurst(DateOnly Start, DateOnly End, int Count, int Peak);
