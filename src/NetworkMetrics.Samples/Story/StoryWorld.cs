using System.Globalization;

namespace NetworkMetrics.Samples.Story;

/// <summary>Everything the writers need: the dates, the owner, the cast and the planted interactions.</summary>
internal sealed class StoryWorld
{
    public const string OwnerGiven = "Avery";
    public const string OwnerFamily = "Quill";
    public const string OwnerName = "Avery Quill";
    public const string OwnerSlug = "averyquill";
    public const string OwnerFacebookUser = "avery.quill";
    public const string OwnerTwitterId = "2873451190";
    public const string OwnerHandle = "averyquill";
    public const string OwnerEmail = "avery.quill@example.com";

    public StoryWorld(StoryOptions options)
    {
        Options = options;
        Seed = options.Seed;
        Scale = options.Scale;
        ResetDate = options.Reset;
        ResetMs = Ms(options.Reset, 8, 0);
        BeforeMs = Ms(options.Reset.AddDays(-1), 20, 0);
        AsOfMs = Ms(options.Reset.AddMonths(6), 9, 0);
        HistoryStartMs = Ms(new DateOnly(options.Reset.Year - 9, 1, 1), 0, 0);
        EarliestTieMs = Ms(new DateOnly(options.Reset.Year - 13, 3, 1), 0, 0);
    }

    public StoryOptions Options { get; }

    public int Seed { get; }

    public int Scale { get; }

    public DateOnly ResetDate { get; }

    /// <summary>The reset's first removal (08:00 UTC on the reset day).</summary>
    public long ResetMs { get; }

    /// <summary>The before exports' moment (20:00 UTC the day before the reset).</summary>
    public long BeforeMs { get; }

    /// <summary>The after exports' moment, the as-of date (09:00 UTC six months after the reset).</summary>
    public long AsOfMs { get; }

    /// <summary>The first day of the message history (1 January, nine years before the reset).</summary>
    public long HistoryStartMs { get; }

    /// <summary>The earliest tie date (ties are older than the kept history).</summary>
    public long EarliestTieMs { get; }

    public List<CastPerson> People { get; } = [];

    public List<StoryEvent> Events { get; } = [];

    public List<StoryGroupPlan> Groups { get; } = [];

    public List<StoryHardCase> HardCases { get; } = [];

    /// <summary>LinkedIn invitations before the reset still pending at the before export.</summary>
    public List<StoryInvitation> InvitationsBefore { get; } = [];

    /// <summary>LinkedIn invitations from the reset to the as-of date.</summary>
    public List<StoryInvitation> InvitationsAfter { get; } = [];

    /// <summary>Facebook friend requests the owner sent after the reset that are still pending.</summary>
    public List<StoryInvitation> PendingFriendRequests { get; } = [];

    /// <summary>People who endorsed the owner and whom the owner never endorsed.</summary>
    public List<int> UnreciprocatedEndorsers { get; } = [];

    public CastPerson OwedReplyPerson { get; set; } = null!;

    public long OwedReplyMs { get; set; }

    public CastPerson OverduePerson { get; set; } = null!;

    public long BurstStartMs { get; set; }

    public CastPerson Person(int number) => People[number - 1];

    public static long Ms(DateOnly day, int hour, int minute) =>
        new DateTimeOffset(day.Year, day.Month, day.Day, hour, minute, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    public static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    /// <summary>Calendar days from the reset day to the day of <paramref name="ms"/>.</summary>
    public int DaysAfterReset(long ms) => DateOnly.FromDateTime(At(ms).UtcDateTime).DayNumber - ResetDate.DayNumber;

    /// <summary>The start (00:00 UTC) of the day of <paramref name="ms"/>.</summary>
    public static long DayOf(long ms) => ms - (((ms % 86_400_000) + 86_400_000) % 86_400_000);

    public static string Date(long ms, string format) => At(ms).UtcDateTime.ToString(format, CultureInfo.InvariantCulture);

    public const long Day = 86_400_000;
}
