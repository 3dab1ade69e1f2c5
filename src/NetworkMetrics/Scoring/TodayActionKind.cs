namespace NetworkMetrics.Scoring;

/// <summary>What a <see cref="TodayAction"/> asks the owner to do, in the order the today list ranks them.</summary>
public enum TodayActionKind
{
    /// <summary>A person of an inner layer wrote (or called and was missed) and has had no answer.</summary>
    ReplyOwed,

    /// <summary>A strong tie is overdue against the expected interval of their layer.</summary>
    Reconnect,

    /// <summary>The person endorsed, recommended or shared the owner's posts; the owner never did as much for them.</summary>
    ReciprocityOwed,

    /// <summary>The person's recent contact rate has fallen below what their layer needs.</summary>
    Drifting,
}
