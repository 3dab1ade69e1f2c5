namespace NetworkMetrics.Scoring;

/// <summary>
/// What one side of a relationship gives: conversations started, replies, calls,
/// endorsements, recommendations, reactions and reposts. <see cref="PersonScore.Given"/>
/// is the owner's side, <see cref="PersonScore.Received"/> the person's.
/// </summary>
/// <param name="ConversationsStarted">Conversations this side started: the interactions at the first instant of a conversation (a message, mention, reply or call after a silence of <see cref="ScoringOptions.ConversationGap"/>).</param>
/// <param name="Replies">Messages answering the other side's last message in the same conversation.</param>
/// <param name="Calls">Calls placed, answered or not.</param>
/// <param name="Endorsements">Skill endorsements.</param>
/// <param name="Recommendations">Written recommendations.</param>
/// <param name="Reactions">Reactions (likes, emoji).</param>
/// <param name="Reposts">Reposts or boosts of the other side's posts.</param>
public readonly record struct GiveGet(int ConversationsStarted, int Replies, int Calls, int Endorsements, int Recommendations, int Reactions, int Reposts)
{
    /// <summary>Every act counted once (a call that starts a conversation counts as a conversation started and as a call).</summary>
    public long Total => (long)ConversationsStarted + Replies + Calls + Endorsements + Recommendations + Reactions + Reposts;

    internal static GiveGet Add(GiveGet a, GiveGet b) => new(
        a.ConversationsStarted + b.ConversationsStarted, a.Replies + b.Replies, a.Calls + b.Calls, a.Endorsements + b.Endorsements,
        a.Recommendations + b.Recommendations, a.Reactions + b.Reactions, a.Reposts + b.Reposts);
}
