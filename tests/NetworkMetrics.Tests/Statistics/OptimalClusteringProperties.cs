using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Statistics;

namespace NetworkMetrics.Tests.Statistics;

/// <summary>A few sorted values (duplicates likely) and a number of clusters.</summary>
public sealed record SmallSample(double[] Values, int K);

/// <summary>Well-separated groups of near-normal values (centres 100 apart, sd about 0.24): how many points each, and the values sorted.</summary>
public sealed record PlantedGroups(int[] Sizes, double[] Values);

public static class ClusteringArbitraries
{
    public static Arbitrary<SmallSample> Samples() =>
        (from n in Gen.Choose(1, 10)
         from values in Gen.ArrayOf(Gen.OneOf(Gen.Choose(0, 6), Gen.Choose(0, 1000)).Select(v => v / 4.0), n)
         from k in Gen.Choose(1, 5)
         select new SmallSample([.. values.Order()], k)).ToArbitrary();

    public static Arbitrary<PlantedGroups> Groups() =>
        (from k in Gen.Choose(1, 5)
         from sizes in Gen.ArrayOf(Gen.Choose(8, 40), k)
         from noise in Gen.ArrayOf(Gen.Choose(-1000, 1000), 6 * sizes.Sum())
         select Plant(sizes, noise)).ToArbitrary();

    private static PlantedGroups Plant(int[] sizes, int[] noise)
    {
        var values = new List<double>();
        var i = 0;
        for (var g = 0; g < sizes.Length; g++)
        {
            for (var j = 0; j < sizes[g]; j++)
            {
                // Near-normal noise (the mean of six uniforms, sd about 0.24): the mixture BIC assumes.
                var sum = 0;
                for (var u = 0; u < 6; u++)
                {
                    sum += noise[i++];
                }

                values.Add((100.0 * (g + 1)) + (sum / 6000.0));
            }
        }

        return new PlantedGroups(sizes, [.. values.Order()]);
    }
}

/// <summary>
/// The optimal 1-D k-means (Wang &amp; Song's dynamic programme) against a brute-force oracle
/// that tries every way of cutting the sorted values into k contiguous groups.
/// </summary>
public sealed class OptimalClusteringProperties
{
    [Property(MaxTest = 1000, Arbitrary = [typeof(ClusteringArbitraries)])]
    public void No_other_split_has_a_lower_within_cluster_sum_of_squares(SmallSample sample)
    {
        var distinct = sample.Values.Distinct().Count();
        var k = Math.Min(sample.K, distinct);

        var result = OptimalClustering.Cluster(sample.Values, sample.K);

        Assert.Equal(k, result.K);
        Assert.Equal(BruteForce(sample.Values, k), result.TotalWithinSumOfSquares, 9);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(ClusteringArbitraries)])]
    public void Clusters_are_contiguous_ordered_and_cover_every_value(SmallSample sample)
    {
        var result = OptimalClustering.Cluster(sample.Values, 1, 9);

        Assert.Equal(sample.Values.Length, result.Sizes.Sum());
        Assert.All(result.Sizes, s => Assert.True(s >= 1));
        Assert.InRange(result.K, 1, Math.Max(1, sample.Values.Distinct().Count()));
        for (var c = 1; c < result.K; c++)
        {
            Assert.True(result.Centers[c - 1] < result.Centers[c]);
        }

        // The chosen k has the largest BIC of those tried (the smallest k on a tie).
        if (result.Bic.Length > 0)
        {
            Assert.Equal(Array.IndexOf(result.Bic, result.Bic.Max()) + 1, result.K);
        }
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(ClusteringArbitraries)])]
    public void Bic_never_merges_well_separated_groups(PlantedGroups planted)
    {
        // BIC may split a group by chance (a mixture criterion on finite samples), but a cluster
        // spanning two groups 100 apart would cost it far more than any split gains.
        var result = OptimalClustering.Cluster(planted.Values, 1, 9);

        Assert.True(result.K >= planted.Sizes.Length);
        var start = 0;
        foreach (var size in result.Sizes)
        {
            Assert.True(planted.Values[start + size - 1] - planted.Values[start] < 50, "a cluster spans two planted groups");
            start += size;
        }
    }

    /// <summary>Every composition of n into k contiguous parts: the least total sum of squares.</summary>
    private static double BruteForce(double[] x, int k)
    {
        var best = double.PositiveInfinity;
        void Cut(int start, int left, double cost)
        {
            if (left == 1)
            {
                best = Math.Min(best, cost + Ssq(x.AsSpan(start)));
                return;
            }

            for (var end = start + 1; end <= x.Length - left + 1; end++)
            {
                Cut(end, left - 1, cost + Ssq(x.AsSpan(start, end - start)));
            }
        }

        Cut(0, k, 0);
        return best;
    }

    private static double Ssq(ReadOnlySpan<double> values)
    {
        double mean = 0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Length;
        double total = 0;
        foreach (var v in values)
        {
            total += (v - mean) * (v - mean);
        }

        return total;
    }
}
