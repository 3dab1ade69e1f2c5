using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace NetworkMetrics.Tests.Hostile;

/// <summary>
/// The corpus of broken and hostile inputs of the hardening issue, each beside a good file of
/// the same export: every one ends in diagnostics (lenient) or <see cref="ExportFormatException"/>
/// (strict), within seconds, and the readable records are kept.
/// </summary>
public sealed class HostileCorpusTests
{
    private const string GoodConnections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,,,,01 Dec 2024\nBo,Berg,,,,,02 Dec 2024\n";

    public static TheoryData<string> Cases => [.. Builders.Keys];

    private static readonly Dictionary<string, Func<TempDir, (string Path, string Code, Platform? Kept, int KeptCount)>> Builders = new()
    {
        ["truncated-json"] = t => (t.Zip("facebook-ana-2024-01-01.zip",
            ("connections/friends/your_friends.json", "{\"friends_v2\":[{\"name\":\"Ana\",\"timestamp\":1700000000},{\"name\":\"Bo\",\"timest"),
            ("connections/followers/who_you've_followed.json", "{\"following_v3\":[{\"name\":\"Cy\",\"timestamp\":1700000000}]}")),
            "json.invalid", Platform.Facebook, 2),
        ["truncated-js"] = t => (t.Zip("twitter-2024-01-01-abc.zip",
            ("data/follower.js", "window.YTD.follower.part0 = [ {\"follower\":{\"accountId\":\"1\"}}, {\"follower\":{\"accou"),
            ("data/following.js", "window.YTD.following.part0 = [ {\"following\":{\"accountId\":\"2\"}} ]")),
            "json.invalid", Platform.Twitter, 2),
        ["unclosed-csv-quote"] = t => (t.Zip("Basic_LinkedInDataExport_01-01-2025.zip",
            ("Connections.csv", GoodConnections + "Cy,\"Cole,,,,,03 Dec 2024\nDee,Diaz,,,,,04 Dec 2024\n")),
            "csv.malformed", Platform.LinkedIn, 2), // the broken record (it swallows the line after it) is skipped, not kept as a person
        ["invalid-dates-and-numbers"] = t => (t.Zip("facebook-ana-2024-01-01.zip",
            ("connections/friends/your_friends.json", "{\"friends_v2\":[{\"name\":\"Ana\",\"timestamp\":1700000000},{\"name\":\"Bo\",\"timestamp\":\"yesterday\"},{\"name\":\"Cy\",\"timestamp\":1e400}]}"),
            ("connections/followers/who_you've_followed.json", "{\"following_v3\":[{\"name\":\"Cy\",\"timestamp\":1700000000}]}")),
            "meta.bad-number", Platform.Facebook, 4),
        ["deeply-nested-json"] = t => (t.Zip("facebook-ana-2024-01-01.zip",
            ("connections/friends/your_friends.json", "{\"friends_v2\":" + new string('[', 100_000) + new string(']', 100_000) + "}"),
            ("connections/followers/who_you've_followed.json", "{\"following_v3\":[{\"name\":\"Cy\",\"timestamp\":1700000000}]}")),
            "json.invalid", Platform.Facebook, 1),
        ["path-traversal-zip"] = t => (t.Zip("Basic_LinkedInDataExport_01-01-2025.zip", ("../../../etc/Connections.csv", GoodConnections)),
            "archive.suspicious-path", Platform.LinkedIn, 2),
        ["random-bytes-zip"] = t => (t.WriteBytes("export.zip", [.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7919) % 256))]),
            "archive.unreadable", null, 0),
        ["empty-zip"] = t => (t.ZipBytes("empty.zip"), "input.no-export", null, 0),
        ["foreign-csv"] = t => (t.Zip("Basic_LinkedInDataExport_01-01-2025.zip",
            ("Connections.csv", "sku,price\n1,2\n"), ("Invitations.csv", "From,To,Sent At,Message,Direction\nA,B,\"1/1/25, 1:00 PM\",,INCOMING\n")),
            "csv.missing-header", Platform.LinkedIn, 1),
        ["zip-bomb"] = t => (Bomb(t), "archive.bomb", Platform.LinkedIn, 2),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lenient_import_reports_and_keeps_the_readable_records(string name)
    {
        using var temp = new TempDir();
        var (path, code, kept, keptCount) = Builders[name](temp);
        var watch = Stopwatch.StartNew();

        var summary = Run.Inspect(BombLimits, path);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{name} took {watch.Elapsed}");
        Assert.NotEmpty(summary.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info));
        if (code.Length > 0)
        {
            Assert.Contains(summary.Diagnostics, d => d.Code == code);
        }

        Assert.All(summary.Diagnostics, d => Assert.NotNull(d.File));
        if (kept is { } platform)
        {
            var counts = summary.Counts(platform);
            var total = (counts.Connections ?? 0) + (counts.Following ?? 0) + (counts.Followers ?? 0) + (counts.Invitations ?? 0);
            Assert.Equal(keptCount, total);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Strict_import_stops_with_the_bad_input_exception(string name)
    {
        using var temp = new TempDir();
        var (path, _, _, _) = Builders[name](temp);

        var ex = await Assert.ThrowsAsync<ExportFormatException>(() =>
            ExportImporter.InspectAsync([path], ImportOptions.Default with { Strict = true, Limits = BombLimits }));

        Assert.NotNull(ex.File);
        Assert.False(string.IsNullOrEmpty(ex.Code));
    }

    /// <summary>Small limits so that the bomb case stays fast; every other case is far below them.</summary>
    private static readonly ImportLimits BombLimits = ImportLimits.Default with { MaxEntrySize = 16 << 20, MaxCompressionRatio = 100 };

    private static string Bomb(TempDir temp)
    {
        var path = Path.Combine(temp.Path, "Basic_LinkedInDataExport_01-01-2025.zip");
        using (var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create))
        {
            using (var entry = zip.CreateEntry("messages.csv", CompressionLevel.SmallestSize).Open())
            {
                entry.Write(Encoding.UTF8.GetBytes("FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER\n"));
                var zeros = new byte[1 << 20];
                for (var i = 0; i < 40; i++)
                {
                    entry.Write(zeros);
                }
            }

            using var writer = new StreamWriter(zip.CreateEntry("Connections.csv").Open());
            writer.Write(GoodConnections);
        }

        return path;
    }
}
