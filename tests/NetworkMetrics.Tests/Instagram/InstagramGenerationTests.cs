using NetworkMetrics.Tests.TestSupport;
namespace NetworkMetrics.Tests.Instagram;

/// <summary>Every Instagram generation of export-formats.md, read from synthetic fixtures with exact counts.</summary>
public sealed class InstagramGenerationTests
{
    private static ExportSnapshot Snapshot(string era) => Run.Import(Fixtures.Path("Instagram/" + era)).Latest(Platform.Instagram)!;

    [Theory]
    [InlineData("2019", 2, 3, null, 1, null, "Río Valdés")] // connections.json: follows and requests; no unfollowed list, no threads
    [InlineData("2021", 2, 3, 1, 1, 3, "Maya Tanaka ✨")]
    [InlineData("2024", 3, 5, 2, 2, 6, "Zanele Dlamini")]
    [InlineData("2025", 2, 2, null, null, null, null)] // the follow lists alone: the other counts are unknown, not 0
    public void Each_generation_gives_exact_counts_and_the_owner(string era, int following, int followers, int? removed, int? requests, int? messages, string? owner)
    {
        var summary = Run.Inspect(Fixtures.Path("Instagram/" + era));

        var platform = Assert.Single(summary.Platforms);
        Assert.Equal(Platform.Instagram, platform.Platform);
        Assert.Equal(owner, platform.Owner?.Name);
        var counts = platform.Counts;
        Assert.Null(counts.Connections);
        Assert.Equal(following, counts.Following);
        Assert.Equal(followers, counts.Followers);
        Assert.Equal(removed, counts.Removed);
        Assert.Equal(requests, counts.Requests);
        Assert.Equal(messages, counts.Messages);
        Assert.Empty(summary.Diagnostics);
        Assert.Equal(0, Assert.Single(summary.Inputs).UnrecognizedFiles);
    }

    [Fact]
    public void Formats_are_named_by_generation()
    {
        string[] Formats(string era) => [.. Run.Inspect(Fixtures.Path("Instagram/" + era)).Files.Select(f => f.Format).Distinct().Order(StringComparer.Ordinal)];

        Assert.Equal(["instagram.connections.2019", "instagram.profile.2019"], Formats("2019"));
        Assert.Equal(
            ["instagram.blocked.2021", "instagram.close-friends.2021", "instagram.followers.2021", "instagram.following.2021",
             "instagram.messages.2020", "instagram.pending-requests.2021", "instagram.profile.2021", "instagram.unfollowed.2021"],
            Formats("2021"));
        Assert.Contains("instagram.followers.2022", Formats("2024"));
        Assert.Contains("instagram.messages.2024", Formats("2024"));
        Assert.Equal(["instagram.followers.2025", "instagram.following.2025"], Formats("2025"));
    }

    [Fact]
    public void Accounts_are_usernames_with_handle_and_profile_url()
    {
        var snapshot = Snapshot("2024");

        var thando = Assert.Single(snapshot.Accounts, a => a.Key.ToString() == "Instagram:handle:thando.m");
        Assert.Equal("thando.m", thando.Handle);
        Assert.Equal("https://www.instagram.com/thando.m", thando.ProfileUrl);
        Assert.Equal([TieKind.Following, TieKind.Follower, TieKind.CloseFriend],
            snapshot.Ties.Where(t => t.Id() == "thando.m").Select(t => t.Kind).Order());
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), snapshot.Ties.Single(t => t.Id() == "thando.m" && t.Kind == TieKind.Follower).Since);
        Assert.Contains(snapshot.Ties, t => t.Id() == "joão.pinto" && t.Kind == TieKind.Follower);
    }

    [Fact]
    public void Followers_split_in_parts_all_count()
    {
        var summary = Run.Inspect(Fixtures.Path("Instagram/2024"));

        Assert.Equal([3, 2], summary.Files.Where(f => f.Format == "instagram.followers.2022").OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => f.Records));
    }

    [Fact]
    public void Unfollowed_pending_received_close_friends_and_blocked_have_their_kinds()
    {
        var snapshot = Snapshot("2024");

        Assert.Equal(2, snapshot.Ties.Count(t => t.Kind == TieKind.Unfollowed));
        Assert.Equal("private.artist", Assert.Single(snapshot.Ties, t => t.Kind == TieKind.RequestSent).Id());
        Assert.Equal("curious.fan", Assert.Single(snapshot.Ties, t => t.Kind == TieKind.RequestReceived).Id());
        Assert.Equal(2, snapshot.Ties.Count(t => t.Kind == TieKind.CloseFriend));
        Assert.Equal("spam.bot.789", Assert.Single(snapshot.Ties, t => t.Kind == TieKind.Blocked).Id());
    }

    [Fact]
    public void Late_2025_links_and_title_only_items_give_the_username()
    {
        var snapshot = Snapshot("2025");

        Assert.Equal(["amara.okafor", "bilal.raza"], snapshot.Ties.Where(t => t.Kind == TieKind.Follower).Select(t => t.Id()).Order(StringComparer.Ordinal));
        Assert.Equal(["amara.okafor", "design.daily"], snapshot.Ties.Where(t => t.Kind == TieKind.Following).Select(t => t.Id()).Order(StringComparer.Ordinal));
        Assert.Equal("https://www.instagram.com/design.daily", Assert.Single(snapshot.Accounts, a => a.Key.ToString() == "Instagram:handle:design.daily").ProfileUrl);
    }

    [Fact]
    public void Connections_json_maps_of_2019_with_iso_dates()
    {
        var snapshot = Snapshot("2019");

        Assert.Equal(new DateTimeOffset(2018, 6, 1, 12, 0, 0, TimeSpan.Zero), Assert.Single(snapshot.Ties, t => t.Id() == "ana.sol" && t.Kind == TieKind.Follower).Since);
        Assert.Equal(TieKind.Blocked, Assert.Single(snapshot.Ties, t => t.Id() == "spam.bot.123").Kind);
        Assert.DoesNotContain(snapshot.Ties, t => t.Id() is "sunset" or "someone.else");
        Assert.Equal("rio.valdes", snapshot.Owner!.Id);
        Assert.Equal("Río Valdés", snapshot.Owner.Name);
    }

    [Fact]
    public void The_personal_information_file_gives_the_owner()
    {
        var owner = Snapshot("2024").Owner!;

        Assert.Equal("zanele.d", owner.Id);
        Assert.Equal("zanele.d", owner.Handle);
        Assert.Equal("Zanele Dlamini", owner.Name);
        Assert.Equal("https://www.instagram.com/zanele.d", owner.ProfileUrl);
        Assert.Equal(["zanele@example.org"], owner.Emails.Written());
        Assert.Equal("Maya Tanaka ✨", Snapshot("2021").Owner!.Name);
    }

    [Fact]
    public void Messages_are_directed_by_the_owner_display_name_and_people_keyed_by_name()
    {
        var snapshot = Snapshot("2024");

        var thread = snapshot.Interactions.Where(i => i.ConversationId == "thandomokoena_17841400000000001").OrderBy(i => i.At).ToList();
        Assert.Equal(3, thread.Count);
        Assert.Equal([InteractionDirection.Incoming, InteractionDirection.Incoming, InteractionDirection.Outgoing], thread.Select(i => i.Direction));
        Assert.All(thread, i => Assert.Equal(["Instagram:name:thando mokoena"], i.Ids().ToArray()));
        Assert.Equal("Sawubona! 🌍", thread[^1].Content);
        Assert.Equal("Thando Mokoena", Assert.Single(snapshot.Accounts, a => a.Key.ToString() == "Instagram:name:thando mokoena").Name);
        var group = snapshot.Interactions.Where(i => i.ConversationId == "braaigang_17841400000000002").ToList();
        Assert.Equal(2, group.Count);
        Assert.All(group, i => Assert.Equal(InteractionChannel.GroupMessage, i.Channel));
        Assert.All(group, i => Assert.Equal(2, i.Audience));
        Assert.Equal(["Instagram:name:lerato khumalo", "Instagram:name:thando mokoena"],
            Assert.Single(group, i => i.Direction == InteractionDirection.Outgoing).Ids().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Likes_reactions_and_calls_written_as_messages_are_not_messages()
    {
        var snapshot = Snapshot("2024");

        Assert.DoesNotContain(snapshot.Interactions, i => i.Content is { } text && (text.StartsWith("Reacted", StringComparison.Ordinal)
            || text.Contains("audio call", StringComparison.Ordinal) || text.Contains("named the group", StringComparison.Ordinal)));
        Assert.DoesNotContain(Snapshot("2021").Interactions, i => i.Content == "Liked a message");
    }

    [Fact]
    public void Root_layout_threads_with_instagram_content_are_instagram()
    {
        var summary = Run.Inspect(Fixtures.Path("Instagram/2021"));

        Assert.Equal("instagram.messages.2020", Assert.Single(summary.Files, f => f.Path.EndsWith("message_1.json", StringComparison.Ordinal)).Format);
        var snapshot = Snapshot("2021");
        Assert.Equal(InteractionDirection.Incoming, Assert.Single(snapshot.Interactions, i => i.Content == "おすすめある？").Direction);
    }
}
