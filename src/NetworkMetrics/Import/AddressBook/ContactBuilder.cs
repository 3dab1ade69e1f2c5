using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import.AddressBook;

/// <summary>
/// One card or row of an address book as it is read: names, emails, phones, URLs and the
/// organisation, turned into an <see cref="Account"/> (see <see cref="Build"/> for its keys).
/// </summary>
internal sealed class ContactBuilder
{
    private readonly List<string> _emails = [];
    private readonly List<string> _writtenEmails = [];
    private readonly List<string> _phones = [];
    private readonly List<string> _urls = [];

    /// <summary>The formatted name (vCard <c>FN</c>, Google's name columns).</summary>
    public string? FullName { get; set; }

    /// <summary>A name composed from parts (vCard <c>N</c>), used when there is no formatted name.</summary>
    public string? ComposedName { get; set; }

    public string? Nickname { get; set; }

    public string? Organization { get; set; }

    public void Clear()
    {
        FullName = ComposedName = Nickname = Organization = null;
        _emails.Clear();
        _writtenEmails.Clear();
        _phones.Clear();
        _urls.Clear();
    }

    public void AddEmail(string? value)
    {
        if (Identifiers.CleanEmail(value) is { } email && !_emails.Contains(email, StringComparer.Ordinal))
        {
            _emails.Add(email);
            _writtenEmails.Add(value!.Trim());
        }
    }

    public void AddPhone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var phone = value.Trim();
        if (phone.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            phone = phone[4..].Trim();
        }

        var key = PhoneKey(phone);
        if (key is not null && !_phones.Any(p => PhoneKey(p) == key))
        {
            _phones.Add(phone);
        }
    }

    public void AddUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var url = value.Trim();
        if (!_urls.Contains(url, StringComparer.Ordinal))
        {
            _urls.Add(url);
        }
    }

    /// <summary>The display name: the formatted name, else the composed one, the nickname, the organisation.</summary>
    public string? Name =>
        Identifiers.CleanName(FullName) ?? Identifiers.CleanName(ComposedName) ?? Identifiers.CleanName(Nickname) ?? Identifiers.CleanName(Organization);

    /// <summary>
    /// The account, or <see langword="null"/> when the card holds nothing that identifies anyone. A card has no
    /// id of the platform's: its primary key (<see cref="AccountKeyKind.Id"/>) is its name with its first
    /// address, as a mailbox is written (<c>jane doe &lt;jane@example.com&gt;</c>; the first email, else phone, else URL; a card with a name only is
    /// known by its name key),
    /// so that two cards sharing a household's address stay two accounts. Its emails and name are keys too
    /// (phones once read into E.164); URLs that name a profile on a platform are links, the others web sites.
    /// </summary>
    public Account? Build()
    {
        var name = Name;
        var lowerName = name?.ToLowerInvariant();
        var address = _emails.Count > 0 ? _emails[0] : _phones.Count > 0 ? PhoneKey(_phones[0]) : _urls.Count > 0 ? _urls[0].ToLowerInvariant() : null;
        var nameKey = AccountKeys.Name(Platform.AddressBook, name);
        if (address is null && nameKey is null)
        {
            return null;
        }

        // A card with a name only is known by its name key (two such cards of one name are one ambiguous account).
        var keys = new List<AccountKey>();
        if (address is not null)
        {
            keys.Add(AccountKey.Normalized(Platform.AddressBook, AccountKeyKind.Id, lowerName is null ? "<" + address + ">" : lowerName + " <" + address + ">"));
        }

        keys.AddRange(_emails.Select(e => AccountKey.Normalized(Platform.AddressBook, AccountKeyKind.Email, e)));
        if (nameKey is { } named)
        {
            keys.Add(named);
        }

        var links = new List<AccountKey>();
        var websites = new List<string>();
        foreach (var url in _urls)
        {
            if (AccountKeys.ProfileLink(url) is { } link)
            {
                links.Add(link);
            }
            else
            {
                websites.Add(url);
            }
        }

        return new Account(keys[0])
        {
            Keys = [.. keys],
            Kind = FullName is null && ComposedName is null && Nickname is null && Organization is not null ? AccountKind.Organization : AccountKind.Person,
            Name = name,
            Emails = [.. _emails.Select((e, i) => new EmailAddress(e, _writtenEmails[i]))],
            Phones = [.. _phones.Select(p => new PhoneNumber(p))],
            Links = [.. links.Distinct()],
            Websites = [.. websites],
        };
    }

    /// <summary>
    /// A fingerprint of what the card says (name, emails, phones, URLs, organisation, each list
    /// in sorted order), to recognise the same contact written in two files of one address book.
    /// </summary>
    public ulong Fingerprint()
    {
        var hash = Fnv64.Add(Fnv64.Start, Name?.ToLowerInvariant() ?? string.Empty);
        hash = Fnv64.Add(hash, Identifiers.CleanName(Organization)?.ToLowerInvariant() ?? string.Empty);
        foreach (var list in new[] { _emails, _phones.Select(p => PhoneKey(p)!), _urls.Select(u => u.ToLowerInvariant()) })
        {
            hash = Fnv64.Add(hash, 0x1F);
            foreach (var item in list.Order(StringComparer.Ordinal))
            {
                hash = Fnv64.Add(hash, item);
            }
        }

        return hash;
    }

    /// <summary>A phone number reduced to its digits, with a leading <c>+</c> kept; an extension is dropped. <see langword="null"/> without digits.</summary>
    internal static string? PhoneKey(string phone)
    {
        var builder = new StringBuilder(phone.Length);
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (c == '+' && builder.Length == 0)
            {
                builder.Append(c);
            }
            else if (c is ';' or ',' || char.IsAsciiLetter(c))
            {
                break; // "x12", "ext. 12", ";ext=12": an extension, not part of the number
            }
        }

        return builder.Length == 0 || (builder.Length == 1 && builder[0] == '+') ? null : builder.ToString();
    }
}

/// <summary>
/// The contacts of the files of one address-book export, by fingerprint: where one export writes
/// the same contact in several files (Google Takeout writes one <c>.vcf</c> per label,
/// <c>Takeout/Contacts/&lt;label&gt;/&lt;label&gt;.vcf</c>, a contact under each of its labels), it counts
/// once. A contact that appears k times in one file and j times in another counts max(k, j) times,
/// whatever the order the files are read in (which file's tie stands for it depends on that order;
/// the count does not). Files of different exports, and files that are not one of Takeout's labels,
/// are never merged: the same person in two address books is two cards, which identity resolution
/// joins into one person.
/// </summary>
internal sealed class ContactUnion
{
    private static readonly ConditionalWeakTable<SnapshotState, Dictionary<string, ContactUnion>> Unions = new();
    private readonly object _gate = new();
    private readonly Dictionary<ulong, Slot> _slots = [];

    /// <summary>
    /// The union of the export the file belongs to, or <see langword="null"/> for a file that shares
    /// its contacts with no other: only Takeout's label files (a file in a folder directly under a
    /// <c>Contacts</c> folder) are one export's, keyed by that folder as the input shows it.
    /// </summary>
    public static ContactUnion? Of(SnapshotState snapshot, string displayPath)
    {
        if (TakeoutContactsFolder(displayPath) is not { } export)
        {
            return null;
        }

        var unions = Unions.GetValue(snapshot, _ => new Dictionary<string, ContactUnion>(StringComparer.Ordinal));
        lock (unions)
        {
            if (!unions.TryGetValue(export, out var union))
            {
                union = new ContactUnion();
                unions.Add(export, union);
            }

            return union;
        }
    }

    /// <summary><c>…/Takeout/Contacts/</c> for <c>…/Takeout/Contacts/&lt;label&gt;/&lt;file&gt;</c> (any case); <see langword="null"/> otherwise.</summary>
    internal static string? TakeoutContactsFolder(string displayPath)
    {
        var path = displayPath.Replace('\\', '/');
        var file = path.LastIndexOf('/');
        var label = file > 0 ? path.LastIndexOf('/', file - 1) : -1;
        if (label <= 0)
        {
            return null;
        }

        var contacts = path.LastIndexOfAny(['/', '!'], label - 1) + 1;
        return path.AsSpan(contacts, label - contacts).Equals("contacts", StringComparison.OrdinalIgnoreCase) ? path[..(label + 1)] : null;
    }

    /// <summary>Counts one occurrence in <paramref name="file"/>; <see langword="true"/> when it adds a contact to the snapshot.</summary>
    public bool Add(ulong fingerprint, string file)
    {
        lock (_gate)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, fingerprint, out var exists);
            if (!exists || (slot.Others is null && slot.File == file))
            {
                // The common case: one file only, kept without a dictionary.
                slot.File = file;
                slot.Count++;
                return true;
            }

            slot.Others ??= new Dictionary<string, int>(StringComparer.Ordinal) { [slot.File!] = slot.Count };
            var mine = slot.Others.GetValueOrDefault(file) + 1;
            slot.Others[file] = mine;
            var others = 0;
            foreach (var (other, count) in slot.Others)
            {
                if (other != file && count > others)
                {
                    others = count;
                }
            }

            return mine > others;
        }
    }

    private struct Slot
    {
        public string? File;
        public int Count;
        public Dictionary<string, int>? Others;
    }
}

/// <summary>What one address-book file adds: accounts and contact ties, each card or row once per snapshot.</summary>
internal sealed class ContactEmitter(ParseContext context)
{
    private readonly ContactUnion? _union = ContactUnion.Of(context.Snapshot, context.File);
    private readonly Dictionary<string, int> _nameKeys = new(StringComparer.Ordinal);
    private int _duplicates;
    private int _empty;

    /// <summary>Adds the contact; <see langword="false"/> when it holds nothing that identifies anyone.</summary>
    public bool Emit(ContactBuilder contact)
    {
        var account = contact.Build();
        if (account is null)
        {
            _empty++;
            return false;
        }

        // Two cards of one file with the same name and nothing else: the key is ambiguous even
        // when the other file of the snapshot wrote the ties.
        if (account.Key.Kind == AccountKeyKind.Name)
        {
            var seen = _nameKeys[account.Id] = _nameKeys.GetValueOrDefault(account.Id) + 1;
            if (seen > 1)
            {
                account = account with { IsAmbiguous = true };
            }
        }

        context.Add(account);
        if (_union is null || _union.Add(contact.Fingerprint(), context.File))
        {
            context.Add(new Tie(Platform.AddressBook, account.Key, TieKind.Contact));
        }
        else
        {
            _duplicates++;
        }

        context.Kept(); // the card was read and its account kept, even when another file's tie stands for it
        return true;
    }

    public void Finish()
    {
        if (_empty > 0)
        {
            context.Report(DiagnosticSeverity.Info, "addressbook.empty-contact",
                FormattableString.Invariant($"{_empty} contact(s) with no name, email, phone, URL or organisation: not counted"));
        }

        if (_duplicates > 0)
        {
            context.Report(DiagnosticSeverity.Info, "addressbook.duplicate-contact",
                FormattableString.Invariant($"{_duplicates} contact(s) of this file also in another label file of the same Google Takeout export (Takeout writes a contact under each of its labels): counted once"));
        }
    }
}
