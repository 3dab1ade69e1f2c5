using NetworkMetrics.Tests.TestSupport;
namespace NetworkMetrics.Tests.LinkedIn;

/// <summary>Every LinkedIn generation of export-formats.md, read from synthetic fixtures with exact counts.</summary>
public sealed class LinkedInGenerationTests
{
    [Fact]
    public void Export_2018_has_header_on_line_one_and_short_dates()
    {
        var summary = Run.Inspect(Fixtures.Path("LinkedIn/2018"));
        var counts = summary.Counts(Platform.LinkedIn);

        Assert.Equal(4, counts.Connections);
        Assert.Equal(3, counts.Messages);
        Assert.Equal(2, counts.Invitations);
        Assert.Null(counts.Followers);
        Assert.Null(counts.Requests);
        Assert.Equal(
            ["linkedin.connections.2018", "linkedin.invitations.2018", "linkedin.messages.2018"],
            summary.Files.Select(f => f.Format).Order());
        Assert.Empty(summary.Diagnostics);
    }

    [Fact]
    public void Export_2018_dates_are_read_as_utc_with_the_invariant_culture()
    {
        var snapshot = Run.Import(Fixtures.Path("LinkedIn/2018")).Latest(Platform.LinkedIn)!;

        var ingrid = snapshot.Ties.First(t => t.AccountKey == snapshot.Find("LinkedIn:name:ingrid halvorsen").Key);
        Assert.Equal(new DateTimeOffset(2018, 1, 8, 18, 14, 0, TimeSpan.Zero), ingrid.Since);
        var firstMessage = snapshot.Interactions.First(i => i.Channel == InteractionChannel.DirectMessage);
        Assert.Equal(new DateTimeOffset(2018, 10, 16, 8, 36, 0, TimeSpan.Zero), firstMessage.At);
    }

    [Fact]
    public void Member_urn_in_the_email_column_is_not_an_email()
    {
        var snapshot = Run.Import(Fixtures.Path("LinkedIn/2018")).Latest(Platform.LinkedIn)!;

        var tomas = snapshot.Find("LinkedIn:name:tomás ruiz");
        Assert.Empty(tomas.Emails);
        Assert.Equal("LinkedIn:id:urn:li:member:664293716", tomas.Key.ToString()); // LinkedIn's own member id: the primary key
        var ingrid = snapshot.Find("LinkedIn:name:ingrid halvorsen");
        Assert.Equal(["ingrid.halvorsen@example.org"], ingrid.Emails.Written());
        Assert.Equal(["LinkedIn:email:ingrid.halvorsen@example.org", "LinkedIn:name:ingrid halvorsen"], ingrid.KeyStrings());
    }

    [Fact]
    public void Hidden_members_count_as_connections_without_identity()
    {
        var snapshot = Run.Import(Fixtures.Path("LinkedIn/2018")).Latest(Platform.LinkedIn)!;

        var hidden = Assert.Single(snapshot.Ties, t => t.Ref() is null);
        Assert.Equal(TieKind.Connection, hidden.Kind);
        Assert.Equal(new DateTimeOffset(2018, 5, 2, 9, 0, 0, TimeSpan.Zero), hidden.Since);
    }

    [Fact]
    public void Html_entities_in_2018_messages_are_decoded()
    {
        var snapshot = Run.Import(Fixtures.Path("LinkedIn/2018")).Latest(Platform.LinkedIn)!;

        Assert.Contains(snapshot.Interactions, i => i.Content == "It’s been a while & I miss our chats");
    }

    [Fact]
    public void Export_2018_direction_column_decides_direction()
    {
        var snapshot = Run.Import(Fixtures.Path("LinkedIn/2018")).Latest(Platform.LinkedIn)!;
        var messages = snapshot.Interactions.Where(i => i.Channel == InteractionChannel.DirectMessage).ToList();

        Assert.Equal(1, messages.Count(m => m.Direction == InteractionDirection.Outgoing));
        // Her connection gives her email: the strongest key, which her messages (by name) refer to as well.
        Assert.Equal(["LinkedIn:email:ingrid.halvorsen@example.org"], messages.Single(m => m.Direction == InteractionDirection.Outgoing).Refs().ToArray());
        Assert.All(messages, m => Assert.False(m.DirectionInferred)); // the Direction column states it
    }

    [Fact]
    public void Export_2021_skips_the_notes_preamble()
    {
        var summary = Run.Inspect(Fixtures.Path("LinkedIn/2021"));

        Assert.Equal(5, summary.Counts(Platform.LinkedIn).Connections);
        Assert.Contains(summary.Files, f => f.Format == "linkedin.connections.2021");
        Assert.Contains(summary.Files, f => f.Format == "linkedin.messages.2020");
    }

    [Fact]
    public void Two_connections_with_the_same_name_stay_two_ties_with_one_ambiguous_account()
    {
        var snapshot = Run.Import(Fixtures.Path("LinkedIn/2021")).Latest(Platform.LinkedIn)!;

        Assert.Equal(2, snapshot.Ties.Count(t => t.Ref() == "LinkedIn:name:john smith"));
        Assert.True(snapshot.Accounts.Single(a => a.Key.ToString() == "LinkedIn:name:john smith").IsAmbiguous);
        Assert.False(snapshot.Accounts.Single(a => a.Key.ToString() == "LinkedIn:name:mei chen").IsAmbiguous);
    }

    [Fact]
    public void Identical_messages_in_one_file_are_two_messages()
    {
        var counts = Run.Inspect(Fixtures.Path("LinkedIn/2021")).Counts(Platform.LinkedIn);

        Assert.Equal(4, counts.Messages);
    }

    [Fact]
    public void Export_2023_infers_the_owner_and_reads_group_chats()
    {
        var result = Run.Import(Fixtures.Path("LinkedIn/2023"));
        var snapshot = result.Latest(Platform.LinkedIn)!;
        var messages = snapshot.Interactions;

        Assert.Equal(5, snapshot.Counts.Messages);
        Assert.Equal("linkedin.messages.2023", Assert.Single(result.Files).Format);
        Assert.Equal(2, messages.Count(m => m.Direction == InteractionDirection.Outgoing));

        var groupIn = messages.Single(m => m.Content == "Kickoff at 10");
        Assert.Equal(InteractionChannel.GroupMessage, groupIn.Channel);
        Assert.Equal(InteractionDirection.Incoming, groupIn.Direction);
        Assert.Equal(2, groupIn.Audience);
        Assert.Equal(["LinkedIn:url:linkedin.com/in/lars-berg"], groupIn.Refs().ToArray());
        Assert.All(messages, m => Assert.True(m.DirectionInferred)); // no Profile.csv: the owner is the one participant of every row
        Assert.Equal(OwnerSource.Inferred, snapshot.OwnerSource);
        Assert.Equal("LinkedIn:url:linkedin.com/in/sam-porter-42", snapshot.Owner!.Key.ToString());

        var groupOut = messages.Single(m => m.Content == "On my way");
        Assert.Equal(InteractionDirection.Outgoing, groupOut.Direction);
        Assert.Equal(["LinkedIn:url:linkedin.com/in/lars-berg", "LinkedIn:url:linkedin.com/in/ngozi-eze"], groupOut.Refs().ToArray());
        var conversation = Assert.Single(snapshot.Conversations, c => c.Id == groupOut.ConversationId);
        Assert.Equal(ConversationKind.Group, conversation.Kind);
        Assert.Equal(["LinkedIn:url:linkedin.com/in/lars-berg", "LinkedIn:url:linkedin.com/in/ngozi-eze"], conversation.Refs());
        Assert.Equal("2-Z3JvdXAtY2hhdA==", groupOut.ConversationId);
    }

    [Fact]
    public void An_empty_sender_is_a_message_from_an_unknown_person()
    {
        var snapshot = Run.Import(Fixtures.Path("LinkedIn/2023")).Latest(Platform.LinkedIn)!;

        var spam = snapshot.Interactions.Single(m => m.Content == "Win a prize");
        Assert.Empty(spam.Refs());
        Assert.Equal(InteractionDirection.Incoming, spam.Direction);
        Assert.Equal(InteractionChannel.DirectMessage, spam.Channel);
    }

    [Fact]
    public void Export_2024_counts_every_file_and_excludes_drafts_and_coach()
    {
        var summary = Run.Inspect(Fixtures.Path("LinkedIn/2024"));
        var platform = Assert.Single(summary.Platforms);
        var counts = platform.Counts;

        Assert.Equal("Sam Porter", platform.Owner!.Name);
        Assert.Equal(4, counts.Connections);
        Assert.Equal(3, counts.Messages);
        Assert.Equal(2, counts.Invitations);
        Assert.Equal(2, counts.Following);
        Assert.Equal(1, counts.Removed);
        Assert.Equal(1, counts.FollowingOrganizations);
        Assert.Contains(summary.Diagnostics, d => d.Code == "linkedin.drafts" && d.Severity == DiagnosticSeverity.Info);
        Assert.Contains(summary.Diagnostics, d => d.Code == "linkedin.coach-messages");
        Assert.Equal(0, summary.Files.Single(f => f.Format == "linkedin.coach-messages").Records);
    }

    [Fact]
    public void Export_2024_uses_the_profile_for_direction()
    {
        var snapshot = Run.Import(Fixtures.Path("LinkedIn/2024")).Latest(Platform.LinkedIn)!;
        var messages = snapshot.Interactions.Where(i => i.Channel == InteractionChannel.DirectMessage).ToList();

        // Profile.csv states the name (the owner's primary key, as inspect shows it); the messages add the owner's profile URL.
        Assert.Equal(OwnerSource.Stated, snapshot.OwnerSource);
        Assert.Equal(["LinkedIn:name:sam porter", "LinkedIn:url:linkedin.com/in/sam-porter-42"], snapshot.Owner!.KeyStrings());
        Assert.Equal(["https://sam.example"], snapshot.Owner!.Websites.ToArray());
        Assert.Equal(["Twitter:handle:samporter"], snapshot.Owner.Links.Select(l => l.ToString())); // "Twitter Handles" holds an X handle
        Assert.DoesNotContain(snapshot.Accounts, a => a.Name == "Sam Porter"); // the owner is not a contact
        Assert.Equal(InteractionDirection.Outgoing, messages.Single(m => m.Content == "Hi Ngozi").Direction);
        Assert.Equal(InteractionDirection.Incoming, messages.Single(m => m.Content == "Hi Sam").Direction);
    }

    [Fact]
    public void The_same_person_by_url_in_connections_messages_and_endorsements_is_one_account()
    {
        var snapshot = Run.Import(Fixtures.Path("LinkedIn/2024")).Latest(Platform.LinkedIn)!;

        var cassandra = Assert.Single(snapshot.Accounts, a => a.Name == "Cassandra Åkerblad");
        Assert.Equal("linkedin.com/in/cassandra-åkerblad-972b9b155", cassandra.Id);
        Assert.Equal(3, snapshot.Interactions.Count(i => i.AccountKeys.Contains(cassandra.Key))); // message, invitation, endorsement
        Assert.Single(snapshot.Accounts, a => a.Key.ToString() == "LinkedIn:url:linkedin.com/in/lars-berg");
    }

    [Fact]
    public void Endorsements_recommendations_and_invitations_are_interactions()
    {
        var snapshot = Run.Import(Fixtures.Path("LinkedIn/2024")).Latest(Platform.LinkedIn)!;
        var byChannel = snapshot.Interactions.GroupBy(i => i.Channel).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(3, byChannel[InteractionChannel.Endorsement]);
        Assert.Equal(1, byChannel[InteractionChannel.Recommendation]);
        Assert.Equal(2, byChannel[InteractionChannel.Invitation]);
        var given = snapshot.Interactions.Single(i => i.Channel == InteractionChannel.Endorsement && i.Direction == InteractionDirection.Outgoing);
        Assert.Equal(new DateTimeOffset(2024, 12, 9, 10, 0, 0, TimeSpan.Zero), given.At);
    }

    [Fact]
    public void Excel_resaved_connections_are_read()
    {
        var result = Run.Import(Fixtures.Path("LinkedIn/excel"));
        var snapshot = result.Latest(Platform.LinkedIn)!;

        Assert.Equal(2, snapshot.Counts.Connections);
        Assert.Equal(new DateTimeOffset(2021, 11, 23, 0, 0, 0, TimeSpan.Zero), snapshot.Ties[0].Since);
        Assert.Equal(new DateTimeOffset(2021, 1, 2, 0, 0, 0, TimeSpan.Zero), snapshot.Ties[1].Since);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_preamble_of_any_length_with_or_without_a_blank_line_is_passed_over()
    {
        // Fixtures/LinkedIn/preamble: Connections.csv has a two-line Notes block and goes straight to
        // the 2024 header; Invitations.csv has a hand-edited block of 19 lines (quoted, with commas) and a blank line.
        var result = Run.Import(Fixtures.Path("LinkedIn/preamble"));
        var snapshot = result.Latest(Platform.LinkedIn)!;

        Assert.Equal(2, snapshot.Counts.Connections);
        Assert.Equal(2, snapshot.Counts.Invitations);
        Assert.Equal(["linkedin.connections.2024", "linkedin.invitations.2024"], result.Files.Select(f => f.Format).Order());
        Assert.Contains(snapshot.Ties, t => t.Ref() == "LinkedIn:url:linkedin.com/in/bruno-esposito-example" && t.Since == new DateTimeOffset(2022, 11, 21, 0, 0, 0, TimeSpan.Zero));
        Assert.Contains(snapshot.Interactions, i => i.Channel == InteractionChannel.Invitation && i.At == new DateTimeOffset(2024, 7, 14, 18, 40, 0, TimeSpan.Zero));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_header_found_after_many_kilobytes_of_notes_is_still_the_header()
    {
        using var temp = new TempDir();
        var notes = string.Concat(Enumerable.Range(1, 400).Select(i => $"\"note {i}, written by hand to pad the file past its first kilobytes\"\n"));
        var path = temp.Write("Connections.csv", "Notes:\n" + notes + "First Name,Last Name,Connected On\nZuri,Mwangi,3 May 2020\n");

        var summary = Run.Inspect(path);

        Assert.True(new FileInfo(path).Length > 16_384);
        Assert.Equal(1, summary.Counts(Platform.LinkedIn).Connections);
        Assert.Empty(summary.Diagnostics);
    }

    [Fact]
    public void A_profile_of_the_created_date_era_names_the_owner_and_directs_the_messages()
    {
        // Fixtures/LinkedIn/profile-created-date: Profile.csv "First Name, Last Name, Maiden Name, Created Date,
        // Address, Industry" (no Headline) beside a 2023-shape messages.csv with one counterpart.
        var result = Run.Import(Fixtures.Path("LinkedIn/profile-created-date"));
        var snapshot = result.Latest(Platform.LinkedIn)!;

        Assert.Equal("Helga Sigurdardottir", snapshot.Owner?.Name);
        Assert.Equal("linkedin.profile.created-date", result.Files.Single(f => f.Path.EndsWith("Profile.csv", StringComparison.Ordinal)).Format);
        Assert.Equal(
            [InteractionDirection.Outgoing, InteractionDirection.Incoming],
            snapshot.Interactions.OrderBy(i => i.At).Select(i => i.Direction));
        Assert.Empty(result.Diagnostics); // a known generation, and the owner is no guess
    }

    [Fact]
    public void A_profile_with_an_unexpected_column_set_is_an_info_and_its_name_is_still_read()
    {
        // Fixtures/LinkedIn/profile-other: "Full Name, Email Address, Member Since".
        var summary = Run.Inspect(Fixtures.Path("LinkedIn/profile-other"));

        Assert.Equal("Amara Okafor", summary.Platforms.Single().Owner?.Name);
        var info = Assert.Single(summary.Diagnostics);
        Assert.Equal(("linkedin.profile-columns", DiagnosticSeverity.Info), (info.Code, info.Severity));
        Assert.Contains("Full Name, Email Address, Member Since", info.Message, StringComparison.Ordinal);
        Assert.Equal("linkedin.profile.other", summary.Files.Single().Format);
    }

    [Fact]
    public void A_profile_without_any_name_column_is_an_info_not_an_error()
    {
        using var temp = new TempDir();
        var path = temp.Write("Profile.csv", "Summary,Industry\nBuilds bridges,Civil engineering\n");

        var summary = Run.InspectStrict(path);

        Assert.Null(summary.Platforms.Single().Owner);
        Assert.Equal(("linkedin.profile-columns", DiagnosticSeverity.Info), (Assert.Single(summary.Diagnostics).Code, summary.Diagnostics[0].Severity));
    }

    [Fact]
    public void Dates_without_seconds_are_dates()
    {
        // Fixtures/LinkedIn/minutes: 2023-shape messages dated "2024-06-01 12:00 UTC" and Excel's "6/2/2024 18:14",
        // follows dated "2024-06-03 09:15" and "2024-06-04T10:30", an invitation "6/5/2024, 8:05 AM".
        var result = Run.Import(Fixtures.Path("LinkedIn/minutes"));
        var snapshot = result.Latest(Platform.LinkedIn)!;

        Assert.Empty(result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info));
        Assert.Equal(3, snapshot.Counts.Messages);
        Assert.Equal(
            [new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 6, 1, 12, 7, 30, TimeSpan.Zero), new DateTimeOffset(2024, 6, 2, 18, 14, 0, TimeSpan.Zero)],
            snapshot.Interactions.Where(i => i.Channel == InteractionChannel.DirectMessage).Select(i => i.At));
        Assert.Equal(
            [new DateTimeOffset(2024, 6, 3, 9, 15, 0, TimeSpan.Zero), new DateTimeOffset(2024, 6, 4, 10, 30, 0, TimeSpan.Zero)],
            snapshot.Ties.Where(t => t.Kind == TieKind.Following).Select(t => t.Since!.Value));
        Assert.Equal(new DateTimeOffset(2024, 6, 5, 8, 5, 0, TimeSpan.Zero), snapshot.Interactions.Single(i => i.Channel == InteractionChannel.Invitation).At);
    }

    [Theory]
    [InlineData("16 Mar 2021", 2021, 3, 16, 0, 0)]
    [InlineData("6 Mar 2021", 2021, 3, 6, 0, 0)]
    [InlineData("1/8/18, 6:14 PM", 2018, 1, 8, 18, 14)]
    [InlineData("11/27/24, 09:51 AM", 2024, 11, 27, 9, 51)]
    [InlineData("2023-06-11 15:33:58 UTC", 2023, 6, 11, 15, 33)]
    [InlineData("2024/12/07 14:51:07 UTC", 2024, 12, 7, 14, 51)]
    [InlineData("2019-11-06T02:08:20", 2019, 11, 6, 2, 8)]
    [InlineData("Sat Dec 14 08:57:55 UTC 2024", 2024, 12, 14, 8, 57)]
    [InlineData("23-Nov-21", 2021, 11, 23, 0, 0)]
    [InlineData("2-Jan-21", 2021, 1, 2, 0, 0)]
    [InlineData("2026-04-06 14:48:23", 2026, 4, 6, 14, 48)]
    [InlineData("2024-06-01 12:00 UTC", 2024, 6, 1, 12, 0)]
    [InlineData("2024/06/01 12:07 UTC", 2024, 6, 1, 12, 7)]
    [InlineData("2024-06-01T12:07", 2024, 6, 1, 12, 7)]
    [InlineData("2024-06-01 23:59", 2024, 6, 1, 23, 59)]
    [InlineData("Sat Jun 01 12:07 UTC 2024", 2024, 6, 1, 12, 7)]
    [InlineData("6/1/2024 18:14", 2024, 6, 1, 18, 14)]
    [InlineData("6/1/2024, 6:14 PM", 2024, 6, 1, 18, 14)]
    public void Every_linkedin_date_format_parses(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.True(global::NetworkMetrics.Text.DateParsing.TryParseExact(text, global::NetworkMetrics.Import.LinkedIn.LinkedInCsvFormat.DateFormats, out var date));
        Assert.Equal(new DateTime(year, month, day, hour, minute, 0), new DateTime(date.Year, date.Month, date.Day, date.Hour, date.Minute, 0));
        Assert.Equal(TimeSpan.Zero, date.Offset);
    }
}
