using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>The headline of one platform in the inputs: who, when, and the counts.</summary>
/// <param name="Platform">The platform.</param>
/// <param name="Owner">The owner's account in the newest snapshot, when the export says who it is.</param>
/// <param name="ExportedAt">When the newest snapshot was taken, when known.</param>
/// <param name="Counts">
/// Ties counted in the newest snapshot; messages counted across all snapshots, each
/// message once.
/// </param>
/// <param name="Snapshots">How many snapshots of the platform the inputs hold.</param>
public sealed record PlatformSummary(Platform Platform, Account? Owner, DateTimeOffset? ExportedAt, NetworkCounts Counts, int Snapshots);

/// <summary>
/// What <see cref="ExportImporter.InspectAsync"/> found: counts per platform, files and
/// diagnostics, without keeping the records (memory does not grow with the export).
/// </summary>
public sealed record ImportSummary
{
    /// <summary>One entry per platform present, in <see cref="Platform"/> order.</summary>
    public required ImmutableArray<PlatformSummary> Platforms { get; init; }

    /// <summary>The inputs as given, with how many of their files were recognised.</summary>
    public required ImmutableArray<ImportInput> Inputs { get; init; }

    /// <summary>The recognised files, in input order and then path order.</summary>
    public required ImmutableArray<ImportedFile> Files { get; init; }

    /// <summary>Every problem met, in input order and then file order.</summary>
    public required ImmutableArray<ImportDiagnostic> Diagnostics { get; init; }
}
