namespace NetworkMetrics.Tests.Import;

/// <summary>
/// Files whose names say nothing: a single file given on the command line is recognised by its
/// content (<c>Fixtures/Renamed/</c>), and a folder given below its export's root is read like
/// the export; inside folders and archives, names still come first.
/// </summary>
public sealed class RecognitionTests
{
    private static string Renamed(string name) => Fixtures.Path("Renamed/" + name);

    [Fact]
    public void A_renamed_linkedin_connections_csv_given_alone_is_read_by_its_header()
    {
        var result = Run.Import(Renamed("linkedin_connections.csv"));

        var file = Assert.Single(result.Files);
        Assert.Equal("linkedin.connections.2024", file.Format);
        var snapshot = result.Latest(Platform.LinkedIn)!;
        Assert.Equal(3, snapshot.Counts.Connections);
        Assert.Contains(snapshot.Accounts, a => a.Id == "linkedin.com/in/marisol-quintero-example" && a.Emails.Any(e => e.Address == "marisol@example.org"));
    }

    [Fact]
    public void A_messenger_thread_saved_as_chat_json_with_a_bom_and_no_participants_is_read()
    {
        var result = Run.Import(Renamed("chat.json"));

        Assert.Equal(Platform.Facebook, Assert.Single(result.Files).Platform);
        var snapshot = result.Latest(Platform.Facebook)!;
        Assert.Equal(3, snapshot.Counts.Messages); // the photo-only message counts too
        Assert.Equal(new DateTimeOffset(2024, 5, 27, 8, 53, 20, TimeSpan.Zero), snapshot.Interactions.Max(i => i.At));
        Assert.Contains(snapshot.Accounts, a => a.Name == "Rui Tavares");
    }

    [Fact]
    public void A_thread_that_content_cannot_place_is_instagrams_when_its_path_names_instagram()
    {
        var summary = Run.Inspect(Renamed("instagram_chat.json"));

        var platform = Assert.Single(summary.Platforms);
        Assert.Equal(Platform.Instagram, platform.Platform);
        Assert.Equal(2, platform.Counts.Messages);
        Assert.Equal("Kalani Akana", platform.Owner?.Name); // the participant who is not the title
    }

    [Fact]
    public void The_same_thread_is_facebooks_when_its_path_names_neither_and_instagrams_by_its_content()
    {
        using var temp = new TempDir();
        var text = File.ReadAllText(Renamed("instagram_chat.json"));
        var plain = temp.Write("exports/thread.json", text);
        var both = temp.Write("instagram and facebook/thread.json", text);
        var linked = temp.Write("exports/linked.json", text.Replace("see you at the beach", "https://www.instagram.com/p/abc", StringComparison.Ordinal));

        Assert.Equal(Platform.Facebook, Assert.Single(Run.Inspect(plain).Platforms).Platform);
        Assert.Equal(Platform.Facebook, Assert.Single(Run.Inspect(both).Platforms).Platform);
        Assert.Equal(Platform.Instagram, Assert.Single(Run.Inspect(linked).Platforms).Platform);
    }

    [Fact]
    public void A_renamed_x_follower_file_is_read_by_its_wrapper()
    {
        var summary = Run.Inspect(Renamed("x_followers.txt"));

        Assert.Equal(3, summary.Counts(Platform.Twitter).Followers);
        Assert.Equal("twitter.follower.2020", Assert.Single(summary.Files).Format);
    }

    [Fact]
    public void Inside_a_folder_or_a_zip_a_renamed_file_is_still_not_guessed()
    {
        using var temp = new TempDir();
        var csv = File.ReadAllText(Renamed("linkedin_connections.csv"));
        temp.Write("folder/linkedin_connections.csv", csv);
        var zip = temp.Zip("export.zip", ("linkedin_connections.csv", csv), ("chat.json", File.ReadAllText(Renamed("chat.json"))));

        Assert.Empty(Run.Inspect(Path.Combine(temp.Path, "folder")).Files);
        Assert.Empty(Run.Inspect(zip).Files);
    }

    [Fact]
    public void A_file_whose_content_belongs_to_no_format_is_still_not_recognised()
    {
        using var temp = new TempDir();
        var json = temp.Write("notes.json", """{"messages": ["a list of strings, not a thread"]}""");
        var csv = temp.Write("people.csv", "Name,Phone\nAda,123\n");

        var summary = Run.Inspect(json, csv);

        Assert.Empty(summary.Files);
        Assert.Equal(2, summary.Diagnostics.Count(d => d.Code == "input.no-export"));
    }

    [Theory]
    [InlineData("Facebook/2021", "Facebook/2021/messages")]
    [InlineData("Facebook/2021", "Facebook/2021/messages/inbox/leafontaine_1234567890")]
    [InlineData("Facebook/2024", "Facebook/2024/your_facebook_activity/messages")]
    [InlineData("Facebook/2024", "Facebook/2024/your_facebook_activity/messages/inbox")]
    [InlineData("Instagram/2024", "Instagram/2024/your_instagram_activity/messages")]
    public void A_folder_below_the_export_root_is_read_like_that_part_of_the_export(string export, string part)
    {
        var whole = Run.Import(Fixtures.Path(export));
        var below = Run.Import(Fixtures.Path(part));

        var files = Assert.Single(below.Snapshots).Files;
        Assert.NotEmpty(files);
        var relative = Path.GetRelativePath(Fixtures.Path(export), Fixtures.Path(part)).Replace('\\', '/');
        var expected = whole.Snapshots.Single().Files
            .Where(f => f.Path.StartsWith(Fixtures.Path(export).TrimEnd('/') + "/" + relative + "/", StringComparison.Ordinal))
            .Select(f => (Path.GetFileName(f.Path), f.Format, f.Records))
            .Order();
        Assert.Equal(expected, files.Select(f => (Path.GetFileName(f.Path), f.Format, f.Records)).Order());
        Assert.DoesNotContain(below.Diagnostics, d => d.Code == "input.no-export");
    }

    [Fact]
    public void A_thread_file_given_alone_is_placed_by_the_folders_above_it()
    {
        var path = Fixtures.Path("Facebook/2024/your_facebook_activity/messages/inbox/hoangvanminh_10158000000000001/message_1.json");

        var summary = Run.Inspect(path);

        var file = Assert.Single(summary.Files);
        Assert.Equal("facebook.messages.2024", file.Format);
        Assert.True(file.Records > 0);
    }
}
