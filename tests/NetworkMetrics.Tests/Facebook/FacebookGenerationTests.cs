using NetworkMetrics.Tests.TestSupport;
namespace NetworkMetrics.Tests.Facebook;

/// <summary>Every Facebook folder era of export-formats.md, read from synthetic fixtures with exact counts.</summary>
public sealed class FacebookGenerationTests
{
    [Theory]
    [InlineData("2018", 5, 3, 2, 2, 4, 9, "Nguyễn Thị Lan")]
    [InlineData("2021", 4, 2, null, 1, 4, 7, "Amélie Roussel")] // no followers file: unknown, not 0
    [InlineData("2023", 3, 2, 3, 1, 2, 5, "Kwame Mensah")]
    [InlineData("2024", 7, 2, 2, 2, 3, 9, "Sofía Castaño 🌻")]
    public void Each_era_gives_exact_counts_and_the_owner(string era, int connections, int following, int? followers, int removed, int requests, int messages, string owner)
    {
        var summary = Run.Inspect(Fixtures.Path("Facebook/" + era));

        var platform = Assert.Single(summary.Platforms);
        Assert.Equal(Platform.Facebook, platform.Platform);
        Assert.Equal(owner, platform.Owner?.Name);
        var counts = platform.Counts;
        Assert.Equal(connections, counts.Connections);
        Assert.Equal(following, counts.Following);
        Assert.Equal(followers, counts.Followers);
        Assert.Equal(removed, counts.Removed);
        Assert.Equal(requests, counts.Requests);
        Assert.Equal(messages, counts.Messages);
        Assert.Null(counts.Invitations);
        Assert.Empty(summary.Diagnostics);
        Assert.Equal(0, Assert.Single(summary.Inputs).UnrecognizedFiles);
    }

    [Fact]
    public void Export_2018_formats_are_named_by_generation()
    {
        var summary = Run.Inspect(Fixtures.Path("Facebook/2018"));

        Assert.Equal(
            ["facebook.followers.2018", "facebook.following.2018", "facebook.friend-requests.2018", "facebook.friend-requests.2018",
             "facebook.friend-requests.2018", "facebook.friends.2018", "facebook.messages.2018", "facebook.messages.2018",
             "facebook.messages.2018", "facebook.profile.2018", "facebook.removed-friends.2018"],
            summary.Files.Select(f => f.Format).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Export_2021_and_2023_formats_are_named_by_generation()
    {
        var formats2021 = Run.Inspect(Fixtures.Path("Facebook/2021")).Files.Select(f => f.Format).Distinct().Order(StringComparer.Ordinal);
        var formats2023 = Run.Inspect(Fixtures.Path("Facebook/2023")).Files.Select(f => f.Format).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(
            ["facebook.following.2021", "facebook.friend-requests.2021", "facebook.friends.2021", "facebook.messages.2018",
             "facebook.profile.2021", "facebook.removed-friends.2021"],
            formats2021);
        Assert.Equal(
            ["facebook.followers.2023", "facebook.following.2023", "facebook.friend-requests.2023", "facebook.friends.2023",
             "facebook.messages.2024", "facebook.removed-friends.2023"],
            formats2023);
    }

    [Fact]
    public void Ties_carry_their_kind_and_date()
    {
        var snapshot = Run.Import(Fixtures.Path("Facebook/2018")).Latest(Platform.Facebook)!;

        var mai = Assert.Single(snapshot.Ties, t => t.Ref() == "Facebook:name:trần mai" && t.Kind == TieKind.Connection);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1262304000), mai.Since);
        var piotr = Assert.Single(snapshot.Ties, t => t.Ref() == "Facebook:name:piotr nowak");
        Assert.Equal(TieKind.Removed, piotr.Kind);
        Assert.Null(piotr.Since); // a removed friend's date is when the friendship ended
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1450000000), piotr.EndedAt);
        Assert.Equal(TieKind.Removed, Assert.Single(snapshot.Ties, t => t.Ref() == "Facebook:name:ingrid sæther").Kind);
        Assert.Equal(TieKind.RequestSent, Assert.Single(snapshot.Ties, t => t.Ref() == "Facebook:name:ravi menon").Kind);
        Assert.Equal(TieKind.RequestRejected, Assert.Single(snapshot.Ties, t => t.Ref() == "Facebook:name:totally real prize").Kind);
        Assert.Equal([TieKind.Follower, TieKind.RequestReceived],
            snapshot.Ties.Where(t => t.Ref() == "Facebook:name:omar haddad").Select(t => t.Kind).Order());
        Assert.Equal(TieKind.Following, Assert.Single(snapshot.Ties, t => t.Ref() == "Facebook:name:bäckerei sonnenschein").Kind);
    }

    [Fact]
    public void Followers_v3_items_have_no_date()
    {
        var snapshot = Run.Import(Fixtures.Path("Facebook/2024")).Latest(Platform.Facebook)!;

        var followers = snapshot.Ties.Where(t => t.Kind == TieKind.Follower).ToList();
        Assert.Equal(2, followers.Count);
        Assert.All(followers, f => Assert.Null(f.Since));
        Assert.Equal(["Facebook:name:diego alves", "Facebook:name:zeynep kaya"], followers.Select(f => f.Ref()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Mojibake_is_repaired_in_every_name_vietnamese_and_emoji_included()
    {
        var snapshot = Run.Import(Fixtures.Path("Facebook/2024")).Latest(Platform.Facebook)!;

        var ha = Assert.Single(snapshot.Accounts, a => a.Key.ToString() == "Facebook:name:đặng thu hà 🐉");
        Assert.Equal("Đặng Thu Hà 🐉", ha.Name);
        Assert.Equal("Hoàng Văn Minh", Assert.Single(snapshot.Accounts, a => a.Key.ToString() == "Facebook:name:hoàng văn minh").Name);
        Assert.Equal("Émile Durand", Assert.Single(snapshot.Accounts, a => a.Key.ToString() == "Facebook:name:émile durand").Name);
        Assert.DoesNotContain(snapshot.Accounts, a => a.Name!.Contains('Ã', StringComparison.Ordinal) || a.Name.Contains('ð', StringComparison.Ordinal));
    }

    [Fact]
    public void Two_friends_with_one_name_count_twice_and_the_account_is_marked_ambiguous()
    {
        var snapshot = Run.Import(Fixtures.Path("Facebook/2024")).Latest(Platform.Facebook)!;

        Assert.Equal(2, snapshot.Ties.Count(t => t.Ref() == "Facebook:name:alex kim" && t.Kind == TieKind.Connection));
        Assert.True(Assert.Single(snapshot.Accounts, a => a.Key.ToString() == "Facebook:name:alex kim").IsAmbiguous);
    }

    [Fact]
    public void Contact_info_of_2018_friends_becomes_an_email()
    {
        var snapshot = Run.Import(Fixtures.Path("Facebook/2018")).Latest(Platform.Facebook)!;

        var jonas = snapshot.Find("Facebook:name:jonas weber");
        Assert.Equal(["jonas.weber@example.com"], jonas.Emails.Written());
        Assert.Equal(["Facebook:email:jonas.weber@example.com", "Facebook:name:jonas weber"], jonas.KeyStrings()); // the email is the stronger key
    }

    [Fact]
    public void The_profile_gives_the_owner_with_emails_phone_username_and_profile_url()
    {
        var snapshot = Run.Import(Fixtures.Path("Facebook/2024")).Latest(Platform.Facebook)!;

        var owner = snapshot.Owner!;
        Assert.Equal(["Facebook:url:facebook.com/sofia.castano.example", "Facebook:email:sofia.castano@example.com", "Facebook:phone:+573000000000", "Facebook:name:sofía castaño 🌻"],
            owner.KeyStrings());
        Assert.Equal(OwnerSource.Stated, snapshot.OwnerSource);
        Assert.Equal("+573000000000", Assert.Single(owner.Phones).E164);
        Assert.Equal("Sofía Castaño 🌻", owner.Name);
        Assert.Equal("sofia.castano.example", owner.Handle);
        Assert.Equal("https://www.facebook.com/sofia.castano.example", owner.ProfileUrl);
        Assert.Equal(["sofia.castano@example.com"], owner.Emails.Written());
        Assert.Equal(["+57 300 000 0000"], owner.Phones.Written());
    }

    [Fact]
    public void Profile_2018_keeps_current_emails_only_and_2021_keeps_web_sites()
    {
        var owner2018 = Run.Import(Fixtures.Path("Facebook/2018")).Latest(Platform.Facebook)!.Owner!;
        var owner2021 = Run.Import(Fixtures.Path("Facebook/2021")).Latest(Platform.Facebook)!.Owner!;

        Assert.Equal(["lan.nguyen@example.org"], owner2018.Emails.Written());
        Assert.Equal(["https://amelie.example.net/"], owner2021.Websites.ToArray());
    }

    [Fact]
    public void Without_a_profile_the_owner_is_inferred_from_a_one_to_one_thread()
    {
        var result = Run.Import(Fixtures.Path("Facebook/2023"));
        var snapshot = result.Latest(Platform.Facebook)!;

        Assert.Equal("Kwame Mensah", snapshot.Owner!.Name);
        Assert.Equal("Facebook:name:kwame mensah", snapshot.Owner.Key.ToString());
        Assert.Equal(OwnerSource.Inferred, snapshot.OwnerSource);
        var birthday = Assert.Single(snapshot.Interactions, i => i.Content == "Happy birthday Ama 🎂");
        Assert.Equal(InteractionDirection.Outgoing, birthday.Direction);
        Assert.Equal(["Facebook:name:ama boateng"], birthday.Refs().ToArray());
        var trail = Assert.Single(snapshot.Interactions, i => i.Content == "Trail starts at 7");
        Assert.Equal(InteractionDirection.Outgoing, trail.Direction);
        Assert.Equal(InteractionChannel.GroupMessage, trail.Channel);
        Assert.Equal(["Facebook:name:ama boateng", "Facebook:name:yaw darko"], trail.Refs().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_empty_list_is_valid_and_counts_zero()
    {
        var summary = Run.Inspect(Fixtures.Path("Facebook/2023/connections/friends/rejected_friend_requests.json"));

        Assert.Equal(0, summary.Counts(Platform.Facebook).Requests);
        Assert.Equal("facebook.friend-requests.2021", Assert.Single(summary.Files).Format);
        Assert.Empty(summary.Diagnostics);
    }
}
