using NetworkMetrics.Text;

namespace NetworkMetrics.Import.Bluesky;

/// <summary>
/// Which blocks of a repository CAR belong to the repository: those reachable from its commit (the
/// CAR header's root) through the commit's <c>data</c> link and the Merkle search tree's nodes
/// (<c>l</c>, and each entry's record <c>v</c> and subtree <c>t</c>). A file may hold other blocks
/// too (records deleted or replaced before the export, old nodes and commits): they are not read.
/// </summary>
/// <remarks>
/// One pass, in any block order: a block is handled as it comes when it is known to be reachable (a
/// PDS writes the commit, then each node before what it links); otherwise a node waits as its links
/// and a record as what reading it gave (<see cref="Record"/>), until a reachable node links it or the
/// file ends. Blocks are known by a 64-bit hash of their CID; memory is a few dozen bytes per block,
/// plus what waits. When the file holds no commit naming a tree that is in the file, there is nothing
/// to walk: every record is read, in file order (<see cref="Flush"/>).
/// </remarks>
internal sealed class RepoTree
{
    private readonly ulong? _root;
    private readonly HashSet<ulong> _reachable = [];
    private readonly HashSet<ulong> _seen = [];
    private readonly Dictionary<ulong, ulong[]> _waitingNodes = [];
    private readonly Dictionary<ulong, (long Order, Action Read)> _waitingRecords = [];
    private readonly HashSet<ulong> _waitingOther = [];
    private readonly Stack<ulong> _stack = new();
    private ulong? _tree;
    private long _order;

    /// <param name="root">The CID of the CAR header's first root (the commit), if it names one.</param>
    public RepoTree(ReadOnlySpan<byte> root)
    {
        if (!root.IsEmpty)
        {
            _root = Key(root);
            _reachable.Add(_root.Value);
        }
    }

    /// <summary>Whether the commit and its tree's root node are in the file, so that the tree decides what is read.</summary>
    public bool Walked => _tree is { } tree && _seen.Contains(tree);

    /// <summary>Whether the commit named by the header was read (its tree may still be missing).</summary>
    public bool HasCommit => _tree is not null;

    /// <summary>Blocks of the file that the tree does not reach (meaningful when <see cref="Walked"/>).</summary>
    public int Unreachable => _waitingNodes.Count + _waitingRecords.Count + _waitingOther.Count;

    /// <summary>Blocks the tree links to that the file does not hold (meaningful when <see cref="Walked"/>).</summary>
    public int Missing
    {
        get
        {
            var missing = 0;
            foreach (var block in _reachable)
            {
                missing += _seen.Contains(block) ? 0 : 1;
            }

            return missing;
        }
    }

    /// <summary>The key of a block, from its CID's bytes.</summary>
    public static ulong Key(ReadOnlySpan<byte> cid) => FastHash.Hash64(cid);

    /// <summary>Whether the block is the header's root (the repository's current commit).</summary>
    public bool IsRoot(ulong block) => _root == block;

    /// <summary>The current commit: its tree's root is reachable.</summary>
    public void Commit(ulong block, ulong tree)
    {
        _seen.Add(block);
        _tree = tree;
        Reach(tree);
    }

    /// <summary>A Merkle search tree node and the blocks it links to.</summary>
    public void Node(ulong block, ulong[] links)
    {
        _seen.Add(block);
        if (_reachable.Contains(block))
        {
            foreach (var link in links)
            {
                Reach(link);
            }
        }
        else
        {
            _waitingNodes.TryAdd(block, links);
        }
    }

    /// <summary>A record: <paramref name="read"/> gives to the parse context what reading it gave, now if the record is reachable, else once it is (or at <see cref="Flush"/>).</summary>
    public void Record(ulong block, Action read)
    {
        _seen.Add(block);
        if (_reachable.Contains(block))
        {
            read();
        }
        else
        {
            _waitingRecords.TryAdd(block, (_order++, read));
        }
    }

    /// <summary>A block that is not read (raw data, a commit that is not the current one, a map of no known kind).</summary>
    public void Other(ulong block)
    {
        _seen.Add(block);
        if (!_reachable.Contains(block))
        {
            _waitingOther.Add(block);
        }
    }

    /// <summary>When there is no tree to walk: reads every waiting record, in file order.</summary>
    public void Flush()
    {
        foreach (var (_, read) in _waitingRecords.Values.OrderBy(r => r.Order))
        {
            read();
        }

        _waitingRecords.Clear();
    }

    private void Reach(ulong block)
    {
        _stack.Push(block);
        while (_stack.TryPop(out var next))
        {
            if (!_reachable.Add(next))
            {
                continue;
            }

            _waitingOther.Remove(next);
            if (_waitingNodes.Remove(next, out var links))
            {
                foreach (var link in links)
                {
                    _stack.Push(link);
                }
            }

            if (_waitingRecords.Remove(next, out var record))
            {
                record.Read();
            }
        }
    }
}
