namespace NetworkMetrics.Text;

/// <summary>
/// The normalisation rule of each <see cref="AccountKeyKind"/> (docs/model.md, "Keys"), and the
/// profile URLs and handles that name an account on a platform (evidence for people across platforms).
/// </summary>
internal static class AccountKeys
{
    /// <summary>The normalised value of a key of this kind, or <see langword="null"/> when the text is not one.</summary>
    public static string? Normalize(Platform platform, AccountKeyKind kind, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return kind switch
        {
            AccountKeyKind.Id => text.Trim(),
            AccountKeyKind.Handle => Handle(platform, text),
            AccountKeyKind.Url => ProfileUrl(platform, text),
            AccountKeyKind.Email => Identifiers.CleanEmail(text),
            AccountKeyKind.Phone => E164(text),
            AccountKeyKind.Name or AccountKeyKind.Organization => Identifiers.CleanName(text)?.ToLowerInvariant(),
            _ => null,
        };
    }

    /// <summary>A name key, or null for an empty name.</summary>
    public static AccountKey? Name(Platform platform, string? cleanName) =>
        cleanName is null ? null : AccountKey.Normalized(platform, AccountKeyKind.Name, cleanName.ToLowerInvariant());

    /// <summary>A handle: trimmed, without a leading <c>@</c>, lower case; a Mastodon handle must be <c>user@domain</c>.</summary>
    public static string? Handle(Platform platform, string text)
    {
        var value = text.Trim().TrimStart('@').Trim();
        if (value.Length == 0 || value.AsSpan().IndexOfAny(" \t\r\n/\\,;<>\"'?#") >= 0)
        {
            return null;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (platform == Platform.Mastodon ? at <= 0 || at == value.Length - 1 || value.IndexOf('@', at + 1) >= 0 : at >= 0)
        {
            return null;
        }

        return value.ToLowerInvariant();
    }

    /// <summary>A phone number already in international form (<c>+</c> and 7 to 15 digits, separators allowed), as E.164.</summary>
    public static string? E164(string text)
    {
        var value = text.Trim();
        if (!value.StartsWith('+'))
        {
            return null;
        }

        Span<char> digits = stackalloc char[16];
        var count = 0;
        foreach (var c in value.AsSpan(1))
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 15)
                {
                    return null;
                }

                digits[count++] = c;
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return null;
            }
        }

        return count is >= 7 and <= 15 && digits[0] != '0' ? "+" + digits[..count].ToString() : null;
    }

    /// <summary>
    /// A profile URL as a key of its platform: LinkedIn <c>linkedin.com/in/slug</c>, Facebook
    /// <c>facebook.com/username</c> or <c>facebook.com/profile.php?id=N</c>; other platforms' profiles
    /// are handles (see <see cref="ProfileLink"/>), so a URL key of theirs is the URL without scheme,
    /// <c>www.</c>, query or trailing slash.
    /// </summary>
    public static string? ProfileUrl(Platform platform, string text) => platform switch
    {
        Platform.LinkedIn => Identifiers.LinkedInProfileKey(text),
        Platform.Facebook => FacebookProfileKey(text),
        _ => Website(text),
    };

    /// <summary>
    /// A web site for comparison: host lower case without <c>www.</c>, then the path without a trailing
    /// slash, no scheme, query or fragment (<c>https://www.Example.com/about/</c> → <c>example.com/about</c>).
    /// </summary>
    public static string? Website(string? text)
    {
        if (!TrySplit(text, out var host, out var path, out _))
        {
            return null;
        }

        return path.Length == 0 ? host : host + "/" + path;
    }

    /// <summary>
    /// The account a profile URL or handle names on its platform, for matching people across
    /// platforms: <c>linkedin.com/in/…</c>, <c>twitter.com/…</c> or <c>x.com/…</c>, <c>instagram.com/…</c>,
    /// <c>facebook.com/…</c>, <c>bsky.app/profile/…</c>, and the Mastodon shape <c>https://host/@user</c>.
    /// <see langword="null"/> for a URL that is no such profile (a web site).
    /// </summary>
    public static AccountKey? ProfileLink(string? url)
    {
        if (!TrySplit(url, out var host, out var path, out _))
        {
            return null;
        }

        if (Identifiers.LinkedInProfileKey(url) is { } linkedIn)
        {
            return AccountKey.Normalized(Platform.LinkedIn, AccountKeyKind.Url, linkedIn);
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (host)
        {
            case "twitter.com" or "x.com" or "mobile.twitter.com" when segments.Length >= 1 && !ReservedTwitterPaths.Contains(segments[0]):
                return HandleKey(Platform.Twitter, segments[0]);
            case "instagram.com" when segments.Length >= 1 && segments[0] != "p" && segments[0] != "explore":
                return HandleKey(Platform.Instagram, segments[0] == "_u" && segments.Length >= 2 ? segments[1] : segments[0]);
            case "facebook.com" or "fb.com" or "m.facebook.com" when FacebookProfileKey(url!) is { } facebook:
                return AccountKey.Normalized(Platform.Facebook, AccountKeyKind.Url, facebook);
            case "bsky.app" when segments.Length >= 2 && segments[0] == "profile":
                return segments[1].StartsWith("did:", StringComparison.Ordinal)
                    ? AccountKey.Normalized(Platform.Bluesky, AccountKeyKind.Id, segments[1])
                    : HandleKey(Platform.Bluesky, segments[1]);
        }

        if (segments.Length == 1 && segments[0].Length > 1 && segments[0][0] == '@')
        {
            // Mastodon and the fediverse: https://host/@user (or @user@other.host).
            var user = segments[0][1..];
            return HandleKey(Platform.Mastodon, user.Contains('@', StringComparison.Ordinal) ? user : user + "@" + host);
        }

        return null;
    }

    /// <summary>A handle key, or null when the text is not a handle of the platform.</summary>
    public static AccountKey? HandleKey(Platform platform, string? text) =>
        text is not null && Handle(platform, Uri.UnescapeDataString(text)) is { } handle ? AccountKey.Normalized(platform, AccountKeyKind.Handle, handle) : null;

    /// <summary>The keys a handle-or-URL value (LinkedIn's "Twitter Handles", a vCard <c>X-TWITTER</c>) gives on a platform.</summary>
    public static AccountKey? HandleOrProfile(Platform platform, string text) =>
        text.Contains('/', StringComparison.Ordinal) ? ProfileLink(text) : HandleKey(platform, text);

    /// <summary>A Facebook profile URL as a key: <c>facebook.com/username</c>, or <c>facebook.com/profile.php?id=N</c>.</summary>
    public static string? FacebookProfileKey(string text)
    {
        if (!TrySplit(text, out var host, out var path, out var query) || host is not ("facebook.com" or "fb.com" or "m.facebook.com"))
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 1 && segments[0] == "profile.php")
        {
            foreach (var part in query.Split('&'))
            {
                if (part.StartsWith("id=", StringComparison.Ordinal) && part.Length > 3 && part.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0)
                {
                    return "facebook.com/profile.php?id=" + part[3..];
                }
            }

            return null;
        }

        if (segments.Length == 2 && segments[0] == "people")
        {
            return null;
        }

        return segments.Length == 1 && !ReservedFacebookPaths.Contains(segments[0]) ? "facebook.com/" + segments[0] : null;
    }

    private static readonly HashSet<string> ReservedTwitterPaths = new(StringComparer.Ordinal)
    {
        "intent", "i", "home", "search", "hashtag", "share", "explore", "settings", "messages", "notifications",
    };

    private static readonly HashSet<string> ReservedFacebookPaths = new(StringComparer.Ordinal)
    {
        "groups", "events", "pages", "watch", "marketplace", "photo.php", "story.php", "permalink.php", "sharer.php", "login", "home.php",
    };

    /// <summary>A URL (with or without scheme) split into its lower-case host without <c>www.</c>, its lower-case path without slashes at the ends, and its query.</summary>
    private static bool TrySplit(string? text, out string host, out string path, out string query)
    {
        host = path = query = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            if (!value.AsSpan(0, scheme).Equals("http", StringComparison.OrdinalIgnoreCase) && !value.AsSpan(0, scheme).Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            value = value[(scheme + 3)..];
        }

        var hash = value.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            value = value[..hash];
        }

        var question = value.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = value[(question + 1)..];
            value = value[..question];
        }

        var slash = value.IndexOf('/', StringComparison.Ordinal);
        host = (slash < 0 ? value : value[..slash]).ToLowerInvariant();
        var port = host.IndexOf(':', StringComparison.Ordinal);
        if (port >= 0)
        {
            host = host[..port];
        }

        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        if (host.Length == 0 || !host.Contains('.', StringComparison.Ordinal) || host.AsSpan().IndexOfAny(" @\\") >= 0)
        {
            return false;
        }

        path = slash < 0 ? string.Empty : Uri.UnescapeDataString(value[(slash + 1)..]).Trim('/').ToLowerInvariant();
        return true;
    }
}
