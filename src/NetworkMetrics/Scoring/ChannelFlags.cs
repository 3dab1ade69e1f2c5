namespace NetworkMetrics.Scoring;

/// <summary>What the scoring pass does with an interaction of a channel and call outcome.</summary>
[Flags]
internal enum ChannelFlags : byte
{
    None = 0,

    /// <summary>A message, mention, reply or call: it takes part in conversations (initiation, sessions, layers).</summary>
    Conversational = 1,

    /// <summary>A written message (not a call): it can be a reply.</summary>
    Message = 2,

    /// <summary>From the person, it asks for an answer: a direct message, or a call the owner missed or declined.</summary>
    OwedIfIncoming = 4,

    /// <summary>A group message: conversational only in a group of at most <see cref="ScoringOptions.ConversationGroupLimit"/> others.</summary>
    Group = 16,

    /// <summary>From the person, it is itself an answer: an answered call (anything from the owner answers).</summary>
    AnswersIfIncoming = 8,
}
