namespace NetworkMetrics.Cli.Report;

/// <summary>A top contact: score, factors, layer, and give against get.</summary>
/// <param name="Name">The person's name (or pseudonym).</param>
/// <param name="Score">The score, 0–100.</param>
/// <param name="Layer">The nominal size of the person's circle (5 … 1500), null for a tie with no contact.</param>
/// <param name="Factors">The six factor values.</param>
/// <param name="Given">What the owner gave this person.</param>
/// <param name="Received">What came back from this person.</param>
internal sealed record TopContact(string Name, double Score, int? Layer, ContactFactors Factors, int Given, int Received)
{
    /// <summary>The day of the last contact, where there was one.</summary>
    public DateOnly? LastContact { get; init; }
}
