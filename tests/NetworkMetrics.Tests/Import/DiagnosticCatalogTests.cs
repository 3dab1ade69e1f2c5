using System.Text.RegularExpressions;
using NetworkMetrics.Import;

namespace NetworkMetrics.Tests.Import;

/// <summary>One catalogue of diagnostic codes, which the sources and docs/diagnostics.md are checked against.</summary>
public sealed partial class DiagnosticCatalogTests
{
    private static string Root => TestSupport.Repository.Root;

    /// <summary>Every code the library's sources report: the literal first argument of Report, Skip, Fail or a new ImportDiagnostic.</summary>
    private static SortedSet<string> CodesInSources()
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Root, "src", "NetworkMetrics"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in Reported().Matches(File.ReadAllText(file)))
            {
                codes.Add(match.Groups["code"].Value);
                if (match.Groups["other"].Success)
                {
                    codes.Add(match.Groups["other"].Value);
                }
            }
        }

        // Reported under the format's own id (MetaHtmlFormat: "an HTML export, request JSON").
        codes.Add("facebook.html-export");
        codes.Add("instagram.html-export");
        return codes;
    }

    [GeneratedRegex(@"(?:Report\(\s*DiagnosticSeverity\.\w+,\s*|Skip\(\s*(?:\w+\s*\?\s*""(?<other>[a-z0-9]+\.[a-z0-9-]+)""\s*:\s*)?|Fail\(\s*|CountUndatedMessage\(\s*|ImportDiagnostic\(\s*DiagnosticSeverity\.\w+,\s*)""(?<code>[a-z0-9]+\.[a-z0-9-]+)""", RegexOptions.ExplicitCapture)]
    private static partial Regex Reported();

    [Fact]
    public void Every_code_the_sources_report_is_in_the_catalogue_and_the_catalogue_holds_no_other()
    {
        var sources = CodesInSources();

        Assert.True(sources.Count > 60, $"only {sources.Count} codes found: the scan is broken");
        Assert.Empty(sources.Except(DiagnosticCatalog.Descriptions.Keys));
        Assert.Empty(DiagnosticCatalog.Descriptions.Keys.Except(sources));
    }

    [Fact]
    public void Every_code_is_documented()
    {
        var docs = File.ReadAllText(Path.Combine(Root, "docs", "diagnostics.md"));

        Assert.All(DiagnosticCatalog.Descriptions, entry => Assert.Contains($"| `{entry.Key}` | {entry.Value} |", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_code_is_described_by_itself()
    {
        Assert.Equal("a date that is not a LinkedIn date", DiagnosticCatalog.Describe("linkedin.bad-date"));
        Assert.Equal("unknown.code", DiagnosticCatalog.Describe("unknown.code"));
    }
}
