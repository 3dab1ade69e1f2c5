namespace NetworkMetrics.Cli.Report;

/// <summary>One action of the today list.</summary>
/// <param name="Action">The action's kind as the reader should see it (e.g. <c>reply</c>, <c>reconnect</c>, <c>endorse back</c>).</param>
/// <param name="Person">The person's name (or pseudonym).</param>
/// <param name="Reason">The reason in numbers (e.g. <c>no answer for 9 days to a message; layer 5</c>); never a message's text.</param>
internal sealed record TodayItem(string Action, string Person, string Reason);
