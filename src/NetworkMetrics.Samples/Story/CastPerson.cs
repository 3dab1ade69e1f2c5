namespace NetworkMetrics.Samples.Story;

/// <summary>One person while the story is being made (mutable; frozen into <see cref="StoryPerson"/>).</summary>
internal sealed class CastPerson(int number, string given, string family, StoryTier tier)
{
    public int Number { get; } = number;

    public string Given { get; } = given;

    public string Family { get; } = family;

    /// <summary>"Given Family", or the single token when there is no family name.</summary>
    public string Name => Family.Length == 0 ? Given : Given + " " + Family;

    public StoryTier Tier { get; } = tier;

    public string? Role { get; set; }

    public bool IsPublic { get; set; }

    public bool IsNew { get; set; }

    /// <summary>A LinkedIn member hidden or deleted: the row has only its date.</summary>
    public bool IsHidden { get; set; }

    public StoryPlatform Primary { get; set; } = StoryPlatform.AddressBook;

    /// <summary>The first contact (Unix ms): nothing is planted with the person before it, on any platform.</summary>
    public long ContactStartMs { get; set; }

    public string Company { get; set; } = string.Empty;

    public string Position { get; set; } = string.Empty;

    public CastAccount? LinkedIn { get; set; }

    public CastAccount? Facebook { get; set; }

    public CastAccount? Twitter { get; set; }

    public CastAccount? Card { get; set; }

    /// <summary>The person's accounts, in platform order.</summary>
    public IEnumerable<CastAccount> Accounts
    {
        get
        {
            if (LinkedIn is not null)
            {
                yield return LinkedIn;
            }

            if (Facebook is not null)
            {
                yield return Facebook;
            }

            if (Twitter is not null)
            {
                yield return Twitter;
            }

            if (Card is not null)
            {
                yield return Card;
            }
        }
    }

    public CastAccount? On(StoryPlatform platform) => platform switch
    {
        StoryPlatform.LinkedIn => LinkedIn,
        StoryPlatform.Facebook => Facebook,
        StoryPlatform.Twitter => Twitter,
        _ => Card,
    };

    /// <summary>The earliest reconnection on any social platform (Unix ms), or null.</summary>
    public long? FirstReturnMs
    {
        get
        {
            long? first = null;
            foreach (var account in Accounts)
            {
                if (account.Platform != StoryPlatform.AddressBook && account.ReturnMs is { } at && (first is null || at < first))
                {
                    first = at;
                }
            }

            return first;
        }
    }
}
