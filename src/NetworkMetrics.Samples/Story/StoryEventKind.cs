namespace NetworkMetrics.Samples.Story;

/// <summary>What a planted interaction is.</summary>
internal enum StoryEventKind
{
    /// <summary>A text message (direct or group).</summary>
    Text,

    /// <summary>An answered call (Facebook).</summary>
    Call,

    /// <summary>An unanswered call (Facebook).</summary>
    MissedCall,

    /// <summary>A tweet mentioning the person (X).</summary>
    Mention,

    /// <summary>A tweet replying to the person (X).</summary>
    Reply,

    /// <summary>A skill endorsement (LinkedIn).</summary>
    Endorsement,

    /// <summary>A recommendation (LinkedIn).</summary>
    Recommendation,

    /// <summary>A tweet that names nobody (X).</summary>
    Tweet,
}
