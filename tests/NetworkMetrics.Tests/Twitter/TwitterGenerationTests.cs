using NetworkMetrics.Tests.TestSupport;
namespace NetworkMetrics.Tests.Twitter;

/// <summary>Every X / Twitter generation of export-formats.md, read from synthetic fixtures with exact counts.</summary>
public sealed class TwitterGenerationTests
{
    private const string Owner = "1200000001";
    private const string Kwame = "2100000001";
    private const string Yuhan = "2100000002";
    private const string Soren = "2100000003";
    private const string Oleg = "2100000004";
    private const string Aiyana = "2100000005";
    private const string Ngozi = "2100000006";
    private const string Tomas = "2100000008";
    private const string Priya = "2100000009";
    private const string Hana = "2100000010";

    private static readonly Lazy<ImportResult> Current = new(() => Run.Import(Fixtures.Path("Twitter/2023")));

    private static ExportSnapshot Snapshot => Current.Value.Latest(Platform.Twitter)!;

    [Fact]
    public void Current_layout_counts_are_exact()
    {
        var summary = Run.Inspect(Fixtures.Path("Twitter/2023"));
        var counts = summary.Counts(Platform.Twitter);

        Assert.Equal(5, counts.Following);
        Assert.Equal(6, counts.Followers);
        Assert.Equal(16, counts.Messages);
        Assert.Null(counts.Connections);
        var platform = Assert.Single(summary.Platforms);
        Assert.Equal("Maren Lind 🌿", platform.Owner?.Name);
        Assert.Equal(new DateTimeOffset(2023, 3, 14, 9, 26, 53, 589, TimeSpan.Zero), platform.ExportedAt);
        Assert.DoesNotContain(summary.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Current_layout_recognises_split_parts_and_not_the_headers_or_other_types()
    {
        var summary = Run.Inspect(Fixtures.Path("Twitter/2023"));

        Assert.Equal(
            [
                "account.js twitter.account", "direct-messages-group.js twitter.direct-messages-group.2020",
                "direct-messages.js twitter.direct-messages.2020", "follower-part1.js twitter.follower.2020",
                "follower.js twitter.follower.2020", "following.js twitter.following.2020", "manifest.js twitter.manifest",
                "note-tweet.js twitter.note-tweet", "tweets-part1.js twitter.tweets.2022", "tweets.js twitter.tweets.2022",
            ],
            summary.Files.Select(f => Path.GetFileName(f.Path) + " " + f.Format).Order(StringComparer.Ordinal));
        var input = Assert.Single(summary.Inputs);
        Assert.Equal(10, input.RecognizedFiles);
        Assert.Equal(4, input.UnrecognizedFiles); // like.js, direct-message-headers.js, the viewer's html and js
    }

    [Fact]
    public void Owner_comes_from_account_js_with_handle_and_name()
    {
        var owner = Snapshot.Owner!;
        Assert.Equal(("Twitter:id:" + Owner, "marenlind", "Maren Lind 🌿"), (owner.Key.ToString(), owner.Handle, owner.Name));
        Assert.Equal(["Twitter:id:" + Owner, "Twitter:handle:marenlind", "Twitter:email:maren.lind@example.org"], owner.KeyStrings());
        Assert.Equal(OwnerSource.Stated, Snapshot.OwnerSource);
    }

    [Fact]
    public void Follow_ties_use_the_numeric_account_id_and_the_user_link()
    {
        var ties = Snapshot.Ties;

        Assert.Equal([Kwame, Yuhan, Oleg, Aiyana, "2100000007"], ties.Where(t => t.Kind == TieKind.Following).Select(t => t.Id()));
        Assert.Equal([Kwame, Yuhan, Soren, "2100000007", Tomas, Priya], ties.Where(t => t.Kind == TieKind.Follower).Select(t => t.Id()).Order(StringComparer.Ordinal));
        Assert.All(ties, t => Assert.Null(t.Since));
        Assert.Equal("https://twitter.com/intent/user?user_id=2100000007", Snapshot.Accounts.Single(a => a.Key.ToString() == "Twitter:id:2100000007").ProfileUrl);
    }

    [Fact]
    public void Split_conversations_are_merged_and_messages_counted_once_by_id()
    {
        var withKwame = Snapshot.Interactions.Where(i => i.ConversationId == "1200000001-2100000001" && i.Channel == InteractionChannel.DirectMessage).ToList();

        Assert.Equal(5, withKwame.Count);
        Assert.Equal(5, withKwame.Select(m => m.SourceId).Distinct().Count());
        Assert.Equal(
            ["1630000000000000101", "1630000000000000102", "1630000000000000103", "1630000000000000104", "1630000000000000105"],
            withKwame.Select(m => m.SourceId).Order(StringComparer.Ordinal));
        Assert.Contains(Current.Value.Diagnostics, d => d.Code == "twitter.dm-duplicates" && d.File!.EndsWith("direct-messages.js", StringComparison.Ordinal));
    }

    [Fact]
    public void Direct_message_direction_follows_the_sender()
    {
        var messages = Snapshot.Interactions.Where(i => i.Channel == InteractionChannel.DirectMessage && i.ConversationId!.Contains('-', StringComparison.Ordinal)).ToList();

        Assert.Equal(8, messages.Count);
        var outgoing = messages.Single(m => m.SourceId == "1630000000000000105");
        Assert.Equal(InteractionDirection.Outgoing, outgoing.Direction);
        Assert.Equal([Kwame], outgoing.Ids().ToArray());
        Assert.Equal(1, outgoing.Audience);
        Assert.Equal("See you at the trailhead at 7 then 🥾", outgoing.Content);
        var incoming = messages.Single(m => m.SourceId == "1630000000000000104");
        Assert.Equal(InteractionDirection.Incoming, incoming.Direction);
        Assert.Equal([Kwame], incoming.Ids().ToArray());
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 17, 59, 12, 120, TimeSpan.Zero), incoming.At);
    }

    [Fact]
    public void Messages_of_2017_without_reactions_or_urls_are_read()
    {
        var old = Snapshot.Interactions.Single(i => i.SourceId == "871000000000000201");

        Assert.Equal(InteractionDirection.Incoming, old.Direction);
        Assert.Equal([Yuhan], old.Ids().ToArray());
        Assert.Equal(new DateTimeOffset(2017, 6, 5, 12, 0, 0, TimeSpan.Zero), old.At);
    }

    [Fact]
    public void Reactions_to_and_from_the_owner_are_reaction_interactions()
    {
        var reactions = Snapshot.Interactions.Where(i => i.Channel == InteractionChannel.Reaction).OrderBy(i => i.SourceId, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                ("1620000000000000902", InteractionDirection.Incoming, Yuhan),
                ("1620000000000000903", InteractionDirection.Outgoing, Yuhan),
                ("1624000000000000904", InteractionDirection.Incoming, Kwame),
                ("1630000000000000901", InteractionDirection.Incoming, Kwame),
            ],
            reactions.Select(r => (r.SourceId!, r.Direction, Assert.Single(r.Ids()))));
        Assert.Equal(new DateTimeOffset(2023, 3, 1, 18, 6, 30, TimeSpan.Zero), reactions[^1].At);
    }

    [Fact]
    public void Group_messages_have_the_audience_of_their_moment()
    {
        var group = Snapshot.Interactions.Where(i => i.ConversationId == "1550000000000000001" && i.Channel != InteractionChannel.Reaction)
            .ToDictionary(i => i.SourceId!);

        Assert.Equal(5, group.Count);

        // Maren was added with Kwame, Søren and Oleg.
        Assert.Equal((InteractionChannel.GroupMessage, InteractionDirection.Incoming, 3), Shape(group["1624000000000000001"]));
        Assert.Equal([Kwame], group["1624000000000000001"].Ids().ToArray());
        Assert.Equal((InteractionChannel.GroupMessage, InteractionDirection.Outgoing, 3), Shape(group["1624000000000000002"]));
        Assert.Equal([Kwame, Soren, Oleg], group["1624000000000000002"].Ids().ToArray());

        // Søren added Aiyana.
        Assert.Equal((InteractionChannel.GroupMessage, InteractionDirection.Incoming, 4), Shape(group["1624000000000000003"]));
        Assert.Equal([Aiyana], group["1624000000000000003"].Ids().ToArray());

        // Oleg and Søren left.
        Assert.Equal((InteractionChannel.GroupMessage, InteractionDirection.Outgoing, 2), Shape(group["1624000000000000004"]));
        Assert.Equal([Kwame, Aiyana], group["1624000000000000004"].Ids().ToArray());

        // Aiyana left: the group is down to two people.
        Assert.Equal((InteractionChannel.DirectMessage, InteractionDirection.Incoming, 1), Shape(group["1624000000000000005"]));
    }

    [Fact]
    public void Group_without_membership_events_takes_the_senders_seen()
    {
        var group = Snapshot.Interactions.Where(i => i.ConversationId == "1550000000000000002").ToList();

        Assert.Equal(3, group.Count);
        Assert.All(group, m => Assert.Equal(InteractionChannel.GroupMessage, m.Channel));
        Assert.All(group, m => Assert.Equal(2, m.Audience));
        Assert.Equal([Ngozi, Priya], group.Single(m => m.Direction == InteractionDirection.Outgoing).Ids().ToArray());
    }

    [Fact]
    public void Replies_and_mentions_are_outgoing_interactions_with_other_people()
    {
        var tweets = Snapshot.Interactions.Where(i => i.Channel is InteractionChannel.Reply or InteractionChannel.Mention or InteractionChannel.Repost)
            .Select(i => (i.SourceId, i.Channel, string.Join(',', i.Ids()), i.Audience))
            .Order()
            .ToList();

        Assert.Equal(
            [
                ("1625200000000000707", InteractionChannel.Mention, Kwame, 1),
                ("1625200000000000707", InteractionChannel.Mention, Hana + ",@sorenhaug", 2),
                ("1626000000000000706", InteractionChannel.Reply, Priya, 1),
                ("1627000000000000705", InteractionChannel.Repost, Yuhan, 1),
                ("1631000000000000701", InteractionChannel.Mention, Aiyana, 1),
                ("1631000000000000701", InteractionChannel.Reply, Oleg, 1),
                ("1631000000000000702", InteractionChannel.Mention, Tomas, 1),
            ],
            tweets);
        Assert.All(Snapshot.Interactions.Where(i => i.Channel is InteractionChannel.Reply or InteractionChannel.Mention),
            i => Assert.Equal(InteractionDirection.Outgoing, i.Direction));
        Assert.Equal(new DateTimeOffset(2023, 3, 3, 20, 15, 0, TimeSpan.Zero), Snapshot.Interactions.Single(i => i.Channel == InteractionChannel.Reply && i.SourceId == "1631000000000000701").At);
    }

    [Fact]
    public void Self_replies_self_mentions_and_tweets_with_null_reply_fields_give_no_interaction()
    {
        Assert.DoesNotContain(Snapshot.Interactions, i => i.SourceId is "1631000000000000703" or "1631000000000000704");
        Assert.DoesNotContain(Snapshot.Interactions, i => i.Ids().Contains(Owner));
        var tweetFiles = Current.Value.Files.Where(f => f.Format.StartsWith("twitter.tweets", StringComparison.Ordinal));
        Assert.Equal(7, tweetFiles.Sum(f => f.Records));
    }

    [Fact]
    public void Note_tweet_adds_the_mentions_of_the_long_text_only()
    {
        var note = Snapshot.Interactions.Single(i => i.Channel == InteractionChannel.Mention && i.Audience == 2);

        Assert.Equal("1625200000000000707", note.SourceId);
        Assert.Equal([Hana, "@sorenhaug"], note.Ids().ToArray());
        Assert.Equal(new DateTimeOffset(2023, 2, 13, 16, 20, 5, TimeSpan.Zero), note.At);
        Assert.StartsWith("Packing list for the ridge trip", note.Content, StringComparison.Ordinal);
        Assert.Equal("sorenhaug", Snapshot.Accounts.Single(a => a.Key.ToString() == "Twitter:handle:sorenhaug").Handle);
    }

    [Fact]
    public void Handles_and_names_of_followings_are_resolved_from_the_archive_itself()
    {
        var accounts = Snapshot.Accounts.ToDictionary(a => a.Id);
        var following = Snapshot.Ties.Where(t => t.Kind == TieKind.Following).Select(t => accounts[t.Id()!]).ToList();

        Assert.Equal(
            [(Kwame, "kwame_m", "Kwame Mensah"), (Yuhan, "lin_yuhan", "林雨涵"), (Oleg, "oleg_p", "Олег Петренко"), (Aiyana, "aiyana_rc", "Aiyana Redcloud"), ("2100000007", null, null)],
            following.Select(a => (a.Id, a.Handle, a.Name)));
        Assert.Equal("https://twitter.com/intent/user?user_id=2100000001", accounts[Kwame].ProfileUrl);
        Assert.Equal(("tomasruiz", "Tomás Ruiz"), (accounts[Tomas].Handle, accounts[Tomas].Name));
        Assert.Equal(("hana_k", "Hana Kobayashi"), (accounts[Hana].Handle, accounts[Hana].Name));
    }

    [Fact]
    public async Task Content_is_kept_only_when_asked()
    {
        var records = (await ExportImporter.ImportAsync([Fixtures.Path("Twitter/2023")])).Latest(Platform.Twitter)!;

        Assert.All(records.Interactions, i => Assert.Null(i.Content));
        Assert.Equal(16, records.Counts.Messages);
    }

    [Fact]
    public void Root_layout_of_2019_without_manifest_or_user_links()
    {
        var summary = Run.Inspect(Fixtures.Path("Twitter/2019-root"));
        var counts = summary.Counts(Platform.Twitter);

        Assert.Equal((2, 3, 3), (counts.Following, counts.Followers, counts.Messages));
        Assert.Equal(
            ["twitter.account", "twitter.direct-messages.2019", "twitter.follower.2019", "twitter.following.2019", "twitter.tweets.2019"],
            summary.Files.Select(f => f.Format).Order(StringComparer.Ordinal));
        Assert.Empty(summary.Diagnostics);
        Assert.Equal("Idris Bakare", summary.Platforms.Single().Owner?.Name);
        // No manifest: the newest record stands for the export's date, and says so.
        Assert.Equal(ExportDateSource.NewestRecord, summary.Platforms.Single().ExportedAtSource);
        Assert.Equal(new DateTimeOffset(2019, 3, 5, 19, 20, 44, TimeSpan.Zero), summary.Platforms.Single().ExportedAt);
    }

    [Fact]
    public void Root_layout_of_2019_reads_bare_tweets_and_ids_without_links()
    {
        var snapshot = Run.Import(Fixtures.Path("Twitter/2019-root")).Latest(Platform.Twitter)!;

        Assert.All(snapshot.Accounts.Where(a => a.Id.StartsWith("95", StringComparison.Ordinal)), a => Assert.Null(a.ProfileUrl));
        var reply = snapshot.Interactions.Single(i => i.Channel == InteractionChannel.Reply);
        Assert.Equal(("1100000000000000801", "950000004"), (reply.SourceId, reply.Ids().Single()));
        Assert.Equal(new DateTimeOffset(2019, 3, 5, 19, 20, 44, TimeSpan.Zero), reply.At);
        var mention = snapshot.Interactions.Single(i => i.Channel == InteractionChannel.Mention);
        Assert.Equal(("1090000000000000802", "950000002"), (mention.SourceId, mention.Ids().Single()));
        Assert.Equal(("emilie_d", "Émilie Durand"), (snapshot.Accounts.Single(a => a.Key.ToString() == "Twitter:id:950000004").Handle, snapshot.Accounts.Single(a => a.Key.ToString() == "Twitter:id:950000004").Name));
        var messages = snapshot.Interactions.Where(i => i.Channel == InteractionChannel.DirectMessage).OrderBy(i => i.At).ToList();
        Assert.Equal([InteractionDirection.Incoming, InteractionDirection.Outgoing, InteractionDirection.Incoming], messages.Select(m => m.Direction));
        Assert.Equal(new DateTimeOffset(2017, 11, 2, 8, 1, 55, 4, TimeSpan.Zero), messages[0].At);
    }

    [Fact]
    public void Archive_of_2021_with_tweet_js_and_empty_files()
    {
        var summary = Run.Inspect(Fixtures.Path("Twitter/2021"));
        var counts = summary.Counts(Platform.Twitter);

        Assert.Equal((2, 0, 0), (counts.Following, counts.Followers, counts.Messages));
        Assert.Contains(summary.Files, f => f.Format == "twitter.follower.empty" && f.Records == 0);
        Assert.Contains(summary.Files, f => f.Format == "twitter.tweets.2020" && f.Records == 2);
        Assert.Contains(summary.Files, f => f.Format == "twitter.direct-messages.2020" && f.Records == 0);
        Assert.Empty(summary.Diagnostics);
        Assert.Equal(new DateTimeOffset(2021, 8, 30, 22, 10, 4, 117, TimeSpan.Zero), summary.Platforms.Single().ExportedAt);

        var snapshot = Run.Import(Fixtures.Path("Twitter/2021")).Latest(Platform.Twitter)!;
        Assert.Equal("mateo_s", snapshot.Accounts.Single(a => a.Key.ToString() == "Twitter:id:1400000001").Handle);
        Assert.Equal(["1400000001"], snapshot.Interactions.Single().Ids().ToArray());
    }

    [Fact]
    public void Old_tweet_archive_gets_one_unsupported_generation_diagnostic_per_input()
    {
        var summary = Run.Inspect(Fixtures.Path("Twitter/2016-grailbird"));

        var diagnostic = Assert.Single(summary.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal("twitter.unsupported-generation", diagnostic.Code);
        Assert.Contains("2 monthly file(s)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("tweets.csv", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(
            ["twitter.legacy-tweets.csv", "twitter.legacy-tweets.grailbird", "twitter.legacy-tweets.grailbird"],
            summary.Files.Select(f => f.Format).Order(StringComparer.Ordinal));
        Assert.All(summary.Files, f => Assert.Equal(0, f.Records));
        var counts = summary.Counts(Platform.Twitter);
        Assert.Equal(((int?)null, (int?)null, (int?)null), (counts.Following, counts.Followers, counts.Messages)); // no follow or DM files: unknown
    }

    [Fact]
    public void Old_tweet_archive_diagnostic_is_info_even_in_strict_mode()
    {
        var summary = Run.InspectStrict(Fixtures.Path("Twitter/2016-grailbird"));

        Assert.Single(summary.Diagnostics);
    }

    private static (InteractionChannel, InteractionDirection, int) Shape(Interaction i) => (i.Channel, i.Direction, i.Audience);
}
