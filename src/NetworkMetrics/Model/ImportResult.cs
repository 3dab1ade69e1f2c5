using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>
/// What an import read: one or more snapshots per platform, every file, every diagnostic.
/// </summary>
public sealed record ImportResult
{
    /// <summary>The snapshots, by platform, oldest first within a platform.</summary>
    public required ImmutableArray<ExportSnapshot> Snapshots { get; init; }

    /// <summary>The inputs as given, with how many of their files were recognised.</summary>
    public required ImmutableArray<ImportInput> Inputs { get; init; }

    /// <summary>The recognised files, in input order and then path order.</summary>
    public required ImmutableArray<ImportedFile> Files { get; init; }

    /// <summary>Every problem met, in input order and then file order.</summary>
    public required ImmutableArray<ImportDiagnostic> Diagnostics { get; init; }

    /// <summary>The platforms present, in <see cref="NetworkMetrics.Platform"/> order.</summary>
    public IEnumerable<Platform> Platforms => Snapshots.Select(s => s.Platform).Distinct().Order();

    /// <summary>
    /// The interactions of every snapshot, platform by platform and oldest snapshot first, each
    /// message once even where snapshots overlap (by the platform's id where it gives one;
    /// otherwise by conversation, sender, time and content). Within one snapshot nothing is
    /// de-duplicated: two identical messages sent in the same minute are two messages.
    /// </summary>
    /// <param name="platform">Only this platform; all when <see langword="null"/>.</param>
    /// <returns>The interactions, in a deterministic order.</returns>
    public IEnumerable<Interaction> AllInteractions(Platform? platform = null)
    {
        foreach (var group in Snapshots.Where(s => platform is null || s.Platform == platform).GroupBy(s => s.Platform))
        {
            foreach (var interaction in Import.MessageUnion.Distinct(group.Select(s => (IReadOnlyList<Interaction>)s.Interactions)))
            {
                yield return interaction;
            }
        }
    }

    /// <summary>The headline of each platform, as <see cref="ExportImporter.InspectAsync"/> reports it.</summary>
    /// <returns>One summary per platform, in <see cref="NetworkMetrics.Platform"/> order.</returns>
    public ImmutableArray<PlatformSummary> Summarize() => Import.SnapshotBuilder.Summarize(Snapshots);

    /// <summary>The newest snapshot of a platform, or <see langword="null"/> when the inputs hold none.</summary>
    /// <param name="platform">The platform.</param>
    /// <returns>The snapshot whose ties and counts describe the network as it is now.</returns>
    public ExportSnapshot? Latest(Platform platform)
    {
        ExportSnapshot? latest = null;
        foreach (var snapshot in Snapshots)
        {
            if (snapshot.Platform == platform)
            {
                latest = snapshot;
            }
        }

        return latest;
    }
}
