using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import.Facebook;

/// <summary>
/// Reads one Messenger or Instagram thread file (<c>message_N.json</c>), streaming: a thread split
/// into several files is read file by file (in parallel), each part knowing its participants, and
/// the parts merge through their conversation id, the thread's folder name.
/// </summary>
/// <remarks>
/// <para>Direction: a message is outgoing when its sender is the owner. The owner is the name the
/// profile file states (phase 0). Without a profile file, each thread infers it: in a one-to-one
/// thread, the participant who is not the thread's title (the title names the other person), or
/// the one participant with a name when the other is the unavailable <c>""</c>; in early files that
/// list only the other people, the one sender who is not listed when the title names the one who
/// is; otherwise the last participant, where both platforms list the account holder. The inferred owner is offered to the
/// snapshot with a low confidence (20 from a title, 10 from the position), so a profile always wins.</para>
/// <para>Audience: the participants other than the owner, the unavailable <c>""</c> included (it
/// is someone; it has no account). Recipients of an outgoing message: those participants that have
/// an account. Messages whose sender is not among the participants (someone who left a group) still
/// count, from that sender.</para>
/// <para>Memory: one pass; a message is emitted as soon as it is read, except in a one-to-one thread
/// without a profile owner, whose messages wait for the title (written after them), at most one
/// file's worth (Meta splits threads every 10,000 messages). Sender names are matched against the
/// participants in a reused buffer, once per way the file writes them (later by their bytes); message
/// texts are repaired and hashed in place and become strings only when content is kept.</para>
/// <para>Counting (<see cref="ParseContext.CountOnly"/>): the same walk, but a message is counted
/// instead of built, with no hash, and its text is decoded only when its first bytes say it could be a
/// notice (<see cref="MetaNotices.MayBeNotice"/>); held messages are only a count and a newest date.</para>
/// <para>Generations: the walk is specialised per <see cref="IThreadShape"/> (the classic files, and
/// Messenger's end-to-end encrypted chats). Where a snapshot holds both, each classic Facebook thread
/// leaves a key per message counted (sender, time, text: <see cref="MessengerMessageKeys"/>) and the
/// chats, read after, pass over the messages a classic thread already holds, on both paths.</para>
/// </remarks>
internal sealed class MetaThreadReader
{
    private const int MaxPending = 100_000;

    private readonly ParseContext _context;
    private readonly Platform _platform;
    private readonly string? _profileKey;
    private readonly string _conversation;
    private readonly List<Person> _people = [];
    private readonly List<int> _participants = [];
    private readonly List<Pending> _pending = [];
    private readonly List<int> _reactors = [];
    private readonly bool _countOnly;
    private char[] _text;
    private byte[] _raw;
    private int _pendingCount;
    private DateTimeOffset _pendingNewest;
    private DateTimeOffset? _pendingCallNewest;
    private byte[] _scratch;
    private char[] _name;
    private string? _title;
    private bool _participantsRead;
    private bool _decided;
    private string? _ownerKey;
    private int _audience = 1;
    private InteractionChannel _channel = InteractionChannel.DirectMessage;
    private ImmutableArray<AccountKey> _recipients = [];
    private int _lastSender = -1;

    /// <summary>The keys of the messages counted, kept for the encrypted chats read after (classic Facebook threads of a snapshot that has chats).</summary>
    private readonly List<ulong>? _keys;

    /// <summary>The keys of held messages, kept with them until the thread is decided (counting path).</summary>
    private readonly List<ulong>? _pendingKeys;

    /// <summary>The keys the classic threads left (encrypted chats).</summary>
    private readonly MessengerMessageKeys? _classic;

    private MetaThreadReader(ParseContext context, string? profileOwnerKey, bool threadPerFile, bool encrypted)
    {
        _context = context;
        _platform = context.Platform;
        _profileKey = profileOwnerKey;
        _conversation = threadPerFile ? MetaPaths.FileThreadId(context.Entry.Name) : MetaPaths.ThreadId(context.Entry.Path);
        if (encrypted)
        {
            _classic = MessengerMessageKeys.Of(context.Snapshot);
        }
        else if (context.Platform == Platform.Facebook && MessengerMessageKeys.Wanted(context.Snapshot))
        {
            _keys = [];
            _pendingKeys = [];
        }

        _text = ArrayPool<char>.Shared.Rent(4096);
        _scratch = ArrayPool<byte>.Shared.Rent(4096);
        _name = ArrayPool<char>.Shared.Rent(256);
        _countOnly = context.CountOnly;
        _raw = _countOnly ? ArrayPool<byte>.Shared.Rent(4096) : [];
    }

    /// <summary>Notices (calls, membership and group changes) passed over in this file.</summary>
    public int Notices { get; private set; }

    /// <summary>Messages of an encrypted chat that a classic thread of the export already holds, passed over.</summary>
    private int _duplicates;

    /// <summary>Messages their sender took back (encrypted chats), passed over.</summary>
    private int _unsent;

    /// <summary>Reads a classic thread file (<c>message_N.json</c>) into <paramref name="context"/>.</summary>
    /// <param name="stream">The file.</param>
    /// <param name="context">Where records go; its platform is the thread's.</param>
    /// <param name="profileOwnerKey">The owner's name key as the profile file states it, if it does.</param>
    public static void Read(Stream stream, ParseContext context, string? profileOwnerKey) =>
        Read<ClassicThread>(stream, context, profileOwnerKey);

    /// <summary>Reads a thread file of the shape <typeparamref name="TShape"/> into <paramref name="context"/>.</summary>
    /// <param name="stream">The file.</param>
    /// <param name="context">Where records go; its platform is the thread's.</param>
    /// <param name="profileOwnerKey">The owner's name key as the profile file states it, if it does.</param>
    public static void Read<TShape>(Stream stream, ParseContext context, string? profileOwnerKey)
        where TShape : struct, IThreadShape
    {
        MetaJson.MarkJson(context);
        var reader = new MetaThreadReader(context, profileOwnerKey, TShape.ThreadPerFile, TShape.IsEncrypted);
        try
        {
            reader.Run<TShape>(stream);
        }
        finally
        {
            reader.Finish();
            reader.Release();
        }
    }

    private void Run<TShape>(Stream stream)
        where TShape : struct, IThreadShape
    {
        var json = JsonStreamReader.Create(stream, _context);
        try
        {
            Run<TShape>(ref json);
        }
        finally
        {
            json.Dispose();
        }
    }

    /// <summary>Leaves the keys of what was counted for the encrypted chats, and says what the chats passed over.</summary>
    private void Finish()
    {
        if (_keys is { Count: > 0 })
        {
            MessengerMessageKeys.Add(_context.Snapshot, _keys);
        }

        if (_duplicates > 0)
        {
            _context.Report(DiagnosticSeverity.Info, "facebook.e2ee-duplicates", FormattableString.Invariant(
                $"{_duplicates} message(s) of this encrypted chat are also in a classic thread of the export (same sender, time and text): counted once"));
        }

        if (_unsent > 0)
        {
            _context.Report(DiagnosticSeverity.Info, "facebook.e2ee-unsent", FormattableString.Invariant(
                $"{_unsent} message(s) of this encrypted chat were unsent by their sender: not counted"));
        }
    }

    private void Run<TShape>(ref JsonStreamReader json)
        where TShape : struct, IThreadShape
    {
        if (!MetaJson.Open(ref json, _context))
        {
            _context.Format += ".empty";
            return;
        }

        MetaJson.Require(ref json, _context, JsonTokenType.StartObject, "a thread object {\"participants\": […], \"messages\": […], \"title\": …}");
        while (true)
        {
            MetaJson.Next(ref json, _context);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (json.ValueTextEquals("participants"u8))
            {
                ReadParticipants(ref json);
                _participantsRead = true;
                Decide(force: false);
            }
            else if (json.ValueTextEquals("messages"u8))
            {
                ReadMessages<TShape>(ref json);
            }
            else if (json.ValueTextEquals(TShape.Title))
            {
                _title = MetaJson.ReadString(ref json, _context);
                Decide(force: false);
            }
            else
            {
                json.Skip();
            }
        }

        Decide(force: true);
        if (!_countOnly)
        {
            // Each part of a split thread states it; the snapshot unions them by id.
            _context.Add(new Conversation(_platform, _conversation)
            {
                Title = Identifiers.CleanName(_title),
                Participants = [.. _recipients.Order()],
                Kind = _audience > 1 ? ConversationKind.Group : ConversationKind.OneToOne,
            });
        }
    }

    private void Release()
    {
        ArrayPool<char>.Shared.Return(_text);
        ArrayPool<byte>.Shared.Return(_scratch);
        ArrayPool<char>.Shared.Return(_name);
        if (_raw.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_raw);
        }

        _text = [];
        _scratch = [];
        _name = [];
        _raw = [];
    }

    private void ReadParticipants(ref JsonStreamReader json)
    {
        MetaJson.Next(ref json, _context);
        if (json.TokenType != JsonTokenType.StartArray)
        {
            json.Skip();
            return;
        }

        while (true)
        {
            MetaJson.Next(ref json, _context);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            string? raw = null;
            var named = false;
            if (json.TokenType == JsonTokenType.String)
            {
                // Early files list participants as bare names.
                raw = json.GetString();
                named = true;
            }
            else if (json.TokenType == JsonTokenType.StartObject)
            {
                while (true)
                {
                    MetaJson.Next(ref json, _context);
                    if (json.TokenType == JsonTokenType.EndObject)
                    {
                        break;
                    }

                    if (json.ValueTextEquals("name"u8))
                    {
                        MetaJson.Next(ref json, _context);
                        named = true;
                        raw = json.TokenType == JsonTokenType.String ? json.GetString() : null;
                        json.Skip();
                    }
                    else
                    {
                        json.Skip();
                    }
                }
            }
            else
            {
                json.Skip();
                continue;
            }

            // A participant without a name ("" or null) is an unavailable account: someone, with no identity.
            _participants.Add(FindOrAdd(named ? raw ?? string.Empty : string.Empty));
        }
    }

    private int FindOrAdd(string raw)
    {
        var hash = string.GetHashCode(raw.AsSpan());
        for (var i = 0; i < _people.Count; i++)
        {
            if (_people[i].Hash == hash && string.Equals(_people[i].Raw, raw, StringComparison.Ordinal))
            {
                return i;
            }
        }

        _people.Add(new Person(raw, hash, _platform));
        return _people.Count - 1;
    }

    private int ResolveSender(ref JsonStreamReader json)
    {
        // The bytes a sender was written with before are that sender: no decoding (the usual case).
        var raw = json.RawValue;
        if (_lastSender >= 0 && _people[_lastSender].Written is { } last && raw.SequenceEqual(last))
        {
            return _lastSender;
        }

        for (var i = 0; i < _people.Count; i++)
        {
            if (_people[i].Written is { } written && raw.SequenceEqual(written))
            {
                return _lastSender = i;
            }
        }

        var sender = ResolveSenderName(ref json);
        _people[sender].Written ??= raw.ToArray();
        return sender;
    }

    private int ResolveSenderName(ref JsonStreamReader json)
    {
        var length = json.ValueLength;
        if (_name.Length < length)
        {
            ArrayPool<char>.Shared.Return(_name);
            _name = ArrayPool<char>.Shared.Rent(length);
        }

        var written = json.CopyString(_name);
        var span = _name.AsSpan(0, written);
        var hash = string.GetHashCode(span);
        if (_lastSender >= 0 && _people[_lastSender].Hash == hash && span.SequenceEqual(_people[_lastSender].Raw))
        {
            return _lastSender;
        }

        for (var i = 0; i < _people.Count; i++)
        {
            if (_people[i].Hash == hash && span.SequenceEqual(_people[i].Raw))
            {
                return _lastSender = i;
            }
        }

        _people.Add(new Person(span.ToString(), hash, _platform));
        return _lastSender = _people.Count - 1;
    }

    private void ReadMessages<TShape>(ref JsonStreamReader json)
        where TShape : struct, IThreadShape
    {
        MetaJson.Next(ref json, _context);
        if (json.TokenType != JsonTokenType.StartArray)
        {
            json.Skip();
            return;
        }

        long index = 0;
        while (true)
        {
            MetaJson.Next(ref json, _context);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            index++;
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                _context.Skip("meta.bad-message", $"message {index} is not an object", record: index, offset: json.Offset);
                continue;
            }

            ReadMessage<TShape>(ref json, index);
        }
    }

    private void ReadMessage<TShape>(ref JsonStreamReader json, long index)
        where TShape : struct, IThreadShape
    {
        var sender = -1;
        long? milliseconds = null;
        long? seconds = null;
        var textLength = -1;
        var rawLength = -1;
        var wellFormed = true;
        var call = false;
        long? callSeconds = null;
        var membership = false;
        _reactors.Clear();
        var attachment = false;
        var unsent = false;
        var offset = json.Offset;
        while (true)
        {
            MetaJson.Next(ref json, _context);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var name = json.Name;
            if (name.SequenceEqual(TShape.SenderName))
            {
                MetaJson.Next(ref json, _context);
                if (json.TokenType == JsonTokenType.String)
                {
                    sender = ResolveSender(ref json);
                }
                else
                {
                    json.Skip();
                }
            }
            else if (name.SequenceEqual(TShape.Milliseconds))
            {
                milliseconds = MetaJson.ReadInt64(ref json, _context);
            }
            else if (!TShape.Seconds.IsEmpty && name.SequenceEqual(TShape.Seconds))
            {
                seconds = MetaJson.ReadInt64(ref json, _context);
            }
            else if (name.SequenceEqual(TShape.Text))
            {
                MetaJson.Next(ref json, _context);
                if (json.TokenType == JsonTokenType.String && _countOnly)
                {
                    // Kept as written: decoded only if the message could be a notice (see Count).
                    wellFormed = json.NoteString();
                    rawLength = KeepRaw(json.RawValue);
                }
                else if (json.TokenType == JsonTokenType.String)
                {
                    textLength = ReadText(ref json);
                }
                else
                {
                    json.Skip();
                }
            }
            else if (name.SequenceEqual("type"u8))
            {
                MetaJson.Next(ref json, _context);
                if (json.TokenType == JsonTokenType.String)
                {
                    call |= json.ValueTextEquals("Call"u8);
                    membership |= json.ValueTextEquals("Subscribe"u8) || json.ValueTextEquals("Unsubscribe"u8);
                }
                else
                {
                    json.Skip();
                }
            }
            else if (name.SequenceEqual("call_duration"u8))
            {
                call = true;
                if (_countOnly)
                {
                    json.Skip();
                }
                else
                {
                    callSeconds = MetaJson.ReadInt64(ref json, _context);
                }
            }
            else if (name.SequenceEqual("reactions"u8) && !_countOnly)
            {
                ReadReactions(ref json);
            }
            else if (TShape.IsAttachment(name))
            {
                attachment |= TShape.EmptyAttachmentCounts ? SkipValue(ref json) : HasItems(ref json);
            }
            else if (!TShape.Unsent.IsEmpty && name.SequenceEqual(TShape.Unsent))
            {
                MetaJson.Next(ref json, _context);
                unsent = json.TokenType == JsonTokenType.True;
                json.Skip();
            }
            else
            {
                json.Skip();
            }
        }

        if (unsent)
        {
            _unsent++;
            return;
        }

        DateTimeOffset at = default;
        var dated = true;
        if (milliseconds is { } ms && ms > 0 && DateParsing.TryFromUnixMilliseconds(ms, out var fromMs))
        {
            at = fromMs;
        }
        else if (seconds is { } s && s > 0 && DateParsing.TryFromUnixSeconds(s, out var fromSeconds))
        {
            at = fromSeconds;
        }
        else
        {
            dated = false;
        }

        if (_countOnly)
        {
            Count(at, dated, index, offset, sender, rawLength, wellFormed, call, membership, attachment);
            return;
        }

        var text = textLength >= 0 ? _text.AsSpan(0, textLength) : [];
        Pending pending;
        if (call && !membership && !dated)
        {
            Notices++; // a call without a time: neither a message nor an interaction
            return;
        }

        if (call && !membership)
        {
            // A call is an interaction of its own (not a message): answered when it lasted, missed or declined when its notice says so.
            var outcome = callSeconds > 0 ? CallOutcome.Answered
                : text.Contains("missed", StringComparison.OrdinalIgnoreCase) ? CallOutcome.Missed
                : text.Contains("declined", StringComparison.OrdinalIgnoreCase) ? CallOutcome.Declined
                : CallOutcome.Unknown;
            pending = new Pending(sender, at, 0, null, outcome, callSeconds > 0 ? callSeconds : null, null);
        }
        else if (membership || (!attachment && textLength > 0 && MetaNotices.IsNotice(text, sender >= 0 ? _people[sender].Name : null)))
        {
            Notices++;
            return;
        }
        else
        {
            if (!dated)
            {
                Undated(index, offset);
                return;
            }

            var hash = textLength >= 0 ? Fingerprint.OfContent(text) : 0;
            if (_classic?.Contains(MessageKey(sender, at, hash)) == true)
            {
                _duplicates++;
                return;
            }

            var content = textLength >= 0 && _context.IncludeContent ? text.ToString() : null;
            pending = new Pending(sender, at, hash, content, null, null, _reactors.Count == 0 ? null : [.. _reactors]);
        }

        if (_decided)
        {
            Emit(pending);
            return;
        }

        _pending.Add(pending);
        if (_pending.Count >= MaxPending)
        {
            Decide(force: true);
        }
    }

    /// <summary>
    /// The counting path's end of a message: the same notice test as the record path, deciding from
    /// the raw text (<see cref="MetaNotices.MayBeNotice"/>) and decoding it only when it could be a
    /// notice; a message is counted once the thread is decided, as the record path emits it.
    /// </summary>
    private void Count(DateTimeOffset at, bool dated, long index, long offset, int sender, int rawLength, bool wellFormed, bool call, bool membership, bool attachment)
    {
        var name = sender >= 0 ? _people[sender].Name : null;
        if (call && !membership)
        {
            // Not a message; its date counts towards the newest record, as the record path's call interaction does.
            Notices++;
            if (!dated)
            {
                return;
            }

            if (_decided)
            {
                _context.CountOther(at);
            }
            else if (_pendingCallNewest is not { } newest || at.UtcTicks > newest.UtcTicks)
            {
                _pendingCallNewest = at;
            }

            return;
        }

        if (membership || (!attachment && rawLength > 0 && MetaNotices.MayBeNotice(_raw.AsSpan(1, rawLength), wellFormed, name)
            && MetaNotices.IsNotice(_text.AsSpan(0, DecodeRaw(rawLength)), name)))
        {
            Notices++;
            return;
        }

        if (!dated)
        {
            Undated(index, offset);
            return;
        }

        var key = 0UL;
        if (_keys is not null || _classic is not null)
        {
            // Only where an export has both generations: the text is decoded to be compared.
            key = MessageKey(sender, at, rawLength >= 0 ? Fingerprint.OfContent(_text.AsSpan(0, DecodeRaw(rawLength))) : 0);
            if (_classic?.Contains(key) == true)
            {
                _duplicates++;
                return;
            }
        }

        if (_decided)
        {
            _context.CountMessage(at);
            _context.Kept();
            _keys?.Add(key);
            return;
        }

        // Held as the record path holds its pending messages: counted when the thread is decided, lost if the file fails first.
        _pendingCount++;
        _pendingKeys?.Add(key);
        if (_pendingCount == 1 || at.UtcTicks > _pendingNewest.UtcTicks)
        {
            _pendingNewest = at;
        }

        if (_pendingCount >= MaxPending)
        {
            Decide(force: true);
        }
    }

    /// <summary>
    /// A message without a readable date (no <c>timestamp_ms</c> or <c>timestamp</c>): counted at once on
    /// both paths, whatever the owner, as it has no direction to wait for; never an interaction.
    /// </summary>
    private void Undated(long index, long offset)
    {
        _context.CountUndatedMessage("meta.message-no-date",
            $"message {index} has no valid timestamp_ms (or timestamp): it is counted, but not kept as an interaction, which needs a time",
            record: index, offset: offset);
        _context.Kept();
    }

    /// <summary>Keeps the raw bytes of a text, quoted (for <see cref="DecodeRaw"/>), and returns their length.</summary>
    private int KeepRaw(ReadOnlySpan<byte> raw)
    {
        if (_raw.Length < raw.Length + 2)
        {
            ArrayPool<byte>.Shared.Return(_raw);
            _raw = ArrayPool<byte>.Shared.Rent(raw.Length + 2);
        }

        _raw[0] = (byte)'"';
        raw.CopyTo(_raw.AsSpan(1));
        _raw[raw.Length + 1] = (byte)'"';
        return raw.Length;
    }

    /// <summary>Decodes a text kept by <see cref="KeepRaw"/> into the text buffer as <see cref="ReadText"/> does (unescaped, repaired); returns its length.</summary>
    private int DecodeRaw(int rawLength)
    {
        EnsureTextRoom(rawLength);
        var reader = new Utf8JsonReader(_raw.AsSpan(0, rawLength + 2));
        reader.Read();

        // Invalid UTF-8 was noted when the text was passed over (NoteString).
        var written = JsonStreamReader.CopyString(ref reader, _text, out _);
        return Mojibake.Repair(_text.AsSpan(0, written), _scratch);
    }

    /// <summary>Copies the current string into the text buffer, repairs it in place and returns its length.</summary>
    private int ReadText(ref JsonStreamReader json)
    {
        EnsureTextRoom(json.ValueLength);
        var written = json.CopyString(_text);
        return Mojibake.Repair(_text.AsSpan(0, written), _scratch);
    }

    /// <summary>Grows the text buffer and its repair scratch to hold a string of <paramref name="length"/> bytes as written.</summary>
    private void EnsureTextRoom(int length)
    {
        if (_text.Length < length)
        {
            ArrayPool<char>.Shared.Return(_text);
            ArrayPool<byte>.Shared.Return(_scratch);
            _text = ArrayPool<char>.Shared.Rent(length);
            _scratch = ArrayPool<byte>.Shared.Rent(length);
        }
    }

    /// <summary>Settles who the owner is, once the participants (and, for a one-to-one thread without a profile, the title) are known.</summary>
    private void Decide(bool force)
    {
        if (_decided || (!_participantsRead && !force))
        {
            return;
        }

        Person? owner = null;
        var confidence = 0;
        var profileInThread = _profileKey is not null && _participants.Exists(i => _people[i].Key == _profileKey);
        if (_profileKey is not null && (profileInThread || _participants.Count != 2))
        {
            // The profile's owner, even when they left a group and are no longer among its participants.
            _ownerKey = _profileKey;
        }
        else
        {
            if (_participants.Count is 1 or 2 && _title is null && !force)
            {
                return;
            }

            (owner, confidence) = Infer();
            _ownerKey = owner?.Key;
            if (_profileKey is null && owner is not null)
            {
                _context.SetOwner(owner.Account!, confidence);
            }
        }

        var entries = 0;
        var recipients = ImmutableArray.CreateBuilder<AccountKey>();
        var ownerSeen = false;
        foreach (var index in _participants)
        {
            var person = _people[index];
            if (!ownerSeen && person.Key is not null && person.Key == _ownerKey)
            {
                // The owner's entry; a namesake listed again is someone else.
                ownerSeen = true;
                continue;
            }

            entries++;
            if (person.Account is { } account && !recipients.Contains(account.Key))
            {
                recipients.Add(account.Key);
                if (!person.Added)
                {
                    person.Added = true;
                    _context.Add(account);
                }
            }
        }

        _audience = Math.Max(1, entries);
        _channel = _audience > 1 ? InteractionChannel.GroupMessage : InteractionChannel.DirectMessage;
        _recipients = recipients.ToImmutable();
        _decided = true;
        for (var i = 0; i < _pendingCount; i++)
        {
            // Only the count and the newest date matter to a count.
            _context.CountMessage(_pendingNewest);
        }

        _context.Kept(_pendingCount);
        _pendingCount = 0;
        if (_pendingCallNewest is { } callAt)
        {
            _context.CountOther(callAt);
            _pendingCallNewest = null;
        }

        if (_pendingKeys is not null)
        {
            _keys!.AddRange(_pendingKeys);
            _pendingKeys.Clear();
        }

        foreach (var pending in _pending)
        {
            Emit(pending);
        }

        _pending.Clear();
        _pending.TrimExcess();
    }

    /// <summary>The owner as one thread shows them, with how sure that is.</summary>
    private (Person? Owner, int Confidence) Infer()
    {
        var named = _participants.Where(i => _people[i].Key is not null).Select(i => _people[i]).ToList();
        if (_participants.Count == 2)
        {
            var (a, b) = (_people[_participants[0]], _people[_participants[1]]);
            var titleKey = Identifiers.NameKey(_title);
            if (titleKey is not null && a.Key == titleKey && b.Key is not null && b.Key != titleKey)
            {
                return (b, 20);
            }

            if (titleKey is not null && b.Key == titleKey && a.Key is not null && a.Key != titleKey)
            {
                return (a, 20);
            }

            if (named.Count == 1)
            {
                return (named[0], 20);
            }
        }

        if (_participants.Count == 1 && named.Count == 1)
        {
            // Early files list only the other participants: when the title names the one listed, the
            // owner is the one sender who is not listed.
            if (Identifiers.NameKey(_title) != named[0].Key)
            {
                return (named[0], 5);
            }

            var senders = _people.Where(p => p.Key is not null && p.Key != named[0].Key).Select(p => p.Key).Distinct().Count();
            return senders == 1 ? (_people.First(p => p.Key is not null && p.Key != named[0].Key), 20) : (null, 0);
        }

        return named.Count == 0 ? (null, 0) : (named[^1], 10);
    }

    /// <summary>The hash of an empty text: a message with an empty text and one without any match (a photo alone).</summary>
    private static readonly ulong EmptyText = Fingerprint.OfContent(string.Empty);

    /// <summary>
    /// The key of a message for matching the two generations: the sender's name key, the time, and the
    /// text's hash (<see cref="Fingerprint.OfContent(string?)"/>; an empty text and none are the same).
    /// </summary>
    private ulong MessageKey(int sender, DateTimeOffset at, ulong textHash) =>
        Fnv64.Add(Fnv64.Add(Fnv64.Add(Fnv64.Start, sender >= 0 ? _people[sender].Key ?? string.Empty : string.Empty), (ulong)at.UtcTicks),
            textHash == EmptyText ? 0 : textHash);

    /// <summary>Passes over a value; <see langword="true"/> (an attachment whose presence is enough).</summary>
    private static bool SkipValue(ref JsonStreamReader json)
    {
        json.Skip();
        return true;
    }

    /// <summary>Whether the value is a list with items, or an object (an attachment); the value is passed over.</summary>
    private bool HasItems(ref JsonStreamReader json)
    {
        MetaJson.Next(ref json, _context);
        if (json.TokenType != JsonTokenType.StartArray)
        {
            var isObject = json.TokenType == JsonTokenType.StartObject;
            json.Skip();
            return isObject;
        }

        var items = false;
        while (true)
        {
            MetaJson.Next(ref json, _context);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return items;
            }

            items = true;
            json.Skip();
        }
    }

    private void Emit(Pending pending)
    {
        var person = pending.Sender >= 0 ? _people[pending.Sender] : null;
        var outgoing = person?.Key is not null && person.Key == _ownerKey;
        ImmutableArray<AccountKey> keys;
        if (outgoing)
        {
            keys = _recipients;
        }
        else if (person?.Account is { } account)
        {
            if (!person.Added)
            {
                person.Added = true;
                _context.Add(account);
            }

            keys = person.AsSender;
        }
        else
        {
            keys = [];
        }

        var visibility = _audience > 1 ? InteractionVisibility.Group : InteractionVisibility.Private;
        var direction = outgoing ? InteractionDirection.Outgoing : InteractionDirection.Incoming;
        if (pending.Outcome is { } outcome)
        {
            _context.Add(new Interaction(_platform, InteractionChannel.Call, direction, pending.At)
            {
                AccountKeys = keys,
                Audience = _audience,
                Visibility = visibility,
                Outcome = outcome,
                Duration = pending.CallSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                ConversationId = _conversation,
            });
            return;
        }

        _context.Add(new Interaction(_platform, _channel, direction, pending.At)
        {
            AccountKeys = keys,
            Audience = _audience,
            ConversationId = _conversation,
            Content = pending.Content,
        }, pending.Hash);
        _context.Kept();
        _keys?.Add(MessageKey(pending.Sender, pending.At, pending.Hash));
        if (pending.Reactors is { } reactors)
        {
            EmitReactions(person, outgoing, reactors, pending.At, visibility);
        }
    }

    /// <summary>
    /// The reactions to a message that involve the owner: the owner's to another's message (outgoing, to
    /// its sender), and another's to the owner's message (incoming, from the reactor). The export gives no
    /// time of its own for a reaction: it takes the message's.
    /// </summary>
    private void EmitReactions(Person? sender, bool ownMessage, int[] reactors, DateTimeOffset at, InteractionVisibility visibility)
    {
        foreach (var index in reactors)
        {
            var reactor = _people[index];
            var byOwner = reactor.Key is not null && reactor.Key == _ownerKey;
            var other = byOwner && !ownMessage ? sender : !byOwner && ownMessage ? reactor : null;
            if (other?.Account is not { } account)
            {
                continue;
            }

            if (!other.Added)
            {
                other.Added = true;
                _context.Add(account);
            }

            _context.Add(new Interaction(_platform, InteractionChannel.Reaction, byOwner ? InteractionDirection.Outgoing : InteractionDirection.Incoming, at)
            {
                AccountKeys = other.AsSender,
                Audience = _audience,
                Visibility = visibility,
                ConversationId = _conversation,
            });
        }
    }

    /// <summary>The actors of a message's <c>reactions</c> (<c>[{"reaction": "❤", "actor": "…"}]</c>), into <see cref="_reactors"/>.</summary>
    private void ReadReactions(ref JsonStreamReader json)
    {
        MetaJson.Next(ref json, _context);
        if (json.TokenType != JsonTokenType.StartArray)
        {
            json.Skip();
            return;
        }

        while (true)
        {
            MetaJson.Next(ref json, _context);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                continue;
            }

            while (true)
            {
                MetaJson.Next(ref json, _context);
                if (json.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                if (json.ValueTextEquals("actor"u8))
                {
                    MetaJson.Next(ref json, _context);
                    if (json.TokenType == JsonTokenType.String && json.GetString() is { Length: > 0 } actor)
                    {
                        var index = FindOrAdd(actor);
                        if (!_reactors.Contains(index))
                        {
                            _reactors.Add(index);
                        }
                    }
                    else
                    {
                        json.Skip();
                    }
                }
                else
                {
                    json.Skip();
                }
            }
        }
    }

    /// <summary>A message or call held until the thread is decided; a call has an <see cref="Outcome"/>.</summary>
    private readonly record struct Pending(int Sender, DateTimeOffset At, ulong Hash, string? Content, CallOutcome? Outcome, long? CallSeconds, int[]? Reactors);

    /// <summary>A participant or sender of the thread, by the name the file writes (before repair).</summary>
    private sealed class Person
    {
        public Person(string raw, int hash, Platform platform)
        {
            Raw = raw;
            Hash = hash;
            Name = Identifiers.CleanName(Mojibake.Repair(raw));
            Key = Identifiers.NameKey(Name);
            if (AccountKeys.Name(platform, Name) is { } key)
            {
                Account = new Account(key) { Name = Name };
                AsSender = [key];
            }
        }

        public string Raw { get; }

        public int Hash { get; }

        /// <summary>The repaired, normalised name; null for the unavailable account.</summary>
        public string? Name { get; }

        public string? Key { get; }

        public Account? Account { get; }

        public ImmutableArray<AccountKey> AsSender { get; } = [];

        public bool Added { get; set; }

        /// <summary>The bytes of the JSON string the file first wrote this name with as a sender (escaped, before decoding).</summary>
        public byte[]? Written { get; set; }
    }
}
