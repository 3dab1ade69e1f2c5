using NetworkMetrics.Rebuild;
using NetworkMetrics.Samples.Story;
using NetworkMetrics.Tests.Samples;

namespace NetworkMetrics.Tests.Rebuild;

/// <summary>
/// The story's before and after exports (a planted regrowth: closer contacts return sooner) through the
/// analysis: the counts the manifest states, the planted effect visible, every statistic produced.
/// </summary>
public sealed class StoryRebuildTests(StoryFixture story) : IClassFixture<StoryFixture>
{
    private readonly Lazy<RebuildResult> _result = new(() => RebuildAnalysis.Analyze(story.Before, story.After, RebuildOptions.Default with { IncludeLists = true }));

    private RebuildResult Result => _result.Value;

    private StoryManifest Manifest => story.Manifest;

    [Theory]
    [InlineData(Platform.LinkedIn, StoryPlatform.LinkedIn)]
    [InlineData(Platform.Facebook, StoryPlatform.Facebook)]
    [InlineData(Platform.Twitter, StoryPlatform.Twitter)]
    public void The_counts_are_the_planted_regrowth(Platform platform, StoryPlatform storyPlatform)
    {
        var planted = Manifest.RegrowthOf(storyPlatform);
        var rebuild = Result.For(platform)!;

        Assert.False(rebuild.FromEvidence);
        Assert.Equal((planted.Before, planted.After, planted.Returning, planted.New, planted.Lost),
            (rebuild.Before, rebuild.After, rebuild.Returning, rebuild.New, rebuild.Lost));
        Assert.Equal(planted.Recovered, rebuild.Recovered, 12);
        Assert.Equal((rebuild.Returning, rebuild.New, rebuild.Lost), (rebuild.ReturningContacts.Length, rebuild.NewContacts.Length, rebuild.LostContacts.Length + (platform == Platform.LinkedIn ? 2 : 0)));
        Assert.Null(Result.For(Platform.AddressBook)); // never reset
    }

    [Theory]
    [InlineData(Platform.LinkedIn)]
    [InlineData(Platform.Facebook)]
    public void The_cream_rises_quality_recovered_beats_the_count_share_and_the_concordance_is_well_above_a_half(Platform platform)
    {
        var rebuild = Result.For(platform)!;

        Assert.True(rebuild.QualityRecovered >= 1.15 * rebuild.Recovered, $"quality {rebuild.QualityRecovered} vs count {rebuild.Recovered}");
        Assert.True(rebuild.Concordance!.Index > 0.55, $"C = {rebuild.Concordance.Index}");
        Assert.True(rebuild.Spearman!.Rho < 0, "the higher the score, the sooner back");
        Assert.True(rebuild.Spearman.PValue < 0.05);
        Assert.Equal(rebuild.Returning, rebuild.Spearman.Count);
    }

    [Fact]
    public void The_reset_is_inferred_from_the_burst_of_facebook_removals_and_the_as_of_date_from_the_after_exports()
    {
        Assert.Equal(RebuildResetSource.Removals, Result.ResetSource);
        Assert.True(Result.ResetInferred);
        Assert.Equal(story.After.Latest(Platform.Facebook)!.Ties.Where(t => t.Kind == TieKind.Removed).Min(t => t.EndedAt), Result.Reset); // the first removal
        Assert.Equal(Manifest.ResetDate, DateOnly.FromDateTime(Result.Reset.UtcDateTime));
        Assert.InRange(Result.Reset - Manifest.ResetAt, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        Assert.True(Result.AsOfInferred);
        Assert.Equal(DateOnly.FromDateTime(Manifest.AsOf.UtcDateTime), DateOnly.FromDateTime(Result.AsOf.UtcDateTime));
    }

    [Fact]
    public void Each_returning_linkedin_contact_s_time_is_the_calendar_days_the_manifest_planted()
    {
        var people = new StoryPeople(Manifest);
        var linkedIn = Result.For(Platform.LinkedIn)!;
        var checkedCount = 0;
        foreach (var contact in linkedIn.ReturningContacts)
        {
            var number = people.Of(story.After.FindAccount(contact.Key)!);
            Assert.True(number > 0, contact.Name);
            Assert.Equal(Manifest.People[number - 1].On(StoryPlatform.LinkedIn)!.DaysToReconnect, contact.Days);
            checkedCount++;
        }

        Assert.Equal(108, checkedCount);
        // Kaplan–Meier counts every returner as an event at that time, the others censored at the as-of day.
        var survival = linkedIn.Survival!;
        Assert.Equal(108, survival.EventCount);
        Assert.Equal(399, survival.Count); // the two hidden members cannot be followed
        Assert.Equal(linkedIn.ReturningContacts.Select(c => (double)c.Days!.Value).Distinct().Order(), survival.Rows.Select(r => r.Time));
        Assert.Null(survival.Median); // fewer than half are back: the median is not reached, and said so
    }

    [Fact]
    public void The_series_fits_and_projection_are_produced_for_dated_platforms()
    {
        var linkedIn = Result.For(Platform.LinkedIn)!;
        var days = (DateOnly.FromDateTime(Result.AsOf.UtcDateTime).DayNumber - DateOnly.FromDateTime(Result.Reset.UtcDateTime).DayNumber) + 1;

        Assert.True(linkedIn.Dated);
        Assert.Null(linkedIn.Reason);
        Assert.Equal(days, linkedIn.Series.Length);
        Assert.Equal(linkedIn.After, linkedIn.Series[^1].Count);
        Assert.Equal(0, linkedIn.Series[0].Day);
        Assert.True(linkedIn.Series.Zip(linkedIn.Series.Skip(1)).All(p => p.First.Count <= p.Second.Count));
        Assert.Equal(5, linkedIn.Fits!.Fits.Count);
        Assert.NotNull(linkedIn.Fits.Best);
        Assert.All(linkedIn.Fits.Fits.Where(f => !f.Converged), f => Assert.Null(f.Rss)); // a failed fit carries no numbers
        // About six months after the reset 163 of 401 are there: the fitted curves level off below the baseline.
        Assert.Equal(401, linkedIn.Projection!.Target);
        Assert.Equal(NetworkMetrics.Statistics.GrowthProjectionStatus.CeilingBelowTarget, linkedIn.Projection.Fit.Status);
        Assert.Contains("below the baseline of 401", linkedIn.Projection.Statement, StringComparison.Ordinal);
        Assert.Null(linkedIn.Projection.Date);
        Assert.InRange(linkedIn.RatePerWeek!.Value, 163 / 27.0, 163 / 25.0);
        Assert.True(linkedIn.RatePerWeekLast4 < linkedIn.RatePerWeek, "the regrowth slows down");
    }

    [Fact]
    public void X_follows_have_no_dates_so_only_counts_lists_and_the_quality_share_are_given_with_the_reason()
    {
        var x = Result.For(Platform.Twitter)!;

        Assert.False(x.Dated);
        Assert.Contains("no dates", x.Reason, StringComparison.Ordinal);
        Assert.Empty(x.Series);
        Assert.Null(x.Fits);
        Assert.Null(x.Projection);
        Assert.Null(x.Survival);
        Assert.Null(x.Concordance);
        Assert.Null(x.RatePerWeek);
        Assert.All(x.ReturningContacts, c => Assert.Null(c.Days));
        Assert.All(x.ReturningContacts, c => Assert.Null(c.Since)); // never invented from the order of following.js
        Assert.NotNull(x.QualityRecovered);
        Assert.Empty(x.Pacing); // undated follows cannot be paced
    }

    [Fact]
    public void The_linkedin_invitation_burst_of_the_second_week_is_flagged_with_its_dates()
    {
        var burst = Manifest.InvitationBurst;
        var pacing = Assert.Single(Result.For(Platform.LinkedIn)!.Pacing);

        Assert.Equal(PacingLimit.LinkedInInvitations, pacing.Limit);
        var flagged = Assert.Single(pacing.Bursts);
        Assert.Equal(DateOnly.FromDateTime(burst.From.UtcDateTime), flagged.Start);
        Assert.Equal(DateOnly.FromDateTime(burst.To.UtcDateTime), flagged.End);
        Assert.Equal(burst.Invitations, flagged.Count);
        Assert.True(pacing.MaxPerWeek > 100);
    }

    [Fact]
    public void People_across_platforms_are_counted_once_each_without_identity_resolution()
    {
        var people = Result.People;
        var platforms = Result.Platforms;

        // Without personOf every account is its own person: the people section adds the platforms up.
        Assert.Equal(platforms.Sum(p => p.Before) - 2, people.Before); // less the two hidden LinkedIn members
        Assert.Equal(platforms.Sum(p => p.Returning), people.Returning);
        Assert.Equal(platforms.Sum(p => p.After), people.After);
        // Time to reconnect follows the people with a dated baseline tie (LinkedIn's 399 known members, Facebook's 306):
        // X's people have no dates to follow, and are left out rather than counted as never back.
        Assert.Equal(399 + 306, people.Survival!.Count);
        Assert.Equal(108 + 76, people.Survival.EventCount);
        Assert.True(people.Concordance!.Index > 0.55);
        Assert.True(people.QualityRecovered >= 1.15 * people.Recovered);
    }

    [Fact]
    public void PersonOf_joins_accounts_into_people()
    {
        // One person per name across platforms (a crude identity, enough to see the hook used).
        static string? ByName(Account account) => account.Name is { } name ? "name:" + name.ToUpperInvariant() : null;

        var joined = RebuildAnalysis.Analyze(story.Before, story.After, RebuildOptions.Default with { PersonOf = ByName });

        Assert.True(joined.People.Before < Result.People.Before);
        Assert.Equal(Result.For(Platform.LinkedIn)!.Returning, joined.For(Platform.LinkedIn)!.Returning); // platform counts do not depend on people
    }
}
