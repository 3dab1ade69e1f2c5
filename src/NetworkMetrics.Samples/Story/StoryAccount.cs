using System.Collections.Immutable;

namespace NetworkMetrics.Samples.Story;

/// <summary>One person's account on one platform of the story, with what the exports say about it and what happened to the tie.</summary>
/// <param name="Platform">The platform.</param>
public sealed record StoryAccount(StoryPlatform Platform)
{
    /// <summary>
    /// The name the platform shows (repaired: Facebook's mojibake undone); <see langword="null"/> for a
    /// hidden or deleted LinkedIn member, whose row carries nothing but its date.
    /// </summary>
    public string? Name { get; init; }

    /// <summary>The name exactly as the file writes it: Meta's mojibake on Facebook (each UTF-8 byte as one char), <see cref="Name"/> elsewhere.</summary>
    public string? WrittenName { get; init; }

    /// <summary>The X screen name (without <c>@</c>), or the LinkedIn public profile slug (the part after <c>/in/</c>).</summary>
    public string? Handle { get; init; }

    /// <summary>The X numeric account id (as a string, as the archive writes it); <see langword="null"/> elsewhere.</summary>
    public string? AccountId { get; init; }

    /// <summary>The profile URL: <c>https://www.linkedin.com/in/&lt;slug&gt;</c> on LinkedIn, <c>https://x.com/&lt;handle&gt;</c> on X.</summary>
    public string? ProfileUrl { get; init; }

    /// <summary>Emails as the file writes them (a LinkedIn connection's <c>Email Address</c>, a card's <c>EMAIL</c>s).</summary>
    public ImmutableArray<string> Emails { get; init; } = [];

    /// <summary>Phones as the card writes them (in many written forms).</summary>
    public ImmutableArray<string> Phones { get; init; } = [];

    /// <summary>URLs on an address-book card, often a LinkedIn, X or Instagram profile of the person.</summary>
    public ImmutableArray<string> Urls { get; init; } = [];

    /// <summary>
    /// Whether the platform's files name this account: always for LinkedIn, Facebook and cards; on X only when
    /// a tweet mentions or replies to it (follows and DMs carry ids only).
    /// </summary>
    public bool IsNamedInExport { get; init; } = true;

    /// <summary>Whether the tie existed just before the reset (a connection, a friend, a following, a card).</summary>
    public bool InBefore { get; init; }

    /// <summary>When the tie before the reset began, as the before export dates it (LinkedIn: the day; Facebook: the second); <see langword="null"/> on X and in address books (undated).</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Whether the tie exists in the after export (returned, new, or a card that was never reset).</summary>
    public bool InAfter { get; init; }

    /// <summary>
    /// When a tie of the baseline came back after the reset, as the after export dates it (LinkedIn: the day of
    /// <c>Connected On</c>; Facebook: the friend's timestamp); on X the planted moment, which the archive does not
    /// carry (see <see cref="IsDated"/>). <see langword="null"/>: not back by the as-of date (right-censored).
    /// </summary>
    public DateTimeOffset? ReconnectedAt { get; init; }

    /// <summary>Calendar days from the reset date to <see cref="ReconnectedAt"/>'s date; <see langword="null"/> when not back.</summary>
    public int? DaysToReconnect { get; init; }

    /// <summary>Whether the account is new since the reset: a tie in the after export that the baseline did not hold.</summary>
    public bool IsNew { get; init; }

    /// <summary>When a new tie began (after the reset), as the after export dates it (X: the planted moment).</summary>
    public DateTimeOffset? NewSince { get; init; }

    /// <summary>Whether the export dates this platform's ties (LinkedIn, Facebook); X follows and cards have no dates.</summary>
    public bool IsDated => Platform is StoryPlatform.LinkedIn or StoryPlatform.Facebook;

    /// <summary>On X: whether the account follows the owner in the before archive (<c>follower.js</c>).</summary>
    public bool IsFollowerBefore { get; init; }

    /// <summary>On X: whether the account follows the owner in the after archive.</summary>
    public bool IsFollowerAfter { get; init; }

    /// <summary>The interactions planted on this platform before the reset (what the before export holds).</summary>
    public StoryActivity Before { get; init; } = StoryActivity.None;

    /// <summary>The interactions planted on this platform from the before export to the as-of date.</summary>
    public StoryActivity After { get; init; } = StoryActivity.None;
}
