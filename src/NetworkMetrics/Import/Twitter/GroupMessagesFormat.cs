using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace NetworkMetrics.Import.Twitter;

/// <summary>
/// <c>direct-messages-group.js</c> (<c>direct-message-group.js</c> in 2019): group
/// conversations, as the 1:1 file but <c>messageCreate</c> has no <c>recipientId</c>, and
/// membership events: <c>joinConversation{initiatingUserId, participantsSnapshot[], createdAt}</c>
/// (the owner was added; the snapshot is who was there), <c>participantsJoin{initiatingUserId, userIds}</c>,
/// <c>participantsLeave{userIds, createdAt}</c>, <c>conversationNameUpdate</c>.
/// </summary>
/// <remarks>
/// <para>Each message's audience is the conversation's members at that moment other than the
/// owner. Events come newest first, so one conversation's events (adjacent split entries
/// merged) are buffered as small structs (ids as numbers, the text only when content is kept),
/// put in time order and replayed: a join adds, a leave removes, whoever sends, names or
/// adds someone is a member. Members present from the start without an event saying so
/// (the owner created the group) are those who act before any join names them; without any
/// membership event this is the set of senders seen.</para>
/// <para>Phase 1, before the 1:1 file, which skips the message ids this file has (a message is
/// counted once across both files). Channel <see cref="InteractionChannel.GroupMessage"/> when
/// the audience is over 1 (a group reduced to two people is a direct message). Without an owner
/// from account.js or manifest.js, the owner is the one participant of every conversation: the
/// conversations are then all buffered (as small structs) and replayed at the end.</para>
/// </remarks>
internal sealed class GroupMessagesFormat(bool byContent) : TwitterJsFormat(TwitterDataType.GroupMessages, byContent)
{
    public override string Id => "twitter.direct-messages-group";

    public override CountKinds Holds => CountKinds.Messages;

    public override int Phase => 1;

    protected override void Parse(ref JsonStreamReader json, ParseContext context)
    {
        var generation = TwitterNames.BaseName(context.Entry.Name.ToLowerInvariant()) == "direct-message-group" ? ".2019" : ".2020";
        if (!OpenList(ref json, context))
        {
            context.Format = Id + ".empty";
            CheckManifestCount(context, 0);
            return;
        }

        context.Format = Id + generation;
        var reader = new Reader(context);
        long items = 0;
        while (NextItem(ref json))
        {
            items++;
            context.CancellationToken.ThrowIfCancellationRequested();
            reader.ReadConversation(ref json, items);
        }

        try
        {
            reader.Finish();
        }
        finally
        {
            reader.Share();
        }

        CheckManifestCount(context, items);
    }

    private sealed class Reader(ParseContext context)
    {
        private readonly List<DmEvent> _events = [];
        private readonly List<DmReaction> _reactions = [];
        private readonly List<long> _users = [];
        private readonly HashSet<long> _seen = [];
        private readonly HashSet<long> _members = [];
        private readonly HashSet<long> _introduced = [];
        private readonly Dictionary<string, (long LastTicks, long[] Members)> _conversations = new(StringComparer.Ordinal);
        private readonly List<(string Conversation, int From, int To)> _deferred = [];
        private readonly AccountIdCache _ids = new(context);
        private long? _owner = TwitterIds.OwnerId(context);
        private string? _run;
        private int _runStart;
        private long _order;
        private int _version;
        private int _othersVersion = -1;
        private ImmutableArray<AccountKey> _others = [];
        private readonly Dictionary<string, ImmutableArray<AccountKey>> _stated = new(StringComparer.Ordinal);
        private int _duplicates;

        public void ReadConversation(ref JsonStreamReader json, long item)
        {
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                context.Skip("twitter.not-an-object", "a conversation is not an object (expected {\"dmConversation\":{…}})", record: item, offset: json.Offset);
                return;
            }

            var itemStart = _events.Count;
            var depth = json.CurrentDepth;
            var wrapped = false;
            string? conversation = null;
            while (NextField(ref json, depth, "dmConversation"u8, ref wrapped))
            {
                if (json.ValueTextEquals("conversationId"u8))
                {
                    conversation = TwitterJson.Text(ref json) ?? string.Empty;
                    StartRun(conversation, itemStart);
                }
                else if (json.ValueTextEquals("messages"u8))
                {
                    json.Read();
                    if (json.TokenType != JsonTokenType.StartArray)
                    {
                        json.Skip();
                        continue;
                    }

                    while (json.Read() && json.TokenType != JsonTokenType.EndArray)
                    {
                        var e = DirectMessageReading.ReadEvent(ref json, context.IncludeContent, _reactions, _users, context.CountOnly);
                        if (e.Kind == DmEventKind.None)
                        {
                            continue;
                        }

                        e.Order = _order++;
                        e.Item = item;
                        _events.Add(e);
                    }
                }
                else
                {
                    json.Skip();
                }
            }

            if (conversation is null)
            {
                StartRun(string.Empty, itemStart);
            }
        }

        public void Finish()
        {
            if (_run is not null)
            {
                Process(_run, _runStart, _events.Count);
            }

            if (_deferred.Count > 0)
            {
                _owner = InferOwner();
                if (_owner is { } inferred)
                {
                    context.SetOwner(TwitterIds.Account(TwitterIds.Format(inferred)), DirectMessagesFormat.InferredOwnerConfidence);
                }

                foreach (var (conversation, from, to) in _deferred)
                {
                    Replay(conversation, from, to);
                }
            }

            if (_owner is null && _order > 0)
            {
                context.Report(DiagnosticSeverity.Info, "twitter.owner-unknown",
                    "no account.js or manifest.js names the owner and no participant is in every group conversation: every group message is read as received, and audiences assume the owner is a member");
            }

            if (_duplicates > 0)
            {
                context.Report(DiagnosticSeverity.Info, "twitter.dm-duplicates", string.Create(CultureInfo.InvariantCulture,
                    $"{_duplicates} message(s) appeared twice in this file (a conversation split into overlapping parts) and were counted once"));
            }
        }

        /// <summary>Leaves the message ids for the 1:1 file (parsed after this one), when the archive has one.</summary>
        public void Share()
        {
            if (_seen.Count > 0 && (context.Snapshot.Entries.Count == 0 || TwitterState.HasFileOf(context, TwitterDataType.DirectMessages)))
            {
                TwitterState.GetOrAdd<DirectMessageIds>(context.Snapshot, TwitterState.DirectMessageIds).AddRange(_seen);
            }
        }

        /// <summary>The one participant of every conversation, when there is exactly one.</summary>
        private long? InferOwner()
        {
            HashSet<long>? common = null;
            var users = CollectionsMarshal.AsSpan(_users);
            foreach (var (_, from, to) in _deferred)
            {
                var participants = new HashSet<long>();
                foreach (var e in CollectionsMarshal.AsSpan(_events)[from..to])
                {
                    if (e.Sender > 0 && e.Kind != DmEventKind.ParticipantsLeave)
                    {
                        participants.Add(e.Sender);
                    }

                    if (e.Kind is DmEventKind.JoinConversation or DmEventKind.ParticipantsJoin)
                    {
                        participants.UnionWith(users.Slice(e.UsersStart, e.UsersCount).ToArray());
                    }
                }

                if (common is null)
                {
                    common = participants;
                }
                else
                {
                    common.IntersectWith(participants);
                }
            }

            return common is { Count: 1 } ? common.Single() : null;
        }

        /// <summary>A conversation entry begins: when it continues the buffered one (a split), keep buffering; otherwise replay the buffered one.</summary>
        private void StartRun(string conversation, int itemStart)
        {
            if (_run is not null && !string.Equals(_run, conversation, StringComparison.Ordinal))
            {
                Process(_run, _runStart, itemStart);
                _runStart = itemStart;
                if (itemStart == _events.Count && _deferred.Count == 0)
                {
                    _events.Clear();
                    _reactions.Clear();
                    _users.Clear();
                    _runStart = 0;
                }
            }

            _run = conversation;
        }

        /// <summary>Replays one conversation's events, or keeps them for the end while the owner is unknown.</summary>
        private void Process(string conversation, int from, int to)
        {
            if (to <= from)
            {
                return;
            }

            if (_owner is null)
            {
                _deferred.Add((conversation, from, to));
                return;
            }

            Replay(conversation, from, to);
        }

        /// <summary>Replays one conversation's events in time order.</summary>
        private void Replay(string conversation, int from, int to)
        {

            var events = CollectionsMarshal.AsSpan(_events)[from..to];
            events.Sort(static (a, b) => a.Ticks != b.Ticks ? a.Ticks.CompareTo(b.Ticks) : b.Order.CompareTo(a.Order));
            var users = CollectionsMarshal.AsSpan(_users);

            // Who was there from the start: whoever acts before an event adds them.
            _members.Clear();
            _introduced.Clear();
            foreach (ref readonly var e in events)
            {
                var listed = users.Slice(e.UsersStart, e.UsersCount);
                switch (e.Kind)
                {
                    case DmEventKind.JoinConversation:
                        Introduce(e.Sender, initial: false);
                        foreach (var user in listed)
                        {
                            Introduce(user, initial: false);
                        }

                        break;
                    case DmEventKind.ParticipantsJoin:
                        Introduce(e.Sender, initial: true);
                        foreach (var user in listed)
                        {
                            Introduce(user, initial: false);
                        }

                        break;
                    case DmEventKind.ParticipantsLeave:
                        foreach (var user in listed)
                        {
                            Introduce(user, initial: true);
                        }

                        break;
                    default:
                        Introduce(e.Sender, initial: true);
                        break;
                }
            }

            if (_conversations.TryGetValue(conversation, out var earlier) && events.Length > 0 && earlier.LastTicks <= events[0].Ticks)
            {
                // A later, non-adjacent part of a conversation already read: it goes on from there.
                _members.UnionWith(earlier.Members);
            }

            _version++;
            foreach (ref readonly var e in events)
            {
                var listed = users.Slice(e.UsersStart, e.UsersCount);
                switch (e.Kind)
                {
                    case DmEventKind.JoinConversation:
                    case DmEventKind.ParticipantsJoin:
                        AddMember(e.Sender);
                        foreach (var user in listed)
                        {
                            AddMember(user);
                        }

                        break;
                    case DmEventKind.ParticipantsLeave:
                        foreach (var user in listed)
                        {
                            if (_members.Remove(user))
                            {
                                _version++;
                            }
                        }

                        break;
                    case DmEventKind.NameUpdate:
                        AddMember(e.Sender);
                        break;
                    case DmEventKind.Message:
                        AddMember(e.Sender);
                        OnMessage(e, conversation);
                        break;
                }
            }

            _conversations[conversation] = (events[^1].Ticks, [.. _members]);
        }

        private void Introduce(long user, bool initial)
        {
            if (user > 0 && _introduced.Add(user) && initial)
            {
                _members.Add(user);
            }
        }

        private void AddMember(long user)
        {
            if (user > 0 && _members.Add(user))
            {
                _version++;
            }
        }

        private void OnMessage(in DmEvent message, string conversation)
        {
            if (message.Id <= 0 || message.Sender <= 0)
            {
                context.Skip("twitter.missing-id", "a group message without a numeric id or senderId", record: message.Item);
                return;
            }

            if (!_seen.Add(message.Id))
            {
                _duplicates++;
                return;
            }

            if (message.BadDate is not null || message.Ticks == 0)
            {
                // A message all the same (once, by its id): counted, not an interaction, which needs a time.
                context.CountUndatedMessage("twitter.bad-date",
                    $"message {message.Id}: createdAt '{message.BadDate ?? "(missing)"}' is not a date (expected e.g. 2020-11-27T06:35:00.465Z): it is counted, but not kept as an interaction, which needs a time",
                    record: message.Item);
                context.Kept();
                return;
            }

            if (_owner is not { } owner)
            {
                var audienceGuess = Math.Max(1, _members.Count - 1);
                context.Add(DirectMessageReading.Message(message, outgoing: false, _ids.Single(message.Sender), audienceGuess, conversation), message.ContentHash);
                context.Kept();
                return;
            }

            var others = Others(owner);
            if (!_stated.TryGetValue(conversation, out var stated) || stated != others)
            {
                // The group as its members stand now; the snapshot unions every state of it.
                _stated[conversation] = others;
                context.Add(new Conversation(Platform.Twitter, conversation) { Kind = ConversationKind.Group, Participants = others });
            }

            var audience = Math.Max(1, others.Length);
            var outgoing = message.Sender == owner;
            context.Add(DirectMessageReading.Message(message, outgoing, outgoing ? others : _ids.Single(message.Sender), audience, conversation), message.ContentHash);
            context.Kept();
            DirectMessageReading.EmitReactions(context, message, _reactions, owner, _ids, conversation);
        }

        /// <summary>The members other than the owner, in id order; one array per membership state.</summary>
        private ImmutableArray<AccountKey> Others(long owner)
        {
            if (_othersVersion != _version)
            {
                var ids = _members.Where(m => m != owner).Order().ToArray();
                var builder = ImmutableArray.CreateBuilder<AccountKey>(ids.Length);
                foreach (var id in ids)
                {
                    builder.Add(_ids.Key(id));
                }

                _others = builder.MoveToImmutable();
                _othersVersion = _version;
            }

            return _others;
        }
    }
}
