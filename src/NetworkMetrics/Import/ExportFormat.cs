namespace NetworkMetrics.Import;

/// <summary>How a file name matches a format.</summary>
internal enum PathMatch
{
    /// <summary>Not this format.</summary>
    No,

    /// <summary>This format, by name alone.</summary>
    Yes,

    /// <summary>Possibly this format: look at the first bytes (<see cref="ExportFormat.MatchContent"/>).</summary>
    IfContent,
}

/// <summary>
/// One file family of one platform (LinkedIn's Connections.csv, Facebook's friends JSON…),
/// across all its generations: detection by path and content, and a streaming parser.
/// Generations are data the parser recognises (headers, property names), not copies of code.
/// </summary>
internal abstract class ExportFormat
{
    /// <summary>The platform.</summary>
    public abstract Platform Platform { get; }

    /// <summary>The family id, such as <c>linkedin.connections</c>; the parser refines it with the generation.</summary>
    public abstract string Id { get; }

    /// <summary>Whether an entry belongs to this family, from its path.</summary>
    /// <param name="path">The entry path, lower case, '/' separators.</param>
    /// <param name="name">The file name, lower case.</param>
    public abstract PathMatch MatchPath(string path, string name);

    /// <summary>
    /// When the file is parsed: files of phase 0 (profiles, manifests) are parsed before the
    /// others of the same snapshot, so that those can use what they state (<see cref="SnapshotState"/>).
    /// </summary>
    public virtual int Phase => 1;

    /// <summary>
    /// Whether the files of this family in one snapshot are parsed one after another in path
    /// order (for parsers that share state across files, such as the address book's contact
    /// union): their results then do not depend on thread timing.
    /// </summary>
    public virtual bool ParseInOrder => false;

    /// <summary>
    /// The headline counts a file of this family holds (0 or more): a snapshot's count is known only
    /// when one of its files holds it (<see cref="CountKinds"/>).
    /// </summary>
    public virtual CountKinds Holds => CountKinds.None;

    /// <summary>Whether the first bytes of an entry whose path said <see cref="PathMatch.IfContent"/> belong to this family.</summary>
    public virtual bool MatchContent(ReadOnlySpan<byte> head) => false;

    /// <summary>Parses the entry, streaming records into <paramref name="context"/>.</summary>
    public abstract void Parse(Stream stream, ParseContext context);
}
