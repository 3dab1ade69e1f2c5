namespace NetworkMetrics.Statistics;

/// <summary>An optimal one-dimensional k-means clustering of sorted values.</summary>
/// <param name="K">The number of clusters.</param>
/// <param name="Sizes">The size of each cluster, in the order of the values (smallest values first).</param>
/// <param name="Centers">The mean of each cluster.</param>
/// <param name="WithinSumOfSquares">The sum of squared distances to the mean, per cluster.</param>
/// <param name="Bic">
/// When the number of clusters was chosen, the Bayesian information criterion of each k tried,
/// from the smallest (<see cref="double.NegativeInfinity"/> for a k whose mixture could not be
/// fitted); empty for a fixed k.
/// </param>
internal sealed record OptimalClusteringResult(int K, int[] Sizes, double[] Centers, double[] WithinSumOfSquares, double[] Bic)
{
    /// <summary>The total within-cluster sum of squares: what the clustering minimises.</summary>
    public double TotalWithinSumOfSquares => WithinSumOfSquares.Sum();
}
