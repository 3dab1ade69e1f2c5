using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>
/// A conversation or thread: a Messenger or Instagram thread, an X DM conversation, a LinkedIn
/// conversation. Its messages are the <see cref="Interaction"/>s with the same
/// <see cref="Interaction.ConversationId"/>. A thread split across several files is one conversation.
/// Group membership is the only alter-to-alter structure an export gives.
/// </summary>
/// <param name="Platform">The platform.</param>
/// <param name="Id">The platform's id of the conversation (Meta: the thread's folder name; X: the conversation id).</param>
public sealed record Conversation(Platform Platform, string Id) : ExportRecord(Platform)
{
    /// <summary>One-to-one or group.</summary>
    public ConversationKind Kind { get; init; }

    /// <summary>The title the export gives (a group's name, or the other person's name); <see langword="null"/> when none.</summary>
    public string? Title { get; init; }

    /// <summary>The participants other than the owner who have an account, by <see cref="Account.Key"/>, in key order.</summary>
    public ImmutableArray<AccountKey> Participants { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(Conversation? other) =>
        other is not null && base.Equals(other) && Id == other.Id && Kind == other.Kind && Title == other.Title && Sequences.Equal(Participants, other.Participants);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Platform, Id, Kind, Title, Sequences.Hash(Participants));
}
