using NetworkMetrics.Identity;

namespace NetworkMetrics.Tests.Identity;

/// <summary>
/// A synthetic multi-platform world built in code: accounts as the importer gives them (a primary key, the keys
/// of their emails, phones, handle and name) and the owners of the exports, turned into an <see cref="ImportResult"/>.
/// </summary>
public sealed class IdentityWorld
{
    private readonly List<Account> _accounts = [];
    private readonly Dictionary<Platform, Account> _owners = [];

    /// <summary>An account whose primary key is <paramref name="key"/> (string form), with the keys its details give.</summary>
    public static Account Account(string key, string? name = null, string[]? emails = null, string[]? phones = null, string[]? links = null,
        string? handle = null, bool ambiguous = false, string[]? websites = null, AccountKind kind = AccountKind.Person)
    {
        var primary = AccountKey.Parse(key);
        var platform = primary.Platform;
        var keys = new List<AccountKey> { primary };
        if (handle is not null)
        {
            keys.Add(AccountKey.Create(platform, AccountKeyKind.Handle, handle));
        }

        keys.AddRange((emails ?? []).Select(e => AccountKey.Create(platform, AccountKeyKind.Email, e)));
        keys.AddRange((phones ?? []).Select(p => AccountKey.Create(platform, AccountKeyKind.Phone, p)));
        if (name is not null)
        {
            keys.Add(AccountKey.Create(platform, AccountKeyKind.Name, name));
        }

        return new Account(primary)
        {
            Keys = [.. keys.Distinct().OrderBy(k => k)],
            Kind = kind,
            Name = name,
            Handle = handle,
            Emails = [.. (emails ?? []).Select(e => new EmailAddress(e.Trim().ToLowerInvariant(), e))],
            Phones = [.. (phones ?? []).Select(p => new PhoneNumber(p) { E164 = p })],
            Links = [.. (links ?? []).Select(AccountKey.Parse)],
            Websites = [.. websites ?? []],
            IsAmbiguous = ambiguous,
        };
    }

    public IdentityWorld Add(params Account[] accounts)
    {
        _accounts.AddRange(accounts);
        return this;
    }

    public IdentityWorld Add(string key, string? name = null, string[]? emails = null, string[]? phones = null, string[]? links = null,
        string? handle = null, bool ambiguous = false, string[]? websites = null) =>
        Add(Account(key, name, emails, phones, links, handle, ambiguous, websites));

    public IdentityWorld Owner(Account owner)
    {
        _owners[owner.Platform] = owner;
        return this;
    }

    public ImportResult Build() => Build(_accounts);

    public ImportResult Build(IEnumerable<Account> accounts)
    {
        var list = accounts.ToList();
        var platforms = list.Select(a => a.Platform).Concat(_owners.Keys).Distinct().Order();
        return new ImportResult
        {
            Snapshots = [.. platforms.Select(p => new ExportSnapshot
            {
                Platform = p,
                Owner = _owners.GetValueOrDefault(p),
                OwnerSource = _owners.ContainsKey(p) ? OwnerSource.Stated : null,
                Accounts = [.. list.Where(a => a.Platform == p).OrderBy(a => a.Key)],
                Counts = new NetworkCounts(),
            })],
            Accounts = [.. list],
            Inputs = [],
            Files = [],
            Diagnostics = [],
        };
    }

    public PeopleNetwork Resolve(IdentityOptions? options = null) => PeopleResolver.Resolve(Build(), options);
}

public static class NetworkAssertions
{
    /// <summary>The person of an account key (string form), or a failed assertion.</summary>
    public static Person Of(this PeopleNetwork network, string key) =>
        network.Find(AccountKey.Parse(key)) ?? throw new Xunit.Sdk.XunitException($"no person carries {key}");

    public static bool Together(this PeopleNetwork network, string a, string b) => ReferenceEquals(network.Of(a), network.Of(b));
}
