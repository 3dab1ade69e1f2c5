using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NetworkMetrics.Import;
using NetworkMetrics.Import.Facebook;
using NetworkMetrics.Import.Twitter;
using NetworkMetrics.Samples;

namespace NetworkMetrics.Benchmarks;

/// <summary>
/// Facebook with 5,000 friends and 1,000,000 messages over 2,000 threads (mojibake strings):
/// the thread parser beside its floor, bare <c>Utf8JsonReader</c> over the same bytes on one
/// thread. Target: 60% of the floor's throughput or more, i.e. a Ratio of 1.67 or less.
/// <c>…Parser</c> is the counting path that <c>inspect</c> runs; <c>…Records</c> builds and keeps
/// every record, as ImportAsync does.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FacebookBenchmarks
{
    private (string Path, byte[] Bytes)[] _threads = [];
    private byte[] _friends = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = BenchmarkData.Generate("facebook", f => FacebookSample.Write(f, BenchmarkData.Scaled(5_000), Math.Max(10, BenchmarkData.Scaled(2_000)), BenchmarkData.Scaled(1_000_000)));
        _threads = [.. Directory.EnumerateFiles(folder, "message_*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)))];
        _friends = File.ReadAllBytes(Directory.EnumerateFiles(folder, "your_friends.json", SearchOption.AllDirectories).Single());
    }

    [Benchmark(Baseline = true), BenchmarkCategory("messages")]
    public long MessagesFloor()
    {
        long total = 0;
        foreach (var (_, bytes) in _threads)
        {
            total += BenchmarkData.JsonFloor(bytes);
        }

        return total;
    }

    [Benchmark, BenchmarkCategory("messages")]
    public long MessagesParser() => EveryThread(BenchmarkData.Parse);

    [Benchmark, BenchmarkCategory("messages")]
    public long MessagesRecords() => EveryThread(BenchmarkData.Read);

    /// <summary>Parses every thread file in turn, one thread, with one of the two paths.</summary>
    private long EveryThread(Func<ExportFormat, byte[], string, int> parse)
    {
        var format = new FacebookMessagesFormat();
        long total = 0;
        foreach (var (path, bytes) in _threads)
        {
            total += parse(format, bytes, path);
        }

        return total;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("friends")]
    public long FriendsFloor() => BenchmarkData.JsonFloor(_friends);

    [Benchmark, BenchmarkCategory("friends")]
    public int FriendsParser() => BenchmarkData.Parse(FacebookFormats.Json[1], _friends, "connections/friends/your_friends.json");

    [Benchmark, BenchmarkCategory("friends")]
    public int FriendsRecords() => BenchmarkData.Read(FacebookFormats.Json[1], _friends, "connections/friends/your_friends.json");
}

/// <summary>
/// X with 100,000 followers and 500,000 DMs: each parser beside its floor (bare
/// <c>Utf8JsonReader</c> over the same bytes, one thread). Target: a Ratio of 1.67 or less.
/// <c>…Parser</c> is the counting path that <c>inspect</c> runs; <c>…Records</c> builds and keeps
/// every record, as ImportAsync does.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TwitterBenchmarks
{
    private byte[] _messages = [];
    private byte[] _followers = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = BenchmarkData.Generate("twitter", f => TwitterSample.Write(f, BenchmarkData.Scaled(100_000), BenchmarkData.Scaled(2_000), BenchmarkData.Scaled(5_000), BenchmarkData.Scaled(500_000)));
        _messages = File.ReadAllBytes(Directory.EnumerateFiles(folder, "direct-messages.js", SearchOption.AllDirectories).Single());
        _followers = File.ReadAllBytes(Directory.EnumerateFiles(folder, "follower.js", SearchOption.AllDirectories).Single());
    }

    [Benchmark(Baseline = true), BenchmarkCategory("direct-messages")]
    public long MessagesFloor() => BenchmarkData.JsonFloor(_messages);

    [Benchmark, BenchmarkCategory("direct-messages")]
    public int MessagesParser() => BenchmarkData.Parse(new DirectMessagesFormat(byContent: false), _messages, "data/direct-messages.js");

    [Benchmark, BenchmarkCategory("direct-messages")]
    public int MessagesRecords() => BenchmarkData.Read(new DirectMessagesFormat(byContent: false), _messages, "data/direct-messages.js");

    [Benchmark(Baseline = true), BenchmarkCategory("followers")]
    public long FollowersFloor() => BenchmarkData.JsonFloor(_followers);

    [Benchmark, BenchmarkCategory("followers")]
    public int FollowersParser() => BenchmarkData.Parse(new FollowFormat(followers: true, byContent: false), _followers, "data/follower.js");

    [Benchmark, BenchmarkCategory("followers")]
    public int FollowersRecords() => BenchmarkData.Read(new FollowFormat(followers: true, byContent: false), _followers, "data/follower.js");
}
