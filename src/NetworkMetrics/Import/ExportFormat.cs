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

    /// <summary>
    /// Whether files of this family come in a download of their own that completes the platform's
    /// main export (Messenger's end-to-end encrypted chats): an input whose files of the platform are
    /// all of such families joins the newest export of the platform given with it, rather than being a
    /// snapshot of its own (<see cref="SnapshotPlanner"/>).
    /// </summary>
    public virtual bool CompletesExport => false;

    /// <summary>Whether the first bytes of an entry whose path said <see cref="PathMatch.IfContent"/> belong to this family.</summary>
    public virtual bool MatchContent(ReadOnlySpan<byte> head) => false;

    /// <summary>
    /// Whether a file given on its own (a single input), whose path no format recognises, belongs to
    /// this family by its first bytes alone: a renamed file (<c>linkedin_connections.csv</c>,
    /// <c>chat.json</c>). Only families whose content is distinctive answer; inside archives and
    /// folders names still come first and this is not asked.
    /// </summary>
    /// <param name="head">The first bytes of the file.</param>
    /// <param name="inputPath">The file's full path, lower case, '/' separators: a folder naming a platform may decide between two that share a shape.</param>
    public virtual bool MatchLoneFile(ReadOnlySpan<byte> head, string inputPath) => false;

    /// <summary>Parses the entry, streaming records into <paramref name="context"/>.</summary>
    public abstract void Parse(Stream stream, ParseContext context);
}
