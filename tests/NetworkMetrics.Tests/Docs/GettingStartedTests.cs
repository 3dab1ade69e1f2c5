using System.Text.RegularExpressions;
using NetworkMetrics.Tests.Samples;
using NetworkMetrics.Tests.TestSupport;

namespace NetworkMetrics.Tests.Docs;

/// <summary>docs/getting-started.md shows exactly the compiled code of <see cref="GettingStartedSnippets"/>, and that code runs.</summary>
public sealed partial class GettingStartedTests(StoryFixture story) : IClassFixture<StoryFixture>
{
    [Fact]
    public void Every_snippet_on_the_page_is_the_compiled_code()
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "getting-started.md")).ReplaceLineEndings("\n");
        var source = File.ReadAllText(Path.Combine(Repository.Root, "tests", "NetworkMetrics.Tests", "Docs", "GettingStartedSnippets.cs")).ReplaceLineEndings("\n");
        var regions = Region().Matches(source).ToDictionary(m => m.Groups[1].Value, m => Dedent(m.Groups[2].Value));
        var snippets = Snippet().Matches(doc).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        Assert.Equal(["fit", "import", "people", "rebuild", "score"], snippets.Keys.Order());
        Assert.Equal(regions.Keys.Order(), snippets.Keys.Order());
        foreach (var (name, code) in snippets)
        {
            Assert.True(regions[name] == code, $"docs/getting-started.md, snippet '{name}', differs from GettingStartedSnippets.cs:\n{code}\n---\n{regions[name]}");
        }
    }

    [Fact]
    public async Task The_snippets_run_on_the_story_sample()
    {
        var output = Console.Out;
        using var capture = new StringWriter();
        Console.SetOut(capture);
        try
        {
            var after = await GettingStartedSnippets.Import([.. story.Manifest.After.All]);
            var before = await GettingStartedSnippets.Import([.. story.Manifest.Before.All]);
            var people = GettingStartedSnippets.People(after);
            var scores = GettingStartedSnippets.Score(after, people, story.Manifest.AsOf);
            var rebuild = GettingStartedSnippets.Rebuild(before, after);
            var fits = GettingStartedSnippets.Fit();

            Assert.Equal(163, rebuild.For(Platform.LinkedIn)!.After);
            Assert.True(people.People.Length < after.Accounts.Length);
            Assert.NotEmpty(scores.Today);
            Assert.NotNull(fits.Best);
        }
        finally
        {
            Console.SetOut(output);
        }

        var text = capture.ToString();
        Assert.Contains("LinkedIn: ", text, StringComparison.Ordinal);
        Assert.Contains("reaches 180 at day", text, StringComparison.Ordinal);
    }

    private static string Dedent(string text)
    {
        var lines = text.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    [GeneratedRegex(@"#region (\w+)\n(.*?)\n\s*#endregion", RegexOptions.Singleline)]
    private static partial Regex Region();

    [GeneratedRegex(@"<!-- snippet: (\w+) -->\n```csharp\n(.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Snippet();
}
