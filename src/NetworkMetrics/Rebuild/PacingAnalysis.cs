using System.Collections.Immutable;

namespace NetworkMetrics.Rebuild;

/// <summary>Counts dated acts in sliding windows of calendar days and finds the stretches over a limit.</summary>
internal static class PacingAnalysis
{
    /// <summary>Checks the acts (their UTC day numbers, any order) against a limit.</summary>
    public static PacingReport Check(PacingLimit limit, List<int> days)
    {
        days.Sort();
        var maxDay = MaxInWindow(days, 1);
        var maxWeek = MaxInWindow(days, 7);
        var window = limit.WindowDays;
        var bursts = ImmutableArray.CreateBuilder<PacingBurst>();
        var maxWindow = 0;

        // Windows start on the day of an act: [days[i], days[i] + window). Overlapping windows over the
        // limit form one burst, from the first act of the first to the last act of the last.
        int? burstStart = null;
        var burstEnd = 0;
        var burstFrom = 0;
        var burstPeak = 0;
        var j = 0;
        for (var i = 0; i < days.Count; i++)
        {
            if (i > 0 && days[i] == days[i - 1])
            {
                continue;
            }

            while (j < days.Count && days[j] < days[i] + window)
            {
                j++;
            }

            var inWindow = j - i;
            maxWindow = Math.Max(maxWindow, inWindow);
            if (inWindow <= limit.Limit)
            {
                continue;
            }

            var lastAct = days[j - 1];
            if (burstStart is not null && days[i] <= burstEnd)
            {
                burstEnd = Math.Max(burstEnd, lastAct);
                burstPeak = Math.Max(burstPeak, inWindow);
                continue;
            }

            Flush();
            burstStart = days[i];
            burstFrom = i;
            burstEnd = lastAct;
            burstPeak = inWindow;
        }

        Flush();
        return new PacingReport(limit, days.Count, maxDay, maxWeek, maxWindow, bursts.ToImmutable());

        void Flush()
        {
            if (burstStart is not { } start)
            {
                return;
            }

            var count = 0;
            for (var k = burstFrom; k < days.Count && days[k] <= burstEnd; k++)
            {
                count++;
            }

            bursts.Add(new PacingBurst(DateOnly.FromDayNumber(start), DateOnly.FromDayNumber(burstEnd), count, burstPeak));
            burstStart = null;
        }
    }

    private static int MaxInWindow(List<int> sorted, int window)
    {
        var max = 0;
        var j = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            while (j < sorted.Count && sorted[j] < sorted[i] + window)
            {
                j++;
            }

            max = Math.Max(max, j - i);
        }

        return max;
    }
}
