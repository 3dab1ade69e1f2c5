namespace NetworkMetrics;

/// <summary>
/// A problem met while importing: where it was (file, line, record, byte offset, each
/// <see langword="null"/> where unknown), how serious, a stable code and a readable message.
/// </summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">A stable identifier such as <c>csv.bad-date</c>, for scripts.</param>
/// <param name="Message">A readable explanation that says what was expected.</param>
public sealed record ImportDiagnostic(DiagnosticSeverity Severity, string Code, string Message)
{
    /// <summary>The file, as the user gave it or as <c>archive.zip!/path/in/archive</c>.</summary>
    public string? File { get; init; }

    /// <summary>The 1-based line where the problem starts.</summary>
    public long? Line { get; init; }

    /// <summary>The 1-based number of the record (row, array item, card) in the file.</summary>
    public long? Record { get; init; }

    /// <summary>The byte offset in the (decompressed) file.</summary>
    public long? Offset { get; init; }

    /// <inheritdoc/>
    public override string ToString()
    {
        var where = File ?? "(input)";
        if (Line is { } line)
        {
            where += FormattableString.Invariant($":{line}");
        }
        else if (Record is { } record)
        {
            where += FormattableString.Invariant($" record {record}");
        }

        var level = Severity switch
        {
            DiagnosticSeverity.Info => "info",
            DiagnosticSeverity.Warning => "warning",
            _ => "error",
        };
        return $"{where}: {level} {Code}: {Message}";
    }
}
