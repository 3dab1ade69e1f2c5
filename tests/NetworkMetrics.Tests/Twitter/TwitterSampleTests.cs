using System.Security.Cryptography;
using NetworkMetrics.Samples;

namespace NetworkMetrics.Tests.Twitter;

/// <summary>The synthetic X archive generator: exact sizes, determinism, and a layout the parsers read without complaint.</summary>
public sealed class TwitterSampleTests
{
    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(7, 3, 2, 5)]
    [InlineData(120, 45, 12, 400)]
    [InlineData(30, 10, 3, 2_500)] // conversations over 1,000 messages are split with overlaps
    [InlineData(10, 10, 20, 4)] // fewer messages than conversations
    public void Sample_has_exactly_the_requested_counts(int followers, int following, int conversations, int messages)
    {
        using var dir = new TempDir();
        TwitterSample.Write(dir.Path, followers, following, conversations, messages, seed: 3);

        var summary = Run.Inspect(dir.Path);
        var counts = summary.Counts(Platform.Twitter);

        Assert.Equal((following, followers, messages), (counts.Following, counts.Followers, counts.Messages));
        Assert.DoesNotContain(summary.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("Sam Ple 🌍", summary.Platforms.Single().Owner?.Name);
        Assert.Equal(TwitterSample.ExportedAt, summary.Platforms.Single().ExportedAt);
    }

    [Fact]
    public void Large_lists_are_split_into_parts_the_manifest_lists()
    {
        using var dir = new TempDir();
        TwitterSample.Write(dir.Path, followers: 120_000, following: 10, dmConversations: 1, messages: 1);

        Assert.True(File.Exists(Path.Combine(dir.Path, "data", "follower-part2.js")));
        var summary = Run.Inspect(dir.Path);
        Assert.Equal(120_000, summary.Counts(Platform.Twitter).Followers);
        Assert.Equal(3, summary.Files.Count(f => f.Format == "twitter.follower.2020"));
        Assert.DoesNotContain(summary.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Same_seed_gives_the_same_bytes_and_another_seed_differs()
    {
        using var dir = new TempDir();
        var a = Path.Combine(dir.Path, "a");
        var b = Path.Combine(dir.Path, "b");
        var c = Path.Combine(dir.Path, "c");
        TwitterSample.Write(a, 50, 40, 12, 300, seed: 7);
        TwitterSample.Write(b, 50, 40, 12, 300, seed: 7);
        TwitterSample.Write(c, 50, 40, 12, 300, seed: 8);

        Assert.Equal(Hash(a), Hash(b));
        Assert.NotEqual(Hash(a), Hash(c));
    }

    [Fact]
    public void Sample_group_conversations_have_changing_audiences_and_named_accounts()
    {
        using var dir = new TempDir();
        TwitterSample.Write(dir.Path, 200, 100, 20, 600, seed: 5);

        var snapshot = Run.Import(dir.Path).Latest(Platform.Twitter)!;

        Assert.Contains(snapshot.Interactions, i => i.Channel == InteractionChannel.GroupMessage && i.Audience >= 2);
        Assert.Contains(snapshot.Interactions, i => i.Channel == InteractionChannel.Reaction);
        Assert.Contains(snapshot.Interactions, i => i.Channel == InteractionChannel.Reply);
        Assert.Contains(snapshot.Accounts, a => a.Handle is not null && a.Name is not null);
        Assert.Equal(TwitterSample.OwnerId, snapshot.Owner!.Id);
    }

    private static string Hash(string folder)
    {
        using var sha = SHA256.Create();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }

        sha.TransformFinalBlock([], 0, 0);
        return Convert.ToHexString(sha.Hash!);
    }
}
