using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NetworkMetrics.Import;
using NetworkMetrics.Import.LinkedIn;
using NetworkMetrics.Samples;

namespace NetworkMetrics.Benchmarks;

/// <summary>
/// LinkedIn at its 30,000-connection cap with 500,000 messages: each parser beside its floor
/// (CsvHelper reading every field as a span over the same bytes, one thread). Target: 50% of
/// the floor's throughput or more, i.e. a Ratio of 2.0 or less. <c>…Parser</c> is the counting
/// path that <c>inspect</c> runs; <c>…Records</c> builds and keeps every record, as ImportAsync does.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LinkedInBenchmarks
{
    private byte[] _connections = [];
    private byte[] _messages = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = BenchmarkData.Generate("linkedin", f => LinkedInSample.Write(f, BenchmarkData.Scaled(30_000), BenchmarkData.Scaled(500_000)));
        _connections = File.ReadAllBytes(Path.Combine(folder, "Connections.csv"));
        _messages = File.ReadAllBytes(Path.Combine(folder, "messages.csv"));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("connections")]
    public long ConnectionsFloor() => BenchmarkData.CsvFloor(_connections);

    [Benchmark, BenchmarkCategory("connections")]
    public int ConnectionsParser() => BenchmarkData.Parse(new ConnectionsFormat(), _connections, "Connections.csv");

    [Benchmark, BenchmarkCategory("connections")]
    public int ConnectionsRecords() => BenchmarkData.Read(new ConnectionsFormat(), _connections, "Connections.csv");

    [Benchmark(Baseline = true), BenchmarkCategory("messages")]
    public long MessagesFloor() => BenchmarkData.CsvFloor(_messages);

    [Benchmark, BenchmarkCategory("messages")]
    public int MessagesParser() => BenchmarkData.Parse(new MessagesFormat(), _messages, "messages.csv");

    [Benchmark, BenchmarkCategory("messages")]
    public int MessagesRecords() => BenchmarkData.Read(new MessagesFormat(), _messages, "messages.csv");
}

/// <summary>The whole import of the generated LinkedIn export from its folder, as <c>netmetrics inspect</c> runs it.</summary>
[MemoryDiagnoser]
public class InspectBenchmarks
{
    private string _linkedIn = string.Empty;

    [GlobalSetup]
    public void Setup() =>
        _linkedIn = BenchmarkData.Generate("linkedin", f => LinkedInSample.Write(f, BenchmarkData.Scaled(30_000), BenchmarkData.Scaled(500_000)));

    [Benchmark]
    public async Task<int?> InspectLinkedIn()
    {
        var summary = await ExportImporter.InspectAsync([_linkedIn]).ConfigureAwait(false);
        return summary.Platforms[0].Counts.Messages;
    }

    [Benchmark]
    public async Task<int> ImportLinkedIn()
    {
        var result = await ExportImporter.ImportAsync([_linkedIn]).ConfigureAwait(false);
        return result.Snapshots[0].Interactions.Length;
    }
}
