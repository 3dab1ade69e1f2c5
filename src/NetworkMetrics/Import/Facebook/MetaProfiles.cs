using NetworkMetrics.Text;

namespace NetworkMetrics.Import.Facebook;

/// <summary>The owner's account as a Facebook or Instagram profile file states it, with every identifier it gives.</summary>
internal static class MetaProfiles
{
    /// <summary>
    /// The owner: the name key; the profile URL (Facebook) or the username (Instagram) as keys; emails and
    /// phones (phone keys come once the numbers are read into E.164); web sites, profiles on other platforms among them as links.
    /// </summary>
    public static Account Owner(Platform platform, string? name, string? username, string? uri, IEnumerable<string> emails, IEnumerable<string> phones, IEnumerable<string> sites)
    {
        var keys = new List<AccountKey>();
        var handle = string.IsNullOrWhiteSpace(username) ? null : username.Trim();
        var profileUrl = string.IsNullOrWhiteSpace(uri) ? null : uri.Trim();
        if (platform == Platform.Instagram && handle is not null && AccountKeys.HandleKey(Platform.Instagram, handle) is { } handleKey)
        {
            keys.Add(handleKey);
        }

        if (platform == Platform.Facebook && profileUrl is not null && AccountKeys.FacebookProfileKey(profileUrl) is { } url)
        {
            keys.Add(AccountKey.Normalized(Platform.Facebook, AccountKeyKind.Url, url));
        }

        var mails = emails.Select(e => Identifiers.CleanEmail(e) is { } clean ? new EmailAddress(clean, e.Trim()) : null).OfType<EmailAddress>()
            .DistinctBy(e => e.Address).ToList();
        keys.AddRange(mails.Select(e => e.ToKey(platform)));
        if (AccountKeys.Name(platform, name) is { } nameKey)
        {
            keys.Add(nameKey);
        }
        var links = new List<AccountKey>();
        var websites = new List<string>();
        foreach (var site in sites.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()).Distinct(StringComparer.Ordinal))
        {
            if (AccountKeys.ProfileLink(site) is { } link && link.Platform != platform)
            {
                links.Add(link);
            }
            else
            {
                websites.Add(site);
            }
        }

        keys.Sort();
        return new Account(keys[0])
        {
            Keys = [.. keys],
            Name = name,
            Handle = handle,
            ProfileUrl = profileUrl ?? (platform == Platform.Instagram && handle is not null ? Instagram.InstagramAccounts.ProfilePrefix + handle.ToLowerInvariant() : null),
            Emails = [.. mails],
            Phones = [.. phones.Select(Phones.Written).OfType<string>().Distinct(StringComparer.Ordinal).Select(p => new PhoneNumber(p))],
            Links = [.. links.Distinct()],
            Websites = [.. websites],
        };
    }
}
