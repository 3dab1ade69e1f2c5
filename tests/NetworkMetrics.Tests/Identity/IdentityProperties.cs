using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Identity;

namespace NetworkMetrics.Tests.Identity;

/// <summary>One generated account: a platform, and indexes into small pools of names, emails, phones and handles (so that they collide).</summary>
public sealed record GenAccount(Platform Platform, int Name, int Email, int Phone, int Handle, int Link, bool Ambiguous);

/// <summary>A generated world: accounts, an owner, <c>different</c> pairs (indexes of accounts), a seed to shuffle with, and the options.</summary>
public sealed record GenWorld(GenAccount[] Accounts, bool HasOwner, (int A, int B)[] Different, (int A, int B)[] Same, int Seed, bool Weak, double MinimumConfidence)
{
    private static readonly string?[] Names = [null, "Ana Lima", "Ana Líma", "Anna", "John Smith", "Chloé Fontaine", "Chloe Fontaine", "Sam Rivera", "Alex Rivera", "Bo Chen"];
    private static readonly string?[] Emails = [null, null, "ana@example.com", "home@rivera.example", "bo@example.com"];
    private static readonly string?[] Phones = [null, null, "+14155550134", "+351912345678"];
    private static readonly string?[] Handles = [null, null, "mira_k", "bo.chen", "anna"];

    public static string KeyOf(int index, Platform platform) => platform switch
    {
        Platform.Mastodon => $"Mastodon:handle:user{index}@social.example",
        _ => $"{platform}:id:{index}",
    };

    public List<Account> Build()
    {
        var accounts = new List<Account>();
        for (var i = 0; i < Accounts.Length; i++)
        {
            var g = Accounts[i];
            var handle = g.Platform is Platform.Twitter or Platform.Instagram && Handles[g.Handle] is { } h ? h : null;
            accounts.Add(IdentityWorld.Account(KeyOf(i, g.Platform), Names[g.Name],
                Emails[g.Email] is { } e ? [e] : null, Phones[g.Phone] is { } p ? [p] : null,
                g.Link > 0 && g.Link <= Accounts.Length && Accounts[g.Link - 1].Platform != g.Platform ? [KeyOf(g.Link - 1, Accounts[g.Link - 1].Platform)] : null,
                handle, g.Ambiguous && Names[g.Name] is not null));
        }

        return accounts;
    }

    public IdentityWorld World()
    {
        var world = new IdentityWorld();
        if (HasOwner)
        {
            world.Owner(IdentityWorld.Account("LinkedIn:url:linkedin.com/in/owner", "Ana Lima", emails: ["ana@example.com"]));
            world.Owner(IdentityWorld.Account("Twitter:id:owner", "Owner", handle: "bo.chen"));
        }

        return world;
    }

    public IdentityOptions Options() => IdentityOptions.Default with
    {
        MergeWeakEvidence = Weak,
        MinimumConfidence = MinimumConfidence,
        Overrides = new IdentityOverrides(
            Different.Select(d => new IdentityOverride(OverrideRelation.Different, AccountKey.Parse(KeyOf(d.A, Accounts[d.A].Platform)), AccountKey.Parse(KeyOf(d.B, Accounts[d.B].Platform))))
            .Concat(Same.Select(d => new IdentityOverride(OverrideRelation.Same, AccountKey.Parse(KeyOf(d.A, Accounts[d.A].Platform)), AccountKey.Parse(KeyOf(d.B, Accounts[d.B].Platform)))))),
    };
}

public static class IdentityArbitraries
{
    private static Gen<GenAccount> Account(int count) =>
        from platform in Gen.Elements(Platform.LinkedIn, Platform.Facebook, Platform.Twitter, Platform.Instagram, Platform.Mastodon, Platform.AddressBook)
        from name in Gen.Choose(0, 9)
        from email in Gen.Choose(0, 4)
        from phone in Gen.Choose(0, 3)
        from handle in Gen.Choose(0, 4)
        from link in Gen.Choose(0, count * 2)
        from ambiguous in Gen.Elements(false, false, false, true)
        select new GenAccount(platform, name, email, phone, handle, link, ambiguous);

    private static Gen<(int, int)[]> Pairs(int count, int max) =>
        Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(from a in Gen.Choose(0, count - 1) from k in Gen.Choose(0, count - 2) select (a, (a + 1 + k) % count), n));

    public static Arbitrary<GenWorld> Worlds() =>
        (from count in Gen.Choose(2, 14)
         from accounts in Gen.ArrayOf(Account(count), count)
         from owner in Gen.Elements(true, false)
         from different in Pairs(count, 3)
         from same in Pairs(count, 2)
         from seed in Gen.Choose(0, int.MaxValue)
         from weak in Gen.Elements(true, false)
         from threshold in Gen.Elements(0.0, 0.5, 0.56, 0.7, 0.8, 1.0)
         select new GenWorld(accounts, owner, different, same, seed, weak, threshold)).ToArbitrary();
}

/// <summary>Properties of identity resolution over generated worlds full of collisions: shared emails, namesakes, handles alike, links.</summary>
public sealed class IdentityProperties
{
    private const int Tests = 400;

    private static string Fingerprint(PeopleNetwork network) => string.Join("\n",
        (network.Owner is null ? network.People : network.People.Prepend(network.Owner)).Select(p =>
            $"{p.Id} {p.Name} {p.IsOwner} [{string.Join(",", p.Accounts.Select(a => a.Key))}] [{string.Join(";", p.Evidence)}]")
        .Concat(network.Candidates.Select(c => c.ToString()))
        .Concat(network.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal)));

    [Property(MaxTest = Tests, Arbitrary = [typeof(IdentityArbitraries)])]
    public void The_result_does_not_depend_on_the_order_of_the_accounts_or_the_overrides(GenWorld g)
    {
        var accounts = g.Build();
        var shuffled = accounts.OrderBy(_ => 0).ToList();
        new Random(g.Seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        var reversed = g with { Different = [.. Enumerable.Reverse(g.Different)], Same = [.. Enumerable.Reverse(g.Same)] };

        var a = PeopleResolver.Resolve(g.World().Build(accounts), g.Options());
        var b = PeopleResolver.Resolve(g.World().Build(shuffled), reversed.Options());

        Assert.Equal(Fingerprint(a), Fingerprint(b));
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(IdentityArbitraries)])]
    public void Every_account_lands_in_exactly_one_person_and_the_owner_in_none(GenWorld g)
    {
        var accounts = g.Build();
        var network = PeopleResolver.Resolve(g.World().Build(accounts), g.Options());

        var placed = network.People.SelectMany(p => p.Accounts).Concat(network.Owner?.Accounts.Where(a => !a.Key.Value.Contains("owner", StringComparison.Ordinal)) ?? []).ToList();
        Assert.Equal(accounts.Select(a => a.Key).Order(), placed.Select(a => a.Key).Order());
        Assert.All(network.People, p => Assert.False(p.IsOwner));
        Assert.All(network.People.Concat(network.Owner is null ? [] : [network.Owner]), p => Assert.All(p.Evidence, e => Assert.InRange(e.Confidence, 0, 1)));
        Assert.Equal(network.People.Length, network.People.Select(p => p.Id).Distinct().Count());
        Assert.All(accounts, a => Assert.Contains(a, network.Find(a.Key)!.Accounts));
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(IdentityArbitraries)])]
    public void An_override_different_is_always_honoured(GenWorld g)
    {
        var accounts = g.Build();
        var network = PeopleResolver.Resolve(g.World().Build(accounts), g.Options());

        foreach (var (a, b) in g.Different)
        {
            Assert.NotSame(network.Find(accounts[a].Key), network.Find(accounts[b].Key));
        }
    }

    [Property(MaxTest = Tests, Arbitrary = [typeof(IdentityArbitraries)])]
    public void Without_overrides_no_person_holds_two_accounts_of_one_platform_and_only_merging_evidence_joins(GenWorld g)
    {
        var plain = g with { Different = [], Same = [] };
        var network = PeopleResolver.Resolve(plain.World().Build(plain.Build()), plain.Options());
        var options = plain.Options();

        Assert.All(network.People, p => Assert.Equal(p.Accounts.Length, p.Accounts.Select(a => a.Platform).Distinct().Count()));
        Assert.All(network.People, p => Assert.All(p.Evidence, e => Assert.True(options.Merges(e), e.ToString())));
        Assert.All(network.People, p => Assert.True(p.Evidence.Length >= p.Accounts.Length - 1));
    }
}
