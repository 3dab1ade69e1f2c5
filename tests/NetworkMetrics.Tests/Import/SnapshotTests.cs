namespace NetworkMetrics.Tests.Import;

/// <summary>Several inputs: split exports, the same export twice, exports taken at different times.</summary>
public sealed class SnapshotTests
{
    private const string Header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT,IS CONVERSATION DRAFT\n";
    private const string ConnectionsHeader = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    private static string Message(string from, string to, string date, string content) =>
        $"2-abc==,,{from},https://www.linkedin.com/in/{Slug(from)},{to},https://www.linkedin.com/in/{Slug(to)},{date},,{content},INBOX,No,No\n";

    private static string Connection(string first, string last, string date) =>
        $"{first},{last},https://www.linkedin.com/in/{Slug(first + " " + last)},,,,{date}\n";

    private const string Profile = "First Name,Last Name,Headline\nSam,Porter,Editor\n";

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');

    [Fact]
    public void A_zip_and_its_folder_given_together_count_once()
    {
        using var temp = new TempDir();
        var zip = temp.ZipFixture("LinkedIn/2024", "Basic_LinkedInDataExport_01-20-2025.zip");
        var folder = Path.Combine(temp.Path, "Basic_LinkedInDataExport_01-20-2025");
        CopyFolder(Fixtures.Path("LinkedIn/2024"), folder);

        var once = Run.Inspect(zip);
        var twice = Run.Inspect(zip, folder);

        Assert.Equal(once.Counts(Platform.LinkedIn), twice.Counts(Platform.LinkedIn));
        Assert.Equal(1, twice.Platforms[0].Snapshots);
        Assert.Contains(twice.Diagnostics, d => d.Code == "input.duplicate-file" && d.Severity == DiagnosticSeverity.Info);
    }

    [Fact]
    public void The_same_export_given_twice_counts_once()
    {
        var path = Fixtures.Path("LinkedIn/2021");

        var once = Run.Inspect(path);
        var twice = Run.Inspect(path, path);

        Assert.Equal(once.Counts(Platform.LinkedIn), twice.Counts(Platform.LinkedIn));
        Assert.Equal(4, twice.Counts(Platform.LinkedIn).Messages);
    }

    [Fact]
    public void Files_of_one_export_given_one_by_one_are_one_snapshot()
    {
        var connections = Fixtures.Path("LinkedIn/2024/Connections.csv");
        var messages = Fixtures.Path("LinkedIn/2024/messages.csv");

        var summary = Run.Inspect(connections, messages);

        var platform = Assert.Single(summary.Platforms);
        Assert.Equal(1, platform.Snapshots);
        Assert.Equal(4, platform.Counts.Connections);
        Assert.Equal(3, platform.Counts.Messages);
    }

    [Fact]
    public void Exports_taken_at_different_times_are_snapshots_counted_from_the_newest()
    {
        using var temp = new TempDir();
        var older = temp.Zip("Basic_LinkedInDataExport_01-01-2025.zip",
            ("Profile.csv", Profile),
            ("Connections.csv", ConnectionsHeader + Connection("Ana", "Lima", "01 Dec 2024") + Connection("Bo", "Berg", "02 Dec 2024") + Connection("Cy", "Cole", "03 Dec 2024")),
            ("messages.csv", Header + Message("Ana Lima", "Sam Porter", "2024-12-20 10:00:00 UTC", "hello") + Message("Sam Porter", "Ana Lima", "2024-12-20 10:01:00 UTC", "ok") + Message("Sam Porter", "Ana Lima", "2024-12-20 10:01:00 UTC", "ok")));
        var newer = temp.Zip("Basic_LinkedInDataExport_02-01-2025.zip",
            ("Profile.csv", Profile),
            ("Connections.csv", ConnectionsHeader + Connection("Bo", "Berg", "02 Dec 2024") + Connection("Dee", "Diaz", "15 Jan 2025")),
            ("messages.csv", Header + Message("Sam Porter", "Ana Lima", "2024-12-20 10:01:00 UTC", "ok") + Message("Sam Porter", "Ana Lima", "2024-12-20 10:01:00 UTC", "ok") + Message("Dee Diaz", "Sam Porter", "2025-01-16 09:00:00 UTC", "hi")));

        // Newer first on the command line: the export's own date decides, not the argument order.
        var summary = Run.Inspect(newer, older);
        var platform = Assert.Single(summary.Platforms);

        Assert.Equal(2, platform.Snapshots);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), platform.ExportedAt);
        Assert.Equal(2, platform.Counts.Connections);
        Assert.Equal(4, platform.Counts.Messages); // hello, ok, ok (the same two in both), hi

        var result = Run.Import(newer, older);
        Assert.Equal([3, 2], result.Snapshots.Select(s => s.Counts.Connections!.Value));
        Assert.Equal(4, result.Interactions.Count(i => i.Platform == Platform.LinkedIn));
        Assert.Equal(platform.Counts, result.Summaries.Single().Counts);
    }

    [Fact]
    public void A_message_repeated_more_often_in_a_later_snapshot_counts_as_often_as_there()
    {
        using var temp = new TempDir();
        var ok = Message("Sam Porter", "Ana Lima", "2024-12-20 10:01:00 UTC", "ok");
        var hello = Message("Ana Lima", "Sam Porter", "2024-12-20 10:00:00 UTC", "hello");
        var older = temp.Zip("Basic_LinkedInDataExport_01-01-2025.zip", ("Profile.csv", Profile), ("messages.csv", Header + hello + ok));
        var newer = temp.Zip("Basic_LinkedInDataExport_02-01-2025.zip", ("Profile.csv", Profile), ("messages.csv", Header + hello + ok + ok));

        Assert.Equal(3, Run.Inspect(older, newer).Counts(Platform.LinkedIn).Messages);
        Assert.Equal(3, Run.Import(older, newer).Interactions.Count());
    }

    [Fact]
    public void Undated_snapshots_are_ordered_by_their_newest_record()
    {
        using var temp = new TempDir();
        var recent = temp.Write("a/Connections.csv", ConnectionsHeader + Connection("Ana", "Lima", "01 Dec 2024") + Connection("Dee", "Diaz", "15 Jan 2025"));
        var old = temp.Write("b/Connections.csv", ConnectionsHeader + Connection("Ana", "Lima", "01 Dec 2024"));

        var summary = Run.Inspect(recent, old);

        Assert.Equal(2, summary.Platforms[0].Snapshots);
        Assert.Equal(2, summary.Counts(Platform.LinkedIn).Connections);
        // Nothing states the export's date: the newest record's date stands for it, and says so.
        Assert.Equal(new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.Zero), summary.Platforms[0].ExportedAt);
        Assert.Equal(ExportDateSource.NewestRecord, summary.Platforms[0].ExportedAtSource);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
