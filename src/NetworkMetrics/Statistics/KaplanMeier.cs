namespace NetworkMetrics.Statistics;

/// <summary>
/// The Kaplan–Meier estimator of a survival function from right-censored times, with
/// Greenwood's variance and the log-type 95% interval that R's <c>survfit</c> uses by default
/// (<c>conf.type = "log"</c>).
/// </summary>
public static class KaplanMeier
{
    /// <summary>The 0.975 quantile of the standard normal distribution (R's <c>qnorm(0.975)</c>).</summary>
    internal const double Z975 = 1.959963984540054;

    /// <summary>R's tolerance for "equal to 0.5" in the median (<c>sqrt(.Machine$double.eps)</c>).</summary>
    private const double MedianTolerance = 1.4901161193847656e-08;

    /// <summary>
    /// Estimates S(t) = Π (1 − dᵢ/nᵢ) over the event times tᵢ ≤ t, with dᵢ events among the nᵢ
    /// subjects at risk; σ² = Σ dᵢ / (nᵢ(nᵢ − dᵢ)) (Greenwood, on the log scale); the interval
    /// S·exp(±1.96σ), its upper end capped at 1.
    /// </summary>
    /// <param name="times">Each subject's time: the event time, or the censoring time when the event has not (yet) been seen.</param>
    /// <param name="events"><see langword="true"/> where the event happened at that time, <see langword="false"/> where the subject is censored then.</param>
    /// <returns>The curve, one row per distinct event time, and the median with its interval.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or a time is not finite.</exception>
    public static SurvivalCurve Estimate(ReadOnlySpan<double> times, ReadOnlySpan<bool> events)
    {
        Validation.SameLength(times.Length, events.Length, nameof(events), nameof(times));
        Validation.Finite(times, nameof(times));
        var n = times.Length;

        // Sort by time; at equal times the order does not matter (counts per time are taken).
        var sortedTimes = times.ToArray();
        var sortedEvents = events.ToArray();
        Array.Sort(sortedTimes, sortedEvents);

        var rows = new List<SurvivalRow>();
        var atRisk = n;
        var survival = 1.0;
        var greenwood = 0.0;
        var censoredSinceRow = 0;
        var eventCount = 0;
        var i = 0;
        while (i < n)
        {
            var time = sortedTimes[i];
            var deaths = 0;
            var censored = 0;
            while (i < n && sortedTimes[i] == time)
            {
                if (sortedEvents[i])
                {
                    deaths++;
                }
                else
                {
                    censored++;
                }

                i++;
            }

            censoredSinceRow += censored;
            if (deaths > 0)
            {
                eventCount += deaths;
                survival *= 1 - ((double)deaths / atRisk);
                greenwood = deaths == atRisk ? double.PositiveInfinity : greenwood + ((double)deaths / ((double)atRisk * (atRisk - deaths)));
                double? standardError = null, lower = null, upper = null;
                if (survival > 0 && double.IsFinite(greenwood))
                {
                    var sigma = Math.Sqrt(greenwood);
                    standardError = survival * sigma;
                    lower = survival * Math.Exp(-Z975 * sigma);
                    upper = Math.Min(1, survival * Math.Exp(Z975 * sigma));
                }

                rows.Add(new SurvivalRow(time, atRisk, deaths, censoredSinceRow, survival, standardError, lower, upper));
                censoredSinceRow = 0;
            }

            atRisk -= deaths + censored;
        }

        return new SurvivalCurve(
            rows,
            MedianCrossing(rows, static r => r.Survival),
            MedianCrossing(rows, static r => r.Lower),
            MedianCrossing(rows, static r => r.Upper),
            n,
            eventCount);
    }

    /// <summary>
    /// R's rule (<c>survmean</c>'s <c>minmin</c>): the first time a curve is at most 0.5 (within
    /// √ε); when it is 0.5 there and falls further later, the midpoint of that time and the time it
    /// first falls below. Rows whose value is undefined are skipped.
    /// </summary>
    private static double? MedianCrossing(List<SurvivalRow> rows, Func<SurvivalRow, double?> curve)
    {
        for (var k = 0; k < rows.Count; k++)
        {
            var value = curve(rows[k]);
            if (value is not { } v || !(v < 0.5 + MedianTolerance))
            {
                continue;
            }

            if (Math.Abs(v - 0.5) < MedianTolerance)
            {
                for (var j = k + 1; j < rows.Count; j++)
                {
                    if (curve(rows[j]) is { } later && later < v)
                    {
                        return 0.5 * (rows[k].Time + rows[j].Time);
                    }
                }
            }

            return rows[k].Time;
        }

        return null;
    }
}
