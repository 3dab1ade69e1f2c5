namespace NetworkMetrics.Tests.Instagram;

/// <summary>Instagram exports zipped, broken, in HTML, and never taken for Facebook.</summary>
public sealed class InstagramArchiveTests
{
    [Theory]
    [InlineData("2019")]
    [InlineData("2021")]
    [InlineData("2024")]
    [InlineData("2025")]
    public void A_zip_gives_the_same_counts_as_its_folder(string era)
    {
        using var temp = new TempDir();
        var zip = temp.ZipFixture("Instagram/" + era, "instagram-zanele.d-2024-11-30-XyZ.zip");

        var fromZip = Run.Inspect(zip);

        Assert.Equal(Run.Inspect(Fixtures.Path("Instagram/" + era)).Counts(Platform.Instagram), fromZip.Counts(Platform.Instagram));
        Assert.Equal(new DateTimeOffset(2024, 11, 30, 0, 0, 0, TimeSpan.Zero), fromZip.Platforms[0].ExportedAt);
    }

    [Theory]
    [InlineData("Instagram/2019")]
    [InlineData("Instagram/2021")]
    [InlineData("Instagram/2024")]
    [InlineData("Instagram/2025")]
    [InlineData("Instagram/html")]
    public void An_instagram_export_is_never_taken_for_facebook(string fixture)
    {
        var summary = Run.Inspect(Fixtures.Path(fixture));

        Assert.Equal([Platform.Instagram], summary.Platforms.Select(p => p.Platform));
        Assert.All(summary.Files, f => Assert.StartsWith("instagram.", f.Format, StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_given_on_their_own_are_recognised_by_their_items()
    {
        var followers = Run.Inspect(Fixtures.Path("Instagram/2024/connections/followers_and_following/followers_1.json"));
        var following = Run.Inspect(Fixtures.Path("Instagram/2024/connections/followers_and_following/following.json"));

        Assert.Equal(3, followers.Counts(Platform.Instagram).Followers);
        Assert.Equal(3, following.Counts(Platform.Instagram).Following);
        Assert.DoesNotContain(following.Platforms, p => p.Platform == Platform.Facebook);
    }

    [Fact]
    public void An_html_export_gives_one_error_asking_for_json()
    {
        var summary = Run.Inspect(Fixtures.Path("Instagram/html"));

        var error = Assert.Single(summary.Diagnostics);
        Assert.Equal("instagram.html-export", error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("JSON", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, Assert.Single(summary.Inputs).RecognizedFiles);
        Assert.Throws<ExportFormatException>(() => Run.InspectStrict(Fixtures.Path("Instagram/html")));
    }

    [Fact]
    public void A_broken_list_is_an_error_naming_the_file_and_the_other_files_count()
    {
        using var temp = new TempDir();
        var dir = Path.Combine(temp.Path, "export", "connections", "followers_and_following");
        Directory.CreateDirectory(dir);
        File.Copy(Fixtures.Path("Instagram/2024/connections/followers_and_following/followers_1.json"), Path.Combine(dir, "followers_1.json"));
        var full = File.ReadAllText(Fixtures.Path("Instagram/2024/connections/followers_and_following/following.json"));
        File.WriteAllText(Path.Combine(dir, "following.json"), full[..(full.Length / 2)]);

        var summary = Run.Inspect(Path.Combine(temp.Path, "export"));

        Assert.Equal(3, summary.Counts(Platform.Instagram).Followers);
        var error = Assert.Single(summary.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.EndsWith("following.json", error.File, StringComparison.Ordinal);
        var ex = Assert.Throws<ExportFormatException>(() => Run.InspectStrict(Path.Combine(temp.Path, "export")));
        Assert.EndsWith("following.json", ex.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_profile_the_owner_of_messages_is_inferred_per_thread()
    {
        using var temp = new TempDir();
        var source = Fixtures.Path("Instagram/2024/your_instagram_activity");
        foreach (var file in Directory.EnumerateFiles(source, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(temp.Path, "export", "your_instagram_activity", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var snapshot = Run.Import(Path.Combine(temp.Path, "export")).Latest(Platform.Instagram)!;

        Assert.Equal("Zanele Dlamini", snapshot.Owner!.Name);
        Assert.Equal("Instagram:name:zanele dlamini", snapshot.Owner.Key.ToString());
        Assert.Equal(OwnerSource.Inferred, snapshot.OwnerSource);
        Assert.Equal(2, snapshot.Interactions.Count(i => i.Direction == InteractionDirection.Outgoing));
        Assert.Equal(6, snapshot.Interactions.Length);
    }
}
