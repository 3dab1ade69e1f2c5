using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>
/// A person or organisation as one platform's export knows them: an identifier plus
/// every identifying detail the export gives (names after repair, handle, profile URL,
/// emails, phones, other URLs).
/// </summary>
/// <param name="Platform">The platform the account belongs to.</param>
/// <param name="Id">
/// A stable key, unique within the platform: the platform's own id where the export
/// gives one (an X account id, a Bluesky DID, an Instagram or Mastodon handle);
/// otherwise a deterministic key derived from the best identifier, such as a
/// normalised LinkedIn profile URL (<c>linkedin.com/in/jane-doe</c>) or, failing that,
/// <c>name:</c> and the normalised name (<c>name:jane doe</c>). The same key in two
/// snapshots of one platform denotes the same account.
/// </param>
public sealed record Account(Platform Platform, string Id) : ExportRecord(Platform)
{
    /// <summary>The display name, as the export writes it (mojibake repaired); <see langword="null"/> when unknown.</summary>
    public string? Name { get; init; }

    /// <summary>The handle or username (without a leading <c>@</c>); <see langword="null"/> when unknown.</summary>
    public string? Handle { get; init; }

    /// <summary>The profile URL, normalised where the platform's URLs are known; <see langword="null"/> when unknown.</summary>
    public string? ProfileUrl { get; init; }

    /// <summary>Email addresses, in the order the export gives them, without duplicates.</summary>
    public ImmutableArray<string> Emails { get; init; } = [];

    /// <summary>Phone numbers as written in the export, without duplicates.</summary>
    public ImmutableArray<string> Phones { get; init; } = [];

    /// <summary>
    /// Other URLs the export gives for the account (web sites, profile links on other
    /// platforms): evidence for matching the same person across platforms.
    /// </summary>
    public ImmutableArray<string> Urls { get; init; } = [];

    /// <summary>
    /// <see langword="true"/> when the key stands for more than one person: two records of
    /// one list carried the same name and nothing else told them apart. The records still
    /// count one by one; only the identity is in doubt.
    /// </summary>
    public bool IsAmbiguous { get; init; }
}
