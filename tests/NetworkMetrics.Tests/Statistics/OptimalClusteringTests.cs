using NetworkMetrics.Statistics;

namespace NetworkMetrics.Tests.Statistics;

public sealed class OptimalClusteringTests
{
    [Fact]
    public void Clusters_the_example_of_the_Ckmeans_1d_dp_documentation()
    {
        // R: Ckmeans.1d.dp(c(-1, 2, -1, 2, 4, 5, 6, -1, 2, -1), 3) gives sizes 4 3 3, centers -1 2 5,
        // withinss 0 0 2 (the package's own example; checkable by hand).
        double[] x = [.. new double[] { -1, 2, -1, 2, 4, 5, 6, -1, 2, -1 }.Order()];

        var result = OptimalClustering.Cluster(x, 3);

        Assert.Equal([4, 3, 3], result.Sizes);
        Assert.Equal([-1, 2, 5], result.Centers);
        Assert.Equal([0, 0, 2], result.WithinSumOfSquares);
        Assert.Empty(result.Bic);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Bic_recovers_normal_groups_of_different_sizes(int seed)
    {
        // Four normal groups (sd 1, centres 20 apart), 60 to 200 points each.
        var random = new Random(seed);
        var sizes = new[] { random.Next(60, 200), random.Next(60, 200), random.Next(60, 200), random.Next(60, 200) };
        var values = new List<double>();
        for (var g = 0; g < sizes.Length; g++)
        {
            for (var i = 0; i < sizes[g]; i++)
            {
                var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                values.Add((20 * g) + normal);
            }
        }

        var result = OptimalClustering.Cluster([.. values.Order()], 1, 9);

        Assert.Equal(sizes, result.Sizes);
        Assert.Equal(9, result.Bic.Length);
    }

    [Fact]
    public void Chooses_one_cluster_for_one_distinct_value_and_handles_empty_input()
    {
        Assert.Equal([5], OptimalClustering.Cluster([7, 7, 7, 7, 7], 1, 9).Sizes);
        Assert.Equal([1], OptimalClustering.Cluster([3], 1, 9).Sizes);
        Assert.Equal(0, OptimalClustering.Cluster([], 1, 9).K);
    }

    [Fact]
    public void Refuses_unsorted_or_non_finite_values()
    {
        Assert.Throws<ArgumentException>(() => OptimalClustering.Cluster([2, 1], 2));
        Assert.Throws<ArgumentException>(() => OptimalClustering.Cluster([1, double.NaN], 2));
        Assert.Throws<ArgumentException>(() => OptimalClustering.Cluster([1, double.PositiveInfinity], 2));
    }

    [Fact]
    public void Is_exact_on_a_hundred_thousand_values_in_loglinear_time()
    {
        // Three groups of very different sizes: the dynamic programme must find the two breaks.
        var random = new Random(3);
        var values = new List<double>();
        values.AddRange(Enumerable.Range(0, 90_000).Select(_ => 1 + random.NextDouble()));
        values.AddRange(Enumerable.Range(0, 9_000).Select(_ => 10 + random.NextDouble()));
        values.AddRange(Enumerable.Range(0, 1_000).Select(_ => 50 + random.NextDouble()));
        double[] x = [.. values.Order()];

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = OptimalClustering.Cluster(x, 3);
        watch.Stop();

        Assert.Equal([90_000, 9_000, 1_000], result.Sizes);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }
}
