using NetworkMetrics.Archives;

namespace NetworkMetrics.Import;

/// <summary>A recognised entry: its format, and the entry as the format saw it (its path may be widened, see <see cref="FormatRegistry.Detect"/>).</summary>
/// <param name="Format">The file family.</param>
/// <param name="Entry">The entry, with the path the format matched.</param>
internal readonly record struct Detection(ExportFormat Format, ArchiveEntry Entry);
