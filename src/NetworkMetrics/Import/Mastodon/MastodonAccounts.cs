namespace NetworkMetrics.Import.Mastodon;

/// <summary>
/// Mastodon account addresses (<c>user@domain</c>) as handle keys, and the author of a status
/// or actor URL where the URL says it (<c>https://domain/users/user/statuses/123</c>,
/// <c>https://domain/@user/123</c>).
/// </summary>
internal static class MastodonAccounts
{
    /// <summary>Mastodon's first release: a status id that decodes to an earlier time is not a Mastodon snowflake id.</summary>
    private static readonly DateTimeOffset FirstRelease = new(2016, 3, 16, 0, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset LatestPlausible = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// An account address (<c>user@domain</c> or <c>@user@domain</c>) as an account id:
    /// lower case, without the leading <c>@</c>; <see langword="null"/> when the text is not one.
    /// </summary>
    public static string? ParseAddress(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (value.StartsWith('@'))
        {
            value = value[1..];
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == value.Length - 1 || value.IndexOf('@', at + 1) >= 0)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c is '/' or '\\' or ',' or ';' or '<' or '>' or '"' or '\'' or '?' or '#')
            {
                return null;
            }
        }

        return value.ToLowerInvariant();
    }

    /// <summary>The handle key of an address already parsed by <see cref="ParseAddress"/>.</summary>
    public static AccountKey Key(string address) => AccountKey.Normalized(Platform.Mastodon, AccountKeyKind.Handle, address);

    /// <summary>The account of an address already parsed by <see cref="ParseAddress"/>.</summary>
    public static Account Account(string address)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return new Account(Key(address))
        {
            Handle = address,
            ProfileUrl = "https://" + address[(at + 1)..] + "/@" + address[..at],
        };
    }

    /// <summary>
    /// The author of a status, activity or actor URL, as an account id, where the URL follows
    /// Mastodon's (or GoToSocial's, Pixelfed's) shapes: <c>/users/user[/statuses/id[/activity]]</c>,
    /// <c>/@user[/id]</c>, <c>/@user@other.domain/id</c>, <c>/p/user/id</c>. <see langword="null"/>
    /// for other shapes (Pleroma's <c>/objects/uuid</c>, Misskey's <c>/notes/id</c>).
    /// </summary>
    public static string? AuthorOf(string? url)
    {
        if (!TryParseHttpUrl(url, out var uri))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        string? user = null;
        if (segments[0].StartsWith('@') && segments[0].Length > 1)
        {
            var handle = Uri.UnescapeDataString(segments[0]);
            return handle.IndexOf('@', 1) > 0 ? ParseAddress(handle) : ParseAddress(handle + "@" + host);
        }

        if (segments.Length >= 2 && segments[0] is "users" or "p")
        {
            user = Uri.UnescapeDataString(segments[1]);
        }

        return user is null ? null : ParseAddress(user + "@" + host);
    }

    /// <summary>
    /// The time a status was created, decoded from a Mastodon status id in its URL (since
    /// Mastodon 2.0 ids are milliseconds since 1970 shifted left by 16 bits). <see langword="false"/>
    /// when the URL's last segment is not such an id.
    /// </summary>
    public static bool TryStatusTime(string? url, out DateTimeOffset at)
    {
        at = default;
        if (!TryParseHttpUrl(url, out var uri))
        {
            return false;
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        var last = path[(path.LastIndexOf('/') + 1)..];
        if (last.Length is < 15 or > 19 || !long.TryParse(last, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        if (!Text.DateParsing.TryFromUnixMilliseconds(id >> 16, out var value) || value < FirstRelease || value > LatestPlausible)
        {
            return false;
        }

        at = value;
        return true;
    }

    /// <summary>The account id of an account named by a Mention tag: its name (<c>@user@domain</c>, or <c>@user</c> on the href's server), else its href.</summary>
    public static string? OfMention(string? name, string? href)
    {
        if (ParseAddress(name) is { } address)
        {
            return address;
        }

        var fromHref = AuthorOf(href);
        if (fromHref is not null)
        {
            return fromHref;
        }

        // "@user" without a domain: the href's server, when the href is a URL at all.
        if (name is { Length: > 1 } && name.StartsWith('@') && name.IndexOf('@', 1) < 0 && TryParseHttpUrl(href, out var uri))
        {
            return ParseAddress(name[1..] + "@" + uri.IdnHost.ToLowerInvariant());
        }

        return null;
    }

    private static bool TryParseHttpUrl(string? url, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed) ||
            (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp) || parsed.Host.Length == 0)
        {
            return false;
        }

        uri = parsed;
        return true;
    }
}
