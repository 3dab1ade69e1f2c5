namespace NetworkMetrics.Rebuild;

public static partial class RebuildAnalysis
{
    /// <summary>The fewest removals on one day that count as a reset.</summary>
    internal const int BurstMinimum = 10;

    /// <summary>
    /// The reset: given; else the first removal on the day with the most removals (at least
    /// <see cref="BurstMinimum"/>); else the start of the UTC day of the first primary tie after the longest gap
    /// (the before exports' date counting as the start of a gap); else the before exports' date.
    /// </summary>
    private static (DateTimeOffset Reset, RebuildResetSource Source) ResetDate(ImportResult before, ImportResult after, DateTimeOffset asOf, RebuildOptions options)
    {
        if (options.Reset is { } given)
        {
            return (given.ToUniversalTime(), RebuildResetSource.Given);
        }

        var removals = new Dictionary<DateOnly, (int Count, DateTimeOffset First)>();
        foreach (var platform in after.Platforms)
        {
            foreach (var tie in after.Latest(platform)!.Ties)
            {
                if (tie.Kind is TieKind.Removed or TieKind.Unfollowed && tie.EndedAt is { } ended && ended <= asOf)
                {
                    var day = DayOf(ended);
                    var (count, first) = removals.GetValueOrDefault(day, (0, ended));
                    removals[day] = (count + 1, ended < first ? ended : first);
                }
            }
        }

        if (removals.Count > 0)
        {
            var (_, (count, first)) = removals.OrderByDescending(r => r.Value.Count).ThenBy(r => r.Key).First();
            if (count >= BurstMinimum)
            {
                return (first.ToUniversalTime(), RebuildResetSource.Removals);
            }
        }

        DateTimeOffset? beforeDate = null;
        foreach (var snapshot in before.Snapshots)
        {
            if (snapshot.ExportedAt is { } at && (beforeDate is null || at > beforeDate))
            {
                beforeDate = at;
            }
        }

        var times = new List<DateTimeOffset>();
        foreach (var platform in after.Platforms)
        {
            if (platform == Platform.AddressBook)
            {
                continue;
            }

            var kind = PrimaryRelationship(platform);
            foreach (var tie in after.Latest(platform)!.Ties)
            {
                if (tie.Kind == kind && tie.Since is { } since && since <= asOf && (beforeDate is null || since > beforeDate))
                {
                    times.Add(since);
                }
            }
        }

        if (beforeDate is { } start)
        {
            times.Add(start);
        }

        times.Sort();
        if (times.Count >= 2)
        {
            var best = 1;
            for (var i = 2; i < times.Count; i++)
            {
                if (times[i] - times[i - 1] > times[best] - times[best - 1])
                {
                    best = i;
                }
            }

            return (new DateTimeOffset(times[best].UtcDateTime.Date, TimeSpan.Zero), RebuildResetSource.LongestGap);
        }

        return beforeDate is { } date
            ? (date.ToUniversalTime(), RebuildResetSource.BeforeExport)
            : throw new ArgumentException("No reset is given and none can be inferred (no removals, no dated ties): give the reset date.", nameof(options));
    }
}
