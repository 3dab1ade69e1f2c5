namespace NetworkMetrics;

/// <summary>Who could see an <see cref="Interaction"/>, apart from what kind of act it was.</summary>
public enum InteractionVisibility
{
    /// <summary>Between the owner and one other person: a direct message, a call, a reaction inside a one-to-one chat, a Mastodon direct post.</summary>
    Private,

    /// <summary>Within a conversation of several people (<see cref="Interaction.Audience"/> others).</summary>
    Group,

    /// <summary>In public: a post, a reply, a mention, a like on a public post, an endorsement shown on a profile.</summary>
    Public,
}
