namespace NetworkMetrics;

/// <summary>
/// A record read from an export: an <see cref="Account"/>, a <see cref="Tie"/>, an
/// <see cref="Interaction"/> or the <see cref="ExportOwner"/>. The streaming API
/// (<see cref="ExportImporter.ReadAsync"/>) yields these as they are parsed.
/// </summary>
/// <param name="Platform">The platform whose export holds the record.</param>
public abstract record ExportRecord(Platform Platform);
