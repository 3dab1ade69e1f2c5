using NetworkMetrics.Samples.Story;

namespace NetworkMetrics.Tests.Samples;

/// <summary>
/// Finds the story's person behind an account the importer read, from what the export itself says
/// (LinkedIn profile slug or name, Facebook name, X id, card name), and counts interactions per person.
/// </summary>
internal sealed class StoryPeople
{
    private readonly Dictionary<(StoryPlatform, string), int> _byKey = [];

    public StoryPeople(StoryManifest manifest)
    {
        var names = new Dictionary<(StoryPlatform, string), int>();
        foreach (var person in manifest.People)
        {
            foreach (var account in person.Accounts)
            {
                if (account.Handle is { } handle)
                {
                    _byKey[(account.Platform, "handle:" + handle)] = person.Number;
                }

                if (account.AccountId is { } id)
                {
                    _byKey[(account.Platform, "id:" + id)] = person.Number;
                }

                if (account.Name is { } name)
                {
                    var key = (account.Platform, "name:" + name);
                    names[key] = names.ContainsKey(key) ? 0 : person.Number; // 0: two people of that name
                }
            }
        }

        foreach (var (key, number) in names)
        {
            if (number != 0)
            {
                _byKey.TryAdd(key, number);
            }
        }
    }

    /// <summary>The person number of an account, or 0 when the export does not tell (an ambiguous name, the owner).</summary>
    public int Of(Account account)
    {
        var platform = Enum.Parse<StoryPlatform>(account.Platform.ToString());
        if (account.Handle is { } handle && _byKey.TryGetValue((platform, "handle:" + handle), out var byHandle))
        {
            return byHandle;
        }

        if (_byKey.TryGetValue((platform, "id:" + account.Id), out var byId))
        {
            return byId;
        }

        return account.Name is { } name && _byKey.TryGetValue((platform, "name:" + name), out var byName) ? byName : 0;
    }

    /// <summary>Interactions per person number in [<paramref name="from"/>, <paramref name="to"/>), across the snapshots given.</summary>
    public Dictionary<int, int> Interactions(IEnumerable<ExportSnapshot> snapshots, DateTimeOffset from, DateTimeOffset to)
    {
        var counts = new Dictionary<int, int>();
        foreach (var snapshot in snapshots)
        {
            var accounts = snapshot.Accounts.ToDictionary(a => a.Key);
            foreach (var interaction in snapshot.Interactions)
            {
                if (interaction.At < from || interaction.At >= to)
                {
                    continue;
                }

                foreach (var id in interaction.AccountKeys)
                {
                    if (accounts.TryGetValue(id, out var account) && Of(account) is var number and > 0)
                    {
                        counts[number] = counts.GetValueOrDefault(number) + 1;
                    }
                }
            }
        }

        return counts;
    }
}
