using NetworkMetrics.Tests.TestSupport;
using NetworkMetrics.Archives;
using NetworkMetrics.Import;

namespace NetworkMetrics.Tests.Hostile;

/// <summary>
/// The inputs that the coverage-guided fuzzer (fuzz/, docs/fuzzing.md) found crashing or hanging,
/// kept under <c>Fixtures/Fuzz/&lt;target&gt;/&lt;finding&gt;/&lt;real export file name&gt;</c>
/// after the fix. Each is run the way the harness ran it (the format's parser on the bytes,
/// lenient and strict) and through the public API (lenient: no exception; strict: only
/// <see cref="ExportFormatException"/>).
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Every finding: its target (a format id, or zip / tar.gz / json-reader) and its folder,
    /// which holds one file under its export path (<c>messages.csv</c>, <c>your_facebook_activity/messages/inbox/…/message_1.json</c>).
    /// </summary>
    public static TheoryData<string, string> Findings()
    {
        var data = new TheoryData<string, string>();
        var root = Fixtures.Path("Fuzz");
        foreach (var target in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            foreach (var finding in Directory.EnumerateDirectories(target).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(target), Path.GetFileName(target) + "/" + Path.GetFileName(finding));
            }
        }

        return data;
    }

    [Fact]
    public void The_findings_are_kept()
    {
        Assert.NotEmpty(Findings());
    }

    [Theory]
    [MemberData(nameof(Findings))]
    public void A_finding_ends_in_records_or_the_bad_input_exception(string target, string finding)
    {
        var folder = Fixtures.Path("Fuzz/" + finding);
        var file = Assert.Single(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
        var entryPath = Path.GetRelativePath(folder, file).Replace('\\', '/');
        var bytes = File.ReadAllBytes(file);
        string input;
        if (FormatRegistry.All.FirstOrDefault(f => f.Id == target) is { } format)
        {
            // As the harness ran it: the parser on the bytes, under the export path.
            Assert.NotEqual(PathMatch.No, format.MatchPath(entryPath.ToLowerInvariant(), Path.GetFileName(entryPath).ToLowerInvariant()));
            foreach (var strict in new[] { false, true })
            {
                var outcome = Within(() => Parse(format, entryPath, bytes, strict));
                Assert.True(outcome is null or ExportFormatException || ImportEngine.IsDataError(outcome),
                    $"{finding} ({(strict ? "strict" : "lenient")}): the parser threw {outcome}");
            }

            input = folder;
        }
        else if (target == "json-reader")
        {
            foreach (var javaScript in new[] { false, true })
            {
                var outcome = Within(() => ReadJson(bytes, javaScript));
                Assert.True(outcome is null or ExportFormatException || ImportEngine.IsDataError(outcome),
                    $"{finding}: the JSON reader threw {outcome}");
            }

            input = folder;
        }
        else
        {
            input = file; // zip, tar.gz: the archive itself
        }

        // Through the public API.
        var lenient = Within(() => Run.Import(input));
        Assert.True(lenient is null, $"{finding}: lenient import threw {lenient}");
        var strictImport = Within(() => Run.InspectStrict(input));
        Assert.True(strictImport is null or ExportFormatException, $"{finding}: strict import threw {strictImport}");
    }

    [Fact]
    public void A_repeated_key_in_an_instagram_list_keeps_the_first_value_and_the_reader_in_step()
    {
        // The fuzzer's instagram.followers finding, reduced: "timestamp" twice. The second value was
        // left unread, so the parser took the number 16 for a property name and threw.
        using var temp = new TempDir();
        temp.Write("export/connections/followers_and_following/followers_1.json", """
            [ { "title": "", "media_list_data": [], "string_list_data": [
                { "href": "https://www.instagram.com/kaito.sato", "value": "kaito.sato", "timestamp": 1700000000, "timestamp": 16, "value": "other" } ] },
              { "title": "", "media_list_data": [], "string_list_data": [
                { "href": "https://www.instagram.com/lena.m", "value": "lena.m", "timestamp": 1700000001 } ] } ]
            """);

        var result = Run.Import(Path.Combine(temp.Path, "export"));

        Assert.Empty(result.Diagnostics);
        var ties = Assert.Single(result.Snapshots).Ties;
        Assert.Equal(["kaito.sato", "lena.m"], ties.Select(t => t.Id()));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), ties[0].Since);
    }

    private static void Parse(ExportFormat format, string path, byte[] bytes, bool strict)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var context = new ParseContext(new ArchiveEntry(0, path, path, bytes.Length, null), format,
            ImportOptions.Default with { Strict = strict, IncludeContent = !strict }, new CollectingSink(), null, CancellationToken.None);
        format.Parse(stream, context);
    }

    private static void ReadJson(byte[] bytes, bool javaScript)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var context = new ParseContext(new ArchiveEntry(0, "data/finding.js", "data/finding.js", bytes.Length, null), FormatRegistry.All[0],
            ImportOptions.Default, new CountingSink(false), null, CancellationToken.None);
        using var json = JsonStreamReader.Create(stream, context, javaScript);
        while (json.Read())
        {
            if (json.TokenType is System.Text.Json.JsonTokenType.PropertyName or System.Text.Json.JsonTokenType.String)
            {
                _ = json.ValueTextEquals("name"u8);
            }

            _ = json.GetString();
        }
    }

    /// <summary>Runs an action with a hang timeout; returns what it threw.</summary>
    private static Exception? Within(Action action)
    {
        var task = Task.Run(action);
        try
        {
            return task.Wait(HangTimeout) ? null : new TimeoutException($"no result within {HangTimeout.TotalSeconds} s (a hang)");
        }
        catch (AggregateException ex)
        {
            return ex.InnerException;
        }
    }
}
