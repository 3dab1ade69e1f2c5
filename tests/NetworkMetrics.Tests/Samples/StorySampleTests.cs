using System.IO.Compression;
using System.Text.Json;
using NetworkMetrics.Samples.Story;

namespace NetworkMetrics.Tests.Samples;

/// <summary>
/// The story's exports read back with the real importer: the headline counts, clean diagnostics,
/// the export generations, the planted tiers, calls, removals, regrowth and "today" items, as the
/// files show them (not as the manifest merely says).
/// </summary>
public sealed class StorySampleTests(StoryFixture story) : IClassFixture<StoryFixture>
{
    private StoryManifest Manifest => story.Manifest;

    [Fact]
    public void Before_the_reset_the_exports_hold_401_connections_306_friends_and_486_followings()
    {
        var summary = story.BeforeSummary;

        Assert.Equal(401, summary.Counts(Platform.LinkedIn).Connections);
        Assert.Equal(306, summary.Counts(Platform.Facebook).Connections);
        Assert.Equal(486, summary.Counts(Platform.Twitter).Following);
        Assert.Equal(Manifest.BeforeCounts.TwitterFollowers, summary.Counts(Platform.Twitter).Followers);
        Assert.Equal(Manifest.BeforeCounts.AddressBookContacts, summary.Counts(Platform.AddressBook).Connections);
        Assert.Equal(Manifest.BeforeCounts.LinkedInMessages, summary.Counts(Platform.LinkedIn).Messages);
        Assert.Equal(Manifest.BeforeCounts.LinkedInInvitations, summary.Counts(Platform.LinkedIn).Invitations);
        Assert.Equal(Manifest.BeforeCounts.FacebookMessages, summary.Counts(Platform.Facebook).Messages);
        Assert.Equal(Manifest.BeforeCounts.TwitterDirectMessages, summary.Counts(Platform.Twitter).Messages);
        Assert.Equal(0, summary.Counts(Platform.Facebook).Removed);
        Assert.Equal((401, 306, 486), (Manifest.BeforeCounts.LinkedInConnections, Manifest.BeforeCounts.FacebookFriends, Manifest.BeforeCounts.TwitterFollowing));
    }

    [Fact]
    public void After_the_reset_the_exports_hold_what_the_manifest_states()
    {
        var summary = story.AfterSummary;
        var counts = Manifest.AfterCounts;

        Assert.Equal(counts.LinkedInConnections, summary.Counts(Platform.LinkedIn).Connections);
        Assert.Equal(counts.LinkedInMessages, summary.Counts(Platform.LinkedIn).Messages);
        Assert.Equal(counts.LinkedInInvitations, summary.Counts(Platform.LinkedIn).Invitations);
        Assert.Equal(counts.FacebookFriends, summary.Counts(Platform.Facebook).Connections);
        Assert.Equal(306, summary.Counts(Platform.Facebook).Removed);
        Assert.Equal(counts.FacebookMessages, summary.Counts(Platform.Facebook).Messages);
        Assert.Equal(counts.TwitterFollowing, summary.Counts(Platform.Twitter).Following);
        Assert.Equal(counts.TwitterFollowers, summary.Counts(Platform.Twitter).Followers);
        Assert.Equal(counts.TwitterDirectMessages, summary.Counts(Platform.Twitter).Messages);
        Assert.Equal(counts.AddressBookContacts, summary.Counts(Platform.AddressBook).Connections);

        // The regrowth the manifest states adds up, and is far from the old size.
        foreach (var platform in Manifest.Regrowth)
        {
            Assert.Equal(platform.Returning + platform.New, platform.After);
            Assert.Equal(platform.Before, platform.Returning + platform.Lost);
            Assert.InRange(platform.Recovered, 0.1, 0.6);
            Assert.True(platform.New > 0);
        }

        Assert.Equal(counts.LinkedInConnections, Manifest.RegrowthOf(StoryPlatform.LinkedIn).After);
        Assert.Equal(counts.FacebookFriends, Manifest.RegrowthOf(StoryPlatform.Facebook).After);
        Assert.Equal(counts.TwitterFollowing, Manifest.RegrowthOf(StoryPlatform.Twitter).After);
    }

    [Fact]
    public void The_importer_reports_no_warning_or_error_on_either_side()
    {
        foreach (var diagnostics in new[] { story.Before.Diagnostics, story.After.Diagnostics, story.BeforeSummary.Diagnostics, story.AfterSummary.Diagnostics })
        {
            Assert.DoesNotContain(diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        }

        // The after side's drafts are passed over, and said so.
        Assert.Contains(story.After.Diagnostics, d => d.Code == "linkedin.drafts");
    }

    [Fact]
    public void LinkedIn_before_is_the_2021_generation_and_after_the_2024_one()
    {
        string Format(ImportSummary summary, string file) => summary.Files.Single(f => f.Path.EndsWith("!/" + file, StringComparison.Ordinal)).Format;

        Assert.Equal("linkedin.connections.2021", Format(story.BeforeSummary, "Connections.csv"));
        Assert.Equal("linkedin.messages.2020", Format(story.BeforeSummary, "messages.csv"));
        Assert.Equal("linkedin.invitations.2018", Format(story.BeforeSummary, "Invitations.csv"));
        Assert.Equal("linkedin.connections.2024", Format(story.AfterSummary, "Connections.csv"));
        Assert.Equal("linkedin.messages.2024", Format(story.AfterSummary, "messages.csv"));
        Assert.Equal("linkedin.invitations.2024", Format(story.AfterSummary, "Invitations.csv"));
        Assert.Equal("facebook.friends.2023", Format(story.AfterSummary, "connections/friends/your_friends.json"));
        Assert.Equal("facebook.removed-friends.2023", Format(story.AfterSummary, "connections/friends/removed_friends.json"));
        Assert.Equal("twitter.following.2020", Format(story.AfterSummary, "data/following.js"));
        Assert.Equal("twitter.tweets.2022", Format(story.AfterSummary, "data/tweets.js"));
        Assert.All(story.AfterSummary.Files.Where(f => f.Path.Contains("/messages/inbox/", StringComparison.Ordinal)), f => Assert.Equal("facebook.messages.2024", f.Format));

        // The archives are named as the platforms name them, with the dates of the exports.
        Assert.Equal("Basic_LinkedInDataExport_06-01-2025.zip", Path.GetFileName(Manifest.Before.LinkedIn));
        Assert.Equal("Basic_LinkedInDataExport_12-02-2025.zip", Path.GetFileName(Manifest.After.LinkedIn));
        Assert.Matches("^facebook-averyquill-2025-06-01-[A-Za-z0-9]{8}\\.zip$", Path.GetFileName(Manifest.Before.Facebook));
        Assert.Matches("^twitter-2025-12-02-[0-9a-f]{64}\\.zip$", Path.GetFileName(Manifest.After.Twitter));
        Assert.Equal(new DateOnly(2025, 6, 1), DateOnly.FromDateTime(story.Before.Latest(Platform.LinkedIn)!.ExportedAt!.Value.UtcDateTime));
        Assert.Equal(new DateOnly(2025, 12, 2), DateOnly.FromDateTime(story.After.Latest(Platform.Facebook)!.ExportedAt!.Value.UtcDateTime));
    }

    [Fact]
    public void The_owner_is_known_on_every_platform()
    {
        foreach (var platform in new[] { Platform.LinkedIn, Platform.Facebook, Platform.Twitter })
        {
            Assert.Equal(Manifest.Owner.Name, story.Before.Latest(platform)!.Owner?.Name);
            Assert.Equal(Manifest.Owner.Name, story.After.Latest(platform)!.Owner?.Name);
        }

        Assert.Equal(Manifest.Owner.TwitterId, story.After.Latest(Platform.Twitter)!.Owner!.Id);
        Assert.Contains(story.Before.Latest(Platform.LinkedIn)!.Interactions, i => i.Direction == InteractionDirection.Outgoing);
        Assert.Contains(story.Before.Latest(Platform.LinkedIn)!.Interactions, i => i.Direction == InteractionDirection.Incoming);
    }

    [Fact]
    public void Facebook_threads_hold_calls_beside_the_messages()
    {
        var (calls, texts) = CallEntries(Manifest.Before.Facebook);

        Assert.Equal(Manifest.BeforeCounts.FacebookCalls, calls.Count);
        Assert.True(calls.Count > 300, $"{calls.Count} calls");
        Assert.Contains(calls, c => c.Duration > 0);
        Assert.Contains(calls, c => c.Duration == 0); // missed
        Assert.All(texts, t => Assert.Matches("called you\\.$|^You called .+\\.$|started a video chat\\.$|^You missed a (call from|video chat with) .+\\.$|missed your (call|video chat)\\.$", t));

        // Every weekly contact talks on the phone: each of their Facebook threads holds calls.
        var weekly = Manifest.People.Where(p => p.Tier == StoryTier.Weekly && p.On(StoryPlatform.Facebook) is not null).ToList();
        Assert.NotEmpty(weekly);
        Assert.All(weekly, p => Assert.True(p.On(StoryPlatform.Facebook)!.Before.Calls >= 20, p.Name));

        // Calls are not messages: the importer's message count leaves them out.
        Assert.Equal(Manifest.BeforeCounts.FacebookMessages, story.Before.Latest(Platform.Facebook)!.Counts.Messages);
    }

    [Fact]
    public void Facebook_strings_are_written_in_metas_mojibake_and_read_back_repaired()
    {
        using var zip = ZipFile.OpenRead(Manifest.Before.Facebook);
        var entry = zip.Entries.Single(e => e.FullName == "connections/friends/your_friends.json");
        using var reader = new StreamReader(entry.Open());
        var raw = reader.ReadToEnd();

        Assert.Contains("\"\\u00c5\\u0081ucja Wi\\u00c5\\u009bniewska\"", raw, StringComparison.Ordinal); // Łucja Wiśniewska, one escape per UTF-8 byte
        Assert.DoesNotContain(raw, c => c > 0x7F);
        var names = story.Before.Latest(Platform.Facebook)!.Accounts.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("Łucja Wiśniewska", names);
        Assert.Contains("Nguyễn Thu Hà", names);
        Assert.DoesNotContain(names, n => n is not null && (n.Contains('Ã', StringComparison.Ordinal) || n.Contains('Å', StringComparison.Ordinal)));
    }

    [Fact]
    public void The_removed_friends_file_lists_the_306_baseline_friends_removed_on_the_reset_day()
    {
        using var zip = ZipFile.OpenRead(Manifest.After.Facebook);
        using var json = JsonDocument.Parse(zip.Entries.Single(e => e.FullName == "connections/friends/removed_friends.json").Open());
        var removed = json.RootElement.GetProperty("deleted_friends_v2").EnumerateArray()
            .Select(e => DateTimeOffset.FromUnixTimeSeconds(e.GetProperty("timestamp").GetInt64())).ToList();

        Assert.Equal(306, removed.Count);
        Assert.All(removed, at => Assert.Equal(Manifest.ResetDate, DateOnly.FromDateTime(at.UtcDateTime)));
        Assert.All(removed, at => Assert.True(at >= Manifest.ResetAt));

        // The importer reads them as removed ties, dated by the removal, naming exactly the friends of the before export.
        var before = story.Before.Latest(Platform.Facebook)!;
        var after = story.After.Latest(Platform.Facebook)!;
        var friendNames = before.Ties.Where(t => t.Kind == TieKind.Connection).Select(t => Name(before, t.AccountKey)).Order(StringComparer.Ordinal);
        var removedTies = after.Ties.Where(t => t.Kind == TieKind.Removed).ToList();
        Assert.Equal(friendNames, removedTies.Select(t => Name(after, t.AccountKey)).Order(StringComparer.Ordinal));
        Assert.All(removedTies, t => Assert.Equal(Manifest.ResetDate, DateOnly.FromDateTime(t.EndedAt!.Value.UtcDateTime)));

        // Re-added friends are dated after the reset.
        Assert.All(after.Ties.Where(t => t.Kind == TieKind.Connection), t => Assert.True(t.Since > Manifest.ResetAt));
    }

    [Fact]
    public void Weekly_contacts_have_at_least_40_interactions_in_the_year_before_the_reset_and_the_tiers_are_in_order()
    {
        var people = new StoryPeople(Manifest);
        var year = people.Interactions(story.Before.Snapshots, Manifest.ResetAt.AddDays(-365), Manifest.ResetAt);
        var all = people.Interactions(story.Before.Snapshots, DateTimeOffset.MinValue, Manifest.ResetAt);
        int Count(StoryPerson p) => year.GetValueOrDefault(p.Number);
        double Median(StoryTier tier) => Median2([.. Manifest.People.Where(p => p.Tier == tier && !p.IsNew).Select(Count)]);

        var weekly = Manifest.People.Where(p => p.Tier == StoryTier.Weekly).ToList();
        Assert.Equal(5, weekly.Count);
        Assert.All(weekly, p => Assert.True(Count(p) >= 40, $"{p.Name}: {Count(p)} interactions in the year before the reset"));
        Assert.Equal(10, Manifest.People.Count(p => p.Tier == StoryTier.Monthly));
        Assert.Equal(35, Manifest.People.Count(p => p.Tier == StoryTier.Quarterly));
        Assert.Equal(100, Manifest.People.Count(p => p.Tier == StoryTier.Yearly));

        // Medians of a year: weekly > monthly > quarterly > yearly; silent ties never communicated (at most one one-way act, ever).
        Assert.True(Median(StoryTier.Weekly) > Median(StoryTier.Monthly));
        Assert.True(Median(StoryTier.Monthly) > Median(StoryTier.Quarterly));
        Assert.True(Median(StoryTier.Quarterly) > Median(StoryTier.Yearly));
        var silent = Manifest.People.Where(p => p.Tier == StoryTier.Silent && !p.IsNew).ToList();
        Assert.All(silent, p => Assert.InRange(all.GetValueOrDefault(p.Number), 0, 1));
        Assert.True(silent.Count(p => all.ContainsKey(p.Number)) < silent.Count / 20);

        // Contact frequency over each person's own span of contact (as Arnaboldi et al. measure it) falls in its tier's band:
        // between the geometric midpoints of the nominal weekly, monthly, quarterly and yearly frequencies.
        var times = ContactTimes(people, story.Before.Snapshots, Manifest.ResetAt);
        double[] upper = [double.MaxValue, Math.Sqrt(52.0 * 12), Math.Sqrt(12.0 * 4), Math.Sqrt(4.0 * 1)];
        double[] lower = [Math.Sqrt(52.0 * 12), Math.Sqrt(12.0 * 4), Math.Sqrt(4.0 * 1), 1];
        foreach (var person in Manifest.People.Where(p => p.Tier != StoryTier.Silent && times.ContainsKey(p.Number)))
        {
            var days = times[person.Number].Select(t => DateOnly.FromDateTime(t.UtcDateTime)).Distinct().Order().ToList();
            var years = (days[^1].DayNumber - days[0].DayNumber) / 365.25;
            var perYear = days.Count / years;
            var tier = (int)person.Tier;
            Assert.True(perYear > lower[tier] && perYear < upper[tier], $"{person.Name} ({person.Tier}): {perYear:F2} contact days a year");
        }
    }

    [Fact]
    public void Closer_contacts_came_back_sooner_strongly_enough_to_measure()
    {
        var people = new StoryPeople(Manifest);
        var before = people.Interactions(story.Before.Snapshots, DateTimeOffset.MinValue, Manifest.ResetAt);
        var window = Manifest.AsOf.UtcDateTime.Date.Subtract(Manifest.ResetDate.ToDateTime(TimeOnly.MinValue)).Days;
        foreach (var platform in new[] { StoryPlatform.LinkedIn, StoryPlatform.Facebook })
        {
            var baseline = Manifest.People.Where(p => p.On(platform) is { InBefore: true }).ToList();
            var returned = ReturnedPerExport(platform);

            // A conservative stand-in for a score: interactions before the reset, saturating at 50, silent ties worth a fifth.
            double Score(StoryPerson p) => 0.2 + (0.8 * Math.Min(50, before.GetValueOrDefault(p.Number)) / 50.0);
            var rows = baseline.Select(p => (Score: Score(p), Time: returned.TryGetValue(p.Number, out var d) ? d : window, Event: returned.ContainsKey(p.Number))).ToList();

            var concordance = Harrell(rows);
            var countShare = rows.Count(r => r.Event) / (double)rows.Count;
            var qualityShare = rows.Where(r => r.Event).Sum(r => r.Score) / rows.Sum(r => r.Score);
            Assert.True(concordance > 0.6, $"{platform}: concordance {concordance:F3}");
            Assert.True(qualityShare >= 1.15 * countShare, $"{platform}: quality {qualityShare:F3} vs count {countShare:F3}");

            // The export's returning ties are the manifest's.
            Assert.Equal(Manifest.RegrowthOf(platform).Returning, returned.Count);
            Assert.All(returned, kv => Assert.Equal(Manifest.Person(kv.Key).On(platform)!.DaysToReconnect, kv.Value));
        }
    }

    [Fact]
    public void The_regrowth_is_fast_at_first_then_slows()
    {
        foreach (var platform in new[] { StoryPlatform.LinkedIn, StoryPlatform.Facebook })
        {
            var days = ReturnedPerExport(platform).Values.Concat(
                Manifest.People.Select(p => p.On(platform)).Where(a => a is { IsNew: true }).Select(a => DateOnly.FromDateTime(a!.NewSince!.Value.UtcDateTime).DayNumber - Manifest.ResetDate.DayNumber)).ToList();
            var firstMonth = days.Count(d => d < 30);
            var lastMonth = days.Count(d => d >= 152);
            Assert.True(firstMonth > 3 * lastMonth, $"{platform}: {firstMonth} in the first month, {lastMonth} in the last");
            Assert.True(lastMonth > 0, $"{platform}: still growing at the end");
        }

        // The closest come back within days on their main platform.
        Assert.All(Manifest.People.Where(p => p.Tier == StoryTier.Weekly), p => Assert.InRange(p.On(p.Primary)!.DaysToReconnect!.Value, 0, 21));
    }

    [Fact]
    public void One_week_after_the_reset_holds_more_than_100_linkedin_invitations()
    {
        var sent = story.After.Latest(Platform.LinkedIn)!.Ties.Where(t => t.Kind == TieKind.InvitationSent && t.Since >= Manifest.ResetAt)
            .Select(t => t.Since!.Value).Order().ToList();
        var busiest = sent.Select((start, i) => sent.Skip(i).TakeWhile(t => t < start.AddDays(7)).Count()).Max();

        Assert.True(busiest > 100, $"{busiest} invitations in the busiest week");
        Assert.Equal(Manifest.InvitationBurst.Invitations, sent.Count(t => t >= Manifest.InvitationBurst.From && t <= Manifest.InvitationBurst.To));
        Assert.True(Manifest.InvitationBurst.To - Manifest.InvitationBurst.From < TimeSpan.FromDays(7));

        // No other week comes close: the burst is one week.
        var quiet = sent.Where(t => t < Manifest.InvitationBurst.From || t > Manifest.InvitationBurst.To).ToList();
        var busiestElsewhere = quiet.Select((start, i) => quiet.Skip(i).TakeWhile(t => t < start.AddDays(7)).Count()).DefaultIfEmpty().Max();
        Assert.True(busiestElsewhere < 50, $"{busiestElsewhere} invitations in another week");
    }

    [Fact]
    public void The_owed_reply_is_the_last_word_of_its_thread_and_nothing_answers_it()
    {
        var people = new StoryPeople(Manifest);
        var owed = Manifest.OwedReply;
        var facebook = story.After.Latest(Platform.Facebook)!;
        var accounts = facebook.Accounts.ToDictionary(a => a.Key);
        var withThem = facebook.Interactions.Where(i => i.AccountKeys.Any(id => people.Of(accounts[id]) == owed.Person)).OrderBy(i => i.At).ToList();

        var last = withThem[^1];
        Assert.Equal(InteractionDirection.Incoming, last.Direction);
        Assert.Equal(InteractionChannel.DirectMessage, last.Channel);
        Assert.Equal(owed.At, last.At);
        Assert.InRange((Manifest.AsOf - owed.At).TotalDays, 1, 7);
        Assert.Contains(owed.Tier, new[] { StoryTier.Weekly, StoryTier.Monthly });

        // Nobody else is owed a reply: every other one-to-one conversation ends with the owner.
        foreach (var snapshot in story.After.Snapshots.Where(s => s.Platform != Platform.AddressBook))
        {
            foreach (var conversation in snapshot.Interactions.Where(i => i.Channel is InteractionChannel.DirectMessage && i.ConversationId is not null).GroupBy(i => i.ConversationId))
            {
                var final = conversation.MaxBy(i => i.At)!;
                if (final != last)
                {
                    Assert.True(final.Direction == InteractionDirection.Outgoing, $"{snapshot.Platform} {conversation.Key} {final.At:O} ends {final.Direction}");
                }
            }
        }

        // And after it, nothing goes from the owner to them anywhere.
        var all = people.Interactions(story.After.Snapshots.Where(s => s.Platform != Platform.AddressBook), owed.At.AddSeconds(1), Manifest.AsOf);
        Assert.False(all.ContainsKey(owed.Person));
    }

    [Fact]
    public void The_overdue_close_friend_has_been_silent_for_two_months_while_the_other_close_friends_were_in_touch_this_week()
    {
        var people = new StoryPeople(Manifest);
        var overdue = Manifest.Person(Manifest.Overdue.Person);
        var lastTwoMonths = people.Interactions(story.After.Snapshots, Manifest.AsOf.AddDays(-60), Manifest.AsOf);
        var lastWeek = people.Interactions(story.After.Snapshots, Manifest.AsOf.AddDays(-7), Manifest.AsOf);
        var ever = people.Interactions(story.After.Snapshots, Manifest.ResetAt, Manifest.AsOf);

        Assert.Equal(StoryTier.Weekly, overdue.Tier);
        Assert.False(lastTwoMonths.ContainsKey(overdue.Number));
        Assert.True(ever.GetValueOrDefault(overdue.Number) > 10, "they came back and talked after the reset");
        Assert.InRange(Manifest.Overdue.SilentDays, 55, 75);
        Assert.All(Manifest.People.Where(p => p.Tier == StoryTier.Weekly && p.Number != overdue.Number),
            p => Assert.True(lastWeek.ContainsKey(p.Number), $"{p.Name} was not in touch in the last week"));
    }

    [Fact]
    public void Endorsers_the_owner_never_endorsed_are_in_the_manifest()
    {
        var people = new StoryPeople(Manifest);
        var linkedIn = story.After.Latest(Platform.LinkedIn)!;
        var accounts = linkedIn.Accounts.ToDictionary(a => a.Key);
        var endorsements = linkedIn.Interactions.Where(i => i.Channel == InteractionChannel.Endorsement).ToList();
        HashSet<int> Who(InteractionDirection direction) =>
            [.. endorsements.Where(i => i.Direction == direction).SelectMany(i => i.AccountKeys).Select(id => people.Of(accounts[id]))];

        var unreciprocated = Who(InteractionDirection.Incoming).Except(Who(InteractionDirection.Outgoing)).Order();

        Assert.Equal(Manifest.UnreciprocatedEndorsers, unreciprocated);
        Assert.True(Manifest.UnreciprocatedEndorsers.Length >= 5);
        Assert.Contains(linkedIn.Interactions, i => i.Channel == InteractionChannel.Recommendation && i.Direction == InteractionDirection.Incoming);
    }

    [Fact]
    public void Group_conversations_have_several_people_and_a_direct_audience_of_one()
    {
        var facebook = story.Before.Latest(Platform.Facebook)!;
        var groups = facebook.Interactions.Where(i => i.Channel == InteractionChannel.GroupMessage).GroupBy(i => i.ConversationId).ToDictionary(g => g.Key!, g => g.ToList());

        foreach (var group in Manifest.Groups)
        {
            Assert.True(groups.ContainsKey(group.ConversationId), group.Title);
            Assert.Equal(group.MessagesBefore, groups[group.ConversationId].Count);
            Assert.All(groups[group.ConversationId], i => Assert.Equal(group.Members.Length, i.Audience));
        }

        Assert.Contains(Manifest.Groups, g => g.Members.Length >= 8);
        Assert.Contains(Manifest.Groups, g => g.Members.Length == 3 && g.Members.All(m => Manifest.Person(m).Tier == StoryTier.Weekly));
        Assert.All(facebook.Interactions.Where(i => i.Channel == InteractionChannel.DirectMessage), i => Assert.Equal(1, i.Audience));
    }

    [Fact]
    public void The_exports_carry_the_evidence_that_ties_one_person_across_platforms()
    {
        var linkedIn = story.Before.Latest(Platform.LinkedIn)!;
        var cards = story.Before.Latest(Platform.AddressBook)!;
        var cardEmails = cards.Accounts.SelectMany(a => a.Emails).Select(e => e.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Emails: most LinkedIn rows have none, some are on a card too.
        var withEmail = linkedIn.Accounts.Where(a => !a.Emails.IsEmpty).ToList();
        Assert.InRange(withEmail.Count, 10, 401 / 5);
        Assert.True(withEmail.Count(a => a.Emails.Any(e => cardEmails.Contains(e.Address))) >= 10);

        // Cards name LinkedIn profiles (found in the 2024 connections and the endorsements) and X profiles (named by tweets).
        // (A card's URL that names a profile is a link: a key of the account it names on that platform.)
        var cardLinks = cards.Accounts.SelectMany(a => a.Links).ToList();
        var afterLinkedIn = story.After.Latest(Platform.LinkedIn)!;
        Assert.True(cardLinks.Count(l => l.Platform == Platform.LinkedIn && afterLinkedIn.FindAccount(l) is not null) >= 5);
        var twitter = story.Before.Latest(Platform.Twitter)!;
        Assert.True(cardLinks.Count(l => l.Platform == Platform.Twitter && twitter.FindAccount(l) is not null) >= 3);

        // X accounts named by mentions carry the name and handle the manifest gives them.
        var people = new StoryPeople(Manifest);
        var named = story.Before.Latest(Platform.Twitter)!.Accounts.Where(a => a.Handle is not null && a.Name is not null).ToList();
        Assert.True(named.Count >= 60);
        Assert.All(named, a => Assert.Equal(Manifest.Person(people.Of(a)).On(StoryPlatform.Twitter)!.Handle, a.Handle));

        // Unique full names shared by LinkedIn and Facebook.
        var linkedInNames = linkedIn.Accounts.Select(a => a.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var facebookNames = story.Before.Latest(Platform.Facebook)!.Accounts.Select(a => a.Name).OfType<string>();
        Assert.True(facebookNames.Count(linkedInNames.Contains) >= 40);
    }

    [Fact]
    public void The_identity_traps_are_in_the_files()
    {
        var linkedIn = story.Before.Latest(Platform.LinkedIn)!;
        var facebook = story.Before.Latest(Platform.Facebook)!;
        var twitter = story.Before.Latest(Platform.Twitter)!;
        var cards = story.Before.Latest(Platform.AddressBook)!;
        StoryHardCase Case(StoryHardCaseKind kind) => Manifest.HardCases.First(c => c.Kind == kind);

        // Two John Smiths among the 2021 connections: two ties, two accounts never joined on their shared name — the one with
        // an email is known by it, the other only by the name, which is ambiguous; and one John Smith on Facebook.
        var smiths = linkedIn.Accounts.Where(a => a.Name == "John Smith").OrderBy(a => a.Key).ToList();
        Assert.Equal([AccountKeyKind.Email, AccountKeyKind.Name], smiths.Select(a => a.Key.Kind));
        Assert.Equal([false, true], smiths.Select(a => a.IsAmbiguous));
        Assert.All(smiths, smith => Assert.Single(linkedIn.Ties, t => t.AccountKey == smith.Key && t.Kind == TieKind.Connection));
        Assert.Single(facebook.Accounts, a => a.Name == "John Smith");
        Assert.Equal(2, Case(StoryHardCaseKind.SameFullName).People.Length);

        // "Anna" on Facebook and, someone else, on X.
        var annas = Case(StoryHardCaseKind.SingleTokenName).People;
        Assert.Single(facebook.Accounts, a => a.Name == "Anna");
        Assert.Equal(Manifest.Person(annas[1]).On(StoryPlatform.Twitter)!.AccountId, twitter.Accounts.Single(a => a.Name == "Anna").Id);
        Assert.NotEqual(annas[0], annas[1]);

        // One household email on two cards with different names.
        var household = cards.Accounts.Where(a => a.Emails.Any(e => e.Address == "riveras@example.net")).Select(a => a.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Alex Rivera", "Sam Rivera"], household);
        Assert.Contains(linkedIn.Accounts, a => a.Name == "Sam Rivera" && a.Emails.Any(e => e.Address == "riveras@example.net"));

        // A handle on X that is another person's Instagram username on a card.
        var reused = Case(StoryHardCaseKind.ReusedHandle);
        Assert.Contains(twitter.Accounts, a => a.Handle == "mira_k");
        Assert.Contains(cards.Accounts, a => a.Name == "Miriam Katz" && a.Links.Contains(AccountKey.Parse("Instagram:handle:mira_k")));
        Assert.Equal(2, reused.People.Length);

        // Diacritics dropped on a card; hidden members without identity.
        Assert.Contains(cards.Accounts, a => a.Name == "Chloe Fontaine");
        Assert.Contains(linkedIn.Accounts, a => a.Name == "Chloé Fontaine");
        Assert.Equal(2, linkedIn.Ties.Count(t => t.Kind == TieKind.Connection && t.AccountKey is null));
        Assert.All(Enum.GetValues<StoryHardCaseKind>(), kind => Assert.Contains(Manifest.HardCases, c => c.Kind == kind));
    }

    [Fact]
    public void Phones_are_written_in_many_forms()
    {
        var phones = Manifest.People.SelectMany(p => p.Accounts).SelectMany(a => a.Phones).ToList();

        Assert.Contains(phones, p => p.StartsWith("+351 ", StringComparison.Ordinal));
        Assert.Contains(phones, p => p.StartsWith('(') && p.Contains(") 555-01", StringComparison.Ordinal));
        Assert.Contains(phones, p => p.StartsWith("07700 900", StringComparison.Ordinal));
        Assert.Contains(phones, p => p.StartsWith("0049 ", StringComparison.Ordinal));
        Assert.Contains(phones, p => p.Contains(" ext. ", StringComparison.Ordinal));
        Assert.Contains(phones, p => p.StartsWith('+') && !p.Contains(' ', StringComparison.Ordinal));
        var cards = story.Before.Latest(Platform.AddressBook)!;
        Assert.Equal(phones.Count(p => Manifest.People.Any(x => x.On(StoryPlatform.AddressBook) is { InBefore: true } a && a.Phones.Contains(p))),
            cards.Accounts.Sum(a => a.Phones.Length));
    }

    [Fact]
    public void The_manifest_numbers_people_and_holds_every_tie_of_the_headlines()
    {
        Assert.All(Manifest.People.Select((p, i) => (p, i)), x => Assert.Equal(x.i + 1, x.p.Number));
        Assert.Equal(401, Manifest.People.Count(p => p.On(StoryPlatform.LinkedIn) is { InBefore: true }));
        Assert.Equal(306, Manifest.People.Count(p => p.On(StoryPlatform.Facebook) is { InBefore: true }));
        Assert.Equal(486, Manifest.People.Count(p => p.On(StoryPlatform.Twitter) is { InBefore: true }));
        Assert.Equal(Manifest.People.Select(p => p.On(StoryPlatform.Twitter)?.AccountId).OfType<string>().Count(),
            Manifest.People.Select(p => p.On(StoryPlatform.Twitter)?.AccountId).OfType<string>().Distinct().Count());
        Assert.All(Manifest.Before.All.Concat(Manifest.After.All), path => Assert.True(File.Exists(path), path));
        Assert.Equal(new DateOnly(2025, 6, 2), Manifest.ResetDate);
        Assert.Equal(new DateOnly(2025, 12, 2), DateOnly.FromDateTime(Manifest.AsOf.UtcDateTime));
        Assert.True(Manifest.BeforeExportedAt < Manifest.ResetAt);
        Assert.All(Manifest.People.Where(p => p.IsNew), p => Assert.DoesNotContain(p.Accounts, a => a.InBefore && a.Platform != StoryPlatform.AddressBook));
    }

    /// <summary>Days to reconnect per person as the after export shows them: a baseline tie found again (by slug or unique name).</summary>
    private Dictionary<int, int> ReturnedPerExport(StoryPlatform platform)
    {
        var people = new StoryPeople(Manifest);
        var snapshot = story.After.Latest(Enum.Parse<Platform>(platform.ToString()))!;
        var accounts = snapshot.Accounts.ToDictionary(a => a.Key);
        var returned = new Dictionary<int, int>();
        foreach (var tie in snapshot.Ties.Where(t => t.Kind == TieKind.Connection && t.AccountKey is not null))
        {
            var number = people.Of(accounts[tie.AccountKey!.Value]);
            if (number > 0 && Manifest.Person(number).On(platform) is { InBefore: true })
            {
                returned[number] = DateOnly.FromDateTime(tie.Since!.Value.UtcDateTime).DayNumber - Manifest.ResetDate.DayNumber;
            }
        }

        return returned;
    }

    private static Dictionary<int, List<DateTimeOffset>> ContactTimes(StoryPeople people, IEnumerable<ExportSnapshot> snapshots, DateTimeOffset until)
    {
        var times = new Dictionary<int, List<DateTimeOffset>>();
        foreach (var snapshot in snapshots)
        {
            var accounts = snapshot.Accounts.ToDictionary(a => a.Key);
            foreach (var interaction in snapshot.Interactions.Where(i => i.At < until))
            {
                foreach (var id in interaction.AccountKeys)
                {
                    if (accounts.TryGetValue(id, out var account) && people.Of(account) is var number and > 0)
                    {
                        if (!times.TryGetValue(number, out var list))
                        {
                            times.Add(number, list = []);
                        }

                        list.Add(interaction.At);
                    }
                }
            }
        }

        return times;
    }

    /// <summary>Harrell's C as R's survival::concordance counts it: a higher score should mean a shorter time; ties in score count one half.</summary>
    private static double Harrell(List<(double Score, int Time, bool Event)> rows)
    {
        double concordant = 0, discordant = 0, tied = 0;
        foreach (var a in rows)
        {
            foreach (var b in rows)
            {
                // Comparable: a's time is shorter and an event (a censored time equal to an event time counts as longer).
                if (!a.Event || !(a.Time < b.Time || (a.Time == b.Time && !b.Event)))
                {
                    continue;
                }

                if (a.Score > b.Score)
                {
                    concordant++;
                }
                else if (a.Score < b.Score)
                {
                    discordant++;
                }
                else
                {
                    tied++;
                }
            }
        }

        return (concordant + (tied / 2)) / (concordant + discordant + tied);
    }

    private static double Median2(List<int> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2.0;
    }

    private static string? Name(ExportSnapshot snapshot, AccountKey? key) => snapshot.Accounts.FirstOrDefault(a => a.Key == key)?.Name;

    private static (List<(long Duration, string Text)> Calls, List<string> Texts) CallEntries(string zipPath)
    {
        var calls = new List<(long, string)>();
        using var zip = ZipFile.OpenRead(zipPath);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("your_facebook_activity/messages/inbox/", StringComparison.Ordinal)))
        {
            using var json = JsonDocument.Parse(entry.Open());
            foreach (var message in json.RootElement.GetProperty("messages").EnumerateArray())
            {
                if (message.TryGetProperty("call_duration", out var duration))
                {
                    var text = Repair(message.GetProperty("content").GetString()!);
                    calls.Add((duration.GetInt64(), text));
                }
            }
        }

        return (calls, [.. calls.Select(c => c.Item2)]);
    }

    /// <summary>Meta's mojibake undone: the chars are the UTF-8 bytes.</summary>
    private static string Repair(string text) => System.Text.Encoding.UTF8.GetString([.. text.Select(c => (byte)c)]);
}
