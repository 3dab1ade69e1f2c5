namespace NetworkMetrics;

/// <summary>How serious an <see cref="ImportDiagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing was lost (a recognised file the library deliberately does not read).</summary>
    Info,

    /// <summary>Something was skipped or repaired: a record that could not be read, an invalid byte sequence.</summary>
    Warning,

    /// <summary>A whole file or input could not be read.</summary>
    Error,
}
