using NetworkMetrics.Import;
using NetworkMetrics.Samples;

namespace NetworkMetrics.Tests.Import;

/// <summary>
/// <c>inspect</c> of a platform with one snapshot counts records without building them (the
/// parsers' counting path); <c>ImportAsync</c> builds every record. Both must give the same
/// counts, owners and diagnostics, for every fixture (hostile ones included) and for the
/// generated samples the benchmarks measure.
/// </summary>
public sealed class CountingPathTests
{
    /// <summary>Every fixture input: Platform/generation, and each case of the fuzzing regressions.</summary>
    public static TheoryData<string> FixtureInputs()
    {
        var root = Fixtures.Path(string.Empty);
        var data = new TheoryData<string>();
        foreach (var platform in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            foreach (var input in Directory.EnumerateDirectories(platform).Order(StringComparer.Ordinal))
            {
                IEnumerable<string> cases = Path.GetFileName(platform) == "Fuzz" ? Directory.EnumerateDirectories(input).Order(StringComparer.Ordinal) : [input];
                foreach (var path in cases)
                {
                    data.Add(Path.GetRelativePath(root, path).Replace('\\', '/'));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FixtureInputs))]
    public void Inspect_counts_what_import_reads(string fixture)
    {
        AssertSameCounts(Fixtures.Path(fixture));
    }

    /// <summary>The files of <c>Fixtures/Renamed</c>, each given on its own (recognised by content).</summary>
    public static TheoryData<string> RenamedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Fixtures.Path("Renamed")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RenamedFiles))]
    public void Inspect_counts_what_import_reads_in_renamed_files_given_alone(string file)
    {
        var summary = AssertSameCounts(Fixtures.Path("Renamed/" + file));

        Assert.NotEmpty(summary.Files);
    }

    [Fact]
    public void Inspect_counts_what_import_reads_in_the_generated_samples()
    {
        using var temp = new TempDir();
        string Sub(string name) => Path.Combine(temp.Path, name);
        LinkedInSample.Write(Sub("linkedin"), 300, 3_000);
        FacebookSample.Write(Sub("facebook"), 200, 40, 3_000);
        InstagramSample.Write(Sub("instagram"), 200, 30, 2_000);
        TwitterSample.Write(Sub("twitter"), 500, 100, 60, 3_000);

        var summary = AssertSameCounts(Sub("linkedin"), Sub("facebook"), Sub("instagram"), Sub("twitter"));

        Assert.Equal(4, summary.Platforms.Length);
        Assert.All(summary.Platforms, p => Assert.True(p.Counts.Messages > 0, $"{p.Platform}: no messages counted"));
    }

    [Fact]
    public void Inspect_counts_what_import_reads_in_threads_written_oddly()
    {
        using var temp = new TempDir();
        void Thread(string folder, string json)
        {
            var path = Path.Combine(temp.Path, "your_facebook_activity", "messages", "inbox", folder, "message_1.json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, json);
        }

        // Messages before the participants and the title, each field order, a notice whose sender is
        // named after its text, ASCII written as escapes, a sender written two ways, a lone surrogate.
        Thread("lan_1", """
            {"messages": [
              {"content": "Lan Nguy\u00e1\u00bb\u0085n left the group", "timestamp_ms": 1700000000000, "sender_name": "Lan Nguy\u00e1\u00bb\u0085n"},
              {"sender_name": "Ama", "content": "Lan Nguy\u00e1\u00bb\u0085n left the group", "timestamp_ms": 1700000001000, "sender_name": "Lan Nguy\u00e1\u00bb\u0085n"},
              {"sender_name": "Ama", "content": "\u0059ou named the group Study", "timestamp_ms": 1700000002000},
              {"sender_name": "\u0041ma", "content": "Ama left the group.", "timestamp_ms": 1700000003000},
              {"sender_name": "Ama", "content": "\u00c3\u0089t\u00c3\u00a9", "timestamp_ms": 1700000004000},
              {"sender_name": "Ama", "content": "lone \ud83d", "timestamp_ms": 1700000005000},
              {"sender_name": "Ama", "content": " You left the group", "timestamp_ms": 1700000006000},
              {"sender_name": "Ama", "content": "", "timestamp_ms": 1700000007000},
              {"sender_name": "Ama", "content": null, "content": "\u00e2\u0080\u0099You left the group", "timestamp_ms": 1700000008000}
            ],
            "participants": [{"name": "Lan Nguy\u00e1\u00bb\u0085n"}, {"name": "Ama"}], "title": "Ama"}
            """);

        // A one-to-one thread cut before its title: the held messages are lost both ways.
        Thread("kofi_2", """
            {"participants": [{"name": "Kofi"}, {"name": "Ama"}], "messages": [
              {"sender_name": "Kofi", "timestamp_ms": 1700000100000, "content": "hi"},
              {"sender_name": "Ama", "timestamp_ms": 1700000200000, "content": "hello"},
              {"sender_name": "Kofi", "timestamp_ms": 170000030
            """);

        var summary = AssertSameCounts(temp.Path);

        Assert.True(summary.Platforms.Single().Counts.Messages > 0);
    }

    [Fact]
    public void Inspect_counts_what_import_reads_in_odd_follower_ids()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(Path.Combine(temp.Path, "data"));
        File.WriteAllText(Path.Combine(temp.Path, "data", "follower.js"), """
            window.YTD.follower.part0 = [
              {"follower": {"accountId": "12"}},
              {"follower": {"accountId": "\u0031\u0033", "userLink": "https://twitter.com/intent/user?user_id=13"}},
              {"follower": {"accountId": 14, "userLink": "   "}},
              {"follower": {"accountId": " 15 "}},
              {"follower": {"accountId": "0016"}},
              {"follower": {"accountId": "1234567890123456789"}},
              {"follower": {"accountId": "9999999999999999999"}},
              {"follower": {"accountId": "0"}},
              {"follower": {"accountId": "000"}},
              {"follower": {"accountId": ""}},
              {"follower": {"accountId": null}},
              {"follower": {"accountId": "12a"}},
              {"follower": {"accountId": "-17"}},
              {"follower": {"userLink": "https://twitter.com/intent/user?user_id=18"}},
              {"accountId": "19", "userLink": "https://twitter.com/intent/user?user_id=19 \ud83d"},
              "not an object",
              {"follower": {"accountId": "20", "accountId": "x"}},
              {"follower": {"accountId": "x", "accountId": "21"}}
            ]
            """);

        var summary = AssertSameCounts(temp.Path);

        Assert.True(summary.Platforms.Single().Counts.Followers > 0);
    }

    private static ImportSummary AssertSameCounts(params string[] inputs)
    {
        var summary = Run.Inspect(inputs);
        var result = Run.Import(inputs);

        Assert.Equal(
            result.Summaries.Select(p => (p.Platform, p.Counts, Owner(p, recordPath: true), p.ExportedAt, p.ExportedAtSource, p.Snapshots)),
            summary.Platforms.Select(p => (p.Platform, p.Counts, Owner(p, recordPath: false), p.ExportedAt, p.ExportedAtSource, p.Snapshots)));
        Assert.Equal(Describe(result.Diagnostics), Describe(summary.Diagnostics));
        return summary;
    }

    /// <summary>
    /// The owner as inspect shows it (name, else handle, else id), with how it was known. The one owner only the record path
    /// knows is LinkedIn's inferred from messages.csv without a Profile.csv: the counting path does not read the senders' names.
    /// </summary>
    private static (string?, OwnerSource?) Owner(PlatformSummary summary, bool recordPath) =>
        recordPath && summary.Platform == Platform.LinkedIn && summary.OwnerSource == OwnerSource.Inferred
            ? (null, null)
            : (summary.Owner?.Name ?? summary.Owner?.Handle ?? summary.Owner?.Id, summary.OwnerSource);

    /// <summary>The diagnostics both paths must give, one line each, in order.</summary>
    public static IEnumerable<string> Describe(IEnumerable<ImportDiagnostic> diagnostics) =>
        diagnostics.Where(d => !ParseContext.RecordPathOnlyDiagnostics.Contains(d.Code)).Select(d => $"{d.Severity} {d.Code} {d.File}:{d.Line}#{d.Record} {d.Message}");
}
