using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>
/// Everything one platform's export said at the moment it was taken: the owner, the
/// accounts, the ties and the interactions. Several exports of one platform taken at
/// different times are several snapshots; one export split across several archives is one.
/// </summary>
public sealed record ExportSnapshot
{
    /// <summary>The platform.</summary>
    public required Platform Platform { get; init; }

    /// <summary>When the export was taken (from the archive's name or its own metadata, else its newest record); <see langword="null"/> when nothing says.</summary>
    public DateTimeOffset? ExportedAt { get; init; }

    /// <summary>The owner, when the export says who it is.</summary>
    public Account? Owner { get; init; }

    /// <summary>Every account the export mentions, by <see cref="Account.Id"/>, in id order.</summary>
    public ImmutableArray<Account> Accounts { get; init; } = [];

    /// <summary>The ties, in the order of the files and records that hold them.</summary>
    public ImmutableArray<Tie> Ties { get; init; } = [];

    /// <summary>The interactions, in the order of the files and records that hold them.</summary>
    public ImmutableArray<Interaction> Interactions { get; init; } = [];

    /// <summary>The files this snapshot was read from.</summary>
    public ImmutableArray<ImportedFile> Files { get; init; } = [];

    /// <summary>The headline counts of this snapshot.</summary>
    public required NetworkCounts Counts { get; init; }
}
