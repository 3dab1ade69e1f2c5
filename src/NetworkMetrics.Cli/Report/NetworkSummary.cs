namespace NetworkMetrics.Cli.Report;

/// <summary>Network-wide numbers from the scoring.</summary>
/// <param name="People">People in the network (across platforms).</param>
/// <param name="QualityWeightedSize">The sum of scores / 100.</param>
/// <param name="NoContact">People with a tie but no contact at all (no layer).</param>
/// <param name="Given">Everything the owner gave (conversations started, replies, calls, endorsements, reactions).</param>
/// <param name="Received">Everything that came back.</param>
/// <param name="EffortOnTop5">Share of the interaction effort on the closest 5, in [0, 1] (Dunbar: about 0.4); null when unknown.</param>
/// <param name="EffortOnTop15">Share on the closest 15 (the closest 5 included), in [0, 1]; null when unknown.</param>
internal sealed record NetworkSummary(int People, double QualityWeightedSize, int NoContact, int Given, int Received, double? EffortOnTop5, double? EffortOnTop15)
{
    /// <summary>No scoring results.</summary>
    public static NetworkSummary Empty { get; } = new(0, 0, 0, 0, 0, null, null);
}
