using System.Runtime.InteropServices;
using System.Text;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import;

/// <summary>Collects a file's records for a materialised import.</summary>
/// <param name="compact">
/// Whether interactions are kept as rows of <see cref="Segments"/> rather than in <see cref="Interactions"/>
/// (<see cref="ImportOptions.KeepInteractionRecords"/> off).
/// </param>
/// <param name="fingerprints">With <paramref name="compact"/>, whether each row keeps its message fingerprint (only a platform with several snapshots needs them).</param>
internal sealed class CollectingSink(bool compact = false, bool fingerprints = true) : RecordSink
{
    private Dictionary<(TieKind, AccountKey), int>? _nameTies;
    private readonly InteractionSegment.Builder? _segment = compact ? new(fingerprints) : null;

    /// <summary>Whether interactions go to <see cref="Segments"/> instead of <see cref="Interactions"/>.</summary>
    public bool Compact => _segment is not null;

    /// <summary>The file's interactions as rows, in segments of at most <see cref="InteractionSegment.Builder.DefaultChunkRows"/> rows (only when <see cref="Compact"/>); built once, when the file has been read.</summary>
    public List<InteractionSegment> Segments => _built ??= _segment!.Build();

    private List<InteractionSegment>? _built;

    public List<Account> Accounts { get; } = [];

    public List<Tie> Ties { get; } = [];

    public List<Interaction> Interactions { get; } = [];

    /// <summary>The hash of each interaction's text, by position in <see cref="Interactions"/> (for de-duplication across snapshots; never part of the model).</summary>
    public List<ulong> ContentHashes { get; } = [];

    public List<Conversation> Conversations { get; } = [];

    /// <summary>Every owner the file stated or suggested, with its confidence.</summary>
    public List<(Account Owner, int Confidence)> OwnerOffers { get; } = [];

    public DateTimeOffset? ExportedAt { get; private set; }

    /// <summary>
    /// Name keys that two ties of one kind in this file shared: names that two people carry (a list never names one
    /// person twice, even when one of the two rows also gives an email).
    /// </summary>
    public HashSet<AccountKey> AmbiguousKeys { get; } = [];

    /// <summary>The name key of each account of the file, by its primary key (for the rule above, as ties refer to primary keys).</summary>
    private Dictionary<AccountKey, AccountKey>? _nameOf;

    public override void OnAccount(Account account)
    {
        Accounts.Add(account);
        if (account.Key.Kind != AccountKeyKind.Name)
        {
            foreach (var key in account.Keys)
            {
                if (key.Kind == AccountKeyKind.Name)
                {
                    (_nameOf ??= [])[account.Key] = key;
                    break;
                }
            }
        }
    }

    /// <summary>Messages without a readable date: counted in the snapshot's messages, not kept.</summary>
    public int UndatedMessages { get; private set; }

    public override void OnUndatedMessage() => UndatedMessages++;

    public override void OnTie(Tie tie)
    {
        Ties.Add(tie);
        if (tie.AccountKey is not { } reference)
        {
            return;
        }

        var name = reference.Kind == AccountKeyKind.Name ? reference : _nameOf?.GetValueOrDefault(reference) ?? default;
        if (name.Value is not null)
        {
            _nameTies ??= [];
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_nameTies, (tie.Kind, name), out _);
            if (++count == 2)
            {
                AmbiguousKeys.Add(name);
            }
        }
    }

    public override void OnInteraction(Interaction interaction, ulong contentHash)
    {
        if (_segment is not null)
        {
            _segment.Add(interaction, contentHash);
            return;
        }

        Interactions.Add(interaction);
        ContentHashes.Add(contentHash);
    }

    public override void OnConversation(Conversation conversation) => Conversations.Add(conversation);

    public override void OnOwner(Account owner, int confidence) => OwnerOffers.Add((owner, confidence));

    /// <summary>The owner's emails and phones from files that list only them.</summary>
    public List<(System.Collections.Immutable.ImmutableArray<EmailAddress> Emails, System.Collections.Immutable.ImmutableArray<PhoneNumber> Phones)> OwnerDetails { get; } = [];

    public override void OnOwnerDetails(System.Collections.Immutable.ImmutableArray<EmailAddress> emails, System.Collections.Immutable.ImmutableArray<PhoneNumber> phones) =>
        OwnerDetails.Add((emails, phones));

    public override void OnExportDate(DateTimeOffset exportedAt) => ExportedAt = exportedAt;
}

/// <summary>Counts a file's records without keeping them (<c>inspect</c>).</summary>
internal sealed class CountingSink(bool keepMessageFingerprints) : RecordSink
{
    public CountTally Tally { get; } = new();

    /// <summary>Message fingerprints, kept only when the platform has several snapshots to de-duplicate across.</summary>
    public Dictionary<ulong, int>? MessageFingerprints { get; } = keepMessageFingerprints ? [] : null;

    /// <summary>Every owner the file stated or suggested, with its confidence.</summary>
    public List<(Account Owner, int Confidence)> OwnerOffers { get; } = [];

    public DateTimeOffset? ExportedAt { get; private set; }

    public DateTimeOffset? Newest { get; private set; }

    public override void OnAccount(Account account)
    {
    }

    public override void OnConversation(Conversation conversation)
    {
    }

    /// <summary>Whether records may be counted without being built: no fingerprints are kept (see <see cref="ParseContext.CountOnly"/>).</summary>
    public bool CountOnly => MessageFingerprints is null;

    public override void OnTie(Tie tie) => CountTie(tie.Kind, tie.Date);

    public override void OnInteraction(Interaction interaction, ulong contentHash)
    {
        if (!CountTally.IsMessage(interaction.Channel))
        {
            CountOther(interaction.At);
            return;
        }

        CountMessage(interaction.At);
        if (MessageFingerprints is not null)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(MessageFingerprints, Fingerprint.Of(interaction, contentHash), out _)++;
        }
    }

    /// <summary>A tie, counted without being built.</summary>
    public void CountTie(TieKind kind, DateTimeOffset? date)
    {
        Tally.Add(kind);
        if (date is { } value)
        {
            Observe(value);
        }
    }

    /// <summary>A message (direct or group), counted without being built.</summary>
    public void CountMessage(DateTimeOffset at)
    {
        Tally.Messages++;
        Observe(at);
    }

    /// <summary>A message without a readable date: counted, with no date to observe and no fingerprint (it cannot be matched across snapshots).</summary>
    public override void OnUndatedMessage()
    {
        Tally.Messages++;
        Tally.UndatedMessages++;
    }

    /// <summary>An interaction that is not a message, seen without being built: only its date matters.</summary>
    public void CountOther(DateTimeOffset at) => Observe(at);

    private void Observe(DateTimeOffset date)
    {
        if (Newest is not { } newest || date.UtcTicks > newest.UtcTicks)
        {
            Newest = date;
        }
    }

    public override void OnOwner(Account owner, int confidence) => OwnerOffers.Add((owner, confidence));

    public override void OnExportDate(DateTimeOffset exportedAt) => ExportedAt = exportedAt;
}

/// <summary>The owner of a snapshot from what its files stated or suggested.</summary>
internal static class OwnerOffers
{
    /// <summary>The confidence from which an owner is stated by a file rather than inferred from records.</summary>
    public const int Stated = 50;

    /// <summary>
    /// The owner: every stated offer merged (a profile, the email and phone files, X's account and manifest:
    /// the same person, surest first); without one, the surest inferred offer alone.
    /// </summary>
    public static (Account? Owner, OwnerSource? Source) Best(IEnumerable<(Account Owner, int Confidence)> offers)
    {
        var ordered = offers.Select((o, i) => (o.Owner, o.Confidence, Order: i)).OrderByDescending(o => o.Confidence).ThenBy(o => o.Order).ToList();
        if (ordered.Count == 0)
        {
            return (null, null);
        }

        if (ordered[0].Confidence < Stated)
        {
            return (ordered[0].Owner, OwnerSource.Inferred);
        }

        var stated = ordered.Where(o => o.Confidence >= Stated).Select(o => o.Owner).ToList();
        var merged = stated.Count == 1 ? stated[0] : AccountMerging.Merge(stated, new HashSet<AccountKey>());
        return (merged with { IsAmbiguous = false }, OwnerSource.Stated);
    }
}

/// <summary>Counts of ties per kind and of messages, turned into <see cref="NetworkCounts"/> per platform.</summary>
internal sealed class CountTally
{
    private readonly int[] _ties = new int[Enum.GetValues<TieKind>().Length];

    /// <summary>Messages, undated ones included.</summary>
    public int Messages { get; set; }

    /// <summary>The messages without a readable date, among <see cref="Messages"/>.</summary>
    public int UndatedMessages { get; set; }

    public static bool IsMessage(InteractionChannel channel) =>
        channel is InteractionChannel.DirectMessage or InteractionChannel.GroupMessage;

    public void Add(TieKind kind) => _ties[(int)kind]++;

    public void Add(CountTally other)
    {
        for (var i = 0; i < _ties.Length; i++)
        {
            _ties[i] += other._ties[i];
        }

        Messages += other.Messages;
        UndatedMessages += other.UndatedMessages;
    }

    public int this[TieKind kind] => _ties[(int)kind];

    /// <summary>The counts, <see langword="null"/> where no file of the snapshot holds them (<paramref name="held"/>).</summary>
    public NetworkCounts ToCounts(CountKinds held) => new()
    {
        Connections = Has(held, CountKinds.Connections) ? this[TieKind.Connection] + this[TieKind.Contact] : null,
        Following = Has(held, CountKinds.Following) ? this[TieKind.Following] : null,
        Followers = Has(held, CountKinds.Followers) ? this[TieKind.Follower] : null,
        FollowingOrganizations = Has(held, CountKinds.FollowingOrganizations) ? this[TieKind.FollowingOrganization] : null,
        Removed = Has(held, CountKinds.Removed) ? this[TieKind.Removed] + this[TieKind.Unfollowed] : null,
        Requests = Has(held, CountKinds.Requests) ? this[TieKind.RequestSent] + this[TieKind.RequestReceived] + this[TieKind.RequestRejected] : null,
        Invitations = Has(held, CountKinds.Invitations) ? this[TieKind.InvitationSent] + this[TieKind.InvitationReceived] : null,
        Messages = Has(held, CountKinds.Messages) ? Messages : null,
    };

    private static bool Has(CountKinds held, CountKinds kind) => (held & kind) != 0;
}

/// <summary>
/// Combines the messages of several overlapping snapshots of one platform: a message that
/// appears k times in one snapshot and j times in another counts max(k, j) times. Within
/// one snapshot nothing is merged: two identical messages in one file are two messages.
/// </summary>
internal sealed class MessageUnion
{
    private readonly Dictionary<ulong, int> _max = [];

    public int Count { get; private set; }

    /// <summary>Adds one snapshot's message counts by fingerprint.</summary>
    public void Add(Dictionary<ulong, int> snapshot)
    {
        foreach (var (key, count) in snapshot)
        {
            ref var max = ref CollectionsMarshal.GetValueRefOrAddDefault(_max, key, out _);
            if (count > max)
            {
                Count += count - max;
                max = count;
            }
        }
    }

    /// <summary>
    /// The positions of the interactions to keep when snapshots are read in order: each occurrence that an
    /// earlier snapshot already holds is dropped (by fingerprint, see <see cref="Fingerprint"/>).
    /// </summary>
    public static IEnumerable<(int Snapshot, int Index)> Distinct(IReadOnlyList<IReadOnlyList<ulong>> fingerprints)
    {
        var earlier = new Dictionary<ulong, int>();
        for (var s = 0; s < fingerprints.Count; s++)
        {
            var here = new Dictionary<ulong, int>();
            var snapshot = fingerprints[s];
            for (var i = 0; i < snapshot.Count; i++)
            {
                var key = snapshot[i];
                ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(here, key, out _);
                seen++;
                if (seen > earlier.GetValueOrDefault(key))
                {
                    yield return (s, i);
                }
            }

            foreach (var (key, count) in here)
            {
                ref var max = ref CollectionsMarshal.GetValueRefOrAddDefault(earlier, key, out _);
                max = Math.Max(max, count);
            }
        }
    }
}

/// <summary>A 64-bit identity of a message, for de-duplication across overlapping snapshots.</summary>
internal static class Fingerprint
{
    /// <summary>
    /// By the platform's id where there is one; otherwise by channel, direction, time and a hash of the
    /// text (kept even when the text is not). Not by the accounts or the conversation: two generations of
    /// one platform's export name them differently (a LinkedIn sender by name in 2020, by profile URL in
    /// 2024), and the same text sent the same way at the same instant is the same message.
    /// </summary>
    public static ulong Of(Interaction interaction, ulong contentHash)
    {
        var hash = Fnv64.Start;
        hash = Fnv64.Add(hash, (ulong)interaction.Platform);
        if (interaction.SourceId is { } id)
        {
            return Fnv64.Add(Fnv64.Add(hash, 1), id);
        }

        hash = Fnv64.Add(Fnv64.Add(hash, 2), (ulong)interaction.Channel);
        hash = Fnv64.Add(hash, (ulong)interaction.Direction);
        hash = Fnv64.Add(hash, (ulong)interaction.At.UtcTicks);
        return Fnv64.Add(hash, contentHash);
    }

    /// <summary>A hash of a message text, so that it can be compared without being kept.</summary>
    public static ulong OfContent(string? content) =>
        content is null ? 0 : Fnv64.Add(Fnv64.Start, content);

    /// <summary>The same hash as <see cref="OfContent(string?)"/> for a text held in a buffer.</summary>
    public static ulong OfContent(ReadOnlySpan<char> content) => Fnv64.Add(Fnv64.Start, content);
}

/// <summary>FNV-1a, 64 bits: deterministic across processes and machines (unlike <see cref="HashCode"/>).</summary>
internal static class Fnv64
{
    public const ulong Start = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Add(ulong hash, ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            hash = (hash ^ (value & 0xFF)) * Prime;
            value >>= 8;
        }

        return hash;
    }

    public static ulong Add(ulong hash, string text) => Add(hash, text.AsSpan());

    public static ulong Add(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return (hash ^ 0xFF) * Prime;
    }
}
