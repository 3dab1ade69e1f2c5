using System.Runtime.InteropServices;

namespace NetworkMetrics;

/// <summary>
/// Groups records of accounts into accounts by the keys they share (docs/model.md, "Keys"): the one
/// rule behind a snapshot's accounts, the accounts of all snapshots merged, and the matching of two
/// snapshots. Keys are taken strongest first (<see cref="AccountKeyKind"/> order, then value); a key
/// joins the records that carry it unless that would join
/// <list type="bullet">
/// <item>two records of one group (two accounts of the same snapshot, when snapshots are compared),</item>
/// <item>records whose ids, handles or profile URLs all differ (two people who share a name, a household's email),</item>
/// <item>or the key is a name that a record marks as carried by several people.</item>
/// </list>
/// Such a key is ambiguous: it joins nothing. The result does not depend on the order records were added in
/// (beyond which record of a group comes first), which the property tests check.
/// </summary>
internal sealed class KeyUnion
{
    private readonly List<Entity> _entities = [];
    private readonly HashSet<AccountKey> _ambiguous = [];
    private int[] _parent = [];

    /// <summary>The keys that joined nothing because they would have joined different accounts (or a name several people carry).</summary>
    public IReadOnlySet<AccountKey> Ambiguous => _ambiguous;

    public int Count => _entities.Count;

    /// <summary>Adds a record; returns its index.</summary>
    /// <param name="keys">Its keys.</param>
    /// <param name="group">Records of one group never join (-1: no group).</param>
    /// <param name="nameAmbiguous">
    /// Whether its first key and its name keys are carried by several people (two list items with the same name
    /// and nothing else; an account marked <see cref="Account.IsAmbiguous"/>): they join nothing.
    /// </param>
    public int Add(IReadOnlyList<AccountKey> keys, int group = -1, bool nameAmbiguous = false)
    {
        _entities.Add(new Entity(keys, group, nameAmbiguous));
        return _entities.Count - 1;
    }

    /// <summary>Joins the records by their keys.</summary>
    /// <param name="mayJoin">Whether a key may join records at all (an address book's emails do not: cards are kept apart).</param>
    public void Resolve(Func<AccountKey, bool> mayJoin)
    {
        _parent = new int[_entities.Count];
        for (var i = 0; i < _parent.Length; i++)
        {
            _parent[i] = i;
        }

        var carriers = new Dictionary<AccountKey, List<int>>();
        for (var i = 0; i < _entities.Count; i++)
        {
            var entity = _entities[i];
            for (var k = 0; k < entity.Keys.Count; k++)
            {
                var key = entity.Keys[k];
                if (entity.NameAmbiguous && (k == 0 || key.Kind == AccountKeyKind.Name))
                {
                    _ambiguous.Add(key);
                    continue;
                }

                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(carriers, key, out _);
                list ??= [];
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        var shared = carriers.Where(c => c.Value.Count > 1 && !_ambiguous.Contains(c.Key)).Select(c => c.Key).ToList();
        shared.Sort();
        var summaries = new Dictionary<int, Summary>();
        var roots = new List<int>();
        foreach (var key in shared)
        {
            roots.Clear();
            foreach (var entity in carriers[key])
            {
                var root = Find(entity);
                if (!roots.Contains(root))
                {
                    roots.Add(root);
                }
            }

            if (roots.Count < 2 || !mayJoin(key))
            {
                continue;
            }

            roots.Sort();
            var merged = SummaryOf(roots[0], summaries).Copy();
            var conflict = false;
            for (var r = 1; r < roots.Count && !conflict; r++)
            {
                var next = SummaryOf(roots[r], summaries);
                conflict = merged.ConflictsWith(next);
                merged.Add(next);
            }

            if (conflict)
            {
                _ambiguous.Add(key);
                continue;
            }

            foreach (var root in roots)
            {
                _parent[root] = roots[0];
                summaries.Remove(root);
            }

            summaries[roots[0]] = merged;
        }

        // A key still carried by records of several accounts is ambiguous too (a name of two people,
        // an email two cards share): it names none of them for sure.
        foreach (var (key, list) in carriers)
        {
            var first = Find(list[0]);
            for (var i = 1; i < list.Count; i++)
            {
                if (Find(list[i]) != first)
                {
                    _ambiguous.Add(key);
                    break;
                }
            }
        }
    }

    /// <summary>The representative of the account a record belongs to (after <see cref="Resolve"/>).</summary>
    public int Find(int entity)
    {
        var root = entity;
        while (_parent[root] != root)
        {
            root = _parent[root];
        }

        while (_parent[entity] != root)
        {
            var next = _parent[entity];
            _parent[entity] = root;
            entity = next;
        }

        return root;
    }

    /// <summary>The records of each account, by representative, in record order; the accounts in the order of their first record.</summary>
    public List<List<int>> Groups()
    {
        var byRoot = new Dictionary<int, List<int>>();
        var order = new List<List<int>>();
        for (var i = 0; i < _entities.Count; i++)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(byRoot, Find(i), out var exists);
            if (!exists)
            {
                list = [];
                order.Add(list);
            }

            list!.Add(i);
        }

        return order;
    }

    /// <summary>Whether a key is one of the identifying kinds whose values differ between two different accounts.</summary>
    internal static bool IsExclusive(AccountKeyKind kind) => kind is AccountKeyKind.Id or AccountKeyKind.Handle or AccountKeyKind.Url;

    private Summary SummaryOf(int root, Dictionary<int, Summary> summaries)
    {
        if (!summaries.TryGetValue(root, out var summary))
        {
            summary = new Summary();
            summary.Add(_entities[root]);
            summaries[root] = summary;
        }

        return summary;
    }

    private sealed record Entity(IReadOnlyList<AccountKey> Keys, int Group, bool NameAmbiguous);

    /// <summary>What an account being formed holds: its groups and its exclusive keys.</summary>
    private sealed class Summary
    {
        private readonly List<int> _groups = [];
        private readonly List<AccountKey> _exclusive = [];

        public void Add(Entity entity)
        {
            if (entity.Group >= 0 && !_groups.Contains(entity.Group))
            {
                _groups.Add(entity.Group);
            }

            foreach (var key in entity.Keys)
            {
                if (IsExclusive(key.Kind) && !_exclusive.Contains(key))
                {
                    _exclusive.Add(key);
                }
            }
        }

        public void Add(Summary other)
        {
            foreach (var group in other._groups)
            {
                if (!_groups.Contains(group))
                {
                    _groups.Add(group);
                }
            }

            foreach (var key in other._exclusive)
            {
                if (!_exclusive.Contains(key))
                {
                    _exclusive.Add(key);
                }
            }
        }

        public Summary Copy()
        {
            var copy = new Summary();
            copy.Add(this);
            return copy;
        }

        /// <summary>Two accounts of one group, or a kind of exclusive key both hold with no value in common.</summary>
        public bool ConflictsWith(Summary other)
        {
            foreach (var group in other._groups)
            {
                if (_groups.Contains(group))
                {
                    return true;
                }
            }

            foreach (var kind in (ReadOnlySpan<AccountKeyKind>)[AccountKeyKind.Id, AccountKeyKind.Handle, AccountKeyKind.Url])
            {
                var mine = false;
                var theirs = false;
                var common = false;
                foreach (var key in _exclusive)
                {
                    if (key.Kind == kind)
                    {
                        mine = true;
                        common |= other._exclusive.Contains(key);
                    }
                }

                foreach (var key in other._exclusive)
                {
                    theirs |= key.Kind == kind;
                }

                if (mine && theirs && !common)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
