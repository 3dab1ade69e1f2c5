using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace NetworkMetrics;

/// <summary>
/// Pseudonymised data for sharing with a researcher: every account identifier becomes
/// <c>HMAC-SHA256(key, UTF-8("&lt;Platform&gt;:&lt;Id&gt;"))</c> in lowercase hex, where
/// <c>&lt;Platform&gt;</c> is the platform's name as <see cref="Platform"/> spells it
/// (<c>LinkedIn</c>) and <c>&lt;Id&gt;</c> the normalised <see cref="Account.Id"/>; names,
/// handles, URLs, emails, phones and message contents are dropped. The same key gives the same
/// pseudonyms in every build and on every machine, so datasets pseudonymised separately join.
/// Conversation and message ids are pseudonymised the same way with <c>conversation:</c> and
/// <c>source:</c> after the platform (<c>Twitter:source:1234</c>): they can name accounts.
/// </summary>
/// <example>
/// <code>
/// var key = File.ReadAllBytes("study.key");               // never a command-line argument
/// var shared = new Pseudonymizer(key).Apply(result);
/// </code>
/// </example>
public sealed class Pseudonymizer
{
    /// <summary>The shortest key accepted, in bytes.</summary>
    public const int MinimumKeyLength = 16;

    private readonly byte[] _key;

    /// <summary>Creates a pseudonymizer with a secret key of at least <see cref="MinimumKeyLength"/> bytes.</summary>
    /// <param name="key">The secret key. Keep it out of command lines and shell history.</param>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyLength"/> bytes.</exception>
    public Pseudonymizer(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyLength)
        {
            throw new ArgumentException(FormattableString.Invariant($"The key must be at least {MinimumKeyLength} bytes long."), nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>The pseudonym of an account: lowercase hex of HMAC-SHA256 over <c>platform:id</c>.</summary>
    /// <param name="platform">The account's platform.</param>
    /// <param name="accountId">The account's normalised <see cref="Account.Id"/>.</param>
    /// <returns>64 lowercase hexadecimal characters.</returns>
    public string Pseudonymize(Platform platform, string accountId)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        return Hash(platform.ToString() + ":" + accountId);
    }

    /// <summary>A pseudonymised copy of an import: ids replaced, everything else that identifies people dropped.</summary>
    /// <param name="result">The import.</param>
    /// <returns>The same structure, shareable.</returns>
    public ImportResult Apply(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result with { Snapshots = [.. result.Snapshots.Select(Apply)] };
    }

    /// <summary>A pseudonymised copy of a summary: the owners become their pseudonyms.</summary>
    /// <param name="summary">The summary.</param>
    /// <returns>The same counts, with no names.</returns>
    public ImportSummary Apply(ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary with { Platforms = [.. summary.Platforms.Select(p => p with { Owner = p.Owner is null ? null : Apply(p.Owner) })] };
    }

    private ExportSnapshot Apply(ExportSnapshot snapshot) => snapshot with
    {
        Owner = snapshot.Owner is null ? null : Apply(snapshot.Owner),
        Accounts = [.. snapshot.Accounts.Select(Apply).OrderBy(a => a.Id, StringComparer.Ordinal)],
        Ties = [.. snapshot.Ties.Select(t => t with { AccountId = t.AccountId is null ? null : Pseudonymize(t.Platform, t.AccountId) })],
        Interactions = [.. snapshot.Interactions.Select(Apply)],
    };

    private Account Apply(Account account) => new(account.Platform, Pseudonymize(account.Platform, account.Id))
    {
        IsAmbiguous = account.IsAmbiguous,
    };

    private Interaction Apply(Interaction interaction) => interaction with
    {
        AccountIds = [.. interaction.AccountIds.Select(id => Pseudonymize(interaction.Platform, id))],
        SourceId = interaction.SourceId is null ? null : Hash(interaction.Platform + ":source:" + interaction.SourceId),
        ConversationId = interaction.ConversationId is null ? null : Hash(interaction.Platform + ":conversation:" + interaction.ConversationId),
        Content = null,
    };

    private string Hash(string text)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text), mac);
        return Convert.ToHexString(mac).ToLowerInvariant();
    }
}
