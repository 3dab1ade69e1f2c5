namespace NetworkMetrics.Scoring;

/// <summary>
/// What the ties say about each person before any interaction: the least intimacy their kind
/// implies, their platforms and the earliest start. Only current ties that began on or before
/// the as-of date count: connections, follows, address-book contacts, close friends and
/// followed organisations; requests, invitations, ended, blocked and muted ties do not.
/// </summary>
internal sealed class TieFloor
{
    private TieFloor(int people)
    {
        Intimacy = new double[people];
        Platforms = new ulong[people];
        Since = new long[people];
        Array.Fill(Since, long.MaxValue);
    }

    /// <summary>The highest intimacy any current tie of the person implies.</summary>
    public double[] Intimacy { get; }

    /// <summary>The platforms of the current ties, one bit per <see cref="Platform"/>.</summary>
    public ulong[] Platforms { get; }

    /// <summary>The earliest dated start of a current tie, in ticks; <see cref="long.MaxValue"/> for none.</summary>
    public long[] Since { get; }

    public static TieFloor Gather(List<TieRow> ties, int people, long asOfTicks, ScoringOptions options)
    {
        var floor = new TieFloor(people);
        foreach (var tie in ties)
        {
            if (tie.SinceTicks != long.MinValue && tie.SinceTicks > asOfTicks)
            {
                continue;
            }

            double? intimacy = tie.Kind switch
            {
                TieKind.CloseFriend => options.CloseFriendIntimacy,
                TieKind.Contact => options.ContactIntimacy,
                TieKind.Connection => options.ConnectionIntimacy,
                TieKind.Following or TieKind.Follower => options.FollowIntimacy,
                TieKind.FollowingOrganization => 0,
                _ => null,
            };
            if (intimacy is not { } value)
            {
                continue;
            }

            var p = tie.Person;
            floor.Intimacy[p] = Math.Max(floor.Intimacy[p], value);
            floor.Platforms[p] |= 1UL << (int)tie.Platform;
            if (tie.SinceTicks != long.MinValue)
            {
                floor.Since[p] = Math.Min(floor.Since[p], tie.SinceTicks);
            }
        }

        return floor;
    }
}
