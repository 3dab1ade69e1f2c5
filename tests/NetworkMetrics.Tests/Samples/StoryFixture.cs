using NetworkMetrics.Samples.Story;

namespace NetworkMetrics.Tests.Samples;

/// <summary>The default story, written once for the tests of a class and read back with the real importer.</summary>
public sealed class StoryFixture : IDisposable
{
    private readonly TempDir _temp = new();

    public StoryFixture()
    {
        Manifest = StorySample.Write(_temp.Path);
        Before = Run.Import([.. Manifest.Before.All]);
        After = Run.Import([.. Manifest.After.All]);
        BeforeSummary = Run.Inspect([.. Manifest.Before.All]);
        AfterSummary = Run.Inspect([.. Manifest.After.All]);
    }

    public StoryManifest Manifest { get; }

    public ImportResult Before { get; }

    public ImportResult After { get; }

    public ImportSummary BeforeSummary { get; }

    public ImportSummary AfterSummary { get; }

    public string Directory => _temp.Path;

    public void Dispose() => _temp.Dispose();
}
