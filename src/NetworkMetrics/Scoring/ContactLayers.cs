using System.Collections.Immutable;
using NetworkMetrics.Statistics;

namespace NetworkMetrics.Scoring;

/// <summary>
/// Places people in Dunbar's layers by their contact frequency (conversations a year), by
/// fixed thresholds or by the research method of optimal clustering (docs/scoring.md, "Layers").
/// </summary>
internal static class ContactLayers
{
    /// <summary>Arnaboldi's "active" relationship: at least one contact a year.</summary>
    public const double ActivePerYear = 1;

    private const int Outer = Layers.Count - 1;
    private const int Acquaintances = Layers.Count - 2;

    public static LayerAssignment Assign(LayerMethod method, ReadOnlySpan<byte> state, ReadOnlySpan<double> frequency, int maxCircles)
    {
        var result = new LayerAssignment(state.Length);
        if (method == LayerMethod.Clustering)
        {
            Cluster(state, frequency, maxCircles, result);
        }
        else
        {
            Thresholds(state, frequency, result);
        }

        var own = new int[Layers.Count];
        foreach (var layer in result.Layer)
        {
            if (layer >= 0)
            {
                own[layer]++;
            }
        }

        var sizes = ImmutableArray.CreateBuilder<LayerSize>(Layers.Count);
        var cumulative = 0;
        for (var l = 0; l < Layers.Count; l++)
        {
            cumulative += own[l];
            sizes.Add(new LayerSize(
                Layers.Sizes[l], cumulative,
                double.IsNaN(result.IntervalDays[l]) ? null : result.IntervalDays[l],
                double.IsNaN(result.MinimumPerYear[l]) ? null : result.MinimumPerYear[l]));
        }

        result.Sizes = sizes.MoveToImmutable();
        return result;
    }

    /// <summary>
    /// Thresholds at the geometric midpoints between nominal frequencies: a two-way, stable
    /// relationship goes to the innermost layer whose threshold its frequency reaches; anyone
    /// else contacted goes to the outermost layer, 1500.
    /// </summary>
    private static void Thresholds(ReadOnlySpan<byte> state, ReadOnlySpan<double> frequency, LayerAssignment result)
    {
        for (var l = 0; l < Layers.Count; l++)
        {
            result.IntervalDays[l] = Layers.IntervalDays[l];
            result.MinimumPerYear[l] = Layers.Threshold(l);
        }

        for (var p = 0; p < state.Length; p++)
        {
            result.Layer[p] = state[p] switch
            {
                LayerState.None => -1,
                LayerState.Placeable => ThresholdLayer(frequency[p]),
                _ => Outer,
            };
        }
    }

    private static int ThresholdLayer(double frequency)
    {
        for (var l = 0; l < Outer; l++)
        {
            if (frequency >= Layers.Threshold(l))
            {
                return l;
            }
        }

        return Outer;
    }

    /// <summary>
    /// Arnaboldi's method: active relationships (two-way, stable, at least one contact a year)
    /// clustered by frequency, optimal 1-D k-means with k chosen by BIC; circles from the fastest,
    /// each labelled with the nominal size nearest (log scale) to its cumulative size, neighbours
    /// with one label merged; everyone else contacted forms one outer circle beyond them, at least 500.
    /// </summary>
    private static void Cluster(ReadOnlySpan<byte> state, ReadOnlySpan<double> frequency, int maxCircles, LayerAssignment result)
    {
        Array.Fill(result.IntervalDays, double.NaN);
        Array.Fill(result.MinimumPerYear, double.NaN);
        var active = 0;
        var outer = 0;
        for (var p = 0; p < state.Length; p++)
        {
            if (state[p] == LayerState.Placeable && frequency[p] >= ActivePerYear)
            {
                active++;
            }
            else if (state[p] != LayerState.None)
            {
                outer++;
            }
        }

        var values = new double[active];
        var people = new int[active];
        var a = 0;
        for (var p = 0; p < state.Length; p++)
        {
            result.Layer[p] = -1;
            if (state[p] == LayerState.Placeable && frequency[p] >= ActivePerYear)
            {
                values[a] = frequency[p];
                people[a++] = p;
            }
        }

        // Ascending by frequency, ties by person: a deterministic order for equal values.
        Array.Sort(values, people);
        SortTies(values, people);
        var innermostOuter = 0;
        if (active > 0)
        {
            var clustering = OptimalClustering.Cluster(values, 1, maxCircles);
            result.Circles = clustering.K;
            var labels = new int[clustering.K];
            var cumulative = 0;
            for (var c = clustering.K - 1; c >= 0; c--)
            {
                cumulative += clustering.Sizes[c];
                labels[c] = Layers.Nearest(cumulative);
            }

            // Members of each label: the circles are contiguous in the sorted values.
            var end = active;
            var labelSum = new double[Layers.Count];
            var labelCount = new int[Layers.Count];
            var labelMin = new double[Layers.Count];
            var labelMax = new double[Layers.Count];
            Array.Fill(labelMin, double.PositiveInfinity);
            Array.Fill(labelMax, double.NegativeInfinity);
            for (var c = clustering.K - 1; c >= 0; c--)
            {
                var start = end - clustering.Sizes[c];
                for (var i = start; i < end; i++)
                {
                    result.Layer[people[i]] = labels[c];
                    labelSum[labels[c]] += values[i];
                    labelMin[labels[c]] = Math.Min(labelMin[labels[c]], values[i]);
                    labelMax[labels[c]] = Math.Max(labelMax[labels[c]], values[i]);
                }

                labelCount[labels[c]] += clustering.Sizes[c];
                end = start;
            }

            var previous = -1;
            for (var l = 0; l < Layers.Count; l++)
            {
                if (labelCount[l] == 0)
                {
                    continue;
                }

                result.IntervalDays[l] = Layers.DaysPerYear / (labelSum[l] / labelCount[l]);
                result.MinimumPerYear[l] = ActivePerYear;
                if (previous >= 0)
                {
                    result.MinimumPerYear[previous] = Math.Sqrt(labelMin[previous] * labelMax[l]);
                }

                previous = l;
            }

            innermostOuter = Math.Min(Outer, labels[0] + 1);
        }

        if (outer > 0)
        {
            var label = Math.Max(Math.Max(Layers.Nearest(active + outer), Acquaintances), innermostOuter);
            for (var p = 0; p < state.Length; p++)
            {
                if (state[p] != LayerState.None && result.Layer[p] < 0)
                {
                    result.Layer[p] = label;
                }
            }

            if (double.IsNaN(result.IntervalDays[label]))
            {
                result.IntervalDays[label] = Layers.IntervalDays[label];
                result.MinimumPerYear[label] = 0;
            }
        }
    }

    /// <summary>Orders runs of equal values by person index (Array.Sort is not stable).</summary>
    private static void SortTies(double[] values, int[] people)
    {
        var start = 0;
        for (var i = 1; i <= values.Length; i++)
        {
            if (i == values.Length || values[i] != values[start])
            {
                if (i - start > 1)
                {
                    Array.Sort(people, start, i - start);
                }

                start = i;
            }
        }
    }
}
