using System.Collections.Immutable;
using System.Formats.Cbor;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import.Bluesky;

/// <summary>
/// The repository export (Settings → Export my data: <c>repo.car</c>, or any file whose
/// first bytes are a CAR v1 header): the signed commit, the Merkle search tree and the
/// records, each a DAG-CBOR block. Records are read by <c>$type</c>:
/// <c>app.bsky.graph.follow</c> (a following tie), <c>app.bsky.graph.block</c> (a blocked tie),
/// <c>app.bsky.feed.post</c> (a reply to the parent's author; mentions from the rich-text
/// facets), <c>app.bsky.feed.like</c> (a reaction), <c>app.bsky.feed.repost</c> (a repost),
/// <c>app.bsky.actor.profile</c> (the owner's display name). The commit names the owner's DID.
/// </summary>
/// <remarks>
/// <para>What is read is the repository, not every block of the file: the records reachable from the
/// commit that the CAR header names, through the commit's tree (<see cref="RepoTree"/>). Blocks the
/// tree does not reach (records deleted or replaced before the export, old nodes and commits) are
/// ignored, counted in an info diagnostic. A file without that commit or its tree is read block by
/// block, as there is nothing to walk.</para>
/// Accounts are DIDs (the repository holds no handles). A post's mentions, other than the
/// replied-to author and the owner, make one <see cref="InteractionChannel.Mention"/>
/// (audience = their number). Replies within the owner's own threads, likes and reposts of
/// the owner's posts are no interaction. A record that is not valid DAG-CBOR is skipped with a
/// warning (the CAR framing tells where the next block starts); a framing error stops the file.
/// </remarks>
internal sealed class RepoFormat : ExportFormat
{
    private const string MentionFeature = "app.bsky.richtext.facet#mention";

    /// <summary>Extensions of files that are certainly not a CAR file: their first bytes are not even read.</summary>
    private static readonly string[] OtherExtensions =
    [
        ".json", ".js", ".csv", ".html", ".htm", ".txt", ".vcf", ".xml", ".md", ".pdf",
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp4", ".mov", ".webm", ".mp3", ".m4a", ".ogg", ".zip", ".gz",
    ];

    public override Platform Platform => Platform.Bluesky;

    public override string Id => "bluesky.repo";

    public override CountKinds Holds => CountKinds.Following;

    public override PathMatch MatchPath(string path, string name)
    {
        if (name.EndsWith(".car", StringComparison.Ordinal))
        {
            return PathMatch.Yes;
        }

        foreach (var extension in OtherExtensions)
        {
            if (name.EndsWith(extension, StringComparison.Ordinal))
            {
                return PathMatch.No;
            }
        }

        return PathMatch.IfContent;
    }

    public override bool MatchContent(ReadOnlySpan<byte> head) => CarReader.LooksLikeCar(head);

    public override void Parse(Stream stream, ParseContext context)
    {
        using var car = new CarReader(stream, context);
        var root = car.ReadHeader();
        context.Format = Id + ".car-v1";
        var repo = new Repo(context, new RepoTree(root));
        try
        {
            while (car.TryReadBlock(out var codec, out var cid, out var data, out var offset))
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (codec != CarReader.DagCbor)
                {
                    repo.Other(cid.Span);
                    continue;
                }

                try
                {
                    repo.Read(cid.Span, data, offset);
                }
                catch (Exception ex) when (ex is CborContentException or InvalidOperationException or FormatException)
                {
                    var message = ex.Message;
                    repo.Bad(cid.Span, () => context.Skip("bluesky.bad-record", $"a block is not valid DAG-CBOR ({message}); it was passed over", offset: offset));
                }
            }
        }
        catch (ExportFormatException)
        {
            // The framing broke: what was read is kept, as far as it can be told part of the repository.
            repo.Finish(cut: true);
            throw;
        }

        repo.Finish(cut: false);
    }

    /// <summary>
    /// What the records of one repository make: the owner and the records read so far. Each record is
    /// read as its block comes (the block's bytes last until the next one) into what it gives, and that
    /// is handed to the context once the tree says the record is the repository's (<see cref="RepoTree"/>).
    /// </summary>
    private sealed class Repo(ParseContext context, RepoTree tree)
    {
        private readonly Dictionary<string, int> _otherTypes = new(StringComparer.Ordinal);
        private string? _owner;
        private string? _ownerName;
        private int _notDid;

        /// <summary>The follows and blocks, one per account and kind, with the earliest date of their records, in the order first met.</summary>
        private readonly Dictionary<(TieKind Kind, string Subject), DateTimeOffset?> _graph = [];
        private int _graphDuplicates;

        public void Read(ReadOnlySpan<byte> cid, ReadOnlyMemory<byte> data, long offset)
        {
            var block = RepoTree.Key(cid);
            var kind = Classify(data, out var type, out var commitDid, out var treeRoot);
            switch (kind)
            {
                case BlockKind.Commit:
                    if (_owner is null && commitDid is not null)
                    {
                        _owner = commitDid;
                        SetOwner(confidence: 100);
                    }

                    if (tree.IsRoot(block) && treeRoot is { } root)
                    {
                        tree.Commit(block, root);
                    }
                    else
                    {
                        tree.Other(block); // an earlier commit, not the repository's current one
                    }

                    return;
                case BlockKind.Node:
                    tree.Node(block, NodeLinks(data));
                    return;
                case BlockKind.Record:
                    tree.Record(block, ReadRecord(type!, data, cid, offset));
                    return;
                default:
                    tree.Other(block);
                    return;
            }
        }

        /// <summary>A block that is not DAG-CBOR (raw data): not read, counted if the tree does not reach it.</summary>
        public void Other(ReadOnlySpan<byte> cid) => tree.Other(RepoTree.Key(cid));

        /// <summary>A block that cannot be read: its warning stands only if the block is the repository's.</summary>
        public void Bad(ReadOnlySpan<byte> cid, Action warn) => tree.Record(RepoTree.Key(cid), warn);

        /// <summary>Reads a record now; what it gives is handed to the context by the action returned.</summary>
        private Action ReadRecord(string type, ReadOnlyMemory<byte> data, ReadOnlySpan<byte> cid, long offset)
        {
            switch (type)
            {
                case "app.bsky.graph.follow":
                    return ReadGraph(data, TieKind.Following, offset);
                case "app.bsky.graph.block":
                    return ReadGraph(data, TieKind.Blocked, offset);
                case "app.bsky.feed.like":
                    return ReadSubject(data, InteractionChannel.Reaction, cid, offset);
                case "app.bsky.feed.repost":
                    return ReadSubject(data, InteractionChannel.Repost, cid, offset);
                case "app.bsky.feed.post":
                    return ReadPost(data, cid, offset);
                case "app.bsky.actor.profile":
                    return ReadProfile(data);
                default:
                    return () => _otherTypes[type] = _otherTypes.GetValueOrDefault(type) + 1;
            }
        }

        public void Finish(bool cut)
        {
            if (tree.Walked)
            {
                if (tree.Unreachable > 0)
                {
                    context.Report(DiagnosticSeverity.Info, "bluesky.unreachable-blocks", FormattableString.Invariant(
                        $"{tree.Unreachable} block(s) of the file are not reachable from the repository's commit through its tree (records deleted or replaced before the export, earlier commits and nodes): ignored"));
                }

                if (!cut && tree.Missing > 0)
                {
                    context.Report(DiagnosticSeverity.Info, "bluesky.missing-blocks", FormattableString.Invariant(
                        $"{tree.Missing} block(s) the repository's tree links to are not in the file: what they hold is not read"));
                }
            }
            else
            {
                // Nothing to walk: every record block counts, as a loose collection of records.
                tree.Flush();
                if (_owner is not null)
                {
                    context.Report(DiagnosticSeverity.Info, "bluesky.no-tree",
                        "the file does not hold the tree of the commit its header names: every record block was read, whether or not it is still in the repository");
                }
            }

            AddGraph();
            if (cut)
            {
                return;
            }

            if (_owner is null)
            {
                context.Report(DiagnosticSeverity.Info, "bluesky.no-commit", "the repository holds no commit block: the owner's DID is unknown");
            }

            if (_notDid > 0)
            {
                context.Report(DiagnosticSeverity.Info, "bluesky.not-a-did",
                    FormattableString.Invariant($"{_notDid} reference(s) whose at:// URI names a handle instead of a DID: not kept as interactions"));
            }

            if (_otherTypes.Count > 0)
            {
                var list = string.Join(", ", _otherTypes.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => FormattableString.Invariant($"{t.Key} ×{t.Value}")));
                context.Report(DiagnosticSeverity.Info, "bluesky.other-records", $"records of other types passed over: {list}");
            }
        }

        /// <summary>A follow or block: <c>{subject: did, createdAt}</c>; in 2022-era records <c>subject</c> is <c>{did, declarationCid}</c>.</summary>
        private Action ReadGraph(ReadOnlyMemory<byte> data, TieKind kind, long offset)
        {
            var (subject, createdAt) = SubjectAndDate(data, SubjectDid);
            return () => Graph(subject, createdAt, kind, offset);
        }

        private void Graph(string? subject, string? createdAt, TieKind kind, long offset)
        {
            if (!IsDid(subject))
            {
                context.Skip("bluesky.bad-subject", $"'{subject}' in subject is not a DID (expected did:plc:… or did:web:…)", offset: offset);
                return;
            }

            if (!TryDate(createdAt, offset, out var since))
            {
                return;
            }

            // Bluesky lets one account be followed (or blocked) by several records: one tie per account.
            context.Kept();
            if (_graph.TryGetValue((kind, subject!), out var earlier))
            {
                _graphDuplicates++;
                if (since < earlier)
                {
                    _graph[(kind, subject!)] = since;
                }

                return;
            }

            context.Add(Account(subject!));
            _graph.Add((kind, subject!), since);
        }

        /// <summary>The follows and blocks: a tie per account and kind, dated by its earliest record.</summary>
        private void AddGraph()
        {
            foreach (var ((kind, subject), since) in _graph)
            {
                context.Add(new Tie(Platform.Bluesky, Key(subject), kind) { Since = since });
            }

            _graph.Clear();
            if (_graphDuplicates > 0)
            {
                context.Report(DiagnosticSeverity.Info, "bluesky.duplicate-follows", FormattableString.Invariant(
                    $"{_graphDuplicates} follow or block record(s) for an account that an earlier record already follows or blocks: one tie per account, dated by its earliest record"));
            }
        }

        /// <summary>A like or repost: <c>{subject: {uri, cid}, createdAt}</c>.</summary>
        private Action ReadSubject(ReadOnlyMemory<byte> data, InteractionChannel channel, ReadOnlySpan<byte> cid, long offset)
        {
            var (uri, createdAt) = SubjectAndDate(data, StrongRefUri);
            var sourceId = Cids.ToText(cid);
            return () => Subject(uri, createdAt, channel, sourceId, offset);
        }

        private void Subject(string? uri, string? createdAt, InteractionChannel channel, string sourceId, long offset)
        {
            if (uri is null)
            {
                context.Skip("bluesky.bad-subject", "the record has no subject {uri, cid}", offset: offset);
                return;
            }

            if (!TryDate(createdAt, offset, out var at))
            {
                return;
            }

            var author = DidOf(uri);
            if (author is not null && author != _owner)
            {
                context.Add(Account(author));
                context.Add(new Interaction(Platform.Bluesky, channel, InteractionDirection.Outgoing, at!.Value)
                {
                    AccountKeys = [Key(author)],
                    SourceId = sourceId,
                });
            }

            context.Kept();
        }

        /// <summary>A post: a reply to <c>reply.parent</c>'s author, mentions from <c>facets</c>.</summary>
        private Action ReadPost(ReadOnlyMemory<byte> data, ReadOnlySpan<byte> cid, long offset)
        {
            string? createdAt = null, text = null, parent = null, root = null;
            List<string>? mentions = null;
            var reader = Open(data);
            while (NextKey(reader) is { } key)
            {
                switch (key)
                {
                    case "createdAt":
                        createdAt = Text(reader);
                        break;
                    case "text":
                        text = Text(reader);
                        break;
                    case "reply" when reader.PeekState() == CborReaderState.StartMap:
                        reader.ReadStartMap();
                        while (NextKey(reader) is { } replyKey)
                        {
                            switch (replyKey)
                            {
                                case "parent":
                                    parent = StrongRefUri(reader);
                                    break;
                                case "root":
                                    root = StrongRefUri(reader);
                                    break;
                                default:
                                    reader.SkipValue();
                                    break;
                            }
                        }

                        break;
                    case "facets" when reader.PeekState() == CborReaderState.StartArray:
                        ReadFacets(reader, ref mentions);
                        break;
                    case "entities" when reader.PeekState() == CborReaderState.StartArray:
                        ReadEntities(reader, ref mentions);
                        break;
                    default:
                        reader.SkipValue();
                        break;
                }
            }

            var sourceId = Cids.ToText(cid);
            return () => Post(createdAt, text, parent, root, mentions, sourceId, offset);
        }

        private void Post(string? createdAt, string? text, string? parent, string? root, List<string>? mentions, string sourceId, long offset)
        {
            if (!TryDate(createdAt, offset, out var at))
            {
                return;
            }

            string? repliedTo = null;
            if (parent is not null)
            {
                repliedTo = DidOf(parent);
                if (repliedTo is not null && repliedTo != _owner)
                {
                    context.Add(Account(repliedTo));
                    context.Add(new Interaction(Platform.Bluesky, InteractionChannel.Reply, InteractionDirection.Outgoing, at!.Value)
                    {
                        AccountKeys = [Key(repliedTo)],
                        SourceId = sourceId,
                        ConversationId = root ?? parent,
                        Content = context.IncludeContent ? text : null,
                    }, Fingerprint.OfContent(text));
                }
            }

            if (mentions is not null)
            {
                var ids = ImmutableArray.CreateBuilder<AccountKey>(mentions.Count);
                foreach (var did in mentions)
                {
                    if (did != _owner && did != repliedTo && !ids.Contains(Key(did)))
                    {
                        ids.Add(Key(did));
                        context.Add(Account(did));
                    }
                }

                if (ids.Count > 0)
                {
                    context.Add(new Interaction(Platform.Bluesky, InteractionChannel.Mention, InteractionDirection.Outgoing, at!.Value)
                    {
                        AccountKeys = ids.ToImmutable(),
                        Audience = ids.Count,
                        SourceId = sourceId,
                        ConversationId = root ?? parent,
                        Content = context.IncludeContent ? text : null,
                    }, Fingerprint.OfContent(text));
                }
            }

            context.Kept();
        }

        /// <summary><c>facets: [{index, features: [{$type: "…#mention", did}]}]</c>: the DIDs mentioned.</summary>
        private static void ReadFacets(CborReader reader, ref List<string>? mentions)
        {
            reader.ReadStartArray();
            while (reader.PeekState() != CborReaderState.EndArray)
            {
                if (reader.PeekState() != CborReaderState.StartMap)
                {
                    reader.SkipValue();
                    continue;
                }

                reader.ReadStartMap();
                while (NextKey(reader) is { } key)
                {
                    if (key != "features" || reader.PeekState() != CborReaderState.StartArray)
                    {
                        reader.SkipValue();
                        continue;
                    }

                    reader.ReadStartArray();
                    while (reader.PeekState() != CborReaderState.EndArray)
                    {
                        if (reader.PeekState() != CborReaderState.StartMap)
                        {
                            reader.SkipValue();
                            continue;
                        }

                        reader.ReadStartMap();
                        string? type = null, did = null;
                        while (NextKey(reader) is { } featureKey)
                        {
                            switch (featureKey)
                            {
                                case "$type":
                                    type = Text(reader);
                                    break;
                                case "did":
                                    did = Text(reader);
                                    break;
                                default:
                                    reader.SkipValue();
                                    break;
                            }
                        }

                        if (type == MentionFeature && IsDid(did))
                        {
                            (mentions ??= []).Add(did!);
                        }
                    }

                    reader.ReadEndArray();
                }
            }

            reader.ReadEndArray();
        }

        /// <summary>
        /// <c>entities: [{index: {start, end}, type: "mention", value: did}]</c>: the DIDs 2022-era posts
        /// mention, before rich-text facets (links are entities too, of type <c>link</c>).
        /// </summary>
        private static void ReadEntities(CborReader reader, ref List<string>? mentions)
        {
            reader.ReadStartArray();
            while (reader.PeekState() != CborReaderState.EndArray)
            {
                if (reader.PeekState() != CborReaderState.StartMap)
                {
                    reader.SkipValue();
                    continue;
                }

                reader.ReadStartMap();
                string? type = null, value = null;
                while (NextKey(reader) is { } key)
                {
                    switch (key)
                    {
                        case "type":
                            type = Text(reader);
                            break;
                        case "value":
                            value = Text(reader);
                            break;
                        default:
                            reader.SkipValue();
                            break;
                    }
                }

                if (type == "mention" && IsDid(value))
                {
                    (mentions ??= []).Add(value!);
                }
            }

            reader.ReadEndArray();
        }

        private Action ReadProfile(ReadOnlyMemory<byte> data)
        {
            string? name = null;
            var reader = Open(data);
            while (NextKey(reader) is { } key)
            {
                if (key == "displayName")
                {
                    name = Identifiers.CleanName(Text(reader));
                }
                else
                {
                    reader.SkipValue();
                }
            }

            return () =>
            {
                _ownerName = name;
                if (_owner is not null && _ownerName is not null)
                {
                    SetOwner(confidence: 101);
                }

                context.Kept();
            };
        }

        private void SetOwner(int confidence) =>
            context.SetOwner(Account(_owner!) with { Name = _ownerName }, confidence);

        private bool TryDate(string? createdAt, long offset, out DateTimeOffset? at)
        {
            at = null;
            if (createdAt is not null && DateParsing.TryParseIso(createdAt, out var value))
            {
                at = value;
                return true;
            }

            context.Skip("bluesky.bad-date", $"'{createdAt}' in createdAt is not a date (expected ISO 8601, e.g. 2024-05-01T09:30:00.000Z)", offset: offset);
            return false;
        }

        /// <summary>The DID in an at:// URI (<c>at://did:plc:…/app.bsky.feed.post/rkey</c>); <see langword="null"/> (and counted) when it names a handle.</summary>
        private string? DidOf(string uri)
        {
            const string Scheme = "at://";
            if (!uri.StartsWith(Scheme, StringComparison.Ordinal))
            {
                _notDid++;
                return null;
            }

            var end = uri.IndexOf('/', Scheme.Length);
            var authority = end < 0 ? uri[Scheme.Length..] : uri[Scheme.Length..end];
            if (!IsDid(authority))
            {
                _notDid++;
                return null;
            }

            return authority;
        }

        /// <summary>What a DAG-CBOR block is: a record (a map with <c>$type</c>), a commit (<c>did</c>, <c>sig</c>, <c>data</c>: the tree's root), a tree node (<c>e</c>, <c>l</c>), or something else.</summary>
        private static BlockKind Classify(ReadOnlyMemory<byte> data, out string? type, out string? did, out ulong? tree)
        {
            type = did = null;
            tree = null;
            var reader = new CborReader(data, CborConformanceMode.Lax);
            if (reader.PeekState() != CborReaderState.StartMap)
            {
                return BlockKind.Other;
            }

            reader.ReadStartMap();
            bool sig = false, root = false;
            while (reader.PeekState() != CborReaderState.EndMap)
            {
                if (reader.PeekState() != CborReaderState.TextString)
                {
                    return BlockKind.Other;
                }

                var key = reader.ReadTextString();
                switch (key)
                {
                    case "e" or "l":
                        return BlockKind.Node; // a Merkle search tree node
                    case "$type":
                        type = Text(reader);
                        return type is null ? BlockKind.Other : BlockKind.Record;
                    case "did":
                        did = Text(reader);
                        break;
                    case "sig":
                        sig = true;
                        reader.SkipValue();
                        break;
                    case "data":
                        root = true;
                        tree = CarReader.ReadLink(reader) is { } link ? RepoTree.Key(link) : null;
                        break;
                    default:
                        reader.SkipValue();
                        break;
                }
            }

            return sig && root && IsDid(did) ? BlockKind.Commit : BlockKind.Other;
        }

        /// <summary>The blocks a tree node links to: its left subtree <c>l</c>, and each entry's record <c>v</c> and right subtree <c>t</c>.</summary>
        private static ulong[] NodeLinks(ReadOnlyMemory<byte> data)
        {
            var links = new List<ulong>();
            var reader = Open(data);
            while (NextKey(reader) is { } key)
            {
                if (key == "l")
                {
                    AddLink(reader, links);
                }
                else if (key == "e" && reader.PeekState() == CborReaderState.StartArray)
                {
                    reader.ReadStartArray();
                    while (reader.PeekState() != CborReaderState.EndArray)
                    {
                        if (reader.PeekState() != CborReaderState.StartMap)
                        {
                            reader.SkipValue();
                            continue;
                        }

                        reader.ReadStartMap();
                        while (NextKey(reader) is { } entryKey)
                        {
                            if (entryKey is "v" or "t")
                            {
                                AddLink(reader, links);
                            }
                            else
                            {
                                reader.SkipValue();
                            }
                        }
                    }

                    reader.ReadEndArray();
                }
                else
                {
                    reader.SkipValue();
                }
            }

            return [.. links];

            static void AddLink(CborReader reader, List<ulong> links)
            {
                if (CarReader.ReadLink(reader) is { } link)
                {
                    links.Add(RepoTree.Key(link));
                }
            }
        }

        /// <summary>The <c>subject</c> (read by <paramref name="readSubject"/>) and <c>createdAt</c> of a follow, block, like or repost; other keys passed over.</summary>
        private static (string? Subject, string? CreatedAt) SubjectAndDate(ReadOnlyMemory<byte> data, Func<CborReader, string?> readSubject)
        {
            string? subject = null, createdAt = null;
            var reader = Open(data);
            while (NextKey(reader) is { } key)
            {
                switch (key)
                {
                    case "subject":
                        subject = readSubject(reader);
                        break;
                    case "createdAt":
                        createdAt = Text(reader);
                        break;
                    default:
                        reader.SkipValue();
                        break;
                }
            }

            return (subject, createdAt);
        }

        private static CborReader Open(ReadOnlyMemory<byte> data)
        {
            var reader = new CborReader(data, CborConformanceMode.Lax);
            reader.ReadStartMap();
            return reader;
        }

        /// <summary>The next key of the current map, or <see langword="null"/> at its end (which is then read).</summary>
        private static string? NextKey(CborReader reader)
        {
            while (true)
            {
                var state = reader.PeekState();
                if (state == CborReaderState.EndMap)
                {
                    reader.ReadEndMap();
                    return null;
                }

                if (state == CborReaderState.TextString)
                {
                    return reader.ReadTextString();
                }

                // A key that is not text (not DAG-CBOR, but readable): skip the pair.
                reader.SkipValue();
                reader.SkipValue();
            }
        }

        /// <summary>A text value, or <see langword="null"/> (the value skipped) when it is not text.</summary>
        private static string? Text(CborReader reader)
        {
            if (reader.PeekState() == CborReaderState.TextString)
            {
                return reader.ReadTextString();
            }

            reader.SkipValue();
            return null;
        }

        /// <summary>A DID subject: text, or the <c>did</c> of a 2022-era <c>{did, declarationCid}</c>; <see langword="null"/> otherwise.</summary>
        private static string? SubjectDid(CborReader reader)
        {
            if (reader.PeekState() != CborReaderState.StartMap)
            {
                return Text(reader);
            }

            reader.ReadStartMap();
            string? did = null;
            while (NextKey(reader) is { } key)
            {
                if (key == "did")
                {
                    did = Text(reader);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            return did;
        }

        /// <summary>The <c>uri</c> of a strong reference <c>{uri, cid}</c>.</summary>
        private static string? StrongRefUri(CborReader reader)
        {
            if (reader.PeekState() != CborReaderState.StartMap)
            {
                reader.SkipValue();
                return null;
            }

            reader.ReadStartMap();
            string? uri = null;
            while (NextKey(reader) is { } key)
            {
                if (key == "uri")
                {
                    uri = Text(reader);
                }
                else
                {
                    reader.SkipValue();
                }
            }

            return uri;
        }

        private static bool IsDid(string? text) =>
            text is not null && text.StartsWith("did:", StringComparison.Ordinal) && text.IndexOf(':', 4) > 4 && text.Length < 2048 &&
            !text.AsSpan().ContainsAny(" /\t\r\n");

        private static AccountKey Key(string did) => AccountKey.Normalized(Platform.Bluesky, AccountKeyKind.Id, did);

        private static Account Account(string did) =>
            new(Key(did)) { ProfileUrl = "https://bsky.app/profile/" + did };
    }

    private enum BlockKind
    {
        Other,
        Record,
        Commit,
        Node,
    }
}
