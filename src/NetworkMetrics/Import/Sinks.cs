using System.Runtime.InteropServices;
using System.Text;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import;

/// <summary>Collects a file's records for a materialised import.</summary>
internal sealed class CollectingSink : RecordSink
{
    private Dictionary<(TieKind, string), int>? _nameTies;

    public List<Account> Accounts { get; } = [];

    public List<Tie> Ties { get; } = [];

    public List<Interaction> Interactions { get; } = [];

    public Account? Owner { get; private set; }

    public int OwnerConfidence { get; private set; } = int.MinValue;

    public DateTimeOffset? ExportedAt { get; private set; }

    /// <summary>Name keys that two ties of one kind in this file shared: ambiguous identities.</summary>
    public HashSet<string> AmbiguousIds { get; } = new(StringComparer.Ordinal);

    public override void OnAccount(Account account) => Accounts.Add(account);

    public override void OnTie(Tie tie)
    {
        Ties.Add(tie);
        if (Identifiers.IsNameKey(tie.AccountId))
        {
            _nameTies ??= [];
            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(_nameTies, (tie.Kind, tie.AccountId!), out _);
            if (++count == 2)
            {
                AmbiguousIds.Add(tie.AccountId!);
            }
        }
    }

    public override void OnInteraction(Interaction interaction) => Interactions.Add(interaction);

    /// <summary>Messages without a readable date: counted in the snapshot's messages, not kept.</summary>
    public int UndatedMessages { get; private set; }

    public override void OnUndatedMessage() => UndatedMessages++;

    public override void OnOwner(Account owner, int confidence)
    {
        if (confidence > OwnerConfidence)
        {
            Owner = owner;
            OwnerConfidence = confidence;
        }
    }

    public override void OnExportDate(DateTimeOffset exportedAt) => ExportedAt = exportedAt;
}

/// <summary>Counts a file's records without keeping them (<c>inspect</c>).</summary>
internal sealed class CountingSink(bool keepMessageFingerprints) : RecordSink
{
    public CountTally Tally { get; } = new();

    /// <summary>Message fingerprints, kept only when the platform has several snapshots to de-duplicate across.</summary>
    public Dictionary<ulong, int>? MessageFingerprints { get; } = keepMessageFingerprints ? [] : null;

    public Account? Owner { get; private set; }

    public int OwnerConfidence { get; private set; } = int.MinValue;

    public DateTimeOffset? ExportedAt { get; private set; }

    public DateTimeOffset? Newest { get; private set; }

    public override void OnAccount(Account account)
    {
    }

    /// <summary>Whether records may be counted without being built: no fingerprints are kept (see <see cref="ParseContext.CountOnly"/>).</summary>
    public bool CountOnly => MessageFingerprints is null;

    public override void OnTie(Tie tie) => CountTie(tie.Kind, tie.Since);

    public override void OnInteraction(Interaction interaction)
    {
        if (!CountTally.IsMessage(interaction.Channel))
        {
            CountOther(interaction.At);
            return;
        }

        CountMessage(interaction.At);
        if (MessageFingerprints is not null)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(MessageFingerprints, Fingerprint.Of(interaction), out _)++;
        }
    }

    /// <summary>A tie, counted without being built.</summary>
    public void CountTie(TieKind kind, DateTimeOffset? since)
    {
        Tally.Add(kind);
        if (since is { } date)
        {
            Observe(date);
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

    public override void OnOwner(Account owner, int confidence)
    {
        if (confidence > OwnerConfidence)
        {
            Owner = owner;
            OwnerConfidence = confidence;
        }
    }

    public override void OnExportDate(DateTimeOffset exportedAt) => ExportedAt = exportedAt;
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

    /// <summary>The counts, <see langword="null"/> where the platform's export cannot hold them.</summary>
    public NetworkCounts ToCounts(Platform platform)
    {
        var can = PlatformCapabilities.Of(platform);
        return new NetworkCounts
        {
            Connections = can.Connections ? this[TieKind.Connection] + this[TieKind.Contact] : null,
            Following = can.Following ? this[TieKind.Following] : null,
            Followers = can.Followers ? this[TieKind.Follower] : null,
            FollowingOrganizations = can.FollowingOrganizations ? this[TieKind.FollowingOrganization] : null,
            Removed = can.Removed ? this[TieKind.Removed] + this[TieKind.Unfollowed] : null,
            Requests = can.Requests ? this[TieKind.RequestSent] + this[TieKind.RequestReceived] + this[TieKind.RequestRejected] : null,
            Invitations = can.Invitations ? this[TieKind.InvitationSent] + this[TieKind.InvitationReceived] : null,
            Messages = can.Messages ? Messages : null,
        };
    }
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
    /// Streams the interactions of snapshots in order, dropping each occurrence that an earlier
    /// snapshot already holds.
    /// </summary>
    public static IEnumerable<Interaction> Distinct(IEnumerable<IReadOnlyList<Interaction>> snapshots)
    {
        var earlier = new Dictionary<ulong, int>();
        foreach (var snapshot in snapshots)
        {
            var here = new Dictionary<ulong, int>();
            foreach (var interaction in snapshot)
            {
                var key = Fingerprint.Of(interaction);
                ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(here, key, out _);
                seen++;
                if (seen > earlier.GetValueOrDefault(key))
                {
                    yield return interaction;
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
    /// By the platform's id where there is one; otherwise by conversation, direction, sender or
    /// recipients, time and content (a hash of it, kept even when the text is not).
    /// </summary>
    public static ulong Of(Interaction interaction)
    {
        var hash = Fnv64.Start;
        hash = Fnv64.Add(hash, (ulong)interaction.Platform);
        if (interaction.SourceId is { } id)
        {
            return Fnv64.Add(Fnv64.Add(hash, 1), id);
        }

        hash = Fnv64.Add(Fnv64.Add(hash, 2), interaction.ConversationId ?? string.Empty);
        hash = Fnv64.Add(hash, (ulong)interaction.Direction);
        foreach (var account in interaction.AccountIds)
        {
            hash = Fnv64.Add(hash, account);
        }

        hash = Fnv64.Add(hash, (ulong)interaction.At.UtcTicks);
        return Fnv64.Add(hash, interaction.ContentHash);
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
