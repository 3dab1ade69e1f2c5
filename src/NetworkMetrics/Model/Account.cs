using System.Collections.Immutable;

namespace NetworkMetrics;

/// <summary>
/// A person or organisation as one platform's export knows them: the keys they can be known by and
/// every identifying detail the export gives (names after repair, handle, profile URL, emails,
/// phones, profiles on other platforms, web sites).
/// </summary>
/// <remarks>
/// In an <see cref="ExportSnapshot"/>, the records of one account from several files are merged
/// wherever they share a key that is not ambiguous (docs/model.md, "Keys"): a LinkedIn recommendation
/// that names "Jane Doe" and her connection with a profile URL are one account. Equality is by value,
/// arrays included.
/// </remarks>
/// <param name="Key">
/// The primary key: the strongest of <see cref="Keys"/> (the platform's own id, else the handle, the
/// profile URL, the email…; see <see cref="AccountKeyKind"/>). Ties, interactions and conversations
/// refer to the account by it.
/// </param>
public sealed record Account(AccountKey Key) : ExportRecord(Key.Platform)
{
    private readonly ImmutableArray<AccountKey> _keys = [Key];

    /// <summary>The primary key (see the record's parameter); fixed at construction, so that it always leads <see cref="Keys"/>.</summary>
    public AccountKey Key { get; } = Key;

    /// <summary>
    /// The account's id: the value of its primary <see cref="Key"/>, which is the platform's own id where
    /// the export gives one (an X account id, a Bluesky DID), else a username or a normalised key
    /// (<c>linkedin.com/in/jane-doe</c>, <c>jane doe</c>). Unique among a snapshot's accounts with the key's kind.
    /// </summary>
    public string Id => Key.Value;

    /// <summary>
    /// Every key the account can be known by, the primary <see cref="Key"/> first, then the others in key
    /// order: its id, handle, profile URL, emails, valid phones, and its name key (kept even where a
    /// stronger key exists: an older export of the same platform may know the account only by its name).
    /// </summary>
    public ImmutableArray<AccountKey> Keys
    {
        get => _keys;
        init => _keys = value.IsDefaultOrEmpty ? [Key] : value[0] == Key ? value : [Key, .. value.Where(k => k != Key)];
    }

    /// <summary>Whether the account is a person or an organisation.</summary>
    public AccountKind Kind { get; init; }

    /// <summary>The display name, as the export writes it (mojibake repaired, Unicode NFC); <see langword="null"/> when unknown.</summary>
    public string? Name { get; init; }

    /// <summary>The handle or username on this platform (without a leading <c>@</c>); <see langword="null"/> when unknown.</summary>
    public string? Handle { get; init; }

    /// <summary>The profile URL, as a link (<c>https://www.linkedin.com/in/jane-doe</c>); <see langword="null"/> when unknown.</summary>
    public string? ProfileUrl { get; init; }

    /// <summary>Email addresses, in the order the export gives them, without duplicates.</summary>
    public ImmutableArray<EmailAddress> Emails { get; init; } = [];

    /// <summary>Phone numbers, in the order the export gives them, without duplicates; each with its E.164 form when it can be read.</summary>
    public ImmutableArray<PhoneNumber> Phones { get; init; } = [];

    /// <summary>
    /// Accounts on other platforms that this account names: a vCard <c>URL</c> pointing at a LinkedIn
    /// profile, LinkedIn's "Twitter Handles" (an X handle), a Mastodon profile's link to a Bluesky
    /// handle. Evidence for matching people across platforms, not keys of this account.
    /// </summary>
    public ImmutableArray<AccountKey> Links { get; init; } = [];

    /// <summary>Web sites the export gives for the account, as written: evidence, since a site can be shared by several people.</summary>
    public ImmutableArray<string> Websites { get; init; } = [];

    /// <summary>
    /// <see langword="true"/> when the account's primary key stands for more than one person: two records
    /// of one list carried the same name and nothing else told them apart. The records still count one
    /// by one; only the identity is in doubt, and the account is never matched on that name.
    /// </summary>
    public bool IsAmbiguous { get; init; }

    /// <inheritdoc/>
    public bool Equals(Account? other) =>
        other is not null && base.Equals(other) && Key == other.Key && Sequences.Equal(Keys, other.Keys) && Kind == other.Kind
        && Name == other.Name && Handle == other.Handle && ProfileUrl == other.ProfileUrl && Sequences.Equal(Emails, other.Emails)
        && Sequences.Equal(Phones, other.Phones) && Sequences.Equal(Links, other.Links) && Sequences.Equal(Websites, other.Websites)
        && IsAmbiguous == other.IsAmbiguous;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Key, Sequences.Hash(Keys), Kind, Name, Handle, ProfileUrl, Sequences.Hash(Emails), Sequences.Hash(Phones));
}
