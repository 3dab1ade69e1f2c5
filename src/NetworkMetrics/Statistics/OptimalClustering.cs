namespace NetworkMetrics.Statistics;

/// <summary>
/// Optimal one-dimensional k-means (Wang &amp; Song 2011, "Ckmeans.1d.dp: Optimal k-means
/// clustering in one dimension by dynamic programming", The R Journal 3(2)): of all ways to cut
/// sorted values into k contiguous groups, the one with the least within-cluster sum of squares,
/// found exactly by dynamic programming.
/// </summary>
/// <remarks>
/// <para>
/// D[q][i], the least cost of the first i + 1 values in q + 1 clusters, is
/// min over j of D[q − 1][j − 1] + ssq(j, i), where ssq is the sum of squares of values j..i
/// (from prefix sums of the values shifted by their median, for precision). The best j never
/// decreases as i grows, so each row is filled by divide and conquer: the middle i is solved by
/// scanning its allowed range of j, which then bounds both halves: O(n log n) per row,
/// O(k·n·log n) in all, the "loglinear" method of Ckmeans.1d.dp.
/// </para>
/// <para>
/// The number of clusters is chosen as Ckmeans.1d.dp (version 4) chooses it: for each k, a
/// Gaussian mixture with the clusters' sizes as weights, their means and (unbiased) variances;
/// a cluster with no spread gets the variance (d/6)², a single value d², where d is the distance
/// to the nearest value outside it; BIC = 2·log-likelihood − (3k − 1)·ln n; the largest BIC
/// wins, the smaller k on a tie. k never exceeds the number of distinct values.
/// </para>
/// </remarks>
internal static class OptimalClustering
{
    /// <summary>Clusters sorted values into exactly <paramref name="k"/> clusters (fewer if there are fewer distinct values).</summary>
    public static OptimalClusteringResult Cluster(ReadOnlySpan<double> sorted, int k)
    {
        var (cuts, kMax) = Solve(sorted, k);
        return Describe(sorted, Backtrack(cuts, sorted.Length, kMax), []);
    }

    /// <summary>Clusters sorted values, choosing the number of clusters from <paramref name="minK"/> to <paramref name="maxK"/> by BIC.</summary>
    public static OptimalClusteringResult Cluster(ReadOnlySpan<double> sorted, int minK, int maxK)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minK, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxK, minK);
        var (cuts, kMax) = Solve(sorted, maxK);
        minK = Math.Min(minK, kMax);
        if (sorted.Length < 2 || minK == kMax)
        {
            return Describe(sorted, Backtrack(cuts, sorted.Length, kMax), []);
        }

        var bic = new double[kMax - minK + 1];
        var best = minK;
        for (var k = minK; k <= kMax; k++)
        {
            bic[k - minK] = Bic(sorted, Backtrack(cuts, sorted.Length, k));
            if (bic[k - minK] > bic[best - minK])
            {
                best = k;
            }
        }

        return Describe(sorted, Backtrack(cuts, sorted.Length, best), bic);
    }

    /// <summary>Fills the table of best cluster starts for 1..k clusters; returns it with the k actually used.</summary>
    private static (int[][] Cuts, int K) Solve(ReadOnlySpan<double> x, int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var n = x.Length;
        for (var i = 1; i < n; i++)
        {
            if (!(x[i - 1] <= x[i]))
            {
                throw new ArgumentException("The values must be finite and sorted in ascending order.", nameof(x));
            }
        }

        if (n == 0)
        {
            return ([], 0);
        }

        if (!double.IsFinite(x[0]) || !double.IsFinite(x[n - 1]))
        {
            throw new ArgumentException("The values must be finite.", nameof(x));
        }

        var distinct = 1;
        for (var i = 1; i < n; i++)
        {
            distinct += x[i] != x[i - 1] ? 1 : 0;
        }

        k = Math.Min(k, distinct);
        var shift = x[n / 2];
        var sum = new double[n + 1];
        var sumSquares = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            var y = x[i] - shift;
            sum[i + 1] = sum[i] + y;
            sumSquares[i + 1] = sumSquares[i] + (y * y);
        }

        var table = new Table(sum, sumSquares, n);
        var cuts = new int[k][];
        cuts[0] = new int[n];
        for (var i = 0; i < n; i++)
        {
            table.Previous[i] = table.Ssq(0, i);
        }

        for (var q = 1; q < k; q++)
        {
            cuts[q] = new int[n];
            table.Fill(q, q, n - 1, q, n - 1, cuts[q]);
            (table.Previous, table.Current) = (table.Current, table.Previous);
        }

        return (cuts, k);
    }

    /// <summary>Cluster sizes for k clusters, from the table of starts.</summary>
    private static int[] Backtrack(int[][] cuts, int n, int k)
    {
        var sizes = new int[k];
        var end = n - 1;
        for (var q = k - 1; q >= 0; q--)
        {
            var start = cuts[q][end];
            sizes[q] = end - start + 1;
            end = start - 1;
        }

        return sizes;
    }

    private static OptimalClusteringResult Describe(ReadOnlySpan<double> x, int[] sizes, double[] bic)
    {
        var centers = new double[sizes.Length];
        var within = new double[sizes.Length];
        var start = 0;
        for (var c = 0; c < sizes.Length; c++)
        {
            var (mean, squares) = MeanAndSquares(x.Slice(start, sizes[c]));
            centers[c] = mean;
            within[c] = squares;
            start += sizes[c];
        }

        return new OptimalClusteringResult(sizes.Length, sizes, centers, within, bic);
    }

    /// <summary>The mean and the sum of squared deviations, computed around the median for precision.</summary>
    private static (double Mean, double Squares) MeanAndSquares(ReadOnlySpan<double> values)
    {
        var median = values[(values.Length - 1) / 2];
        double sum = 0, squares = 0;
        foreach (var v in values)
        {
            var d = v - median;
            sum += d;
            squares += d * d;
        }

        return (median + (sum / values.Length), Math.Max(0, squares - (sum * sum / values.Length)));
    }

    private static double Bic(ReadOnlySpan<double> x, int[] sizes)
    {
        var n = x.Length;
        var k = sizes.Length;
        Span<double> mean = stackalloc double[k];
        Span<double> logCoefficient = stackalloc double[k];
        Span<double> halfInverseVariance = stackalloc double[k];
        var start = 0;
        for (var c = 0; c < k; c++)
        {
            var size = sizes[c];
            var end = start + size - 1;
            var (m, squares) = MeanAndSquares(x.Slice(start, size));
            var variance = size > 1 ? squares / (size - 1) : 0;
            if (variance == 0 || size == 1)
            {
                var gap = start > 0 && end < n - 1 ? Math.Min(x[start] - x[start - 1], x[end + 1] - x[end])
                    : start > 0 ? x[start] - x[start - 1]
                    : x[end + 1] - x[end];
                variance = size == 1 ? gap * gap : gap * gap / 36;
            }

            if (!(variance > 0) || !double.IsFinite(variance))
            {
                return double.NegativeInfinity;
            }

            mean[c] = m;
            logCoefficient[c] = Math.Log((double)size / n) - (0.5 * Math.Log(2 * Math.PI * variance));
            halfInverseVariance[c] = 0.5 / variance;
            start += size;
        }

        // The log-likelihood of the mixture, point by point, summed in log space (log-sum-exp):
        // terms more than 50 below the largest add less than e^-50 and are left out.
        Span<double> terms = stackalloc double[k];
        var logLikelihood = 0.0;
        for (var i = 0; i < n; i++)
        {
            var max = double.NegativeInfinity;
            for (var c = 0; c < k; c++)
            {
                var d = x[i] - mean[c];
                terms[c] = logCoefficient[c] - (d * d * halfInverseVariance[c]);
                max = Math.Max(max, terms[c]);
            }

            var total = 0.0;
            for (var c = 0; c < k; c++)
            {
                var e = terms[c] - max;
                if (e > -50)
                {
                    total += Math.Exp(e);
                }
            }

            logLikelihood += max + Math.Log(total);
        }

        return (2 * logLikelihood) - (((3 * k) - 1) * Math.Log(n));
    }

    /// <summary>The rows of the dynamic programme and the prefix sums behind ssq.</summary>
    private sealed class Table(double[] sum, double[] sumSquares, int n)
    {
        public double[] Previous { get; set; } = new double[n];

        public double[] Current { get; set; } = new double[n];

        /// <summary>The sum of squared deviations from their mean of values j..i (inclusive).</summary>
        public double Ssq(int j, int i)
        {
            var count = i - j + 1;
            var s = sum[i + 1] - sum[j];
            var value = sumSquares[i + 1] - sumSquares[j] - (s * s / count);
            return value > 0 ? value : 0;
        }

        /// <summary>
        /// Row q for i in [iLow, iHigh], knowing that the best start of the last cluster lies in
        /// [jLow, jHigh]: solve the middle i by scanning, then each half within the bound it gives.
        /// </summary>
        public void Fill(int q, int iLow, int iHigh, int jLow, int jHigh, int[] cuts)
        {
            while (iLow <= iHigh)
            {
                var i = (iLow + iHigh) >>> 1;
                var from = Math.Max(q, jLow);
                var to = Math.Min(i, jHigh);
                var best = double.PositiveInfinity;
                var bestJ = from;
                for (var j = from; j <= to; j++)
                {
                    var cost = Previous[j - 1] + Ssq(j, i);
                    if (cost < best)
                    {
                        best = cost;
                        bestJ = j;
                    }
                }

                Current[i] = best;
                cuts[i] = bestJ;

                // Recurse into the smaller half, loop on the larger: the stack stays O(log n).
                if (i - iLow < iHigh - i)
                {
                    Fill(q, iLow, i - 1, jLow, bestJ, cuts);
                    iLow = i + 1;
                    jLow = bestJ;
                }
                else
                {
                    Fill(q, i + 1, iHigh, bestJ, jHigh, cuts);
                    iHigh = i - 1;
                    jHigh = bestJ;
                }
            }
        }
    }
}
