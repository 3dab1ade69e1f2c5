using System.Collections.Immutable;

namespace NetworkMetrics.Import;

/// <summary>
/// What an <see cref="ImportResult"/> holds beyond its snapshots: the accounts of all snapshots merged
/// per platform, every interaction once with the merged accounts' keys, the conversations, the summaries
/// (docs/model.md, "Accounts across snapshots").
/// </summary>
internal static class ResultBuilder
{
    public static ImportResult Build(List<SnapshotBuilder.Built> built, ImmutableArray<ImportInput> inputs, ImmutableArray<ImportedFile> files,
        ImmutableArray<ImportDiagnostic> diagnostics)
    {
        var accounts = ImmutableArray.CreateBuilder<Account>();
        var interactions = ImmutableArray.CreateBuilder<Interaction>();
        var segments = ImmutableArray.CreateBuilder<InteractionSegment>();
        var conversations = new List<Conversation>();
        var summaries = ImmutableArray.CreateBuilder<PlatformSummary>();
        var index = new Dictionary<AccountKey, Account>();
        foreach (var platform in built.GroupBy(b => b.Snapshot.Platform).OrderBy(g => g.Key))
        {
            var snapshots = platform.ToList(); // oldest first
            var maps = MergeAccounts(snapshots, accounts, index);
            var messages = 0;
            var rewriters = maps.Select(m => new KeyRewriter(m)).ToList();
            foreach (var (s, i) in Distinct(snapshots))
            {
                var interaction = rewriters[s].Rewrite(snapshots[s].Snapshot.Interactions[i]);
                interactions.Add(interaction);
                if (CountTally.IsMessage(interaction.Channel))
                {
                    messages++;
                }
            }

            messages += DistinctSegments(snapshots, maps, segments);
            for (var s = 0; s < snapshots.Count; s++)
            {
                var map = maps[s];
                conversations.AddRange(map.Count == 0 ? snapshots[s].Snapshot.Conversations : snapshots[s].Snapshot.Conversations.Select(c => c with
                {
                    Participants = [.. c.Participants.Select(k => map.GetValueOrDefault(k, k))],
                }));
            }

            var latest = snapshots[^1].Snapshot;
            var counts = latest.Counts;
            if (snapshots.Count > 1 && counts.Messages is not null)
            {
                // Dated messages once each across snapshots; undated ones cannot be matched, so the snapshot with the most of them stands for them all.
                var undated = snapshots.Max(s => (s.Snapshot.Counts.Messages ?? 0) - s.Snapshot.Interactions.Count(i => CountTally.IsMessage(i.Channel))
                    - s.Snapshot.InteractionSegments.Sum(segment => segment.Messages));
                counts = counts with { Messages = messages + undated };
            }

            var withOwner = latest.Owner is not null ? latest : snapshots.Select(s => s.Snapshot).LastOrDefault(s => s.Owner is not null);
            summaries.Add(new PlatformSummary(platform.Key, withOwner?.Owner, latest.ExportedAt, counts, snapshots.Count)
            {
                ExportedAtSource = latest.ExportedAtSource,
                OwnerSource = withOwner?.OwnerSource,
            });
        }

        return new ImportResult
        {
            Snapshots = [.. built.Select(b => b.Snapshot)],
            Accounts = accounts.ToImmutable(),
            Interactions = interactions.ToImmutable(),
            InteractionSegments = segments.ToImmutable(),
            Conversations = SnapshotBuilder.MergeConversations(conversations, new Dictionary<AccountKey, AccountKey>()),
            Summaries = summaries.ToImmutable(),
            Inputs = inputs,
            Files = files,
            Diagnostics = diagnostics,
            AccountIndex = index,
        };
    }

    /// <summary>A platform's interactions once each across its snapshots (<see cref="MessageUnion.Distinct"/>); with one snapshot, all of them, without fingerprints.</summary>
    private static IEnumerable<(int Snapshot, int Index)> Distinct(List<SnapshotBuilder.Built> snapshots)
    {
        if (snapshots.Count == 1)
        {
            return Enumerable.Range(0, snapshots[0].Snapshot.Interactions.Length).Select(i => (0, i));
        }

        var fingerprints = snapshots.Select(s => (IReadOnlyList<ulong>)[.. s.Snapshot.Interactions.Select((i, n) => Fingerprint.Of(i, s.ContentHashes[n]))]).ToList();
        return MessageUnion.Distinct(fingerprints);
    }

    /// <summary>
    /// The compact form of <see cref="Distinct"/> (<see cref="ImportOptions.KeepInteractionRecords"/> off): each
    /// snapshot's segments with their keys rewritten to the merged accounts' and, across several snapshots, a keep mask
    /// over the occurrences an earlier snapshot already holds. Returns how many messages were kept.
    /// </summary>
    private static int DistinctSegments(List<SnapshotBuilder.Built> snapshots, List<Dictionary<AccountKey, AccountKey>> maps,
        ImmutableArray<InteractionSegment>.Builder into)
    {
        if (snapshots.All(s => s.Snapshot.InteractionSegments.IsEmpty))
        {
            return 0;
        }

        var rewritten = snapshots.Select((s, n) => InteractionSegment.WithKeys(s.Snapshot.InteractionSegments, maps[n])).ToList();
        if (snapshots.Count > 1)
        {
            if (rewritten.Any(list => list.Any(segment => !segment.HasFingerprints)))
            {
                throw new InvalidOperationException("A platform with several snapshots was read without message fingerprints.");
            }

            var fingerprints = rewritten.Select(list =>
            {
                var all = new List<ulong>(list.Sum(segment => segment.Rows.Length));
                foreach (var segment in list)
                {
                    foreach (ref readonly var row in segment.Rows)
                    {
                        all.Add(row.Fingerprint);
                    }
                }

                return (IReadOnlyList<ulong>)all;
            }).ToList();
            var keep = rewritten.Select(list => list.Select(segment => new bool[segment.Rows.Length]).ToList()).ToList();
            var (snapshot, segmentIndex, start) = (-1, 0, 0);
            foreach (var (s, i) in MessageUnion.Distinct(fingerprints))
            {
                if (s != snapshot)
                {
                    (snapshot, segmentIndex, start) = (s, 0, 0);
                }

                // Positions come in order within a snapshot: walk its segments forward.
                while (i - start >= rewritten[s][segmentIndex].Rows.Length)
                {
                    start += rewritten[s][segmentIndex].Rows.Length;
                    segmentIndex++;
                }

                keep[s][segmentIndex][i - start] = true;
            }

            rewritten = [.. rewritten.Select((list, s) => list.Select((segment, n) => segment.Where(keep[s][n])).ToList())];
        }

        var messages = 0;
        foreach (var segment in rewritten.SelectMany(list => list))
        {
            into.Add(segment);
            messages += segment.Messages;
        }

        return messages;
    }

    /// <summary>
    /// Merges the accounts of a platform's snapshots (never two of one snapshot), the newest snapshot's
    /// details first; returns, per snapshot, its account keys to the merged accounts' keys.
    /// </summary>
    private static List<Dictionary<AccountKey, AccountKey>> MergeAccounts(List<SnapshotBuilder.Built> snapshots,
        ImmutableArray<Account>.Builder merged, Dictionary<AccountKey, Account> index)
    {
        var ambiguousInIndex = new HashSet<AccountKey>();
        if (snapshots.Count == 1)
        {
            // One snapshot: its records never join (KeyUnion keeps the records of one group apart), so every account
            // stands as it is and no key is rewritten (an empty map). The same accounts, index and order as through the
            // union, without its work: most imports hold one snapshot of each platform.
            var only = snapshots[0].Snapshot.Accounts;
            foreach (var account in only)
            {
                Index(account, account, index, ambiguousInIndex);
            }

            Unindex(ambiguousInIndex, index);
            merged.AddRange(only.OrderBy(a => a.Key));
            return [[]];
        }

        var union = new KeyUnion();
        var owners = new List<(int Snapshot, Account Account)>();
        for (var s = snapshots.Count - 1; s >= 0; s--)
        {
            foreach (var account in snapshots[s].Snapshot.Accounts)
            {
                union.Add(account.Keys, group: s, nameAmbiguous: account.IsAmbiguous);
                owners.Add((s, account));
            }
        }

        union.Resolve(_ => true);
        var maps = snapshots.Select(_ => new Dictionary<AccountKey, AccountKey>()).ToList();
        var platformAccounts = new List<Account>();
        foreach (var group in union.Groups())
        {
            var records = group.Select(i => owners[i].Account).ToList();
            var account = snapshots.Count == 1 ? records[0] : AccountMerging.Merge(records, union.Ambiguous) with
            {
                IsAmbiguous = records.All(r => r.IsAmbiguous),
            };
            platformAccounts.Add(account);
            foreach (var i in group)
            {
                var (s, record) = owners[i];
                maps[s][record.Key] = account.Key;
                Index(record, account, index, ambiguousInIndex);
            }
        }

        Unindex(ambiguousInIndex, index);
        merged.AddRange(platformAccounts.OrderBy(a => a.Key));
        return maps;
    }

    /// <summary>Indexes every key of a record under its merged account; a key already under another account is ambiguous.</summary>
    private static void Index(Account record, Account account, Dictionary<AccountKey, Account> index, HashSet<AccountKey> ambiguous)
    {
        foreach (var key in record.Keys)
        {
            if (!index.TryAdd(key, account) && !ReferenceEquals(index[key], account))
            {
                ambiguous.Add(key);
            }
        }
    }

    /// <summary>Removes the ambiguous keys from the index: they name no one account.</summary>
    private static void Unindex(HashSet<AccountKey> ambiguous, Dictionary<AccountKey, Account> index)
    {
        foreach (var key in ambiguous)
        {
            index.Remove(key);
        }
    }
}
