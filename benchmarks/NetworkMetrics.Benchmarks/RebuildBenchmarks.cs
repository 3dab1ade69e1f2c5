using BenchmarkDotNet.Attributes;
using NetworkMetrics.Rebuild;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Benchmarks;

/// <summary>
/// The rebuild analysis over the domain, at the size issue 12 names for its statistics: 30,000 baseline
/// LinkedIn connections (scaled by NETMETRICS_BENCH_SCALE, at least 300), 40% back over 183 days plus 10%
/// new, 300,000 interactions before the reset. The statistics alone are <see cref="StatisticsBenchmarks"/>;
/// here <c>Analyze</c> is the whole of <see cref="RebuildAnalysis.Analyze"/> (matching, baseline scores,
/// series, five fits, Kaplan–Meier, Spearman, concordance, pacing) against <c>Match</c>, the
/// <see cref="AccountMatcher"/> pass it starts with (the floor), and <c>Score</c>, the
/// <see cref="ContactQuality.Score"/> adapter over the before import.
/// </summary>
[MemoryDiagnoser]
public class RebuildBenchmarks
{
    private static readonly DateTimeOffset Reset = new(2025, 6, 2, 8, 0, 0, TimeSpan.Zero);
    private ImportResult _before = null!;
    private ImportResult _after = null!;
    private Account[] _beforeAccounts = [];
    private Account[] _afterAccounts = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12);
        var contacts = Math.Max(300, (int)(30_000 * BenchmarkData.Scale));
        var before = new List<Account>(contacts);
        var after = new List<Account>();
        var beforeTies = new List<Tie>(contacts);
        var afterTies = new List<Tie>();
        var interactions = new List<Interaction>();
        for (var i = 0; i < contacts; i++)
        {
            // The 2021 generation knows a connection by name; the 2024 one by URL and name.
            var name = AccountKey.Create(Platform.LinkedIn, AccountKeyKind.Name, $"person {i}");
            var url = AccountKey.Create(Platform.LinkedIn, AccountKeyKind.Url, $"linkedin.com/in/person-{i}");
            before.Add(new Account(name) { Name = $"Person {i}" });
            beforeTies.Add(new Tie(Platform.LinkedIn, name, TieKind.Connection) { Since = Reset.AddDays(-random.Next(30, 3000)) });
            var closeness = random.NextDouble();
            for (var k = 0; k < (int)(20 * closeness * closeness); k++)
            {
                interactions.Add(new Interaction(Platform.LinkedIn, InteractionChannel.DirectMessage, k % 2 == 0 ? InteractionDirection.Outgoing : InteractionDirection.Incoming,
                    Reset.AddDays(-random.Next(1, 700))) { AccountKeys = [name] });
            }

            if (random.NextDouble() < 0.2 + (0.4 * closeness))
            {
                var days = Math.Min(182, (int)(-Math.Log(1 - random.NextDouble()) * (10 + (60 * (1 - closeness)))));
                after.Add(new Account(url) { Name = $"Person {i}", Keys = [url, name] });
                afterTies.Add(new Tie(Platform.LinkedIn, url, TieKind.Connection) { Since = Reset.AddDays(days).AddHours(random.Next(24)) });
            }
        }

        for (var i = 0; i < contacts / 10; i++)
        {
            var url = AccountKey.Create(Platform.LinkedIn, AccountKeyKind.Url, $"linkedin.com/in/new-{i}");
            after.Add(new Account(url) { Name = $"New {i}" });
            afterTies.Add(new Tie(Platform.LinkedIn, url, TieKind.Connection) { Since = Reset.AddDays(random.Next(0, 183)) });
            afterTies.Add(new Tie(Platform.LinkedIn, url, TieKind.InvitationSent) { Since = Reset.AddDays(random.Next(0, 183)) });
        }

        _beforeAccounts = [.. before];
        _afterAccounts = [.. after];
        _before = Import(Reset.AddHours(-12), before, beforeTies, interactions);
        _after = Import(Reset.AddDays(183), after, afterTies, []);
    }

    private static ImportResult Import(DateTimeOffset exportedAt, List<Account> accounts, List<Tie> ties, List<Interaction> interactions)
    {
        var index = new Dictionary<AccountKey, Account>();
        foreach (var account in accounts)
        {
            foreach (var key in account.Keys)
            {
                index[key] = account;
            }
        }

        var snapshot = new ExportSnapshot
        {
            Platform = Platform.LinkedIn,
            ExportedAt = exportedAt,
            Counts = new NetworkCounts(),
            Accounts = [.. accounts],
            Ties = [.. ties],
            Interactions = [.. interactions],
        };
        return new ImportResult
        {
            Snapshots = [snapshot],
            Accounts = [.. accounts],
            Interactions = [.. interactions],
            Inputs = [],
            Files = [],
            Diagnostics = [],
            AccountIndex = index,
        };
    }

    [Benchmark(Baseline = true)]
    public AccountMatches Match() => AccountMatcher.Match(_beforeAccounts, _afterAccounts);

    [Benchmark]
    public ContactQualityResult Score() => ContactQuality.Score(_before, Reset);

    [Benchmark]
    public RebuildResult Analyze() => RebuildAnalysis.Analyze(_before, _after, RebuildOptions.Default with { Reset = Reset, IncludeLists = true });
}
