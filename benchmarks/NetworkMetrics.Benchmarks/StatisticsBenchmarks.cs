using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NetworkMetrics.Statistics;

namespace NetworkMetrics.Benchmarks;

/// <summary>
/// The statistics behind the rebuild analysis at the sizes issue 12 names: the five growth fits
/// on a 365-day cumulative regrowth series, Kaplan–Meier and Harrell's concordance at 30,000
/// baseline contacts. Floors: one pass of the logistic's residual sum of squares over the series
/// (so a fit's Ratio reads as "this many passes over the data"), and sorting the 30,000 times
/// (the O(n log n) both estimators start with). Sizes scale with NETMETRICS_BENCH_SCALE, with
/// floors of 30 days and 300 subjects so that CI's 0.01 smoke run still fits something.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class StatisticsBenchmarks
{
    private double[] _days = [];
    private double[] _counts = [];
    private double[] _times = [];
    private bool[] _events = [];
    private double[] _scores = [];
    private readonly double[] _logistic = [400, 0.03, 120];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20250101);

        // A reset to zero, then regrowth towards ~400 contacts: daily arrivals follow a logistic
        // curve's slope (K 400, r 0.03, t0 120), with day-to-day noise and quiet weekends.
        var days = Math.Max(30, (int)(365 * BenchmarkData.Scale));
        _days = new double[days];
        _counts = new double[days];
        var total = 0.0;
        for (var d = 0; d < days; d++)
        {
            var expected = 400 * 0.03 * Logistic(0.03 * (d - 120)) * (1 - Logistic(0.03 * (d - 120)));
            var arrivals = Math.Max(0, Math.Round(expected * (d % 7 >= 5 ? 0.4 : 1.2) + ((random.NextDouble() - 0.5) * 3)));
            total += arrivals;
            _days[d] = d;
            _counts[d] = total;
        }

        // Baseline contacts: reconnection day 0–365 (many ties), 40% not back yet (censored at the
        // as-of day), scores on a 0.1 grid with a planted "closer contacts return sooner".
        var subjects = Math.Max(300, (int)(30_000 * BenchmarkData.Scale));
        _times = new double[subjects];
        _events = new bool[subjects];
        _scores = new double[subjects];
        for (var i = 0; i < subjects; i++)
        {
            var score = Math.Round(random.NextDouble() * 10, 1);
            var back = random.NextDouble() < 0.6;
            _scores[i] = score;
            _events[i] = back;
            _times[i] = back ? Math.Min(365, Math.Floor(-Math.Log(1 - random.NextDouble()) * (20 + (30 * (10 - score))))) : 365;
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("fits")]
    public double RssPassFloor() => LevenbergMarquardt.Rss(LogisticCurve.Instance, _days, _counts, _logistic);

    [Benchmark, BenchmarkCategory("fits")]
    public GrowthFitSet FitAll() => GrowthCurves.FitAll(_days, _counts);

    [Benchmark, BenchmarkCategory("fits")]
    public GrowthFit Linear() => GrowthCurves.Fit(GrowthModel.Linear, _days, _counts);

    [Benchmark, BenchmarkCategory("fits")]
    public GrowthFit SaturatingExponential() => GrowthCurves.Fit(GrowthModel.SaturatingExponential, _days, _counts);

    [Benchmark, BenchmarkCategory("fits")]
    public GrowthFit LogisticFit() => GrowthCurves.Fit(GrowthModel.Logistic, _days, _counts);

    [Benchmark, BenchmarkCategory("fits")]
    public GrowthFit Richards() => GrowthCurves.Fit(GrowthModel.Richards, _days, _counts);

    [Benchmark, BenchmarkCategory("fits")]
    public GrowthFit Gompertz() => GrowthCurves.Fit(GrowthModel.Gompertz, _days, _counts);

    [Benchmark(Baseline = true), BenchmarkCategory("survival")]
    public double SortFloor()
    {
        var copy = (double[])_times.Clone();
        Array.Sort(copy);
        return copy[^1];
    }

    [Benchmark, BenchmarkCategory("survival")]
    public SurvivalCurve KaplanMeierEstimate() => KaplanMeier.Estimate(_times, _events);

    [Benchmark, BenchmarkCategory("survival")]
    public ConcordanceResult HarrellConcordance() => Concordance.Harrell(_scores, _times, _events);

    [Benchmark, BenchmarkCategory("survival")]
    public SpearmanResult SpearmanScoreTime() => RankCorrelation.Spearman(_scores, _times);

    private static double Logistic(double z) => 1 / (1 + Math.Exp(-z));
}
