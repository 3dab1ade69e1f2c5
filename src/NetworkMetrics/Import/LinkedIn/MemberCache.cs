using System.Collections.Immutable;

namespace NetworkMetrics.Import.LinkedIn;

/// <summary>
/// The members one file names, by the raw profile URL or name the file writes (CsvHelper pools
/// repeated field strings, so a repeated counterpart costs a lookup, not a normalisation). Each
/// account is given to the sink once per file; its one-element key list is made once.
/// </summary>
internal sealed class MemberCache(ParseContext context, Func<string?, string?, Account?> create)
{
    private readonly Dictionary<(string? Url, string? Name), Entry?> _members = [];

    /// <summary>The member with this URL and/or name, or null when neither is known.</summary>
    public Entry? Get(string? url, string? name)
    {
        if (!_members.TryGetValue((url, name), out var entry))
        {
            var account = create(url, name);
            entry = account is null ? null : new Entry(account, [account.Key]);
            _members.Add((url, name), entry);
            if (account is not null)
            {
                context.Add(account);
            }
        }

        return entry;
    }

    /// <summary>A member and the one-element key list that interactions with them alone share.</summary>
    internal sealed record Entry(Account Account, ImmutableArray<AccountKey> Keys)
    {
        public string Id => Account.Id;

        /// <summary>Whether this member is the file's owner, once that is settled (set by the messages parser).</summary>
        public bool? OwnerDecision { get; set; }
    }
}
