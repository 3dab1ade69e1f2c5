namespace NetworkMetrics;

/// <summary>
/// The one exception the library throws for bad input: a file that is not what its name
/// or content says, a record that cannot be read, an archive beyond the safety limits.
/// It names the file, the line or record, the byte offset where known, and what was expected.
/// In lenient mode (the default) the importer turns it into an <see cref="ImportDiagnostic"/>
/// and goes on; with <see cref="ImportOptions.Strict"/> it stops the import.
/// </summary>
public sealed class ExportFormatException : Exception
{
    /// <summary>Creates the exception from a diagnostic.</summary>
    /// <param name="diagnostic">What went wrong, and where.</param>
    public ExportFormatException(ImportDiagnostic diagnostic)
        : base((diagnostic ?? throw new ArgumentNullException(nameof(diagnostic))).ToString())
    {
        Diagnostic = diagnostic;
    }

    /// <summary>Creates the exception from a diagnostic, with the exception that caused it.</summary>
    /// <param name="diagnostic">What went wrong, and where.</param>
    /// <param name="innerException">The cause.</param>
    public ExportFormatException(ImportDiagnostic diagnostic, Exception? innerException)
        : base((diagnostic ?? throw new ArgumentNullException(nameof(diagnostic))).ToString(), innerException)
    {
        Diagnostic = diagnostic;
    }

    /// <summary>What went wrong, and where.</summary>
    public ImportDiagnostic Diagnostic { get; }

    /// <summary>The file, as the user gave it or as <c>archive.zip!/path/in/archive</c>.</summary>
    public string? File => Diagnostic.File;

    /// <summary>The 1-based line, when known.</summary>
    public long? Line => Diagnostic.Line;

    /// <summary>The 1-based record number, when known.</summary>
    public long? Record => Diagnostic.Record;

    /// <summary>The byte offset, when known.</summary>
    public long? Offset => Diagnostic.Offset;

    /// <summary>A stable identifier of the problem, such as <c>csv.missing-header</c>.</summary>
    public string Code => Diagnostic.Code;
}
