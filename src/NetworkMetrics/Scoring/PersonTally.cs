namespace NetworkMetrics.Scoring;

/// <summary>What the scoring pass gathers about one person in one walk over their rows.</summary>
internal struct PersonTally
{
    public int Interactions;
    public long First;
    public long Last;
    public long LastIn;
    public long LastOut;
    public double Effort;
    public double Weight;
    public double IntimateWeight;
    public double InWeight;
    public double OutWeight;
    public ulong ChannelMask;
    public ulong PlatformMask;
    public int Sessions;
    public long FirstConversation;
    public long LastConversation;
    public bool ConversationIn;
    public bool ConversationOut;
    public int StartedIn;
    public int StartedOut;
    public int RepliesIn;
    public int RepliesOut;
    public Acts Acts;
    public long CallSeconds;
    /// <summary>When the person opened the last conversation with a message still unanswered; <see cref="long.MinValue"/> for none.</summary>
    public long LastOwed;
    public byte OwedChannel;
    public byte OwedPlatform;
    public RecentSessions Recent;

    public static PersonTally Empty => new()
    {
        First = long.MaxValue,
        Last = long.MinValue,
        LastIn = long.MinValue,
        LastOut = long.MinValue,
        FirstConversation = long.MaxValue,
        LastConversation = long.MinValue,
        LastOwed = long.MinValue,
    };

    public readonly int Act(int act, bool incoming) => Acts[(act * 2) + (incoming ? 1 : 0)];
}
