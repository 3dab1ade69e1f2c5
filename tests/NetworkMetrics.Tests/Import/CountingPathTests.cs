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
    /// <summary>
    /// Diagnostics about what only the record path reads: the direction of LinkedIn messages
    /// (guessed when no profile names the owner), and invalid UTF-8, which is found in the
    /// texts a parser decodes (names, contents) and not searched for in the bytes it skips.
    /// </summary>
    public static readonly IReadOnlySet<string> RecordPathOnly = new HashSet<string>(StringComparer.Ordinal)
    {
        "linkedin.owner-unknown", "csv.invalid-utf8", "json.invalid-utf8",
    };

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

    private static ImportSummary AssertSameCounts(params string[] inputs)
    {
        var summary = Run.Inspect(inputs);
        var result = Run.Import(inputs);

        Assert.Equal(
            result.Summarize().Select(p => (p.Platform, p.Counts, p.Owner?.Id, p.ExportedAt, p.Snapshots)),
            summary.Platforms.Select(p => (p.Platform, p.Counts, p.Owner?.Id, p.ExportedAt, p.Snapshots)));
        Assert.Equal(Describe(result.Diagnostics), Describe(summary.Diagnostics));
        return summary;
    }

    /// <summary>The diagnostics both paths must give, one line each, in order.</summary>
    public static IEnumerable<string> Describe(IEnumerable<ImportDiagnostic> diagnostics) =>
        diagnostics.Where(d => !RecordPathOnly.Contains(d.Code)).Select(d => $"{d.Severity} {d.Code} {d.File}:{d.Line}#{d.Record} {d.Message}");
}
