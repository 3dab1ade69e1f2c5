using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using NetworkMetrics.Identity;

namespace NetworkMetrics.Benchmarks;

/// <summary>
/// Identity resolution (src/NetworkMetrics/Identity, docs/identity.md) over 100,000 accounts across six platforms
/// (scaled by NETMETRICS_BENCH_SCALE), built in code in GlobalSetup: about 45,000 people with one to four accounts
/// each, emails on LinkedIn connections and cards, phones on cards and Instagram, card URLs naming LinkedIn and X
/// profiles, handles on X, Instagram and Mastodon, full names from a pool that collides (namesakes, households
/// sharing an email). <c>Resolve</c> is <see cref="PeopleResolver.Resolve"/>; the baseline, <c>GroupByKeys</c>,
/// only groups the same accounts by their normalised emails, phones, names and handles in dictionaries, as any
/// blocking must. The gate is a Ratio of at most 5 within one run (aim: under 0.5 s on one core).
/// </summary>
[MemoryDiagnoser]
public class IdentityBenchmarks
{
    private static readonly Platform[] Platforms = [Platform.LinkedIn, Platform.Facebook, Platform.Twitter, Platform.Instagram, Platform.Mastodon, Platform.AddressBook];
    private static readonly string[] First = ["ana", "bo", "chloé", "dmitri", "eva", "farid", "grace", "hana", "ivan", "jun", "kofi", "lena", "mira", "noor", "omar", "priya", "quinn", "rosa", "sam", "tomás", "uma", "vik", "wen", "xenia", "yusuf", "zoë"];
    private ImportResult _import = null!;

    [GlobalSetup]
    public void Setup() => _import = Generate(BenchmarkData.Scaled(100_000), seed: 42);

    /// <summary>The synthetic import: <paramref name="accounts"/> accounts of people on one to four of six platforms, and an owner on three.</summary>
    internal static ImportResult Generate(int accounts, int seed)
    {
        var random = new Random(seed);
        var list = new List<Account>(accounts);
        var person = 0;
        while (list.Count < accounts)
        {
            person++;
            var name = $"{First[random.Next(First.Length)]} {Surname(random.Next(Math.Max(50, accounts / 6)))}";
            var email = random.Next(10) < 4 ? (random.Next(50) == 0 ? $"family{random.Next(accounts / 100 + 1)}@home.example" : $"p{person}@mail.example") : null;
            var phone = random.Next(10) < 3 ? "+4915" + (100_000_000 + person).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
            var handle = $"{name.Replace(' ', '_')}{(random.Next(3) == 0 ? string.Empty : person.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
            var platforms = Platforms.OrderBy(_ => random.Next()).Take(1 + random.Next(4)).ToList();
            foreach (var platform in platforms)
            {
                if (list.Count == accounts)
                {
                    break;
                }

                list.Add(AccountOn(platform, person, name, email, phone, handle, platforms, random));
            }
        }

        return new ImportResult
        {
            Snapshots = [new ExportSnapshot
            {
                Platform = Platform.LinkedIn,
                Owner = new Account(AccountKey.Create(Platform.LinkedIn, AccountKeyKind.Url, "https://www.linkedin.com/in/owner")) { Name = "Avery Quill", Emails = [new EmailAddress("avery@quill.example", "avery@quill.example")] },
                Counts = new NetworkCounts(),
            }],
            Accounts = [.. list.DistinctBy(a => a.Key).OrderBy(a => a.Key)], // in key order, as ImportResult.Accounts is
            Inputs = [],
            Files = [],
            Diagnostics = [],
        };
    }

    private static string Surname(int n) => string.Concat("k", n.ToString(System.Globalization.CultureInfo.InvariantCulture), "son");

    private static Account AccountOn(Platform platform, int person, string name, string? email, string? phone, string handle, List<Platform> platforms, Random random)
    {
        var number = person.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var primary = platform switch
        {
            Platform.LinkedIn => AccountKey.Create(platform, AccountKeyKind.Url, "https://www.linkedin.com/in/" + handle.Replace('_', '-')),
            Platform.Facebook => AccountKey.Create(platform, AccountKeyKind.Name, name + " " + number),
            Platform.Twitter => AccountKey.Create(platform, AccountKeyKind.Id, "10" + number),
            Platform.Instagram => AccountKey.Create(platform, AccountKeyKind.Handle, handle),
            Platform.Mastodon => AccountKey.Create(platform, AccountKeyKind.Handle, handle + "@social.example"),
            _ => AccountKey.Create(platform, AccountKeyKind.Id, $"{name} <{email ?? phone ?? number}>"),
        };
        var keys = new List<AccountKey> { primary };
        var hasEmail = email is not null && platform is Platform.LinkedIn or Platform.AddressBook;
        var hasPhone = phone is not null && platform is Platform.AddressBook or Platform.Instagram;
        if (hasEmail)
        {
            keys.Add(AccountKey.Create(platform, AccountKeyKind.Email, email!));
        }

        if (hasPhone)
        {
            keys.Add(AccountKey.Create(platform, AccountKeyKind.Phone, phone!));
        }

        if (platform == Platform.Twitter)
        {
            keys.Add(AccountKey.Create(platform, AccountKeyKind.Handle, handle));
        }

        var displayName = platform == Platform.Facebook ? name + " " + number : name; // Facebook names are unique here: no name evidence from them
        keys.Add(AccountKey.Create(platform, AccountKeyKind.Name, displayName));
        var links = new List<AccountKey>();
        if (platform == Platform.AddressBook && random.Next(2) == 0)
        {
            if (platforms.Contains(Platform.LinkedIn))
            {
                links.Add(AccountKey.Create(Platform.LinkedIn, AccountKeyKind.Url, "https://www.linkedin.com/in/" + handle.Replace('_', '-')));
            }

            if (platforms.Contains(Platform.Twitter))
            {
                links.Add(AccountKey.Create(Platform.Twitter, AccountKeyKind.Handle, handle));
            }
        }

        return new Account(primary)
        {
            Keys = [.. keys.Distinct().OrderBy(k => k)],
            Name = displayName,
            Handle = platform is Platform.Twitter or Platform.Instagram or Platform.Mastodon ? primary.Kind == AccountKeyKind.Handle ? primary.Value : handle : null,
            Emails = hasEmail ? [new EmailAddress(email!, email!)] : [],
            Phones = hasPhone ? [new PhoneNumber(phone!) { E164 = phone }] : [],
            Links = [.. links],
        };
    }

    /// <summary>The floor: the accounts grouped by their normalised emails, phones, names and handles, nothing more.</summary>
    [Benchmark(Baseline = true)]
    public int GroupByKeys()
    {
        var emails = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var phones = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var names = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var handles = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var links = new Dictionary<AccountKey, List<int>>();
        var accounts = _import.Accounts;
        for (var i = 0; i < accounts.Length; i++)
        {
            foreach (var key in accounts[i].Keys)
            {
                var groups = key.Kind switch
                {
                    AccountKeyKind.Email => emails,
                    AccountKeyKind.Phone => phones,
                    AccountKeyKind.Name => names,
                    AccountKeyKind.Handle => handles,
                    _ => null,
                };
                if (groups is not null)
                {
                    ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, key.Value, out _);
                    (list ??= []).Add(i);
                }

                ref var carriers = ref CollectionsMarshal.GetValueRefOrAddDefault(links, key, out _);
                (carriers ??= []).Add(i);
            }
        }

        return emails.Count + phones.Count + names.Count + handles.Count + links.Count;
    }

    [Benchmark]
    public int Resolve() => PeopleResolver.Resolve(_import).People.Length;

    [Benchmark]
    public int ResolveWeak() => PeopleResolver.Resolve(_import, IdentityOptions.Default with { MergeWeakEvidence = true }).People.Length;
}
