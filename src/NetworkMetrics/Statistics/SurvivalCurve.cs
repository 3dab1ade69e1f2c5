namespace NetworkMetrics.Statistics;

/// <summary>
/// A Kaplan–Meier survival curve with Greenwood standard errors and R's default (log-type) 95%
/// interval, and the median survival time with its interval as R's <c>print(survfit)</c> gives them.
/// </summary>
/// <param name="Rows">One row per distinct event time, in increasing time.</param>
/// <param name="Median">
/// The median time: the smallest event time with S(t) ≤ 0.5; where S(t) is exactly 0.5 on a
/// stretch, the midpoint between that time and the next event time (R's rule);
/// <see langword="null"/> when the curve never falls to 0.5.
/// </param>
/// <param name="MedianLower">
/// The lower end of the median's 95% interval: where the lower interval curve first falls to 0.5
/// (same rule); <see langword="null"/> when it never does.
/// </param>
/// <param name="MedianUpper">
/// The upper end: where the upper interval curve first falls to 0.5; <see langword="null"/> when it
/// never does within the data (the interval is open above: R prints <c>NA</c>).
/// </param>
/// <param name="Count">The number of subjects.</param>
/// <param name="EventCount">The number of events (uncensored subjects).</param>
public sealed record SurvivalCurve(
    IReadOnlyList<SurvivalRow> Rows,
    double? Median,
    double? MedianLower,
    double? MedianUpper,
    int Count,
    int EventCount)
{
    /// <summary>S(t) at any time: 1 before the first event, then the estimate of the last row at or before <paramref name="time"/>.</summary>
    /// <param name="time">The time.</param>
    /// <returns>The estimated probability that the event has not happened by <paramref name="time"/>.</returns>
    public double SurvivalAt(double time)
    {
        var survival = 1.0;
        foreach (var row in Rows)
        {
            if (row.Time > time)
            {
                break;
            }

            survival = row.Survival;
        }

        return survival;
    }
}
