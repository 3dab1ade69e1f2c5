using NetworkMetrics.Tests.TestSupport;
namespace NetworkMetrics.Tests.Facebook;

/// <summary>Messenger threads: direction, audience, split threads, notices, the unavailable participant.</summary>
public sealed class FacebookMessagesTests
{
    private static ExportSnapshot Snapshot(string era) => Run.Import(Fixtures.Path("Facebook/" + era)).Latest(Platform.Facebook)!;

    [Fact]
    public void A_split_thread_is_one_conversation_read_file_by_file()
    {
        var snapshot = Snapshot("2021");

        var lea = snapshot.Interactions.Where(i => i.ConversationId == "leafontaine_1234567890").OrderBy(i => i.At).ToList();
        Assert.Equal(4, lea.Count);
        Assert.Equal([null, "Salut Amélie !", "On se voit où ?", "À demain 🙂"], lea.Select(i => i.Content));
        Assert.Equal([InteractionDirection.Outgoing, InteractionDirection.Incoming, InteractionDirection.Outgoing, InteractionDirection.Incoming],
            lea.Select(i => i.Direction));
        Assert.All(lea, i => Assert.Equal(["Facebook:name:léa fontaine"], i.Refs().ToArray()));
        Assert.All(lea, i => Assert.Equal(InteractionChannel.DirectMessage, i.Channel));
        Assert.Equal(2, snapshot.Files.Count(f => f.Path.Contains("leafontaine_1234567890", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_section_counts_filtered_requests_and_archived_included()
    {
        var snapshot = Snapshot("2021");

        Assert.Equal(2, snapshot.Interactions.Count(i => i.ConversationId == "marcobianchi_2345678901"));
        var request = Assert.Single(snapshot.Interactions, i => i.ConversationId == "tomasruiz_3456789012");
        Assert.Equal(InteractionDirection.Incoming, request.Direction);
        Assert.Equal(["Facebook:name:tomás ruiz"], request.Refs().ToArray());
        Assert.Equal(2, Snapshot("2018").Interactions.Count(i => i.ConversationId == "jonasweber_k2j3h4g5f6"));
    }

    [Fact]
    public void An_unsent_message_was_sent_and_counts()
    {
        var snapshot = Snapshot("2021");

        Assert.Contains(snapshot.Interactions, i => i.ConversationId == "marcobianchi_2345678901" && i.Content is null
            && i.At == DateTimeOffset.FromUnixTimeMilliseconds(1626000200000));
    }

    [Fact]
    public void Group_audience_is_every_participant_but_the_owner_the_unavailable_one_included()
    {
        var snapshot = Snapshot("2018");

        var group = snapshot.Interactions.Where(i => i.ConversationId == "studygroup_x1y2z3w4v5").OrderBy(i => i.At).ToList();
        Assert.Equal(3, group.Count);
        Assert.All(group, i => Assert.Equal(3, i.Audience));
        Assert.All(group, i => Assert.Equal(InteractionChannel.GroupMessage, i.Channel));
        var welcome = Assert.Single(group, i => i.Content == "Welcome!");
        Assert.Equal(InteractionDirection.Outgoing, welcome.Direction);
        Assert.Equal(["Facebook:email:jonas.weber@example.com", "Facebook:name:trần mai"], welcome.Refs().Order(StringComparer.Ordinal));
        var unavailable = Assert.Single(group, i => i.Content == "hello everyone");
        Assert.Equal(InteractionDirection.Incoming, unavailable.Direction);
        Assert.Empty(unavailable.Refs());
        var share = Assert.Single(group, i => i.Content is null);
        Assert.Equal(["Facebook:name:trần mai"], share.Refs().ToArray());
    }

    [Fact]
    public void The_unavailable_participant_of_a_one_to_one_thread_has_no_account_but_counts()
    {
        var snapshot = Snapshot("2024");

        var thread = snapshot.Interactions.Where(i => i.ConversationId == "facebookuser_10158000000000002").ToList();
        Assert.Equal(2, thread.Count);
        Assert.All(thread, i => Assert.Empty(i.Refs()));
        Assert.All(thread, i => Assert.Equal(1, i.Audience));
        Assert.All(thread, i => Assert.Equal(InteractionChannel.DirectMessage, i.Channel));
        Assert.Equal(InteractionDirection.Outgoing, Assert.Single(thread, i => i.Content == "Sí, todavía").Direction);
        Assert.DoesNotContain(snapshot.Accounts, a => a.Key.ToString() == "Facebook:name:" || a.Key.ToString() == "Facebook:name:facebook user");
    }

    [Fact]
    public void Calls_and_notices_are_not_messages_but_photos_stickers_shares_and_gifs_are()
    {
        var snapshot = Snapshot("2018");

        var thread = snapshot.Interactions.Where(i => i.ConversationId == "tranmai_a1b2c3d4e5").ToList();
        var mai = thread.Where(i => i.Channel == InteractionChannel.DirectMessage).OrderBy(i => i.At).ToList();

        // The call (type Call, call_duration 125) is an interaction of its own: answered, with its length; not a message.
        var call = Assert.Single(thread, i => i.Channel == InteractionChannel.Call);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1525000400000), call.At);
        Assert.Equal((InteractionDirection.Incoming, CallOutcome.Answered, TimeSpan.FromSeconds(125), InteractionVisibility.Private),
            (call.Direction, call.Outcome, call.Duration, call.Visibility));
        Assert.Equal(["Facebook:name:trần mai"], call.Refs());
        Assert.Equal(
            [DateTimeOffset.FromUnixTimeMilliseconds(1525000200000), DateTimeOffset.FromUnixTimeMilliseconds(1525000300000),
             DateTimeOffset.FromUnixTimeMilliseconds(1525000500000), DateTimeOffset.FromUnixTimeMilliseconds(1525000600000)],
            mai.Select(i => i.At));
        Assert.DoesNotContain(snapshot.Interactions, i => i.Content is { } text && (text.Contains("named the group", StringComparison.Ordinal)
            || text.StartsWith("You are now connected", StringComparison.Ordinal)));
        Assert.DoesNotContain(snapshot.Interactions, i => i.At == DateTimeOffset.FromUnixTimeMilliseconds(1526000200000));
    }

    [Fact]
    public void Notices_without_a_type_are_recognised_by_their_text_in_recent_exports()
    {
        var snapshot = Snapshot("2024");

        Assert.DoesNotContain(snapshot.Interactions, i => i.Content is { } text && (text.EndsWith("joined the video chat.", StringComparison.Ordinal)
            || text.EndsWith("started a video chat.", StringComparison.Ordinal) || text.Contains("named the group", StringComparison.Ordinal)));
        var thread = snapshot.Interactions.Where(i => i.ConversationId == "friendsabroad_10158000000000003").ToList();
        var group = thread.Where(i => i.Channel == InteractionChannel.GroupMessage).ToList();
        Assert.Equal(3, group.Count);
        Assert.All(thread, i => Assert.Equal(3, i.Audience));

        // "started a video chat" with call_duration 0: a call whose outcome the export does not tell (not a 0-second call).
        var call = Assert.Single(thread, i => i.Channel == InteractionChannel.Call);
        Assert.Equal((CallOutcome.Unknown, (TimeSpan?)null, InteractionVisibility.Group), (call.Outcome, call.Duration, call.Visibility));
    }

    [Fact]
    public void Inbox_and_e2ee_cutover_of_one_thread_share_the_conversation()
    {
        var snapshot = Snapshot("2024");

        var thread = snapshot.Interactions.Where(i => i.ConversationId == "hoangvanminh_10158000000000001").ToList();
        Assert.Equal(4, thread.Count(i => i.Channel == InteractionChannel.DirectMessage));
        Assert.Single(snapshot.Conversations, c => c.Id == "hoangvanminh_10158000000000001");

        // Minh's reaction to the owner's message: an incoming reaction inside a private chat, dated like the message.
        var reaction = Assert.Single(thread, i => i.Channel == InteractionChannel.Reaction);
        Assert.Equal((InteractionDirection.Incoming, InteractionVisibility.Private, DateTimeOffset.FromUnixTimeMilliseconds(1720000200000)),
            (reaction.Direction, reaction.Visibility, reaction.At));
        Assert.Equal(["Facebook:name:hoàng văn minh"], reaction.Refs());
    }

    [Fact]
    public void Texts_are_repaired_and_bytes_0x80_to_0x9F_round_trip()
    {
        var snapshot = Snapshot("2024");

        // ’ is E2 80 99, € is E2 82 AC, … is E2 80 A6: Latin-1, not Windows-1252, gives them back.
        var text = Assert.Single(snapshot.Interactions, i => i.Content == "It’s 5 € … okay 👍");
        Assert.Equal(InteractionDirection.Incoming, text.Direction);
        Assert.Contains(snapshot.Interactions, i => i.Content == "¿Cuánto cuesta el phở?" && i.Direction == InteractionDirection.Outgoing);
    }

    [Fact]
    public void Old_messages_with_timestamp_in_seconds_are_dated()
    {
        var snapshot = Snapshot("2018");

        var jonas = snapshot.Interactions.Where(i => i.ConversationId == "jonasweber_k2j3h4g5f6").OrderBy(i => i.At).ToList();
        Assert.Equal([DateTimeOffset.FromUnixTimeSeconds(1199145600), DateTimeOffset.FromUnixTimeSeconds(1199145700)], jonas.Select(i => i.At));
        Assert.Equal([InteractionDirection.Outgoing, InteractionDirection.Incoming], jonas.Select(i => i.Direction));
    }

    [Fact]
    public async Task Content_is_kept_only_when_asked_and_hashed_always()
    {
        var path = Fixtures.Path("Facebook/2024");
        var without = (await ExportImporter.ImportAsync([path])).Latest(Platform.Facebook)!;
        var with = Run.Import(path).Latest(Platform.Facebook)!;

        Assert.All(without.Interactions, i => Assert.Null(i.Content));

        // Without their texts, messages keep a hash of them (for overlapping snapshots): the same hashes either way.
        var withHashes = Hashes(path, includeContent: true);
        Assert.Equal(with.Interactions.Count(i => i.Content is not null), Hashes(path, includeContent: false).Count(h => h != 0));
        Assert.Equal(withHashes.Order(), Hashes(path, includeContent: false).Order());
        Assert.Contains(withHashes, h => h != 0);
    }

    private static List<ulong> Hashes(string path, bool includeContent) =>
        [.. new NetworkMetrics.Import.ImportEngine(ImportOptions.Default with { IncludeContent = includeContent }, null, null)
            .Run([path], _ => new NetworkMetrics.Import.CollectingSink(), CancellationToken.None)
            .Plans.SelectMany(p => p.Files).SelectMany(f => ((NetworkMetrics.Import.CollectingSink)f.Sink!).ContentHashes)];

    [Fact]
    public void Messages_before_participants_and_title_after_them_are_still_directed()
    {
        using var temp = new TempDir();
        temp.Write("export/messages/inbox/yawdarko_9/message_1.json", """
            {
              "messages": [
                {"sender_name": "Yaw Darko", "timestamp_ms": 1691000000000, "content": "Akwaaba"},
                {"sender_name": "Kwame Mensah", "timestamp_ms": 1690000000000, "content": "Me!"}
              ],
              "participants": [{"name": "Yaw Darko"}, {"name": "Kwame Mensah"}],
              "title": "Yaw Darko"
            }
            """);

        var snapshot = Run.Import(Path.Combine(temp.Path, "export")).Latest(Platform.Facebook)!;

        Assert.Equal("Kwame Mensah", snapshot.Owner!.Name);
        Assert.Equal(InteractionDirection.Outgoing, Assert.Single(snapshot.Interactions, i => i.Content == "Me!").Direction);
        Assert.Equal(InteractionDirection.Incoming, Assert.Single(snapshot.Interactions, i => i.Content == "Akwaaba").Direction);
    }

    [Fact]
    public void Early_files_listing_only_the_other_participant_find_the_owner_among_the_senders()
    {
        using var temp = new TempDir();
        temp.Write("export/messages/inbox/yawdarko_9/message.json", """
            {"participants": ["Yaw Darko"], "messages": [
              {"sender_name": "Yaw Darko", "timestamp": 1391000000, "content": "Akwaaba"},
              {"sender_name": "Kwame Mensah", "timestamp": 1390000000, "content": "Me!"}],
             "title": "Yaw Darko", "is_still_participant": true}
            """);

        var snapshot = Run.Import(Path.Combine(temp.Path, "export")).Latest(Platform.Facebook)!;

        Assert.Equal("Kwame Mensah", snapshot.Owner!.Name);
        var me = Assert.Single(snapshot.Interactions, i => i.Content == "Me!");
        Assert.Equal(InteractionDirection.Outgoing, me.Direction);
        Assert.Equal(["Facebook:name:yaw darko"], me.Refs().ToArray());
        Assert.Equal(1, me.Audience);
    }

    [Fact]
    public void A_profile_owner_who_left_a_group_still_sends_outgoing_messages()
    {
        using var temp = new TempDir();
        temp.Write("export/profile_information/profile_information.json", """{"profile_v2": {"name": {"full_name": "Kwame Mensah"}}}""");
        temp.Write("export/messages/inbox/hiking_9/message_1.json", """
            {"participants": [{"name": "Yaw Darko"}, {"name": "Ama Boateng"}, {"name": "Efua Owusu"}], "messages": [
              {"sender_name": "Kwame Mensah", "timestamp_ms": 1690000000000, "content": "Bye all"},
              {"sender_name": "Ama Boateng", "timestamp_ms": 1689000000000, "content": "Hi"}],
             "title": "Hiking", "is_still_participant": false}
            """);

        var snapshot = Run.Import(Path.Combine(temp.Path, "export")).Latest(Platform.Facebook)!;

        var bye = Assert.Single(snapshot.Interactions, i => i.Content == "Bye all");
        Assert.Equal(InteractionDirection.Outgoing, bye.Direction);
        Assert.Equal(3, bye.Audience);
        Assert.Equal(InteractionDirection.Incoming, Assert.Single(snapshot.Interactions, i => i.Content == "Hi").Direction);
    }

    [Fact]
    public void A_sender_who_left_the_group_still_counts_from_them()
    {
        using var temp = new TempDir();
        temp.Write("export/profile_information/profile_information.json", """{"profile_v2": {"name": {"full_name": "Kwame Mensah"}}}""");
        temp.Write("export/messages/inbox/hiking_9/message_1.json", """
            {"participants": [{"name": "Yaw Darko"}, {"name": "Ama Boateng"}, {"name": "Kwame Mensah"}], "messages": [
              {"sender_name": "Kofi Asante", "timestamp_ms": 1690000000000, "content": "I am out"}],
             "title": "Hiking"}
            """);

        var snapshot = Run.Import(Path.Combine(temp.Path, "export")).Latest(Platform.Facebook)!;

        var kofi = Assert.Single(snapshot.Interactions);
        Assert.Equal(["Facebook:name:kofi asante"], kofi.Refs().ToArray());
        Assert.Equal(2, kofi.Audience);
        Assert.Contains(snapshot.Accounts, a => a.Key.ToString() == "Facebook:name:kofi asante");
    }
}
