namespace NetworkMetrics;

/// <summary>Where <see cref="ExportSnapshot.ExportedAt"/> came from.</summary>
public enum ExportDateSource
{
    /// <summary>The archive's or folder's name (<c>Basic_LinkedInDataExport_03-01-2025</c>, <c>twitter-2024-06-01-…</c>).</summary>
    ArchiveName,

    /// <summary>The export's own metadata (X's <c>manifest.js</c>).</summary>
    Metadata,

    /// <summary>Nothing states it: the date of the newest record, a lower bound of the export's date.</summary>
    NewestRecord,
}
