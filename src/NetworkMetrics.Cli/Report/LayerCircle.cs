namespace NetworkMetrics.Cli.Report;

/// <summary>One circle of the layered network.</summary>
/// <param name="Size">The nominal cumulative size: 5, 15, 50, 150, 500 or 1500.</param>
/// <param name="People">How many people are in this circle or an inner one (cumulative).</param>
internal sealed record LayerCircle(int Size, int People);
