namespace NetworkMetrics;

/// <summary>How an export's owner was known.</summary>
public enum OwnerSource
{
    /// <summary>A profile or account file of the export states who the owner is (LinkedIn <c>Profile.csv</c>, X <c>account.js</c>, a Facebook profile).</summary>
    Stated,

    /// <summary>
    /// Nothing states it: the owner was inferred from the records (the one participant of every message
    /// thread). Directions that depend on it are marked <see cref="Interaction.DirectionInferred"/>.
    /// </summary>
    Inferred,
}
