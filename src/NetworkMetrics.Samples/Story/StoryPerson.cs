using System.Collections.Immutable;

namespace NetworkMetrics.Samples.Story;

/// <summary>One invented person of the story, with their accounts on every platform where they appear: the ground truth for identity resolution.</summary>
/// <param name="Number">A stable person number (1 up), the same for the same options.</param>
/// <param name="Name">The person's canonical full name (as LinkedIn would show it); a hidden member's is <c>(hidden member N)</c>.</param>
/// <param name="Tier">The planted contact frequency before the reset (for people new since the reset: <see cref="StoryTier.Silent"/>).</param>
public sealed record StoryPerson(int Number, string Name, StoryTier Tier)
{
    /// <summary>The accounts, at most one per platform, in <see cref="StoryPlatform"/> order.</summary>
    public ImmutableArray<StoryAccount> Accounts { get; init; } = [];

    /// <summary>Who they are to the owner, for the named members of the cast ("sister", "editor"…); <see langword="null"/> otherwise.</summary>
    public string? Role { get; init; }

    /// <summary>An organisation or public figure the owner follows on X (not someone the owner knows).</summary>
    public bool IsPublicAccount { get; init; }

    /// <summary>Someone the owner met after the reset: no tie in the before exports.</summary>
    public bool IsNew { get; init; }

    /// <summary>The platform most of the contact goes through (<see cref="StoryPlatform.AddressBook"/> for people without interactions).</summary>
    public StoryPlatform Primary { get; init; }

    /// <summary>The account on a platform, or <see langword="null"/>.</summary>
    /// <param name="platform">The platform.</param>
    /// <returns>The account, when the person has one there.</returns>
    public StoryAccount? On(StoryPlatform platform)
    {
        foreach (var account in Accounts)
        {
            if (account.Platform == platform)
            {
                return account;
            }
        }

        return null;
    }

    /// <summary>Every interaction planted before the reset, on every platform.</summary>
    public int InteractionsBefore => Accounts.Sum(a => a.Before.Total);
}
