using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>Merges the records of one account (see <see cref="KeyUnion"/>) into one <see cref="Account"/>.</summary>
internal static class AccountMerging
{
    /// <summary>
    /// One account from its records, first record first: the first non-empty value of each detail, the
    /// union of the keys (in key order) and of the lists (in record order). The primary key is the strongest
    /// key that is not ambiguous (else the strongest); the account is ambiguous when its primary key is.
    /// </summary>
    /// <param name="records">The records, first record first.</param>
    /// <param name="ambiguous">The keys that stand for several people.</param>
    /// <param name="primary">A primary key to keep whatever the others (the owner's, as the export states it), or <see langword="null"/>.</param>
    public static Account Merge(IReadOnlyList<Account> records, IReadOnlySet<AccountKey> ambiguous, AccountKey? primary = null)
    {
        var first = records[0];
        if (records.Count == 1 && first.Keys.Length == 1)
        {
            // The common case (one record with one key) without the set below: what the general path would decide.
            var only = primary ?? first.Keys[0];
            if (first.Key == only && first.IsAmbiguous == ambiguous.Contains(only))
            {
                return first;
            }
        }

        var keys = new SortedSet<AccountKey>();
        foreach (var record in records)
        {
            foreach (var key in record.Keys)
            {
                keys.Add(key);
            }
        }

        if (primary is null)
        {
            primary = keys.Min;
            foreach (var key in keys)
            {
                if (!ambiguous.Contains(key))
                {
                    primary = key;
                    break;
                }
            }
        }

        if (records.Count == 1 && first.Key == primary && keys.Count == first.Keys.Length && IsSorted(first.Keys) && first.IsAmbiguous == ambiguous.Contains(primary.Value))
        {
            return first;
        }

        var merged = new Account(primary.Value)
        {
            Keys = [.. keys],
            Kind = first.Kind,
            Name = first.Name,
            Handle = first.Handle,
            ProfileUrl = first.ProfileUrl,
            Emails = first.Emails,
            Phones = first.Phones,
            Links = first.Links,
            Websites = first.Websites,
        };
        for (var i = 1; i < records.Count; i++)
        {
            var next = records[i];
            merged = merged with
            {
                Kind = merged.Kind == AccountKind.Organization || next.Kind == AccountKind.Organization ? AccountKind.Organization : AccountKind.Person,
                Name = merged.Name ?? next.Name,
                Handle = merged.Handle ?? next.Handle,
                ProfileUrl = merged.ProfileUrl ?? next.ProfileUrl,
                Emails = Union(merged.Emails, next.Emails, e => e.Address),
                Phones = Union(merged.Phones, next.Phones, p => p.E164 ?? p.Written),
                Links = Union(merged.Links, next.Links, l => l),
                Websites = Union(merged.Websites, next.Websites, w => w),
            };
        }

        return merged with { IsAmbiguous = ambiguous.Contains(primary.Value) };
    }

    /// <summary>Whether keys after the primary one are in key order (the primary may be anywhere in that order).</summary>
    private static bool IsSorted(ImmutableArray<AccountKey> keys)
    {
        for (var i = 2; i < keys.Length; i++)
        {
            if (keys[i - 1].CompareTo(keys[i]) >= 0)
            {
                return false;
            }
        }

        return keys.Length < 2 || keys[0].CompareTo(keys[1]) < 0;
    }

    /// <summary>The items of <paramref name="a"/>, then those of <paramref name="b"/> whose identity <paramref name="a"/> lacks.</summary>
    internal static ImmutableArray<T> Union<T, TKey>(ImmutableArray<T> a, ImmutableArray<T> b, Func<T, TKey> identity)
        where TKey : notnull
    {
        if (b.IsDefaultOrEmpty)
        {
            return a.OrEmpty();
        }

        if (a.IsDefaultOrEmpty)
        {
            return b;
        }

        var seen = new HashSet<TKey>(a.Select(identity));
        ImmutableArray<T>.Builder? builder = null;
        foreach (var item in b)
        {
            if (seen.Add(identity(item)))
            {
                builder ??= a.ToBuilder();
                builder.Add(item);
            }
        }

        return builder is null ? a : builder.ToImmutable();
    }
}
