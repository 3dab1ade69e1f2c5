using System.Text;

namespace NetworkMetrics.Tests.Facebook;

/// <summary>Facebook exports zipped, broken, in HTML, or beside an Instagram export.</summary>
public sealed class FacebookArchiveTests
{
    [Theory]
    [InlineData("2018")]
    [InlineData("2021")]
    [InlineData("2023")]
    [InlineData("2024")]
    public void A_zip_gives_the_same_counts_as_its_folder(string era)
    {
        using var temp = new TempDir();
        var zip = temp.ZipFixture("Facebook/" + era, "facebook-jane-2024-05-01-AbCdEf.zip");

        var fromZip = Run.Inspect(zip);
        var fromFolder = Run.Inspect(Fixtures.Path("Facebook/" + era));

        Assert.Equal(fromFolder.Counts(Platform.Facebook), fromZip.Counts(Platform.Facebook));
        Assert.Equal(fromFolder.Platforms[0].Owner?.Name, fromZip.Platforms[0].Owner?.Name);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), fromZip.Platforms[0].ExportedAt);
        Assert.Empty(fromZip.Diagnostics);
    }

    [Fact]
    public void An_export_inside_a_top_folder_is_read_at_any_depth()
    {
        using var temp = new TempDir();
        var root = Fixtures.Path("Facebook/2024");
        var entries = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => ("Downloads/facebook-sofia/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .ToArray();
        var zip = temp.ZipBytes("nested.zip", entries);

        Assert.Equal(Run.Inspect(root).Counts(Platform.Facebook), Run.Inspect(zip).Counts(Platform.Facebook));
    }

    [Fact]
    public void A_truncated_thread_is_an_error_naming_the_file_and_the_other_files_are_kept()
    {
        var summary = Run.Inspect(Fixtures.Path("Facebook/malformed"));

        var counts = summary.Counts(Platform.Facebook);
        Assert.Equal(2, counts.Connections);
        Assert.Equal(3, counts.Messages); // the message without a date counts: it existed
        var error = Assert.Single(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("json.invalid", error.Code);
        Assert.EndsWith("yawdarko_2/message_1.json", error.File, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
        var undated = Assert.Single(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("meta.message-no-date", undated.Code);
        Assert.Equal(2, undated.Record);
        Assert.EndsWith("amaboateng_1/message_1.json", undated.File, StringComparison.Ordinal);
        Assert.Equal(0, summary.Files.Single(f => f.Path.EndsWith("amaboateng_1/message_1.json", StringComparison.Ordinal)).Skipped);
        Assert.Equal(2, Run.Import(Fixtures.Path("Facebook/malformed")).Latest(Platform.Facebook)!.Interactions.Length); // not an interaction
    }

    [Fact]
    public void Strict_mode_throws_at_the_first_problem()
    {
        var ex = Assert.Throws<ExportFormatException>(() => Run.InspectStrict(Fixtures.Path("Facebook/malformed")));

        Assert.EndsWith("message_1.json", ex.File, StringComparison.Ordinal);
        Assert.True(ex.Code is "json.invalid" or "meta.message-no-date", ex.Code);
    }

    [Fact]
    public void A_file_that_is_not_the_expected_shape_is_an_error_not_a_crash()
    {
        using var temp = new TempDir();
        temp.Write("export/connections/friends/your_friends.json", "[1, 2, 3]");
        temp.Write("export/connections/friends/removed_friends.json", """{"something_else": []}""");
        temp.Write("export/your_facebook_activity/messages/inbox/a_1/message_1.json", "\"just a string\"");
        temp.Write("export/your_facebook_activity/messages/inbox/b_2/message_1.json", "");

        var summary = Run.Inspect(Path.Combine(temp.Path, "export"));

        Assert.Equal(0, summary.Counts(Platform.Facebook).Connections);
        Assert.Contains(summary.Diagnostics, d => d.Code == "json.unexpected" && d.File!.EndsWith("your_friends.json", StringComparison.Ordinal));
        Assert.Contains(summary.Diagnostics, d => d.Code == "facebook.no-list" && d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains(summary.Diagnostics, d => d.Code == "json.unexpected" && d.File!.EndsWith("a_1/message_1.json", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Diagnostics, d => d.File!.EndsWith("b_2/message_1.json", StringComparison.Ordinal));
    }

    [Fact]
    public void An_html_export_gives_one_error_asking_for_json()
    {
        var summary = Run.Inspect(Fixtures.Path("Facebook/html"));

        var error = Assert.Single(summary.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("facebook.html-export", error.Code);
        Assert.Contains("JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("HTML", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, Assert.Single(summary.Inputs).RecognizedFiles);
        Assert.All(summary.Files, f => Assert.Equal("facebook.html-export", f.Format));
    }

    [Fact]
    public void An_html_export_in_strict_mode_throws()
    {
        var ex = Assert.Throws<ExportFormatException>(() => Run.InspectStrict(Fixtures.Path("Facebook/html")));

        Assert.Equal("facebook.html-export", ex.Code);
    }

    [Fact]
    public void Html_pages_beside_a_json_export_are_passed_over()
    {
        using var temp = new TempDir();
        var zip = temp.ZipFixture("Facebook/2021", "facebook.zip");
        var withHtml = temp.ZipBytes("with-html.zip", [.. ZipEntries(zip), ("index.html", Encoding.UTF8.GetBytes("<html><title>Facebook</title></html>"))]);

        var summary = Run.Inspect(withHtml);

        Assert.Empty(summary.Diagnostics);
        Assert.Equal(Run.Inspect(zip).Counts(Platform.Facebook), summary.Counts(Platform.Facebook));
    }

    [Theory]
    [InlineData("Facebook/2018")]
    [InlineData("Facebook/2021")]
    [InlineData("Facebook/2023")]
    [InlineData("Facebook/2024")]
    [InlineData("Facebook/html")]
    public void A_facebook_export_is_never_taken_for_instagram(string fixture)
    {
        var summary = Run.Inspect(Fixtures.Path(fixture));

        Assert.Equal([Platform.Facebook], summary.Platforms.Select(p => p.Platform));
        Assert.All(summary.Files, f => Assert.StartsWith("facebook.", f.Format, StringComparison.Ordinal));
    }

    [Fact]
    public void Facebook_and_instagram_exports_given_together_stay_apart()
    {
        var summary = Run.Inspect(Fixtures.Path("Facebook/2018"), Fixtures.Path("Instagram/2021"));

        Assert.Equal(9, summary.Counts(Platform.Facebook).Messages);
        Assert.Equal(3, summary.Counts(Platform.Instagram).Messages);
        Assert.Equal("Nguyễn Thị Lan", summary.Platforms.Single(p => p.Platform == Platform.Facebook).Owner?.Name);
        Assert.Equal("Maya Tanaka ✨", summary.Platforms.Single(p => p.Platform == Platform.Instagram).Owner?.Name);
    }

    private static (string, byte[])[] ZipEntries(string zip)
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(zip);
        return [.. archive.Entries.Select(e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (e.FullName, copy.ToArray());
        })];
    }
}
