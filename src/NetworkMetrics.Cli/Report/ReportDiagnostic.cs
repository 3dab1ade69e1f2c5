namespace NetworkMetrics.Cli.Report;

/// <summary>One diagnostic of the import.</summary>
/// <param name="Severity"><c>info</c>, <c>warning</c> or <c>error</c>.</param>
/// <param name="Code">The stable code (docs/diagnostics.md).</param>
/// <param name="File">The file (<c>archive.zip!/path</c>), or null for the input as a whole.</param>
/// <param name="Message">The diagnostic's own explanation (written by the importer; never a message's text).</param>
internal sealed record ReportDiagnostic(string Severity, string Code, string? File, string Message)
{
    /// <summary>The 1-based line, where known.</summary>
    public long? Line { get; init; }
}
