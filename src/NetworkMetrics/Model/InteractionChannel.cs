namespace NetworkMetrics;

/// <summary>How an <see cref="Interaction"/> reached its recipients.</summary>
public enum InteractionChannel
{
    /// <summary>A private message between the owner and one other person.</summary>
    DirectMessage,

    /// <summary>A message in a conversation with more than one other participant.</summary>
    GroupMessage,

    /// <summary>A public post that names the account.</summary>
    Mention,

    /// <summary>A public reply to the account's post.</summary>
    Reply,

    /// <summary>A reaction to a message or post (a like, an emoji).</summary>
    Reaction,

    /// <summary>A repost or boost of the account's post.</summary>
    Repost,

    /// <summary>A LinkedIn skill endorsement.</summary>
    Endorsement,

    /// <summary>A LinkedIn recommendation.</summary>
    Recommendation,

    /// <summary>An invitation to connect, with or without a note.</summary>
    Invitation,

    /// <summary>A voice or video call (Messenger, Instagram); its length is <see cref="Interaction.Duration"/>, its <see cref="Interaction.Outcome"/> whether it was answered.</summary>
    Call,
}
