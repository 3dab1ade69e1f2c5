using System.Collections.Immutable;

namespace NetworkMetrics.Rebuild;

/// <summary>How fast the owner acted on a platform against its limit: the dated acts, the busiest day and window, and the bursts.</summary>
/// <param name="Limit">The limit checked.</param>
/// <param name="Total">The dated acts in the after export (any date).</param>
/// <param name="MaxPerDay">The most acts on one UTC day.</param>
/// <param name="MaxPerWeek">The most acts in any 7 consecutive days.</param>
/// <param name="MaxPerWindow">The most acts in any window of the limit's length.</param>
/// <param name="Bursts">The stretches over the limit, oldest first.</param>
public sealed record PacingReport(PacingLimit Limit, int Total, int MaxPerDay, int MaxPerWeek, int MaxPerWindow, ImmutableArray<PacingBurst> Bursts);
