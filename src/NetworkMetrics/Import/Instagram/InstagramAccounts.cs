namespace NetworkMetrics.Import.Instagram;

/// <summary>Instagram accounts: the username (lower case) is the handle key, the platform's own identifier.</summary>
internal static class InstagramAccounts
{
    public const string ProfilePrefix = "https://www.instagram.com/";

    /// <summary>
    /// The username of a list item: its <c>value</c>, else its <c>title</c> (late 2025 items carry
    /// the user there), else the last path segment of its <c>href</c>
    /// (<c>https://www.instagram.com/_u/&lt;user&gt;</c> since late 2025). Lower case, without <c>@</c>.
    /// </summary>
    public static string? Username(string? value, string? title, string? href) =>
        Clean(value) ?? Clean(title) ?? Clean(FromHref(href));

    public static AccountKey Key(string username) => AccountKey.Normalized(Platform.Instagram, AccountKeyKind.Handle, username);

    public static Account Account(string username) =>
        new(Key(username)) { Handle = username, ProfileUrl = ProfilePrefix + username };

    /// <summary>A username tidied: trimmed, without a leading <c>@</c>, lower case; null when empty or not a single word.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().TrimStart('@');
        return trimmed.Length == 0 || trimmed.Any(char.IsWhiteSpace) ? null : trimmed.ToLowerInvariant();
    }

    /// <summary>The last path segment of a profile link, skipping Instagram's <c>_u</c> redirect segment.</summary>
    public static string? FromHref(string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        var text = href.Trim();
        var cut = text.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            text = text[..cut];
        }

        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var slash = text.IndexOf('/', scheme + 3);
            text = slash < 0 ? string.Empty : text[(slash + 1)..];
        }

        var last = text.TrimEnd('/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last is null or "_u" ? null : Uri.UnescapeDataString(last);
    }
}
