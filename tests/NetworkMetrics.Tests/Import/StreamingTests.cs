namespace NetworkMetrics.Tests.Import;

/// <summary>The streaming API over several platforms.</summary>
public sealed class StreamingTests
{
    [Fact]
    public async Task Streaming_yields_the_records_the_materialised_import_holds_and_one_owner_per_platform()
    {
        string[] inputs = [Fixtures.Path("Facebook/2023"), Fixtures.Path("Twitter/2023"), Fixtures.Path("LinkedIn/2024")];
        var records = new List<ExportRecord>();
        var diagnostics = new List<ImportDiagnostic>();
        await foreach (var record in ExportImporter.ReadAsync(inputs, onDiagnostic: diagnostics.Add))
        {
            records.Add(record);
        }

        var result = await ExportImporter.ImportAsync(inputs);

        Assert.Equal(result.Snapshots.Sum(s => s.Ties.Length), records.OfType<Tie>().Count());
        Assert.Equal(result.Snapshots.Sum(s => s.Interactions.Length), records.OfType<Interaction>().Count());
        var owners = records.OfType<ExportOwner>().GroupBy(o => o.Platform).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1, owners[Platform.LinkedIn]);
        Assert.InRange(owners[Platform.Facebook], 1, 2); // an inference from a group thread, then a surer one from a one-to-one thread
        Assert.Equal(result.Latest(Platform.Facebook)!.Owner, records.OfType<ExportOwner>().Last(o => o.Platform == Platform.Facebook).Account);
        Assert.Equal(result.Diagnostics.Length, diagnostics.Count);
    }
}
