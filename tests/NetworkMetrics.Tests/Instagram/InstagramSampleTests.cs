using NetworkMetrics.Samples;

namespace NetworkMetrics.Tests.Instagram;

/// <summary>The synthetic Instagram export: deterministic, and read back with the counts it promises.</summary>
public sealed class InstagramSampleTests
{
    [Fact]
    public void The_sample_is_read_back_with_exact_counts()
    {
        using var temp = new TempDir();
        var expected = InstagramSample.Write(temp.Path, followers: 6_000, threads: 7, messages: 1_500, seed: 5);

        var summary = Run.Inspect(temp.Path);

        var platform = Assert.Single(summary.Platforms);
        Assert.Equal(Platform.Instagram, platform.Platform);
        Assert.Equal(expected.Owner, platform.Owner?.Name);
        Assert.Equal(expected.Following, platform.Counts.Following);
        Assert.Equal(6_000, platform.Counts.Followers);
        Assert.Equal(expected.Removed, platform.Counts.Removed);
        Assert.Equal(expected.Requests, platform.Counts.Requests);
        Assert.Equal(1_500, platform.Counts.Messages);
        Assert.Empty(summary.Diagnostics);
        Assert.Equal(2, summary.Files.Count(f => f.Format.StartsWith("instagram.followers", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_same_seed_writes_the_same_export()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        InstagramSample.Write(a.Path, followers: 50, threads: 3, messages: 90, seed: 2);
        InstagramSample.Write(b.Path, followers: 50, threads: 3, messages: 90, seed: 2);

        var files = Directory.EnumerateFiles(a.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Path, f)).Order(StringComparer.Ordinal).ToList();
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(a.Path, f)), File.ReadAllBytes(Path.Combine(b.Path, f))));
        Assert.Equal(Run.Inspect(a.Path).Counts(Platform.Instagram), Run.Inspect(b.Path).Counts(Platform.Instagram));
    }
}
