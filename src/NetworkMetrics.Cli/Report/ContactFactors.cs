namespace NetworkMetrics.Cli.Report;

/// <summary>The six factors of a contact's score, each in [0, 1].</summary>
/// <param name="Recency">Time since the last two-way contact, decayed.</param>
/// <param name="Frequency">Time-decayed, channel-weighted interaction count, saturating.</param>
/// <param name="Reciprocity">Balance of who initiates.</param>
/// <param name="Intimacy">Private against group against public.</param>
/// <param name="Duration">Age of the tie.</param>
/// <param name="Multiplexity">Distinct channels and platforms.</param>
internal sealed record ContactFactors(double Recency, double Frequency, double Reciprocity, double Intimacy, double Duration, double Multiplexity);
