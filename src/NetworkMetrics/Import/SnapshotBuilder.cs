using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import;

/// <summary>
/// Turns the engine's per-file sinks into snapshots and summaries, in a deterministic order. In a
/// snapshot, the records of one account from several files become one account (docs/model.md, "Keys"):
/// records are joined by the keys they share (<see cref="KeyUnion"/>), references are rewritten to the
/// merged account's key, phone numbers are read into E.164, and the owner is set apart.
/// </summary>
internal static class SnapshotBuilder
{
    /// <summary>A snapshot as built, with the hash of each interaction's text (by position) for de-duplication across snapshots.</summary>
    internal sealed record Built(ExportSnapshot Snapshot, ImmutableArray<ulong> ContentHashes);

    /// <summary>The snapshots of a materialised import, oldest first within each platform.</summary>
    public static List<Built> Build(IReadOnlyList<SnapshotPlan> plans, ImportOptions options)
    {
        var phones = new PhoneReader(options.DefaultPhoneRegion ?? Phones.InferRegion(WrittenPhones(plans)));
        // Snapshots are independent of each other: built side by side (an import of three platforms spent about 1.2 s
        // building them one after another, docs/performance.md), each placed by its position.
        var snapshots = new (Built Built, DateTimeOffset? SortDate, int Order)[plans.Count];
        var workers = options.MaxDegreeOfParallelism > 0 ? options.MaxDegreeOfParallelism : Environment.ProcessorCount;
        Parallel.For(0, plans.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) }, i => snapshots[i] = BuildOne(plans[i], phones));
        return [.. snapshots.OrderBy(s => s.Built.Snapshot.Platform).ThenBy(s => s.SortDate ?? DateTimeOffset.MinValue).ThenBy(s => s.Order).Select(s => s.Built)];
    }

    private static (Built Built, DateTimeOffset? SortDate, int Order) BuildOne(SnapshotPlan plan, PhoneReader phones)
    {
        var records = new Dictionary<AccountKey, List<Account>>();
        var recordOrder = new List<AccountKey>();
        var ambiguousNames = new HashSet<AccountKey>();
        var ties = new List<Tie>();
        var interactions = new List<Interaction>();
        var segments = new List<InteractionSegment>();
        var hashes = new List<ulong>();
        var conversations = new List<Conversation>();
        var offers = new List<(Account, int)>();
        var details = new List<(ImmutableArray<EmailAddress> Emails, ImmutableArray<PhoneNumber> Phones)>();
        var files = ImmutableArray.CreateBuilder<ImportedFile>();
        DateTimeOffset? reported = null;
        DateTimeOffset? newest = null;
        var held = CountKinds.None;
        var tally = new CountTally();
        foreach (var file in plan.Files)
        {
            files.Add(file.Result!);
            held |= file.Format.Holds;
            var sink = (CollectingSink)file.Sink!;
            foreach (var account in sink.Accounts)
            {
                var read = phones.Read(account);
                if (account.IsAmbiguous)
                {
                    ambiguousNames.Add(account.Key);
                }

                if (!records.TryGetValue(read.Key, out var list))
                {
                    records.Add(read.Key, list = []);
                    recordOrder.Add(read.Key);
                }

                list.Add(read);
            }

            ambiguousNames.UnionWith(sink.AmbiguousKeys);
            foreach (var tie in sink.Ties)
            {
                ties.Add(tie);
                tally.Add(tie.Kind);
                newest = Max(newest, tie.Date);
            }

            if (sink.Compact)
            {
                foreach (var segment in sink.Segments)
                {
                    tally.Messages += segment.Messages;
                    newest = Max(newest, segment.Newest);
                    segments.Add(segment);
                }
            }

            for (var i = 0; i < sink.Interactions.Count; i++)
            {
                var interaction = sink.Interactions[i];
                interactions.Add(interaction);
                hashes.Add(sink.ContentHashes[i]);
                if (CountTally.IsMessage(interaction.Channel))
                {
                    tally.Messages++;
                }

                newest = Max(newest, interaction.At);
            }

            conversations.AddRange(sink.Conversations);
            tally.Messages += sink.UndatedMessages;
            tally.UndatedMessages += sink.UndatedMessages;
            offers.AddRange(sink.OwnerOffers);
            details.AddRange(sink.OwnerDetails);
            reported ??= sink.ExportedAt;
        }

        var (owner, ownerSource) = OwnerOffers.Best(offers);
        owner = WithDetails(owner, ref ownerSource, details, plan.Platform);
        owner = owner is null ? null : phones.Read(owner);

        // One entity per primary key the parsers gave, then joined by their other keys; the owner is entity 0.
        var union = new KeyUnion();
        var entities = new List<Account>(recordOrder.Count + 1);
        if (owner is not null)
        {
            union.Add(owner.Keys);
            entities.Add(owner);
        }

        var firstEntity = entities.Count;
        foreach (var key in recordOrder)
        {
            var account = AccountMerging.Merge(records[key], ambiguousNames);
            entities.Add(account);
            union.Add(account.Keys, nameAmbiguous: ambiguousNames.Contains(key));
        }

        var addressBook = plan.Platform == Platform.AddressBook;
        union.Resolve(key => !addressBook || key.Kind == AccountKeyKind.Id);

        var map = new Dictionary<AccountKey, AccountKey>();
        var accounts = new List<Account>();
        foreach (var group in union.Groups())
        {
            var members = group.Select(i => entities[i]).ToList();
            if (firstEntity == 1 && group[0] == 0)
            {
                // The owner keeps the primary key the export states for them (inspect shows the same one); the records joined add keys.
                owner = AccountMerging.Merge(members, union.Ambiguous, owner!.Key) with { IsAmbiguous = false };
                map[owner.Key] = owner.Key;
                foreach (var i in group)
                {
                    if (i >= firstEntity)
                    {
                        map[recordOrder[i - firstEntity]] = owner.Key;
                    }
                }

                continue;
            }

            var merged = AccountMerging.Merge(members, union.Ambiguous);
            accounts.Add(merged);

            foreach (var i in group)
            {
                if (i >= firstEntity)
                {
                    map[recordOrder[i - firstEntity]] = merged.Key;
                }
            }
        }

        var exportedAt = plan.ExportedAtHint ?? reported ?? newest;
        ExportDateSource? source = plan.ExportedAtHint is not null ? ExportDateSource.ArchiveName
            : reported is not null ? ExportDateSource.Metadata
            : newest is not null ? ExportDateSource.NewestRecord : null;
        var snapshot = new ExportSnapshot
        {
            Platform = plan.Platform,
            ExportedAt = exportedAt,
            ExportedAtSource = source,
            Owner = owner,
            OwnerSource = owner is null ? null : ownerSource,
            Accounts = [.. accounts.OrderBy(a => a.Key)],
            Ties = [.. ties.Select(t => Rewrite(t, map))],
            Interactions = [.. interactions.Select(new KeyRewriter(map).Rewrite)],
            InteractionSegments = [.. InteractionSegment.WithKeys(segments, map)],
            Conversations = MergeConversations(conversations, map),
            Files = files.ToImmutable(),
            Counts = tally.ToCounts(held),
        };
        return (new Built(snapshot, [.. hashes]), plan.ExportedAtHint ?? reported ?? newest, plan.Order);
    }

    /// <summary>The summary of an <c>inspect</c>: ties from each platform's newest snapshot, messages across all, each once.</summary>
    public static ImmutableArray<PlatformSummary> Summarize(IReadOnlyList<SnapshotPlan> plans)
    {
        var perSnapshot = new List<(Platform Platform, Account? Owner, OwnerSource? OwnerSource, DateTimeOffset? ExportedAt, ExportDateSource? Source,
            NetworkCounts Counts, int Undated, Dictionary<ulong, int>? Fingerprints, int Order)>();
        foreach (var plan in plans)
        {
            var tally = new CountTally();
            var offers = new List<(Account, int)>();
            DateTimeOffset? reported = null;
            DateTimeOffset? newest = null;
            Dictionary<ulong, int>? fingerprints = null;
            var held = CountKinds.None;
            foreach (var file in plan.Files)
            {
                held |= file.Format.Holds;
                var sink = (CountingSink)file.Sink!;
                tally.Add(sink.Tally);
                offers.AddRange(sink.OwnerOffers);
                reported ??= sink.ExportedAt;
                newest = Max(newest, sink.Newest);
                if (sink.MessageFingerprints is { } counts)
                {
                    fingerprints ??= [];
                    foreach (var (key, count) in counts)
                    {
                        fingerprints[key] = fingerprints.GetValueOrDefault(key) + count;
                    }
                }
            }

            var (owner, ownerSource) = OwnerOffers.Best(offers);
            var exportedAt = plan.ExportedAtHint ?? reported ?? newest;
            ExportDateSource? source = plan.ExportedAtHint is not null ? ExportDateSource.ArchiveName
                : reported is not null ? ExportDateSource.Metadata
                : newest is not null ? ExportDateSource.NewestRecord : null;
            perSnapshot.Add((plan.Platform, owner, ownerSource, exportedAt, source, tally.ToCounts(held), tally.UndatedMessages, fingerprints, plan.Order));
        }

        var summaries = ImmutableArray.CreateBuilder<PlatformSummary>();
        foreach (var group in perSnapshot.GroupBy(s => s.Platform).OrderBy(g => g.Key))
        {
            var ordered = group.OrderBy(s => s.ExportedAt ?? DateTimeOffset.MinValue).ThenBy(s => s.Order).ToList();
            var latest = ordered[^1];
            var counts = latest.Counts;
            if (ordered.Count > 1 && counts.Messages is not null)
            {
                // Dated messages once each across snapshots; undated ones cannot be matched, so the
                // snapshot with the most of them stands for them all.
                var union = new MessageUnion();
                foreach (var snapshot in ordered)
                {
                    union.Add(snapshot.Fingerprints ?? []);
                }

                counts = counts with { Messages = union.Count + ordered.Max(s => s.Undated) };
            }

            var withOwner = latest.Owner is not null ? latest : ordered.LastOrDefault(s => s.Owner is not null);
            summaries.Add(new PlatformSummary(group.Key, withOwner.Owner, latest.ExportedAt, counts, ordered.Count)
            {
                ExportedAtSource = latest.Source,
                OwnerSource = withOwner.Owner is null ? null : withOwner.OwnerSource,
            });
        }

        return summaries.ToImmutable();
    }

    /// <summary>The owner with the emails and phones that files listing only them state (an owner of its own when nothing else names one).</summary>
    private static Account? WithDetails(Account? owner, ref OwnerSource? source, List<(ImmutableArray<EmailAddress> Emails, ImmutableArray<PhoneNumber> Phones)> details, Platform platform)
    {
        if (details.Count == 0)
        {
            return owner;
        }

        var emails = details.SelectMany(d => d.Emails).ToImmutableArray();
        var numbers = details.SelectMany(d => d.Phones).ToImmutableArray();
        if (owner is null)
        {
            if (emails.IsEmpty)
            {
                return null; // numbers alone: no key to know the owner by before they are read
            }

            owner = new Account(emails[0].ToKey(platform));
        }

        source = OwnerSource.Stated;
        return owner with
        {
            Keys = [.. owner.Keys, .. emails.Select(e => e.ToKey(platform)).Where(k => !owner.Keys.Contains(k)).Distinct()],
            Emails = AccountMerging.Union(owner.Emails, emails, e => e.Address),
            Phones = AccountMerging.Union(owner.Phones, numbers, p => p.Written),
        };
    }

    private static IEnumerable<string> WrittenPhones(IReadOnlyList<SnapshotPlan> plans)
    {
        foreach (var plan in plans)
        {
            foreach (var file in plan.Files)
            {
                if (file.Sink is CollectingSink sink)
                {
                    foreach (var account in sink.Accounts.Concat(sink.OwnerOffers.Select(o => o.Owner)))
                    {
                        foreach (var phone in account.Phones)
                        {
                            yield return phone.Written;
                        }
                    }

                    foreach (var (_, numbers) in sink.OwnerDetails)
                    {
                        foreach (var phone in numbers)
                        {
                            yield return phone.Written;
                        }
                    }
                }
            }
        }
    }

    internal static Tie Rewrite(Tie tie, IReadOnlyDictionary<AccountKey, AccountKey> map) =>
        tie.AccountKey is { } key && map.TryGetValue(key, out var to) && to != key ? tie with { AccountKey = to } : tie;

    internal static ImmutableArray<AccountKey> Rewrite(ImmutableArray<AccountKey> keys, IReadOnlyDictionary<AccountKey, AccountKey> map)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (map.TryGetValue(keys[i], out var to) && to != keys[i])
            {
                var builder = ImmutableArray.CreateBuilder<AccountKey>(keys.Length);
                foreach (var key in keys)
                {
                    var target = map.GetValueOrDefault(key, key);
                    if (!builder.Contains(target))
                    {
                        builder.Add(target);
                    }
                }

                return builder.ToImmutable();
            }
        }

        return keys;
    }

    /// <summary>One conversation per id: the parts of a split thread unioned (participants in key order, the first title, group when any part says so).</summary>
    internal static ImmutableArray<Conversation> MergeConversations(IEnumerable<Conversation> parts, IReadOnlyDictionary<AccountKey, AccountKey> map)
    {
        // A conversation most often comes in one part whose participants need no change: that part is kept as it is,
        // and the set of participants is built only for the others.
        var index = new Dictionary<(Platform, string), int>();
        var groups = new List<(Conversation Only, List<Conversation>? More)>();
        foreach (var part in parts)
        {
            ref var at = ref CollectionsMarshal.GetValueRefOrAddDefault(index, (part.Platform, part.Id), out var exists);
            if (!exists)
            {
                at = groups.Count;
                groups.Add((part, null));
            }
            else
            {
                var (only, more) = groups[at];
                (more ??= [only]).Add(part);
                groups[at] = (only, more);
            }
        }

        var merged = new Conversation[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var (only, more) = groups[g];
            merged[g] = more is null && KeptAsItIs(only, map) ? only : Merged(more ?? [only], map);
        }

        Array.Sort(merged, static (x, y) =>
        {
            var c = ((int)x.Platform).CompareTo((int)y.Platform);
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        });
        return ImmutableCollectionsMarshal.AsImmutableArray(merged);
    }

    /// <summary>Whether one part is already what merging it alone gives: no participant mapped to another key, the participants in key order once each, its kind the one they imply.</summary>
    private static bool KeptAsItIs(Conversation part, IReadOnlyDictionary<AccountKey, AccountKey> map)
    {
        var participants = part.Participants;
        if (participants.IsDefault)
        {
            return false;
        }

        for (var i = 0; i < participants.Length; i++)
        {
            if ((i > 0 && participants[i - 1].CompareTo(participants[i]) >= 0)
                || (map.Count > 0 && map.TryGetValue(participants[i], out var to) && to != participants[i]))
            {
                return false;
            }
        }

        var kind = part.Kind == ConversationKind.Group || participants.Length > 1 ? ConversationKind.Group : ConversationKind.OneToOne;
        return kind == part.Kind;
    }

    private static Conversation Merged(List<Conversation> parts, IReadOnlyDictionary<AccountKey, AccountKey> map)
    {
        var first = parts[0];
        var participants = new SortedSet<AccountKey>();
        var group = false;
        foreach (var part in parts)
        {
            foreach (var key in part.Participants)
            {
                participants.Add(map.GetValueOrDefault(key, key));
            }

            group |= part.Kind == ConversationKind.Group;
            first = first.Title is null && part.Title is not null ? first with { Title = part.Title } : first;
        }

        return first with
        {
            Participants = [.. participants],
            Kind = group || participants.Count > 1 ? ConversationKind.Group : ConversationKind.OneToOne,
        };
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    /// <summary>Reads the phones of accounts into E.164 (each written form once) and adds their keys; safe to share between threads.</summary>
    private sealed class PhoneReader(string? region)
    {
        private readonly Dictionary<string, PhoneNumber> _read = new(StringComparer.Ordinal);

        public Account Read(Account account)
        {
            if (account.Phones.IsDefaultOrEmpty)
            {
                return account;
            }

            var numbers = ImmutableArray.CreateBuilder<PhoneNumber>(account.Phones.Length);
            var keys = account.Keys.ToBuilder();
            var changed = false;
            foreach (var phone in account.Phones)
            {
                if (phone.E164 is not null)
                {
                    numbers.Add(phone);
                    continue;
                }

                PhoneNumber read;
                lock (_read)
                {
                    // Shared by the snapshots built in parallel; the phone library is called under the lock too, as it
                    // does not promise to be safe from several threads at once.
                    if (!_read.TryGetValue(phone.Written, out read!))
                    {
                        read = Phones.Read(phone.Written, region);
                        _read.Add(phone.Written, read);
                    }
                }

                if (numbers.Any(n => n.E164 is not null && n.E164 == read.E164))
                {
                    changed = true;
                    continue; // the same number written twice
                }

                numbers.Add(read);
                changed |= read.E164 is not null;
                if (read.ToKey(account.Platform) is { } key && !keys.Contains(key))
                {
                    keys.Add(key);
                }
            }

            return changed ? account with { Phones = numbers.ToImmutable(), Keys = keys.ToImmutable() } : account;
        }
    }
}

/// <summary>
/// Rewrites the account keys of interactions to the merged accounts' keys (<see cref="SnapshotBuilder.Rewrite(ImmutableArray{AccountKey}, IReadOnlyDictionary{AccountKey, AccountKey})"/>),
/// remembering the last array: the messages of one conversation come one after another with equal keys, so most
/// interactions cost a comparison instead of a dictionary lookup per key, and share one rewritten array instead of
/// each holding a copy.
/// </summary>
internal sealed class KeyRewriter(IReadOnlyDictionary<AccountKey, AccountKey> map)
{
    /// <summary>Whether the map sends every key to itself (a platform with one snapshot, across snapshots): nothing to rewrite.</summary>
    private readonly bool _identity = map.All(pair => pair.Key == pair.Value);
    private ImmutableArray<AccountKey> _from = [];
    private ImmutableArray<AccountKey> _to = [];

    public Interaction Rewrite(Interaction interaction)
    {
        if (_identity)
        {
            return interaction;
        }

        var keys = interaction.AccountKeys;
        if (!Sequences.Equal(keys, _from))
        {
            _from = keys;
            _to = SnapshotBuilder.Rewrite(keys, map);
        }

        return Sequences.Equal(_to, keys) ? interaction : interaction with { AccountKeys = _to };
    }
}
