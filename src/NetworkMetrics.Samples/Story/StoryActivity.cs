namespace NetworkMetrics.Samples.Story;

/// <summary>How many interactions the story planted with one account in a period, as the export writes them.</summary>
/// <remarks>
/// Counted as an importer attributes them: a one-to-one message either way; in a group, the
/// person's own messages and every message of the owner to the group. Reactions inside
/// messages are not counted (X writes them as events of their own, Facebook inside the message).
/// </remarks>
/// <param name="Messages">Messages (LinkedIn drafts not included).</param>
/// <param name="Calls">Facebook call entries (answered and missed), which the thread files hold beside the messages.</param>
/// <param name="Other">Mentions, replies, endorsements, recommendations and invitations.</param>
public sealed record StoryActivity(int Messages, int Calls, int Other)
{
    /// <summary>Nothing planted.</summary>
    public static StoryActivity None { get; } = new(0, 0, 0);

    /// <summary>Every planted interaction of the period.</summary>
    public int Total => Messages + Calls + Other;
}
