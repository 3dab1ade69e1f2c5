using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>
/// Matches the accounts of two snapshots of one platform, whatever the export generations: a LinkedIn
/// connection known by name and email in a 2021 export and by profile URL, name and email in a 2025
/// export is one account. The rule (docs/model.md, "Matching two snapshots"): two accounts match when
/// they share a key that is ambiguous in neither snapshot, taking keys strongest first, never joining two
/// accounts of the same snapshot, never joining accounts whose ids, handles or profile URLs all differ.
/// </summary>
/// <example>
/// <code>
/// var matches = AccountMatcher.Match(before.Latest(Platform.LinkedIn)!, after.Latest(Platform.LinkedIn)!);
/// Console.WriteLine($"{matches.Matched.Length} came back, {matches.OnlyBefore.Length} did not, {matches.OnlyAfter.Length} are new");
/// </code>
/// </example>
public static class AccountMatcher
{
    /// <summary>Matches the accounts of an earlier and a later snapshot of one platform.</summary>
    /// <param name="before">The earlier snapshot.</param>
    /// <param name="after">The later snapshot.</param>
    /// <returns>The matched accounts and those found in one snapshot only.</returns>
    /// <exception cref="ArgumentException">The snapshots are of different platforms.</exception>
    public static AccountMatches Match(ExportSnapshot before, ExportSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Platform != after.Platform)
        {
            throw new ArgumentException($"the snapshots are of different platforms ({before.Platform}, {after.Platform})", nameof(after));
        }

        return Match(before.Accounts, after.Accounts);
    }

    /// <summary>Matches two lists of accounts of one platform, each list holding distinct accounts (the accounts of one snapshot each).</summary>
    /// <param name="before">The earlier accounts.</param>
    /// <param name="after">The later accounts.</param>
    /// <returns>The matched accounts and those found in one list only.</returns>
    public static AccountMatches Match(IReadOnlyList<Account> before, IReadOnlyList<Account> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var union = new KeyUnion();
        foreach (var account in before)
        {
            union.Add(account.Keys, group: 0, nameAmbiguous: account.IsAmbiguous);
        }

        foreach (var account in after)
        {
            union.Add(account.Keys, group: 1, nameAmbiguous: account.IsAmbiguous);
        }

        union.Resolve(_ => true);
        var partner = new int[before.Count];
        Array.Fill(partner, -1);
        var matchedAfter = new bool[after.Count];
        var firstBefore = new Dictionary<int, int>();
        for (var i = 0; i < before.Count; i++)
        {
            firstBefore[union.Find(i)] = i;
        }

        for (var j = 0; j < after.Count; j++)
        {
            if (firstBefore.TryGetValue(union.Find(before.Count + j), out var i))
            {
                partner[i] = j;
                matchedAfter[j] = true;
            }
        }

        var matched = ImmutableArray.CreateBuilder<AccountMatch>();
        var onlyBefore = ImmutableArray.CreateBuilder<Account>();
        for (var i = 0; i < before.Count; i++)
        {
            if (partner[i] < 0)
            {
                onlyBefore.Add(before[i]);
                continue;
            }

            var b = before[i];
            var a = after[partner[i]];
            var shared = b.Keys.Where(k => a.Keys.Contains(k) && !union.Ambiguous.Contains(k)).DefaultIfEmpty(b.Key).Min();
            matched.Add(new AccountMatch(b, a, shared));
        }

        var onlyAfter = ImmutableArray.CreateBuilder<Account>();
        for (var j = 0; j < after.Count; j++)
        {
            if (!matchedAfter[j])
            {
                onlyAfter.Add(after[j]);
            }
        }

        return new AccountMatches(matched.ToImmutable(), onlyBefore.ToImmutable(), onlyAfter.ToImmutable());
    }
}
