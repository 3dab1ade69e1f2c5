using System.Collections.Immutable;

namespace NetworkMetrics.Samples.Story;

/// <summary>The owner of every export of the story: the writer who reset their network.</summary>
/// <param name="Name">The full name on every platform.</param>
/// <param name="LinkedInSlug">The LinkedIn profile slug (in the 2024 messages' profile URLs).</param>
/// <param name="FacebookUsername">The Facebook username (profile information).</param>
/// <param name="TwitterId">The X account id.</param>
/// <param name="TwitterHandle">The X screen name.</param>
/// <param name="Emails">The owner's emails (Facebook profile, X account).</param>
public sealed record StoryOwner(string Name, string LinkedInSlug, string FacebookUsername, string TwitterId, string TwitterHandle, ImmutableArray<string> Emails);
