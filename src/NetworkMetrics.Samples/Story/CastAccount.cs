namespace NetworkMetrics.Samples.Story;

/// <summary>A person's account on one platform while the story is being made (mutable; frozen into <see cref="StoryAccount"/>).</summary>
internal sealed class CastAccount(StoryPlatform platform)
{
    public StoryPlatform Platform { get; } = platform;

    /// <summary>The name the platform shows; null for a hidden LinkedIn member.</summary>
    public string? Name { get; set; }

    /// <summary>X screen name or LinkedIn slug.</summary>
    public string? Handle { get; set; }

    /// <summary>X account id.</summary>
    public string? Id { get; set; }

    public List<string> Emails { get; } = [];

    public List<string> Phones { get; } = [];

    public List<string> Urls { get; } = [];

    /// <summary>On X: whether a tweet names the account (set when one does).</summary>
    public bool Named { get; set; }

    /// <summary>The tie before the reset.</summary>
    public bool InBefore { get; set; }

    /// <summary>When the before tie began (Unix ms); for X the planted follow time (not exported), used for the list order.</summary>
    public long SinceMs { get; set; }

    /// <summary>When the tie came back (Unix ms), or null.</summary>
    public long? ReturnMs { get; set; }

    /// <summary>A tie that is new since the reset.</summary>
    public bool IsNew { get; set; }

    /// <summary>When a new tie began (Unix ms).</summary>
    public long NewMs { get; set; }

    /// <summary>Whether the tie is in the after export.</summary>
    public bool InAfter => Platform == StoryPlatform.AddressBook ? InBefore || IsNew : ReturnMs is not null || IsNew;

    /// <summary>When the tie of the after export began (Unix ms).</summary>
    public long AfterSinceMs => IsNew ? NewMs : ReturnMs ?? SinceMs;

    /// <summary>On X: whether the account follows the owner in the before / after archive.</summary>
    public bool FollowerBefore { get; set; }

    public bool FollowerAfter { get; set; }

    /// <summary>Planted interactions before the reset / after it: messages, calls, others.</summary>
    public int[] Before { get; } = new int[3];

    public int[] After { get; } = new int[3];
}
