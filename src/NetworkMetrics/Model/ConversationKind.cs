namespace NetworkMetrics;

/// <summary>Whether a <see cref="Conversation"/> is between the owner and one other person or several.</summary>
public enum ConversationKind
{
    /// <summary>The owner and one other participant.</summary>
    OneToOne,

    /// <summary>The owner and two or more other participants (or a conversation the export names as a group).</summary>
    Group,
}
