namespace NetworkMetrics;

/// <summary>Which way an <see cref="Interaction"/> went, seen from the export's owner.</summary>
public enum InteractionDirection
{
    /// <summary>From the owner to the other people.</summary>
    Outgoing,

    /// <summary>From another person to the owner.</summary>
    Incoming,
}
