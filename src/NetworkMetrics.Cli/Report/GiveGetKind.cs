namespace NetworkMetrics.Cli.Report;

/// <summary>One kind of give and get, overall: e.g. conversations started, replies, calls, endorsements, reactions.</summary>
/// <param name="Kind">What is counted, as the reader should see it (e.g. <c>replies</c>).</param>
/// <param name="Given">By the owner.</param>
/// <param name="Received">From the network.</param>
internal sealed record GiveGetKind(string Kind, int Given, int Received);
