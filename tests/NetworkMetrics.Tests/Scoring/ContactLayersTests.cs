using NetworkMetrics.Scoring;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>Both layer methods on frequencies given directly (conversations a year).</summary>
public sealed class ContactLayersTests
{
    [Fact]
    public void The_thresholds_are_the_geometric_midpoints_of_the_nominal_frequencies()
    {
        var weekly = 365.25 / 7;
        double[] expected = [Math.Sqrt(weekly * 12), Math.Sqrt(12 * 4), 2, Math.Sqrt(1.0 / 3), Math.Sqrt(1.0 / 30), 0];
        var result = ContactLayers.Assign(LayerMethod.Thresholds, [LayerState.Placeable], [1], 9);

        Assert.Equal(expected, result.Sizes.Select(l => l.MinimumContactsPerYear!.Value), new ToleranceComparer(1e-12));
        Assert.Equal([7, 365.25 / 12, 365.25 / 4, 365.25, 3 * 365.25, 3652.5], result.Sizes.Select(l => l.ExpectedIntervalDays!.Value));
        Assert.Equal(25.02, expected[0], 2);
        Assert.Equal(6.93, expected[1], 2);
    }

    [Theory]
    [InlineData(60, 5)]
    [InlineData(25.1, 5)]
    [InlineData(24.9, 15)]
    [InlineData(12, 15)]
    [InlineData(6.9, 50)]
    [InlineData(2, 50)]
    [InlineData(1.99, 150)]
    [InlineData(1, 150)]
    [InlineData(0.58, 150)]
    [InlineData(0.57, 500)]
    [InlineData(0.19, 500)]
    [InlineData(0.18, 1500)]
    public void A_stable_two_way_relationship_goes_to_the_innermost_layer_its_frequency_reaches(double perYear, int layer)
    {
        var result = ContactLayers.Assign(LayerMethod.Thresholds, [LayerState.Placeable], [perYear], 9);

        Assert.Equal(layer, Nominal(result, 0));
    }

    [Theory]
    [InlineData(LayerMethod.Thresholds)]
    [InlineData(LayerMethod.Clustering)]
    public void No_contact_has_no_layer_and_a_contact_not_yet_placed_goes_outside(LayerMethod method)
    {
        var result = ContactLayers.Assign(method, [LayerState.None, LayerState.Contacted], [0, 80], 9);

        Assert.Equal(-1, result.Layer[0]);
        Assert.Equal(method == LayerMethod.Thresholds ? 1500 : 500, Nominal(result, 1));
    }

    [Fact]
    public void Circles_are_labelled_by_their_cumulative_size_and_neighbours_with_one_label_merge()
    {
        // Circles from the fastest: 2 people about 200 a year (cumulative 2: label 5), 3 about 60
        // (cumulative 5: label 5, merged), 10 about 12 (cumulative 15: label 15), 35 about 3
        // (cumulative 50); then 4 people contacted once: one outer circle, at least 500.
        double[] fast = [200, 203], middle = [60, 61, 63], monthly = [.. Enumerable.Range(0, 10).Select(i => 11 + (i * 0.2))];
        double[] quarterly = [.. Enumerable.Range(0, 35).Select(i => 2.5 + (i * 0.03))];
        double[] frequencies = [.. fast, .. middle, .. monthly, .. quarterly, 0.5, 0.5, 0.5, 0.5];
        byte[] states = [.. frequencies.Select((f, i) => i < frequencies.Length - 4 ? LayerState.Placeable : LayerState.Contacted)];

        var result = ContactLayers.Assign(LayerMethod.Clustering, states, frequencies, 9);

        Assert.Equal([5, 15, 50, 50, 54, 54], result.Sizes.Select(l => l.People));
        Assert.All(Enumerable.Range(0, 5), p => Assert.Equal(5, Nominal(result, p)));
        Assert.All(Enumerable.Range(50, 4), p => Assert.Equal(500, Nominal(result, p)));
        Assert.Null(result.Sizes[3].ExpectedIntervalDays);
        Assert.Equal(365.25 / ((200 + 203 + 60 + 61 + 63) / 5.0), result.Sizes[0].ExpectedIntervalDays!.Value, 9);

        // The lower bound of a circle: the geometric midpoint of its slowest member and the next circle's fastest.
        Assert.Equal(Math.Sqrt(60 * (11 + (9 * 0.2))), result.Sizes[0].MinimumContactsPerYear!.Value, 9);
        Assert.Equal(ContactLayers.ActivePerYear, result.Sizes[2].MinimumContactsPerYear);
    }

    [Fact]
    public void Clustering_places_a_hundred_thousand_people()
    {
        var random = new Random(5);
        var frequencies = Enumerable.Range(0, 100_000).Select(_ => Math.Exp(random.NextDouble() * 6)).ToArray();
        var states = frequencies.Select(_ => LayerState.Placeable).ToArray();

        var result = ContactLayers.Assign(LayerMethod.Clustering, states, frequencies, 9);

        Assert.Equal(100_000, result.Sizes[^1].People);
        Assert.InRange(result.Circles, 1, 9);
        for (var i = 1; i < result.Sizes.Length; i++)
        {
            Assert.True(result.Sizes[i - 1].People <= result.Sizes[i].People);
        }
    }

    private static int Nominal(LayerAssignment result, int person) => result.Layer[person] < 0 ? -1 : result.Sizes[result.Layer[person]].Nominal;

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
