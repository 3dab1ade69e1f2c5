namespace NetworkMetrics.Scoring;

/// <summary>
/// The canonical order of one person's interactions: by time, then by every other field, so
/// that the order in which they were added never changes a result (not even in the last bit
/// of a sum) and duplicates of one message sit side by side.
/// </summary>
internal readonly struct InteractionRowComparer : IComparer<InteractionRow>
{
    public int Compare(InteractionRow x, InteractionRow y)
    {
        var c = x.Ticks.CompareTo(y.Ticks);
        if (c != 0)
        {
            return c;
        }

        c = x.Key.CompareTo(y.Key);
        if (c != 0)
        {
            return c;
        }

        c = x.Platform - y.Platform;
        if (c != 0)
        {
            return c;
        }

        c = x.Channel - y.Channel;
        if (c != 0)
        {
            return c;
        }

        c = x.Direction - y.Direction;
        if (c != 0)
        {
            return c;
        }

        c = x.Visibility - y.Visibility;
        if (c != 0)
        {
            return c;
        }

        c = x.Audience - y.Audience;
        if (c != 0)
        {
            return c;
        }

        c = x.Outcome - y.Outcome;
        if (c != 0)
        {
            return c;
        }

        c = x.CallSeconds.CompareTo(y.CallSeconds);
        return c != 0 ? c : x.Conversation.CompareTo(y.Conversation);
    }
}
