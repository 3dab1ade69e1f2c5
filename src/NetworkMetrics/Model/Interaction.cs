using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>
/// One act of communication between the export's owner and other accounts: a message, a call,
/// a mention, a reply, a reaction, an endorsement… Equality is by value, arrays included.
/// </summary>
/// <param name="Platform">The platform.</param>
/// <param name="Channel">What kind of act it was.</param>
/// <param name="Direction">Which way it went.</param>
/// <param name="At">When it happened, in UTC.</param>
public sealed record Interaction(Platform Platform, InteractionChannel Channel, InteractionDirection Direction, DateTimeOffset At)
    : ExportRecord(Platform)
{
    /// <summary>
    /// The other side: the sender of an incoming interaction, the recipients of an outgoing one, as
    /// <see cref="Account.Key"/> values. Empty when the export does not say who it was (a LinkedIn
    /// message with an empty sender).
    /// </summary>
    public ImmutableArray<AccountKey> AccountKeys { get; init; } = [];

    /// <summary>The number of participants other than the owner: 1 for a one-to-one exchange.</summary>
    public int Audience { get; init; } = 1;

    /// <summary>
    /// Who could see it, apart from what kind of act it was: private (one-to-one, a reaction inside a
    /// direct chat, a Mastodon direct post), group (a conversation of <see cref="Audience"/> others) or
    /// public (a post, a reply, a like on a public post, an endorsement). Defaults from the channel:
    /// direct messages, calls and invitations private, group messages group, the rest public.
    /// </summary>
    public InteractionVisibility Visibility { get; init; } = Channel switch
    {
        InteractionChannel.DirectMessage or InteractionChannel.Call or InteractionChannel.Invitation => InteractionVisibility.Private,
        InteractionChannel.GroupMessage => InteractionVisibility.Group,
        _ => InteractionVisibility.Public,
    };

    /// <summary>How long a call lasted; <see langword="null"/> for anything but an answered call whose length the export gives.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>How a call ended; <see cref="CallOutcome.Unknown"/> for anything but a call.</summary>
    public CallOutcome Outcome { get; init; }

    /// <summary>
    /// <see langword="true"/> when <see cref="Direction"/> is a guess: the export did not say who the owner
    /// is (a LinkedIn export without Profile.csv), so which messages were the owner's was inferred.
    /// </summary>
    public bool DirectionInferred { get; init; }

    /// <summary>The platform's own id of the message or post, when the export gives one.</summary>
    public string? SourceId { get; init; }

    /// <summary>The platform's id of the conversation or thread (<see cref="Conversation.Id"/>), when there is one.</summary>
    public string? ConversationId { get; init; }

    /// <summary>
    /// The text, kept only when <see cref="ImportOptions.IncludeContent"/> asks for it;
    /// otherwise <see langword="null"/>.
    /// </summary>
    public string? Content { get; init; }

    /// <inheritdoc/>
    public bool Equals(Interaction? other) =>
        other is not null && base.Equals(other) && Channel == other.Channel && Direction == other.Direction && At == other.At
        && Sequences.Equal(AccountKeys, other.AccountKeys) && Audience == other.Audience && Visibility == other.Visibility
        && Duration == other.Duration && Outcome == other.Outcome && DirectionInferred == other.DirectionInferred
        && SourceId == other.SourceId && ConversationId == other.ConversationId && Content == other.Content;

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(HashCode.Combine(Platform, Channel, Direction, At), Sequences.Hash(AccountKeys), Audience, Visibility, Duration, Outcome, SourceId, ConversationId);
}
