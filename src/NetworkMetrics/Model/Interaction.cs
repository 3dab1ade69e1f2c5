using System.Collections.Immutable;

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

/// <summary>How a <see cref="InteractionChannel.Call"/> ended, where the export tells it.</summary>
public enum CallOutcome
{
    /// <summary>The export does not say.</summary>
    Unknown,

    /// <summary>The call was answered: it lasted <see cref="Interaction.Duration"/>.</summary>
    Answered,

    /// <summary>The call was not answered: an attempt, not a zero-second call.</summary>
    Missed,

    /// <summary>The callee declined the call.</summary>
    Declined,
}

/// <summary>Which way an <see cref="Interaction"/> went, seen from the export's owner.</summary>
public enum InteractionDirection
{
    /// <summary>From the owner to the other people.</summary>
    Outgoing,

    /// <summary>From another person to the owner.</summary>
    Incoming,
}

/// <summary>
/// One act of communication between the export's owner and other accounts: a message,
/// a mention, a reply, a reaction, an endorsement…
/// </summary>
/// <param name="Platform">The platform.</param>
/// <param name="Channel">How it reached its recipients.</param>
/// <param name="Direction">Which way it went.</param>
/// <param name="At">When it happened, in UTC.</param>
public sealed record Interaction(Platform Platform, InteractionChannel Channel, InteractionDirection Direction, DateTimeOffset At)
    : ExportRecord(Platform)
{
    /// <summary>
    /// The other side: the sender of an incoming interaction, the recipients of an outgoing
    /// one, as <see cref="Account.Id"/> values. Empty when the export does not say who it was
    /// (a LinkedIn message with an empty sender).
    /// </summary>
    public ImmutableArray<string> AccountIds { get; init; } = [];

    /// <summary>The number of participants other than the owner: 1 for a one-to-one exchange.</summary>
    public int Audience { get; init; } = 1;

    /// <summary>Who could see it: private (one-to-one), group (a conversation of <see cref="Audience"/> others) or public (a post).</summary>
    public InteractionVisibility Visibility { get; init; }

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

    /// <summary>The platform's id of the conversation or thread, when there is one.</summary>
    public string? ConversationId { get; init; }

    /// <summary>
    /// The text, kept only when <see cref="ImportOptions.IncludeContent"/> asks for it;
    /// otherwise <see langword="null"/>.
    /// </summary>
    public string? Content { get; init; }

    /// <summary>A hash of the text, kept even when the text is not, to recognise the same message in two overlapping snapshots.</summary>
    internal ulong ContentHash { get; init; }
}
