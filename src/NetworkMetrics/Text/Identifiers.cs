using System.Text;

namespace NetworkMetrics.Text;

/// <summary>
/// Deterministic account keys: normalised names, profile URLs and emails, so that the same
/// person read from two files (or two snapshots) gets the same <see cref="Account.Id"/>.
/// </summary>
internal static class Identifiers
{
    /// <summary>The prefix of keys made from a name, the weakest identifier.</summary>
    public const string NamePrefix = "name:";

    /// <summary>A display name tidied: trimmed, inner whitespace collapsed, Unicode NFC. <see langword="null"/> when empty.</summary>
    public static string? CleanName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (NeedsCollapse(trimmed))
        {
            var builder = new StringBuilder(trimmed.Length);
            var space = false;
            foreach (var c in trimmed)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = true;
                    continue;
                }

                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(c);
            }

            trimmed = builder.ToString();
        }

        return IsSurelyNfc(trimmed) || trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Whether a text is in NFC without asking ICU: every character below U+0300 (where the
    /// combining marks begin) is its own composition. Most names pass; asking ICU for each was
    /// a seventh of reading LinkedIn's messages into records (measured with dotnet-trace).
    /// </summary>
    internal static bool IsSurelyNfc(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\u0300', '\uFFFF') < 0;

    /// <summary>The key of an account known only by its name: <c>name:</c> and the clean name in lower case.</summary>
    public static string? NameKey(string? name) =>
        CleanName(name) is { } clean ? NamePrefix + clean.ToLowerInvariant() : null;

    /// <summary>Whether a key was made from a name (and so may stand for several people).</summary>
    public static bool IsNameKey(string? id) => id is not null && id.StartsWith(NamePrefix, StringComparison.Ordinal);

    /// <summary>
    /// A LinkedIn profile URL as a key: <c>linkedin.com/in/slug</c>, without scheme, <c>www.</c> or
    /// country subdomain, query or trailing slash, percent-decoded and lower case.
    /// <see langword="null"/> when it is not a LinkedIn member URL.
    /// </summary>
    public static string? LinkedInProfileKey(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = url.Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            text = text[(scheme + 3)..];
        }

        var cut = text.IndexOfAny(['?', '#']);
        if (cut >= 0)
        {
            text = text[..cut];
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return null;
        }

        var host = text[..slash].ToLowerInvariant();
        if (host != "linkedin.com" && !host.EndsWith(".linkedin.com", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(text[(slash + 1)..]).TrimEnd('/');
        if (!path.StartsWith("in/", StringComparison.OrdinalIgnoreCase) || path.Length <= 3)
        {
            return null;
        }

        var slug = path[3..];
        var end = slug.IndexOf('/', StringComparison.Ordinal);
        if (end >= 0)
        {
            slug = slug[..end];
        }

        return slug.Length == 0 ? null : "linkedin.com/in/" + slug.ToLowerInvariant().Normalize(NormalizationForm.FormC);
    }

    /// <summary>An email address, trimmed and lower case; <see langword="null"/> when it does not look like one.</summary>
    public static string? CleanEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }

        var text = email.Trim();
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..];
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == text.Length - 1 || text.Contains(' ', StringComparison.Ordinal) || text.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return text.ToLowerInvariant();
    }

    private static bool NeedsCollapse(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))))
            {
                return true;
            }
        }

        return false;
    }
}
