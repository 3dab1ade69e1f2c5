using NetworkMetrics.Rebuild;
using NetworkMetrics.Tests.Samples;
using NetworkMetrics.Tests.TestSupport;

namespace NetworkMetrics.Tests.Rebuild;

/// <summary>The analysis on small hand-made imports: generations, evidence without a before export, the reset, time, pacing, options.</summary>
public sealed class RebuildAnalysisTests
{
    private static readonly DateTimeOffset Reset = new(2025, 6, 2, 20, 0, 0, TimeSpan.Zero);

    private static ImportResult Import(params ExportSnapshot[] snapshots) =>
        new() { Snapshots = [.. snapshots], Inputs = [], Files = [], Diagnostics = [] };

    private static ImportResult Empty => Import();

    private static ExportSnapshot Snapshot(Platform platform, DateTimeOffset exportedAt, params Tie[] ties) => new()
    {
        Platform = platform,
        ExportedAt = exportedAt,
        Counts = new NetworkCounts(),
        Ties = [.. ties],
        Accounts = [.. ties.Where(t => t.AccountKey is not null).Select(t => t.AccountKey!.Value).Distinct().Select(k => new Account(k))],
    };

    private static Tie Tie(Platform platform, string id, TieKind kind, DateTimeOffset? since) =>
        new(platform, AccountKey.Create(platform, AccountKeyKind.Id, id), kind) { Since = since };

    private static Tie Ended(Platform platform, string id, TieKind kind, DateTimeOffset endedAt) =>
        new(platform, AccountKey.Create(platform, AccountKeyKind.Id, id), kind) { EndedAt = endedAt };

    [Fact]
    public void A_2018_linkedin_export_without_urls_against_a_2025_one_matches_the_same_people()
    {
        using var temp = new TempDir();
        var before = temp.Write("before/Basic_LinkedInDataExport_01-10-2018/Connections.csv",
            "First Name,Last Name,Email Address,Company,Position,Connected On\r\n"
            + "Ana,Lima,,Co,Role,\"1/8/18, 6:14 PM\"\r\n"
            + "Bruno,Sato,bruno.sato@example.com,Co,Role,\"1/9/18, 6:14 PM\"\r\n"
            + "Chiara,Vos,,Co,Role,\"1/10/18, 6:14 PM\"\r\n"
            + "Dora,Maar,,Co,Role,\"1/11/18, 6:14 PM\"\r\n");
        var after = temp.Write("after/Basic_LinkedInDataExport_04-01-2025/Connections.csv",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            + "Ana,Lima,https://www.linkedin.com/in/ana-lima-1,,Co,Role,16 Mar 2025\r\n"
            + "Bruno,Sato,https://www.linkedin.com/in/bruno-sato,bruno.sato@example.com,Co,Role,02 Mar 2025\r\n"
            + "Eitan,Bar,https://www.linkedin.com/in/eitan-bar,,Co,Role,20 Mar 2025\r\n");
        var beforeImport = Run.Import(Path.GetDirectoryName(before)!);
        var afterImport = Run.Import(Path.GetDirectoryName(after)!);

        var result = RebuildAnalysis.Analyze(beforeImport, afterImport, RebuildOptions.Default with { Reset = new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), IncludeLists = true });

        var linkedIn = result.For(Platform.LinkedIn)!;
        Assert.Equal((4, 3, 2, 1, 2), (linkedIn.Before, linkedIn.After, linkedIn.Returning, linkedIn.New, linkedIn.Lost));
        Assert.Equal(["Bruno Sato", "Ana Lima"], linkedIn.ReturningContacts.Select(c => c.Name)); // soonest back first
        Assert.Equal([1, 15], linkedIn.ReturningContacts.Select(c => c.Days!.Value));
        Assert.Equal("LinkedIn:url:linkedin.com/in/ana-lima-1", linkedIn.ReturningContacts[1].Key.ToString());
        Assert.Equal(["Eitan Bar"], linkedIn.NewContacts.Select(c => c.Name));
        Assert.Equal(["Chiara Vos", "Dora Maar"], linkedIn.LostContacts.Select(c => c.Name).Order());
        Assert.Equal(RebuildResetSource.Given, result.ResetSource);
        Assert.False(result.ResetInferred);
    }

    [Fact]
    public void Without_a_before_export_the_removals_recorded_in_the_after_export_are_the_baseline()
    {
        var after = Import(Snapshot(Platform.Facebook, Reset.AddDays(60),
        [
            .. Enumerable.Range(0, 20).Select(i => Ended(Platform.Facebook, "f" + i, TieKind.Removed, Reset.AddMinutes(i))),
            Ended(Platform.Facebook, "old", TieKind.Removed, Reset.AddDays(-300)), // an old removal is not part of the reset
            Tie(Platform.Facebook, "f3", TieKind.Connection, Reset.AddDays(2)),
            Tie(Platform.Facebook, "f7", TieKind.Connection, Reset.AddDays(9)),
            Tie(Platform.Facebook, "new", TieKind.Connection, Reset.AddDays(5)),
        ]));

        var result = RebuildAnalysis.Analyze(Empty, after, RebuildOptions.Default with { IncludeLists = true });

        Assert.Equal((RebuildResetSource.Removals, Reset), (result.ResetSource, result.Reset));
        var facebook = result.For(Platform.Facebook)!;
        Assert.True(facebook.FromEvidence);
        Assert.Equal((20, 3, 2, 1, 18), (facebook.Before, facebook.After, facebook.Returning, facebook.New, facebook.Lost));
        Assert.Equal([2, 9], facebook.ReturningContacts.Select(c => c.Days!.Value));
        Assert.Equal(Reset.AddMinutes(3), facebook.ReturningContacts[0].BaselineSince); // the removal
        Assert.Equal(2, facebook.Survival!.EventCount);
        Assert.Equal(20, facebook.Survival.Count);
    }

    [Fact]
    public void The_story_after_exports_alone_give_facebook_s_baseline_from_its_removed_friends()
    {
        using var temp = new TempDir();
        var manifest = NetworkMetrics.Samples.Story.StorySample.Write(temp.Path);
        var after = Run.Import([.. manifest.After.All]);

        var result = RebuildAnalysis.Analyze(Empty, after);

        var facebook = result.For(Platform.Facebook)!;
        var planted = manifest.RegrowthOf(NetworkMetrics.Samples.Story.StoryPlatform.Facebook);
        Assert.True(facebook.FromEvidence);
        Assert.Equal((planted.Before, planted.After, planted.Returning), (facebook.Before, facebook.After, facebook.Returning));
        Assert.Equal(after.Latest(Platform.Facebook)!.Ties.Where(t => t.Kind == TieKind.Removed).Min(t => t.EndedAt), result.Reset); // the first removal
        Assert.True(facebook.Concordance!.Index > 0.55); // scored from the after export's history up to the reset
        Assert.Equal(0, result.For(Platform.Twitter)!.Before); // no evidence of X's unfollows in its archive
    }

    [Fact]
    public void Without_removals_the_reset_is_the_first_tie_after_the_longest_gap()
    {
        var after = Import(Snapshot(Platform.Instagram, new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero),
            Tie(Platform.Instagram, "a", TieKind.Following, new DateTimeOffset(2019, 1, 5, 10, 0, 0, TimeSpan.Zero)),
            Tie(Platform.Instagram, "b", TieKind.Following, new DateTimeOffset(2019, 3, 5, 10, 0, 0, TimeSpan.Zero)),
            Tie(Platform.Instagram, "c", TieKind.Following, new DateTimeOffset(2025, 5, 10, 17, 30, 0, TimeSpan.Zero)),
            Tie(Platform.Instagram, "d", TieKind.Following, new DateTimeOffset(2025, 5, 12, 9, 0, 0, TimeSpan.Zero))));

        var result = RebuildAnalysis.Analyze(Empty, after);

        Assert.Equal(RebuildResetSource.LongestGap, result.ResetSource);
        Assert.Equal(new DateTimeOffset(2025, 5, 10, 0, 0, 0, TimeSpan.Zero), result.Reset);
        Assert.Equal(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero), result.AsOf);
    }

    [Fact]
    public void Time_to_reconnect_is_the_calendar_day_difference_never_rounded_from_hours()
    {
        // 20:00 reset, back at 01:00 the next day (5 hours: day 1) and at 01:00 three days later (53 hours, 2.2 days: day 3).
        var before = Import(Snapshot(Platform.Facebook, Reset.AddHours(-1),
            Tie(Platform.Facebook, "a", TieKind.Connection, Reset.AddYears(-2)),
            Tie(Platform.Facebook, "b", TieKind.Connection, Reset.AddYears(-2)),
            Tie(Platform.Facebook, "c", TieKind.Connection, Reset.AddYears(-2))));
        var after = Import(Snapshot(Platform.Facebook, Reset.AddDays(30),
            Tie(Platform.Facebook, "a", TieKind.Connection, Reset.AddHours(5)),
            Tie(Platform.Facebook, "b", TieKind.Connection, Reset.AddHours(53))));

        var result = RebuildAnalysis.Analyze(before, after, RebuildOptions.Default with { Reset = Reset, IncludeLists = true });

        var facebook = result.For(Platform.Facebook)!;
        Assert.Equal([1, 3], facebook.ReturningContacts.Select(c => c.Days!.Value));
        Assert.Equal([1.0, 3.0], facebook.Survival!.Rows.Select(r => r.Time));
        Assert.Equal(30, facebook.Series[^1].Day);
        Assert.Equal([0, 1, 1, 2], facebook.Series.Take(4).Select(p => p.Count));
        Assert.Equal(RebuildResetSource.Given, result.ResetSource);
    }

    [Fact]
    public void Pacing_flags_x_days_over_400_follows_and_linkedin_weeks_over_100_invitations()
    {
        var day = new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.Zero);
        var follows = Enumerable.Range(0, 399).Select(i => Tie(Platform.Twitter, "a" + i, TieKind.Following, day.AddSeconds(i))) // 399: within the cap
            .Concat(Enumerable.Range(0, 401).Select(i => Tie(Platform.Twitter, "b" + i, TieKind.Following, day.AddDays(3).AddSeconds(i)))); // 401: over it
        var invitations = Enumerable.Range(0, 100).Select(i => Tie(Platform.LinkedIn, "w1-" + i, TieKind.InvitationSent, day.AddHours(i))) // 100 over ~4 days: at the limit
            .Concat(Enumerable.Range(0, 101).Select(i => Tie(Platform.LinkedIn, "w3-" + i, TieKind.InvitationSent, day.AddDays(20).AddHours(i * 1.5)))); // 101 within 7 days
        var after = Import(
            Snapshot(Platform.LinkedIn, day.AddDays(60), [.. invitations, Tie(Platform.LinkedIn, "c", TieKind.Connection, day)]),
            Snapshot(Platform.Twitter, day.AddDays(60), [.. follows]));

        var result = RebuildAnalysis.Analyze(Empty, after, RebuildOptions.Default with { Reset = day.AddDays(-1) });

        var x = Assert.Single(result.For(Platform.Twitter)!.Pacing);
        Assert.Equal((800, 401), (x.Total, x.MaxPerDay));
        var burst = Assert.Single(x.Bursts);
        Assert.Equal((new DateOnly(2025, 7, 4), new DateOnly(2025, 7, 4), 401, 401), (burst.Start, burst.End, burst.Count, burst.Peak));

        var linkedIn = Assert.Single(result.For(Platform.LinkedIn)!.Pacing);
        var week = Assert.Single(linkedIn.Bursts);
        Assert.Equal((new DateOnly(2025, 7, 21), new DateOnly(2025, 7, 27), 101, 101), (week.Start, week.End, week.Count, week.Peak));
        Assert.Equal(101, linkedIn.MaxPerWeek);

        var relaxed = RebuildAnalysis.Analyze(Empty, after, RebuildOptions.Default with { Reset = day.AddDays(-1), PacingLimits = [PacingLimit.TwitterFollows with { Limit = 500 }] });
        Assert.Empty(relaxed.For(Platform.Twitter)!.Pacing[0].Bursts);
        Assert.Empty(relaxed.For(Platform.LinkedIn)!.Pacing);
    }

    [Fact]
    public void Options_validate_themselves()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => (RebuildOptions.Default with { ResetWindow = TimeSpan.Zero }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (RebuildOptions.Default with { PacingLimits = [PacingLimit.TwitterFollows with { WindowDays = 0 }] }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (RebuildOptions.Default with { Reset = Reset, AsOf = Reset.AddDays(-1) }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (RebuildOptions.Default with { ScoringOptions = NetworkMetrics.Scoring.ScoringOptions.Default with { FrequencySaturation = 0 } }).Validate());
        Assert.Throws<ArgumentException>(() => RebuildAnalysis.Analyze(Empty, Empty));
    }
}
