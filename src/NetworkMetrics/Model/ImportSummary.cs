using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>
/// What <see cref="ExportImporter.InspectAsync"/> found: counts per platform, files and
/// diagnostics, without keeping the records (memory does not grow with the export). Equality is by value.
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

    /// <inheritdoc/>
    public bool Equals(ImportSummary? other) =>
        other is not null && Sequences.Equal(Platforms, other.Platforms) && Sequences.Equal(Inputs, other.Inputs)
        && Sequences.Equal(Files, other.Files) && Sequences.Equal(Diagnostics, other.Diagnostics);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Sequences.Hash(Platforms), Files.Length, Diagnostics.Length);
}
