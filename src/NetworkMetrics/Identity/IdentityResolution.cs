using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using NetworkMetrics.Text;

namespace NetworkMetrics.Identity;

/// <summary>
/// One run of identity resolution (docs/identity.md). Every account is an entry; contacts are nodes of a union-find,
/// the owner's accounts together one more node. Evidence is found by blocking (a dictionary per kind of normalised
/// token: emails, phones, web sites, names, folded names, handles, and the key index for profile links), never by
/// comparing all pairs; it is then applied strongest first, each union refused when it would join two accounts of
/// one platform, a pair an override calls different, or the owner on less than strong evidence.
/// </summary>
internal sealed class IdentityResolution
{
    private const int NoNode = -1;
    private const int Shared = -2;

    private readonly ImportResult _result;
    private readonly IdentityOptions _options;
    private readonly List<Account> _entries = [];
    private readonly int _contacts;
    private readonly int _ownerNode = NoNode;
    private readonly Dictionary<AccountKey, int> _keyIndex = [];
    private readonly Dictionary<AccountKey, List<int>> _sharedKeys = [];
    private readonly List<Found> _found = [];
    private readonly List<ImportDiagnostic> _diagnostics = [];

    // Per entry: the normalised name, its folded form, its first folded word and its number of words.
    private string?[] _names = [];
    private string?[] _folded = [];
    private string?[] _first = [];
    private int[] _words = [];

    // Union-find over nodes.
    private int[] _parent = [];
    private int[] _size = [];
    private int[] _platforms = [];
    private bool[] _owner = [];
    private readonly Dictionary<int, List<int>> _different = [];

    public IdentityResolution(ImportResult result, IdentityOptions options)
    {
        _result = result;
        _options = options;
        _entries.AddRange(result.Accounts.OrEmpty());
        if (!IsSorted(_entries))
        {
            _entries.Sort(static (x, y) => x.Key.CompareTo(y.Key)); // ImportResult.Accounts is in key order already: this is for records built otherwise
        }

        _contacts = _entries.Count;
        var owners = new Dictionary<AccountKey, Account>();
        foreach (var snapshot in result.Snapshots.OrEmpty().Reverse())
        {
            if (snapshot.Owner is { } owner)
            {
                owners.TryAdd(owner.Key, owner); // the newest snapshot's owner account first
            }
        }

        if (owners.Count > 0)
        {
            _ownerNode = _contacts;
            _entries.AddRange(owners.Values.OrderBy(a => a.Key));
        }
    }

    private static bool IsSorted(List<Account> accounts)
    {
        for (var i = 1; i < accounts.Count; i++)
        {
            if (accounts[i - 1].Key.CompareTo(accounts[i].Key) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private int NodeCount => _ownerNode == NoNode ? _contacts : _contacts + 1;

    private int NodeOf(int entry) => entry < _contacts ? entry : _ownerNode;

    public PeopleNetwork Run()
    {
        InitializeNodes();
        IndexKeys();
        ReadNames();
        BlockIdentifiers();
        LinkProfiles();
        MatchNames();
        MatchHandles();
        var overrides = ApplyOverrides();
        var (accepted, notMerged) = ApplyEvidence();
        return Build(overrides.Concat(accepted), notMerged);
    }

    private void InitializeNodes()
    {
        var count = NodeCount;
        _parent = new int[count];
        _size = new int[count];
        _platforms = new int[count];
        _owner = new bool[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }

        for (var e = 0; e < _entries.Count; e++)
        {
            _platforms[NodeOf(e)] |= 1 << (int)_entries[e].Platform;
        }

        if (_ownerNode != NoNode)
        {
            _owner[_ownerNode] = true;
        }
    }

    private void IndexKeys()
    {
        for (var e = 0; e < _entries.Count; e++)
        {
            foreach (var key in _entries[e].Keys)
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_keyIndex, key, out var exists);
                if (!exists)
                {
                    slot = e;
                }
                else if (slot >= 0 && NodeOf(slot) != NodeOf(e))
                {
                    _sharedKeys[key] = [slot, e];
                    slot = Shared;
                }
                else if (slot == Shared)
                {
                    _sharedKeys[key].Add(e);
                }
            }
        }
    }

    /// <summary>The entry an account key names (any key of any account), or -1 when none or several people's accounts do.</summary>
    private int EntryOf(AccountKey key)
    {
        if (_keyIndex.TryGetValue(key, out var entry))
        {
            return entry >= 0 ? entry : NoNode;
        }

        return _result.FindAccount(key) is { } account && _keyIndex.TryGetValue(account.Key, out var merged) && merged >= 0 ? merged : NoNode;
    }

    private void ReadNames()
    {
        var n = _entries.Count;
        _names = new string?[n];
        _folded = new string?[n];
        _first = new string?[n];
        _words = new int[n];
        for (var e = 0; e < n; e++)
        {
            var account = _entries[e];
            string? name = null;
            foreach (var key in account.Keys)
            {
                if (key.Kind == AccountKeyKind.Name)
                {
                    name = key.Value;
                    break;
                }
            }

            name ??= AccountKeys.Normalize(account.Platform, AccountKeyKind.Name, account.Name);
            if (name is null)
            {
                continue;
            }

            _names[e] = name;
            _folded[e] = NameFolding.Fold(name);
            _words[e] = NameFolding.Words(name);
        }
    }

    private bool NamesConflict(int a, int b) => _words[a] >= 2 && _words[b] >= 2 && NameFolding.Conflict(FirstWord(a), _words[a], FirstWord(b), _words[b]);

    /// <summary>The first word of an entry's folded name, computed when first asked (most names are never compared).</summary>
    private string? FirstWord(int entry) => _first[entry] ??= _folded[entry] is { } folded ? NameFolding.FirstWord(folded) : null;

    private static void Add(Dictionary<string, List<int>> groups, string token, int entry)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, token, out _);
        list ??= new List<int>(1);
        if (list.Count == 0 || list[^1] != entry)
        {
            list.Add(entry);
        }
    }

    /// <summary>Step 1 and the web-site half of step 2: emails, phones and web sites, each shared token checked for a household or a company.</summary>
    private void BlockIdentifiers()
    {
        var emails = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var phones = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var sites = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < _entries.Count; e++)
        {
            var account = _entries[e];
            foreach (var email in account.Emails)
            {
                Add(emails, email.Address, e);
            }

            foreach (var phone in account.Phones)
            {
                if (phone.E164 is { } e164)
                {
                    Add(phones, e164, e);
                }
            }

            foreach (var key in account.Keys)
            {
                if (key.Kind == AccountKeyKind.Email)
                {
                    Add(emails, key.Value, e);
                }
                else if (key.Kind == AccountKeyKind.Phone)
                {
                    Add(phones, key.Value, e);
                }
            }

            foreach (var site in account.Websites)
            {
                if (AccountKeys.ProfileLink(site) is null && AccountKeys.Website(site) is { } normal)
                {
                    Add(sites, normal, e);
                }
            }
        }

        Pairs(emails, EvidenceKind.SameEmail, "email", static (token, names) => new ImportDiagnostic(DiagnosticSeverity.Info, "identity.shared-email",
            $"the email {token} is on the accounts of different people ({names}): a household's or a company's, not evidence"));
        Pairs(phones, EvidenceKind.SamePhone, "phone", static (token, names) => new ImportDiagnostic(DiagnosticSeverity.Info, "identity.shared-phone",
            $"the phone {token} is on the accounts of different people ({names}): a household's or a company's, not evidence"));
        Pairs(sites, EvidenceKind.SameWebsite, "web site", null);
    }

    /// <summary>
    /// Evidence for every pair of accounts of different people that carry a token, unless the token is shared: two
    /// accounts of one platform carry it (two cards), or two of its carriers have names of different people.
    /// </summary>
    private void Pairs(Dictionary<string, List<int>> groups, EvidenceKind kind, string what, Func<string, string, ImportDiagnostic>? shared)
    {
        foreach (var (token, carriers) in groups)
        {
            if (carriers.Count < 2 || !SeveralNodes(carriers))
            {
                continue;
            }

            if (IsShared(carriers, checkNames: true))
            {
                if (shared is not null)
                {
                    _diagnostics.Add(shared(token, string.Join(", ", carriers.Select(c => $"{_entries[c].Platform} '{_entries[c].Name ?? _entries[c].Id}'"))));
                }

                continue;
            }

            AllPairs(carriers, kind, $"{what} {token}", checkNames: false);
        }
    }

    private bool SeveralNodes(List<int> carriers)
    {
        var first = NodeOf(carriers[0]);
        for (var i = 1; i < carriers.Count; i++)
        {
            if (NodeOf(carriers[i]) != first)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the carriers include two accounts of one platform in different nodes, or (when asked) two whose names are different people's.</summary>
    private bool IsShared(List<int> carriers, bool checkNames)
    {
        Span<int> byPlatform = stackalloc int[8];
        byPlatform.Fill(NoNode);
        foreach (var c in carriers)
        {
            var platform = (int)_entries[c].Platform;
            var node = NodeOf(c);
            if (byPlatform[platform] == NoNode)
            {
                byPlatform[platform] = node;
            }
            else if (byPlatform[platform] != node)
            {
                return true;
            }
        }

        if (checkNames)
        {
            for (var i = 0; i < carriers.Count; i++)
            {
                for (var j = i + 1; j < carriers.Count; j++)
                {
                    if (NodeOf(carriers[i]) != NodeOf(carriers[j]) && NamesConflict(carriers[i], carriers[j]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private void AllPairs(List<int> carriers, EvidenceKind kind, string detail, bool checkNames)
    {
        for (var i = 0; i < carriers.Count; i++)
        {
            for (var j = i + 1; j < carriers.Count; j++)
            {
                var (a, b) = (carriers[i], carriers[j]);
                if (NodeOf(a) != NodeOf(b) && !(checkNames && NamesConflict(a, b)))
                {
                    AddFound(kind, a, b, detail);
                }
            }
        }
    }

    private void AddFound(EvidenceKind kind, int a, int b, string detail)
    {
        var (keyA, keyB) = (_entries[a].Key, _entries[b].Key);
        if (keyB < keyA)
        {
            (a, b, keyA, keyB) = (b, a, keyB, keyA);
        }

        _found.Add(new Found(new IdentityEvidence(kind, keyA, keyB, detail, IdentityEvidence.ConfidenceOf(kind)), NodeOf(a), NodeOf(b), Order(kind, a, b)));
    }

    /// <summary>Step 2: a link (<see cref="Account.Links"/>) that is a key of another account, unless accounts of different people of one platform name the same target.</summary>
    private void LinkProfiles()
    {
        var byTarget = new Dictionary<int, List<(int Source, AccountKey Link)>>();
        for (var e = 0; e < _entries.Count; e++)
        {
            foreach (var link in _entries[e].Links)
            {
                if (_keyIndex.TryGetValue(link, out var target) && target >= 0 && NodeOf(target) != NodeOf(e) && !NamesConflict(e, target))
                {
                    ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(byTarget, target, out _);
                    (list ??= []).Add((e, link));
                }
            }
        }

        foreach (var (target, sources) in byTarget)
        {
            if (sources.Count > 1 && IsShared([.. sources.Select(s => s.Source)], checkNames: false))
            {
                continue;
            }

            foreach (var (source, link) in sources)
            {
                AddFound(EvidenceKind.ProfileLink, source, target, $"{_entries[source].Platform} names {link}");
            }
        }
    }

    /// <summary>Step 4: full names (two words or more) carried by one account on each platform that has them; the owner's accounts take no part.</summary>
    private void MatchNames()
    {
        // Folded names are compared only where some name lost its diacritics: ASCII names join that
        // dictionary only when they meet such a form, so that it stays small (most names are ASCII).
        var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var folded = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < _contacts; e++)
        {
            if (_names[e] is { } name && _words[e] >= 2 && _entries[e].Kind == AccountKind.Person)
            {
                Add(exact, name, e);
                if (!ReferenceEquals(_folded[e], name))
                {
                    Add(folded, _folded[e]!, e);
                }
            }
        }

        for (var e = 0; e < _contacts; e++)
        {
            if (_names[e] is { } name && ReferenceEquals(_folded[e], name) && _words[e] >= 2 && _entries[e].Kind == AccountKind.Person
                && folded.TryGetValue(name, out var list))
            {
                list.Add(e);
            }
        }

        foreach (var (name, carriers) in exact)
        {
            if (carriers.Count < 2)
            {
                continue;
            }

            if (AnyAmbiguous(carriers) || IsShared(carriers, checkNames: false))
            {
                if (carriers.Select(c => _entries[c].Platform).Distinct().Skip(1).Any())
                {
                    _diagnostics.Add(new ImportDiagnostic(DiagnosticSeverity.Info, "identity.ambiguous-name",
                        string.Create(CultureInfo.InvariantCulture, $"the name '{name}' is carried by {carriers.Count} accounts, several on one platform: not evidence")));
                }

                continue;
            }

            AllPairs(carriers, EvidenceKind.SameName, $"name '{name}'", checkNames: false);
        }

        foreach (var (name, carriers) in folded)
        {
            if (carriers.Count < 2 || AnyAmbiguous(carriers) || IsShared(carriers, checkNames: false))
            {
                continue;
            }

            for (var i = 0; i < carriers.Count; i++)
            {
                for (var j = i + 1; j < carriers.Count; j++)
                {
                    if (!string.Equals(_names[carriers[i]], _names[carriers[j]], StringComparison.Ordinal))
                    {
                        AddFound(EvidenceKind.SameNameFolded, carriers[i], carriers[j], $"name '{name}' without diacritics");
                    }
                }
            }
        }
    }

    private bool AnyAmbiguous(List<int> carriers)
    {
        foreach (var c in carriers)
        {
            if (_entries[c].IsAmbiguous)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Step 3: the same handle on two platforms (Mastodon's user part, a Bluesky handle without <c>.bsky.social</c>), without names of different people.</summary>
    private void MatchHandles()
    {
        var handles = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var e = 0; e < _contacts; e++)
        {
            var account = _entries[e];
            if (account.Kind != AccountKind.Person)
            {
                continue;
            }

            var handle = account.Handle is { } h ? AccountKeys.Handle(account.Platform, h) : null;
            if (handle is null)
            {
                foreach (var key in account.Keys)
                {
                    if (key.Kind == AccountKeyKind.Handle)
                    {
                        handle = key.Value;
                        break;
                    }
                }
            }

            if (HandleToken(account.Platform, handle) is { Length: >= 3 } token)
            {
                Add(handles, token, e);
            }
        }

        foreach (var (handle, carriers) in handles)
        {
            if (carriers.Count >= 2 && !IsShared(carriers, checkNames: false))
            {
                AllPairs(carriers, EvidenceKind.SameHandle, $"handle '{handle}'", checkNames: true);
            }
        }
    }

    private static string? HandleToken(Platform platform, string? handle)
    {
        if (handle is null)
        {
            return null;
        }

        if (platform == Platform.Mastodon && handle.IndexOf('@', StringComparison.Ordinal) is > 0 and var at)
        {
            return handle[..at];
        }

        return platform == Platform.Bluesky && handle.EndsWith(".bsky.social", StringComparison.Ordinal) ? handle[..^".bsky.social".Length] : handle;
    }

    /// <summary>Registers the <c>different</c> pairs and applies the <c>same</c> ones; returns the overrides' evidence.</summary>
    private List<Found> ApplyOverrides()
    {
        _diagnostics.AddRange(_options.Overrides.Diagnostics);
        var items = _options.Overrides.Items;
        var resolved = new List<(IdentityOverride Item, int A, int B)>();
        foreach (var item in items)
        {
            var (a, b) = (EntryOf(item.A), EntryOf(item.B));
            if (a == NoNode || b == NoNode)
            {
                Warn(item, new ImportDiagnostic(DiagnosticSeverity.Warning, "identity.override-unknown-key", $"no account (or the accounts of several people) carries {(a == NoNode ? item.A : item.B)}; the override was ignored"));
                continue;
            }

            resolved.Add((item, a, b));
        }

        foreach (var (item, a, b) in resolved.Where(r => r.Item.Relation == OverrideRelation.Different))
        {
            var (na, nb) = (NodeOf(a), NodeOf(b));
            if (na == nb)
            {
                Warn(item, new ImportDiagnostic(DiagnosticSeverity.Warning, "identity.override-conflict", $"{item.A} and {item.B} are the same account, or both the owner's: 'different' cannot be honoured"));
                continue;
            }

            Forbid(na, nb);
            Forbid(nb, na);
        }

        var accepted = new List<Found>();
        foreach (var (item, a, b) in resolved.Where(r => r.Item.Relation == OverrideRelation.Same)
            .OrderBy(r => _entries[r.A].Key).ThenBy(r => _entries[r.B].Key))
        {
            var (x, y) = _entries[a].Key < _entries[b].Key ? (a, b) : (b, a);
            var found = new Found(new IdentityEvidence(EvidenceKind.Override, _entries[x].Key, _entries[y].Key,
                item.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"overrides line {line}") : "override", 1.0), NodeOf(x), NodeOf(y));
            if (Union(found, bypass: true) == UnionResult.Refused)
            {
                Warn(item, new ImportDiagnostic(DiagnosticSeverity.Warning, "identity.override-conflict", $"'same' for {item.A} and {item.B} contradicts a 'different' override; 'different' wins"));
                continue;
            }

            accepted.Add(found);
        }

        return accepted;
    }

    private void Warn(IdentityOverride item, ImportDiagnostic diagnostic) => _diagnostics.Add(diagnostic with { File = item.File, Line = item.Line });

    private void Forbid(int node, int other)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_different, node, out _);
        (list ??= []).Add(other);
    }

    private (List<Found> Accepted, List<Found> NotMerged) ApplyEvidence()
    {
        _found.Sort(static (x, y) =>
        {
            var c = x.Order.CompareTo(y.Order);
            return c == 0 ? string.CompareOrdinal(x.Evidence.Detail, y.Evidence.Detail) : c;
        });

        var accepted = new List<Found>();
        var notMerged = new List<Found>();
        foreach (var found in _found)
        {
            if (!_options.Merges(found.Evidence))
            {
                notMerged.Add(found);
                continue;
            }

            switch (Union(found, bypass: false))
            {
                case UnionResult.Refused:
                    notMerged.Add(found);
                    break;
                default:
                    accepted.Add(found);
                    break;
            }
        }

        return (accepted, notMerged);
    }

    private int Find(int node)
    {
        while (_parent[node] != node)
        {
            _parent[node] = _parent[_parent[node]];
            node = _parent[node];
        }

        return node;
    }

    private UnionResult Union(Found found, bool bypass)
    {
        var (ra, rb) = (Find(found.NodeA), Find(found.NodeB));
        if (ra == rb)
        {
            return UnionResult.Same;
        }

        if (IsForbidden(ra, rb))
        {
            return UnionResult.Refused;
        }

        if (!bypass && ((_platforms[ra] & _platforms[rb]) != 0 || ((_owner[ra] || _owner[rb]) && !IdentityEvidence.IsStrong(found.Evidence.Kind))))
        {
            return UnionResult.Refused;
        }

        if (_size[ra] < _size[rb])
        {
            (ra, rb) = (rb, ra);
        }

        _parent[rb] = ra;
        _size[ra] += _size[rb];
        _platforms[ra] |= _platforms[rb];
        _owner[ra] |= _owner[rb];
        if (_different.Remove(rb, out var moved))
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_different, ra, out _);
            (list ??= []).AddRange(moved);
        }

        return UnionResult.Merged;
    }

    private bool IsForbidden(int ra, int rb)
    {
        _different.TryGetValue(ra, out var a);
        _different.TryGetValue(rb, out var b);
        if (a is null && b is null)
        {
            return false;
        }

        var (list, other) = b is null || (a is not null && a.Count <= b.Count) ? (a!, rb) : (b, ra);
        foreach (var node in list)
        {
            if (Find(node) == other)
            {
                return true;
            }
        }

        return false;
    }

    private PeopleNetwork Build(IEnumerable<Found> accepted, List<Found> notMerged)
    {
        // Entries bucketed by their root (a counting sort: no dictionary of lists), in entry order within a bucket,
        // which is key order for contacts.
        var count = _entries.Count;
        var roots = new int[count];
        var sizes = new int[NodeCount + 1];
        for (var e = 0; e < count; e++)
        {
            roots[e] = Find(NodeOf(e));
            sizes[roots[e] + 1]++;
        }

        for (var i = 1; i < sizes.Length; i++)
        {
            sizes[i] += sizes[i - 1];
        }

        var starts = (int[])sizes.Clone();
        var ordered = new int[count];
        for (var e = 0; e < count; e++)
        {
            ordered[starts[roots[e]]++] = e;
        }

        var evidence = new Dictionary<int, List<IdentityEvidence>>();
        foreach (var found in accepted)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(evidence, Find(found.NodeA), out _);
            (list ??= []).Add(found.Evidence);
        }

        if (_ownerNode != NoNode)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(evidence, Find(_ownerNode), out _);
            list ??= [];
            for (var i = _contacts + 1; i < count; i++)
            {
                var (a, b) = (_entries[_contacts], _entries[i]);
                list.Add(new IdentityEvidence(EvidenceKind.Owner, a.Key, b.Key, $"the owner of the {a.Platform} and the {b.Platform} export", 1.0));
            }
        }

        Person? owner = null;
        var people = new List<Person>(NodeCount);
        var personOf = new Person[count];
        for (var root = 0; root < NodeCount; root++)
        {
            var (from, to) = (sizes[root], sizes[root + 1]);
            if (from == to)
            {
                continue;
            }

            var person = MakePerson(ordered.AsSpan(from, to - from), evidence.GetValueOrDefault(root), _owner[root]);
            foreach (var e in ordered.AsSpan(from, to - from))
            {
                personOf[e] = person;
            }

            if (person.IsOwner)
            {
                owner = person;
            }
            else
            {
                people.Add(person);
            }
        }

        people.Sort(static (x, y) => string.CompareOrdinal(x.Id, y.Id));
        var candidates = ImmutableArray.CreateBuilder<IdentityEvidence>();
        var refused = 0;
        foreach (var found in notMerged)
        {
            if (Find(found.NodeA) != Find(found.NodeB))
            {
                candidates.Add(found.Evidence);
                refused += _options.Merges(found.Evidence) ? 1 : 0;
            }
        }

        if (refused > 0)
        {
            _diagnostics.Add(new ImportDiagnostic(DiagnosticSeverity.Info, "identity.merge-refused",
                string.Create(CultureInfo.InvariantCulture, $"{refused} pieces of evidence did not merge: they would have joined two accounts of one platform, the owner on less than strong evidence, or accounts an override calls different (see the candidates)")));
        }

        // Find reuses the key index: a key of one entry is that entry's person; a key several entries carry is a
        // person only when they all ended up in one.
        var shared = new Dictionary<AccountKey, Person>();
        foreach (var (key, carriers) in _sharedKeys)
        {
            if (carriers.TrueForAll(c => ReferenceEquals(personOf[c], personOf[carriers[0]])))
            {
                shared[key] = personOf[carriers[0]];
            }
        }

        var index = _keyIndex;
        Person? Lookup(AccountKey key) =>
            index.TryGetValue(key, out var entry) ? (entry >= 0 ? personOf[entry] : shared.GetValueOrDefault(key))
            : _result.FindAccount(key) is { } account && index.TryGetValue(account.Key, out var merged) && merged >= 0 ? personOf[merged] : null;

        return new PeopleNetwork(owner, [.. people], candidates.ToImmutable(), [.. _diagnostics], Lookup);
    }

    private Person MakePerson(ReadOnlySpan<int> entries, List<IdentityEvidence>? evidence, bool isOwner)
    {
        var builder = ImmutableArray.CreateBuilder<Account>(entries.Length);
        foreach (var e in entries)
        {
            builder.Add(_entries[e]);
        }

        if (isOwner)
        {
            builder.Sort(static (x, y) => x.Key.CompareTo(y.Key)); // the owner's own accounts come after the contacts
        }

        var accounts = builder.MoveToImmutable();
        var idKey = accounts[0].Key;
        string? name = null;
        (int Words, int Platform) best = (0, int.MaxValue);
        foreach (var account in accounts)
        {
            if (StrongerOrSmaller(account.Key, idKey))
            {
                idKey = account.Key;
            }

            if (account.Name is not { Length: > 0 } candidate)
            {
                continue;
            }

            var rank = (Math.Min(NameFolding.Words(candidate.Trim()), 2), PlatformRank(account.Platform));
            if (name is null || rank.Item1 > best.Words || (rank.Item1 == best.Words && rank.Item2 < best.Platform)
                || (rank == best && string.CompareOrdinal(candidate, name) < 0))
            {
                (name, best) = (candidate, rank);
            }
        }

        var sorted = ImmutableArray<IdentityEvidence>.Empty;
        if (evidence is not null)
        {
            evidence.Sort(static (x, y) =>
            {
                var c = y.Confidence.CompareTo(x.Confidence);
                c = c != 0 ? c : ((int)x.Kind).CompareTo((int)y.Kind);
                c = c != 0 ? c : x.A.CompareTo(y.A);
                c = c != 0 ? c : x.B.CompareTo(y.B);
                return c != 0 ? c : string.CompareOrdinal(x.Detail, y.Detail);
            });
            sorted = [.. evidence];
        }

        return new Person(PeopleNetwork.IdOf(idKey)) { Name = name, IsOwner = isOwner, Accounts = accounts, Evidence = sorted, IdKey = idKey };
    }

    /// <summary>Kinds strongest first, then platform, then value.</summary>
    private static bool StrongerOrSmaller(AccountKey a, AccountKey b)
    {
        var c = ((int)a.Kind).CompareTo((int)b.Kind); // as ints: Enum.CompareTo(object) boxes
        if (c == 0)
        {
            c = ((int)a.Platform).CompareTo((int)b.Platform);
        }

        return (c == 0 ? string.CompareOrdinal(a.Value, b.Value) : c) < 0;
    }

    /// <summary>Whose name a person takes: the address book's (the owner's own naming), then LinkedIn's, Facebook's, Instagram's, X's, Mastodon's, Bluesky's.</summary>
    private static int PlatformRank(Platform platform) => platform switch
    {
        Platform.AddressBook => 0,
        Platform.LinkedIn => 1,
        Platform.Facebook => 2,
        Platform.Instagram => 3,
        Platform.Twitter => 4,
        Platform.Mastodon => 5,
        _ => 6,
    };

    private enum UnionResult
    {
        Merged,
        Same,
        Refused,
    }

    /// <summary>
    /// The order evidence is applied in: kind (the kinds are declared strongest first, so this is also confidence,
    /// highest first), then the two entries (whose order is their keys', the same whatever the input order).
    /// </summary>
    private static long Order(EvidenceKind kind, int a, int b) => ((long)kind << 56) | ((long)a << 28) | (uint)b;

    private readonly record struct Found(IdentityEvidence Evidence, int NodeA, int NodeB, long Order = 0);
}
