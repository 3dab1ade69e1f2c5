namespace NetworkMetrics.Samples.Story;

/// <summary>The planted regrowth of one platform's primary relationship (connections, friends, followings) after the reset.</summary>
/// <param name="Platform">The platform.</param>
/// <param name="Before">Ties in the before export (the baseline).</param>
/// <param name="After">Ties in the after export.</param>
/// <param name="Returning">Baseline ties back by the as-of date.</param>
/// <param name="New">Ties in the after export that the baseline did not hold.</param>
/// <param name="Lost">Baseline ties not back by the as-of date.</param>
public sealed record StoryRegrowth(StoryPlatform Platform, int Before, int After, int Returning, int New, int Lost)
{
    /// <summary>The share of the baseline that came back: <see cref="Returning"/> / <see cref="Before"/>.</summary>
    public double Recovered => Before == 0 ? 0 : (double)Returning / Before;
}
