using NetworkMetrics.Samples;

namespace NetworkMetrics.Tests.Facebook;

/// <summary>The synthetic Facebook export: deterministic, and read back with the counts it promises.</summary>
public sealed class FacebookSampleTests
{
    [Fact]
    public void The_sample_is_read_back_with_exact_counts()
    {
        using var temp = new TempDir();
        var expected = FacebookSample.Write(temp.Path, friends: 120, threads: 2, messages: 25_000, seed: 7);

        var summary = Run.Inspect(temp.Path);

        var platform = Assert.Single(summary.Platforms);
        Assert.Equal(Platform.Facebook, platform.Platform);
        Assert.Equal(expected.Owner, platform.Owner?.Name);
        var counts = platform.Counts;
        Assert.Equal(expected.Connections, counts.Connections);
        Assert.Equal(expected.Following, counts.Following);
        Assert.Equal(expected.Followers, counts.Followers);
        Assert.Equal(expected.Removed, counts.Removed);
        Assert.Equal(expected.Requests, counts.Requests);
        Assert.Equal(25_000, counts.Messages);
        Assert.Empty(summary.Diagnostics);
        // 25,000 messages in 2 threads: every thread is split into message_1.json and message_2.json.
        Assert.Equal(4, summary.Files.Count(f => f.Format == "facebook.messages.2024"));
    }

    [Fact]
    public void Split_threads_are_one_conversation_each_with_group_audience()
    {
        using var temp = new TempDir();
        var expected = FacebookSample.Write(temp.Path, friends: 30, threads: 10, messages: 400, seed: 3);

        var snapshot = Run.Import(temp.Path).Latest(Platform.Facebook)!;

        Assert.Equal(400, snapshot.Interactions.Count(i => i.Channel is InteractionChannel.DirectMessage or InteractionChannel.GroupMessage));
        Assert.Equal(expected.Threads, snapshot.Interactions.Select(i => i.ConversationId).Distinct().Count());
        Assert.Equal(2, snapshot.Interactions.Where(i => i.Channel == InteractionChannel.GroupMessage).Select(i => i.ConversationId).Distinct().Count());
        Assert.Contains(snapshot.Interactions, i => i.Direction == InteractionDirection.Outgoing);
        Assert.Contains(snapshot.Interactions, i => i.Direction == InteractionDirection.Incoming);
        Assert.DoesNotContain(snapshot.Accounts, a => a.Name!.Contains('Ã', StringComparison.Ordinal) || a.Name.Contains('ð', StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        FacebookSample.Write(a.Path, friends: 40, threads: 4, messages: 300, seed: 11);
        FacebookSample.Write(b.Path, friends: 40, threads: 4, messages: 300, seed: 11);

        var files = Directory.EnumerateFiles(a.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Path, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(b.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b.Path, f)).Order(StringComparer.Ordinal));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(a.Path, f)), File.ReadAllBytes(Path.Combine(b.Path, f))));
    }
}
