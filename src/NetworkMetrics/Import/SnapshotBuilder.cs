using System.Collections.Immutable;

namespace NetworkMetrics.Import;

/// <summary>Turns the engine's per-file sinks into snapshots and summaries, in a deterministic order.</summary>
internal static class SnapshotBuilder
{
    /// <summary>The snapshots of a materialised import, oldest first within each platform.</summary>
    public static ImmutableArray<ExportSnapshot> Build(IReadOnlyList<SnapshotPlan> plans)
    {
        var snapshots = new List<(ExportSnapshot Snapshot, DateTimeOffset? SortDate, int Order)>();
        foreach (var plan in plans)
        {
            var accounts = new Dictionary<string, Account>(StringComparer.Ordinal);
            var ambiguous = new HashSet<string>(StringComparer.Ordinal);
            var ties = ImmutableArray.CreateBuilder<Tie>();
            var interactions = ImmutableArray.CreateBuilder<Interaction>();
            var files = ImmutableArray.CreateBuilder<ImportedFile>();
            Account? owner = null;
            var ownerConfidence = int.MinValue;
            DateTimeOffset? reported = null;
            DateTimeOffset? newest = null;
            var tally = new CountTally();
            foreach (var file in plan.Files)
            {
                files.Add(file.Result!);
                var sink = (CollectingSink)file.Sink!;
                foreach (var account in sink.Accounts)
                {
                    accounts[account.Id] = accounts.TryGetValue(account.Id, out var known) ? Merge(known, account) : account;
                }

                ambiguous.UnionWith(sink.AmbiguousIds);
                foreach (var tie in sink.Ties)
                {
                    ties.Add(tie);
                    tally.Add(tie.Kind);
                    newest = Max(newest, tie.Since);
                }

                foreach (var interaction in sink.Interactions)
                {
                    interactions.Add(interaction);
                    if (CountTally.IsMessage(interaction.Channel))
                    {
                        tally.Messages++;
                    }

                    newest = Max(newest, interaction.At);
                }

                if (sink.Owner is not null && sink.OwnerConfidence > ownerConfidence)
                {
                    owner = sink.Owner;
                    ownerConfidence = sink.OwnerConfidence;
                }

                reported ??= sink.ExportedAt;
                tally.Messages += sink.UndatedMessages;
            }

            foreach (var id in ambiguous)
            {
                if (accounts.TryGetValue(id, out var account))
                {
                    accounts[id] = account with { IsAmbiguous = true };
                }
            }

            var exportedAt = plan.ExportedAtHint ?? reported;
            var snapshot = new ExportSnapshot
            {
                Platform = plan.Platform,
                ExportedAt = exportedAt,
                Owner = owner,
                Accounts = [.. accounts.Values.OrderBy(a => a.Id, StringComparer.Ordinal)],
                Ties = ties.ToImmutable(),
                Interactions = interactions.ToImmutable(),
                Files = files.ToImmutable(),
                Counts = tally.ToCounts(plan.Platform),
            };
            snapshots.Add((snapshot, exportedAt ?? newest, plan.Order));
        }

        return [.. Order(snapshots).Select(s => s.Snapshot)];
    }

    /// <summary>The summary of an <c>inspect</c>: ties from each platform's newest snapshot, messages across all, each once.</summary>
    public static ImmutableArray<PlatformSummary> Summarize(IReadOnlyList<SnapshotPlan> plans)
    {
        var perSnapshot = new List<(Platform Platform, Account? Owner, DateTimeOffset? ExportedAt, CountTally Tally, Dictionary<ulong, int>? Fingerprints, DateTimeOffset? SortDate, int Order)>();
        foreach (var plan in plans)
        {
            var tally = new CountTally();
            Account? owner = null;
            var ownerConfidence = int.MinValue;
            DateTimeOffset? reported = null;
            DateTimeOffset? newest = null;
            Dictionary<ulong, int>? fingerprints = null;
            foreach (var file in plan.Files)
            {
                var sink = (CountingSink)file.Sink!;
                tally.Add(sink.Tally);
                if (sink.Owner is not null && sink.OwnerConfidence > ownerConfidence)
                {
                    owner = sink.Owner;
                    ownerConfidence = sink.OwnerConfidence;
                }

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

            var exportedAt = plan.ExportedAtHint ?? reported;
            perSnapshot.Add((plan.Platform, owner, exportedAt, tally, fingerprints, exportedAt ?? newest, plan.Order));
        }

        var summaries = ImmutableArray.CreateBuilder<PlatformSummary>();
        foreach (var group in perSnapshot.GroupBy(s => s.Platform).OrderBy(g => g.Key))
        {
            var ordered = group.OrderBy(s => s.SortDate ?? DateTimeOffset.MinValue).ThenBy(s => s.Order).ToList();
            var latest = ordered[^1];
            var messages = latest.Tally.Messages;
            if (ordered.Count > 1)
            {
                // Dated messages once each across snapshots; undated ones cannot be matched, so the
                // snapshot with the most of them stands for them all.
                var union = new MessageUnion();
                foreach (var snapshot in ordered)
                {
                    union.Add(snapshot.Fingerprints ?? []);
                }

                messages = union.Count + ordered.Max(s => s.Tally.UndatedMessages);
            }

            var counts = latest.Tally.ToCounts(group.Key);
            if (counts.Messages is not null)
            {
                counts = counts with { Messages = messages };
            }

            summaries.Add(new PlatformSummary(group.Key, latest.Owner ?? ordered.Select(s => s.Owner).LastOrDefault(o => o is not null),
                latest.ExportedAt, counts, ordered.Count));
        }

        return summaries.ToImmutable();
    }

    /// <summary>The summary of a materialised import, computed the same way as the counting summary.</summary>
    public static ImmutableArray<PlatformSummary> Summarize(ImmutableArray<ExportSnapshot> snapshots)
    {
        var summaries = ImmutableArray.CreateBuilder<PlatformSummary>();
        foreach (var group in snapshots.GroupBy(s => s.Platform).OrderBy(g => g.Key))
        {
            var ordered = group.ToList();
            var latest = ordered[^1];
            var counts = latest.Counts;
            if (ordered.Count > 1 && counts.Messages is not null)
            {
                var messages = MessageUnion.Distinct(ordered.Select(s => (IReadOnlyList<Interaction>)s.Interactions))
                    .Count(i => CountTally.IsMessage(i.Channel));
                var undated = ordered.Max(s => (s.Counts.Messages ?? 0) - s.Interactions.Count(i => CountTally.IsMessage(i.Channel)));
                counts = counts with { Messages = messages + undated };
            }

            summaries.Add(new PlatformSummary(group.Key, latest.Owner ?? ordered.Select(s => s.Owner).LastOrDefault(o => o is not null),
                latest.ExportedAt, counts, ordered.Count));
        }

        return summaries.ToImmutable();
    }

    private static IEnumerable<(ExportSnapshot Snapshot, DateTimeOffset? SortDate, int Order)> Order(List<(ExportSnapshot Snapshot, DateTimeOffset? SortDate, int Order)> snapshots) =>
        snapshots.OrderBy(s => s.Snapshot.Platform).ThenBy(s => s.SortDate ?? DateTimeOffset.MinValue).ThenBy(s => s.Order);

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    /// <summary>Merges two records of one account: the first non-empty value of each field, the union of the lists.</summary>
    internal static Account Merge(Account first, Account second) => first with
    {
        Name = first.Name ?? second.Name,
        Handle = first.Handle ?? second.Handle,
        ProfileUrl = first.ProfileUrl ?? second.ProfileUrl,
        Emails = Union(first.Emails, second.Emails),
        Phones = Union(first.Phones, second.Phones),
        Urls = Union(first.Urls, second.Urls),
        IsAmbiguous = first.IsAmbiguous || second.IsAmbiguous,
    };

    private static ImmutableArray<string> Union(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        if (b.IsDefaultOrEmpty)
        {
            return a;
        }

        if (a.IsDefaultOrEmpty)
        {
            return b;
        }

        var result = a.ToBuilder();
        foreach (var item in b)
        {
            if (!result.Contains(item, StringComparer.Ordinal))
            {
                result.Add(item);
            }
        }

        return result.Count == a.Length ? a : result.ToImmutable();
    }
}
