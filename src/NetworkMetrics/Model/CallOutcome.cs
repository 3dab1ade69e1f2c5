namespace NetworkMetrics;

/// <summary>How a <see cref="InteractionChannel.Call"/> ended, where the export tells it.</summary>
public enum CallOutcome
{
    /// <summary>The export does not say.</summary>
    Unknown,

    /// <summary>The call was answered: it lasted <see cref="Interaction.Duration"/>.</summary>
    Answered,

    /// <summary>The call was not answered: an attempt, not a zero-second call.</summary>
    Missed,

    /// <summary>The callee declined the call.</summary>
    Declined,
}
