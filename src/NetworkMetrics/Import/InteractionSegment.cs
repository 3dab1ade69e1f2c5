using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Import;

/// <summary>
/// The interactions of one file without an object each (<see cref="ImportOptions.KeepInteractionRecords"/> off): a
/// 48-byte row per interaction over the file's distinct key arrays and conversation ids, which is what the scoring
/// model reads (<see cref="ContactQuality"/>). Made by <see cref="Builder"/> as the parser hands over its records, so
/// that each <see cref="Interaction"/> dies young; immutable afterwards. Rewriting the keys to merged accounts touches
/// the key arrays only, and de-duplication across snapshots a keep mask: the rows themselves are never copied.
/// </summary>
internal sealed class InteractionSegment
{
    private readonly Row[] _rows;
    private readonly int _count;

    /// <summary>Rows to keep (<see langword="null"/>: all), set by de-duplication across snapshots.</summary>
    private readonly bool[]? _keep;

    /// <summary>How many rows are messages (all rows, kept or not).</summary>
    private readonly int _messages;

    private InteractionSegment(Row[] rows, int count, int messages, ImmutableArray<ImmutableArray<AccountKey>> keySets, ImmutableArray<string> conversationIds, bool[]? keep)
    {
        _rows = rows;
        _messages = messages;
        _count = count;
        KeySets = keySets;
        ConversationIds = conversationIds;
        _keep = keep;
    }

    /// <summary>Whether the rows carry their <see cref="Row.Fingerprint"/> (made for a platform with several snapshots).</summary>
    public bool HasFingerprints { get; private init; }

    /// <summary>The distinct key arrays the rows refer to by <see cref="Row.Keys"/>.</summary>
    public ImmutableArray<ImmutableArray<AccountKey>> KeySets { get; }

    /// <summary>The distinct conversation ids the rows refer to by <see cref="Row.Conversation"/>.</summary>
    public ImmutableArray<string> ConversationIds { get; }

    /// <summary>Every row, kept or not (see <see cref="IsKept"/>).</summary>
    public ReadOnlySpan<Row> Rows => _rows.AsSpan(0, _count);

    /// <summary>Whether row <paramref name="index"/> is one of the segment's interactions (not dropped as a duplicate of an earlier snapshot's).</summary>
    public bool IsKept(int index) => _keep is null || _keep[index];

    /// <summary>How many of the interactions kept are messages (<see cref="CountTally.IsMessage"/>): counted while built, recounted under a keep mask.</summary>
    public int Messages
    {
        get
        {
            if (_keep is null)
            {
                return _messages;
            }

            var messages = 0;
            var rows = Rows;
            for (var i = 0; i < rows.Length; i++)
            {
                if (_keep[i] && CountTally.IsMessage((InteractionChannel)rows[i].Channel))
                {
                    messages++;
                }
            }

            return messages;
        }
    }

    /// <summary>The newest interaction's time (<see langword="null"/> for none), as the parser gave it.</summary>
    public DateTimeOffset? Newest { get; private init; }

    /// <summary>
    /// The same rows with every key sent through <paramref name="map"/> (<see cref="SnapshotBuilder.Rewrite(ImmutableArray{AccountKey}, IReadOnlyDictionary{AccountKey, AccountKey})"/>),
    /// segment by segment. The segments of one file share its key sets and come one after another: those are rewritten
    /// once for all of them.
    /// </summary>
    public static List<InteractionSegment> WithKeys(IEnumerable<InteractionSegment> segments, IReadOnlyDictionary<AccountKey, AccountKey> map)
    {
        var result = new List<InteractionSegment>();
        ImmutableArray<ImmutableArray<AccountKey>> from = default, to = default;
        foreach (var segment in segments)
        {
            if (from.IsDefault || segment.KeySets != from)
            {
                from = segment.KeySets;
                to = Rewrite(from, map);
            }

            result.Add(to == segment.KeySets ? segment
                : new InteractionSegment(segment._rows, segment._count, segment._messages, to, segment.ConversationIds, segment._keep) { HasFingerprints = segment.HasFingerprints, Newest = segment.Newest });
        }

        return result;
    }

    /// <summary>Key sets through <paramref name="map"/>: the same array when no key changes.</summary>
    private static ImmutableArray<ImmutableArray<AccountKey>> Rewrite(ImmutableArray<ImmutableArray<AccountKey>> sets, IReadOnlyDictionary<AccountKey, AccountKey> map)
    {
        var changed = false;
        var builder = ImmutableArray.CreateBuilder<ImmutableArray<AccountKey>>(sets.Length);
        foreach (var keys in sets)
        {
            var rewritten = SnapshotBuilder.Rewrite(keys, map);
            changed |= rewritten != keys;
            builder.Add(rewritten);
        }

        return changed ? builder.MoveToImmutable() : sets;
    }

    /// <summary>The same rows with only those <paramref name="keep"/> marks kept (an array of <see cref="Rows"/>' length).</summary>
    public InteractionSegment Where(bool[] keep)
    {
        if (keep.Length != _count)
        {
            throw new ArgumentException($"The mask has {keep.Length} entries for {_count} rows.", nameof(keep));
        }

        return new InteractionSegment(_rows, _count, _messages, KeySets, ConversationIds, keep) { HasFingerprints = HasFingerprints, Newest = Newest };
    }

    /// <summary>
    /// A copy with keys, conversation ids and message-id keys sent through the given maps (pseudonymisation): the key
    /// arrays and ids once each, the rows once.
    /// </summary>
    public InteractionSegment Map(Func<AccountKey, AccountKey> key, Func<Platform, string, string> conversationId, Func<Platform, long, long> sourceKey)
    {
        var rows = new Row[_count];
        Rows.CopyTo(rows);
        foreach (ref var row in rows.AsSpan())
        {
            if (row.SourceKey != 0)
            {
                row.SourceKey = sourceKey((Platform)row.Platform, row.SourceKey);
            }
        }

        // A conversation id belongs to one platform: a file's rows all have the same one.
        var platform = _count > 0 ? (Platform)rows[0].Platform : default;
        return new InteractionSegment(rows, _count, _messages, [.. KeySets.Select(keys => keys.Select(key).ToImmutableArray())],
            [.. ConversationIds.Select(id => conversationId(platform, id))], _keep) { HasFingerprints = HasFingerprints, Newest = Newest };
    }

    /// <summary>
    /// One interaction, as much of it as the scoring model and de-duplication read.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    internal struct Row
    {
        /// <summary><see cref="Interaction.At"/> in UTC ticks.</summary>
        public long Ticks;

        /// <summary><see cref="Fingerprint.Of"/>: the identity of the message across overlapping snapshots.</summary>
        public ulong Fingerprint;

        /// <summary><see cref="ContactQualityBuilder.SourceKey"/> of <see cref="Interaction.SourceId"/>, or 0 for none.</summary>
        public long SourceKey;

        /// <summary>The index of <see cref="Interaction.AccountKeys"/> in <see cref="KeySets"/>.</summary>
        public int Keys;

        /// <summary>The index of <see cref="Interaction.ConversationId"/> in <see cref="ConversationIds"/>, or -1 for none.</summary>
        public int Conversation;

        /// <summary>The call's length in whole seconds (0 for none or unknown).</summary>
        public int CallSeconds;

        /// <summary><see cref="Interaction.Audience"/>.</summary>
        public int Audience;

        /// <summary>The <see cref="NetworkMetrics.Platform"/>, the <see cref="InteractionChannel"/>, <see cref="InteractionDirection"/>, <see cref="InteractionVisibility"/> and <see cref="CallOutcome"/>, a byte each (as in <see cref="InteractionRow"/>).</summary>
        public byte Platform;
        public byte Channel;
        public byte Direction;
        public byte Visibility;
        public byte Outcome;
    }

    /// <summary>Collects a file's interactions as rows, one sink's, on one thread.</summary>
    /// <param name="fingerprints">Whether to compute <see cref="Row.Fingerprint"/> (0 otherwise): only de-duplication across snapshots reads it.</param>
    /// <param name="chunkRows">The rows of one segment at most (<see cref="DefaultChunkRows"/>; smaller in tests).</param>
    internal sealed class Builder(bool fingerprints, int chunkRows = Builder.DefaultChunkRows)
    {
        /// <summary>65,536 rows of 48 bytes: 3 MB a segment.</summary>
        public const int DefaultChunkRows = 65_536;

        private readonly List<ImmutableArray<AccountKey>> _keySets = [];

        /// <summary>The key sets of one key, by their key: the two sides of a one-to-one chat alternate, so "the last set" alone would not share them.</summary>
        private readonly Dictionary<AccountKey, int> _singleKeySets = [];
        private readonly List<string> _conversationIds = [];
        private readonly Dictionary<string, int> _conversationIndex = new(StringComparer.Ordinal);
        private Row[] _rows = new Row[Math.Clamp(chunkRows, 1, 64)];
        private int _count;
        private ImmutableArray<AccountKey> _lastKeys;
        private int _lastKeysIndex = -1;
        private string? _lastConversationId;
        private int _lastConversation = -1;
        private int _messages;
        private DateTimeOffset? _newest;

        /// <summary>The full chunks so far, each with its messages and newest time.</summary>
        private readonly List<(Row[] Rows, int Messages, DateTimeOffset? Newest)> _full = [];

        /// <summary>Adds one interaction (the object is not kept).</summary>
        public void Add(Interaction interaction, ulong contentHash)
        {
            var keys = interaction.AccountKeys.IsDefault ? [] : interaction.AccountKeys;
            if (keys.Length == 1)
            {
                ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_singleKeySets, keys[0], out var exists);
                if (!exists)
                {
                    index = _keySets.Count;
                    _keySets.Add(keys);
                }

                _lastKeys = keys;
                _lastKeysIndex = index;
            }
            else if (_lastKeysIndex < 0 || !Sequences.Equal(keys, _lastKeys))
            {
                // Consecutive interactions of one conversation share their keys: one entry for the run.
                _lastKeys = keys;
                _lastKeysIndex = _keySets.Count;
                _keySets.Add(keys);
            }

            var conversation = -1;
            if (interaction.ConversationId is { } id)
            {
                if (ReferenceEquals(id, _lastConversationId) || string.Equals(id, _lastConversationId, StringComparison.Ordinal))
                {
                    conversation = _lastConversation;
                }
                else
                {
                    ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(_conversationIndex, id, out var exists);
                    if (!exists)
                    {
                        index = _conversationIds.Count;
                        _conversationIds.Add(id);
                    }

                    conversation = index;
                    _lastConversationId = id;
                    _lastConversation = index;
                }
            }

            if (_count == _rows.Length)
            {
                Grow();
            }

            ref var row = ref _rows[_count++];
            row.Ticks = interaction.At.UtcTicks;
            row.Fingerprint = fingerprints ? Import.Fingerprint.Of(interaction, contentHash) : 0;
            row.SourceKey = interaction.SourceId is null ? 0 : ContactQualityBuilder.SourceKey(interaction.SourceId);
            row.Keys = _lastKeysIndex;
            row.Conversation = conversation;
            row.CallSeconds = interaction.Duration is { } duration ? (int)Math.Clamp(duration.TotalSeconds, 0, int.MaxValue) : 0;
            row.Audience = interaction.Audience;
            row.Platform = checked((byte)interaction.Platform);
            row.Channel = checked((byte)interaction.Channel);
            row.Direction = checked((byte)interaction.Direction);
            row.Visibility = checked((byte)interaction.Visibility);
            row.Outcome = checked((byte)interaction.Outcome);
            if (CountTally.IsMessage(interaction.Channel))
            {
                _messages++;
            }

            _newest = _newest is { } newest && newest > interaction.At ? newest : interaction.At; // as SnapshotBuilder.Max keeps the later of equals
        }

        /// <summary>
        /// The segments, in row order: one per chunk of rows, sharing the file's key sets and conversation
        /// ids (the builder is not used afterwards).
        /// </summary>
        public List<InteractionSegment> Build()
        {
            // The last chunk is trimmed to size when that saves much (a copy of at most one chunk): the segments live as
            // long as the import.
            if (_rows.Length - _count > 1024)
            {
                Array.Resize(ref _rows, _count);
            }

            ImmutableArray<ImmutableArray<AccountKey>> keySets = [.. _keySets];
            ImmutableArray<string> conversationIds = [.. _conversationIds];
            var segments = new List<InteractionSegment>(_full.Count + 1);
            foreach (var (rows, messages, newest) in _full)
            {
                segments.Add(new InteractionSegment(rows, rows.Length, messages, keySets, conversationIds, keep: null) { HasFingerprints = fingerprints, Newest = newest });
            }

            if (_count > 0 || segments.Count == 0)
            {
                segments.Add(new InteractionSegment(_rows, _count, _messages, keySets, conversationIds, keep: null) { HasFingerprints = fingerprints, Newest = _newest });
            }

            return segments;
        }

        /// <summary>
        /// Makes room for one more row: the array doubles up to a chunk's rows; past that, a full chunk is
        /// set aside and a new one begun, so that a large file's rows are never copied (doubling one array to millions of
        /// rows left each old copy as garbage of the large-object heap, about twice the rows in all, until a full
        /// collection).
        /// </summary>
        private void Grow()
        {
            if (_rows.Length < chunkRows)
            {
                Array.Resize(ref _rows, Math.Min(_rows.Length * 2, chunkRows));
                return;
            }

            _full.Add((_rows, _messages, _newest));
            _rows = new Row[chunkRows];
            _count = 0;
            _messages = 0;
            _newest = null;
        }
    }
}
