using NetworkMetrics.Samples;

namespace NetworkMetrics.Tests.LinkedIn;

/// <summary>The synthetic LinkedIn generator the benchmarks use writes what it says, identically for a seed.</summary>
public sealed class LinkedInSampleTests
{
    [Fact]
    public void The_generated_export_has_the_requested_counts()
    {
        using var temp = new TempDir();
        LinkedInSample.Write(temp.Path, connections: 300, messages: 1_000, seed: 3);

        var summary = Run.Inspect(temp.Path);

        var counts = summary.Counts(Platform.LinkedIn);
        Assert.Equal(300, counts.Connections);
        Assert.Equal(1_000, counts.Messages);
        Assert.Equal(200, counts.Invitations);
        Assert.Empty(summary.Diagnostics);
        Assert.Equal("Avery Quill", summary.Platforms[0].Owner!.Name);
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        LinkedInSample.Write(a.Path, 50, 100, seed: 9);
        LinkedInSample.Write(b.Path, 50, 100, seed: 9);

        foreach (var file in Directory.GetFiles(a.Path))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(b.Path, Path.GetFileName(file))));
        }
    }
}
