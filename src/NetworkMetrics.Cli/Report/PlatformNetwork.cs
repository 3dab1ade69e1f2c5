namespace NetworkMetrics.Cli.Report;

/// <summary>One platform of the current exports: its primary ties now.</summary>
/// <param name="Platform">The platform's name (<c>LinkedIn</c>, <c>Facebook</c>, <c>Twitter</c>, …).</param>
/// <param name="Relationship">What is counted: <c>connections</c>, <c>friends</c>, <c>followings</c>, <c>contacts</c>.</param>
/// <param name="Count">How many the export holds.</param>
/// <param name="ExportedAt">The export's day, where known.</param>
internal sealed record PlatformNetwork(string Platform, string Relationship, int Count, DateOnly? ExportedAt);
