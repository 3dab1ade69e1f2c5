using NetworkMetrics.Tests.Samples;
using NetworkMetrics.Tests.TestSupport;

namespace NetworkMetrics.Tests.Cli;

/// <summary><c>netmetrics demo</c> tells the story in numbers; <c>netmetrics report</c> writes one private, offline page.</summary>
public sealed class DemoReportCliTests(StoryFixture story) : IClassFixture<StoryFixture>
{
    [Fact]
    public async Task Demo_prints_the_story_and_ends_with_the_report_path()
    {
        using var dir = new TempDir();
        var (code, stdout, stderr) = await Run.Cli("demo", "--out", dir.Path);

        Assert.True(code == 0, stderr);
        Assert.Contains("Before the reset: LinkedIn 401 connections, Facebook 306 friends, X 486 followings.", stdout, StringComparison.Ordinal);
        Assert.Contains("LinkedIn   163 now: ", stdout, StringComparison.Ordinal);
        Assert.Contains("Facebook    98 now: ", stdout, StringComparison.Ordinal);
        Assert.Contains("X          214 now: ", stdout, StringComparison.Ordinal);
        Assert.Contains("Does the cream rise? Yes", stdout, StringComparison.Ordinal);
        Assert.Contains("What you can do today:", stdout, StringComparison.Ordinal);
        // The planted owed reply is the first thing to do.
        var owed = story.Manifest.Person(story.Manifest.OwedReply.Person).Name;
        Assert.Contains($"  1. reply {owed}:", stdout, StringComparison.Ordinal);
        var last = stdout.TrimEnd().Split('\n')[^1];
        Assert.Equal(Path.Combine(dir.Path, "report.html"), last);
        Assert.True(File.Exists(last));
        Assert.True(File.Exists(Path.Combine(dir.Path, "exports", "before", Path.GetFileName(story.Manifest.Before.LinkedIn))));
    }

    [Fact]
    public async Task Report_with_before_shows_the_rebuild_and_embeds_no_message_text()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "mine.html");
        var (code, stdout, stderr) = await Run.Cli(["report", .. story.Manifest.After.All, "--before", .. story.Manifest.Before.All, "--out", file]);

        Assert.True(code == 0, stderr);
        Assert.Equal(file, stdout.Trim());
        var html = await File.ReadAllTextAsync(file);
        Assert.Contains("Rebuild since the reset", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"no-before\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("://cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        // No message text: the persona's messages are in the import (with content) but never on the page.
        var texts = story.After.Interactions.Select(i => i.Content).OfType<string>().Where(t => t.Length >= 12).Distinct().Take(200).ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(t), html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Report_without_before_says_what_a_before_export_would_add()
    {
        using var dir = new TempDir();
        var file = Path.Combine(dir.Path, "now.html");
        var (code, _, stderr) = await Run.Cli(["report", .. story.Manifest.After.All, "--out", file]);

        Assert.True(code == 0, stderr);
        var html = await File.ReadAllTextAsync(file);
        Assert.Contains("id=\"no-before\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pseudonymized_report_names_nobody()
    {
        using var dir = new TempDir();
        var keyFile = Path.Combine(dir.Path, "key");
        await File.WriteAllTextAsync(keyFile, "a key of at least sixteen bytes");
        var file = Path.Combine(dir.Path, "p.html");
        var (code, _, stderr) = await Run.Cli(["report", .. story.Manifest.After.All, "--before", .. story.Manifest.Before.All, "--out", file, "--pseudonymize", "--key-file", keyFile]);

        Assert.True(code == 0, stderr);
        var html = await File.ReadAllTextAsync(file);
        Assert.DoesNotContain(story.Manifest.Owner.Name, html, StringComparison.Ordinal);
        foreach (var person in story.Manifest.People.Take(80))
        {
            Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(person.Name), html, StringComparison.Ordinal);
        }
    }
}
