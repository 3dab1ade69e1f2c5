using System.Text.Json;

namespace NetworkMetrics.Import.Twitter;

/// <summary>
/// <c>direct-messages.js</c> (<c>direct-message.js</c> in 2019; <c>-partN</c> parts):
/// one-to-one conversations <c>{"dmConversation":{"conversationId":"&lt;lowId&gt;-&lt;highId&gt;","messages":[{"messageCreate":{…}}]}}</c>,
/// messages newest first. 2017-era messages lack <c>reactions</c>/<c>urls</c> (nothing depends on them).
/// </summary>
/// <remarks>
/// <para>Long conversations are split into several entries with the same id and overlapping
/// ranges: a message whose id was already read is a true duplicate and is dropped (counted in
/// an info diagnostic). Memory stays flat: the exact ids are kept only for the current run of
/// entries of one conversation (splits are written one after the other), and each finished run
/// leaves its lowest and highest id; an entry of a conversation met again later drops the
/// messages inside those ranges (an entry is a contiguous page of its conversation, so any of
/// its messages in such a range is in the earlier page).</para>
/// <para>Phase 2, after the group file: a message the group file already has (same id) is not
/// counted twice.</para>
/// <para>Direction: outgoing when <c>senderId</c> is the owner. The owner is the snapshot's
/// (account.js, manifest.js); without them, the one id shared by every conversation id (and
/// every sender/recipient pair): messages are held as small structs only until two
/// conversations tell it; with a single counterpart the lower id is taken and an info
/// diagnostic says so. An inferred owner is offered to the snapshot (confidence 20).</para>
/// </remarks>
internal sealed class DirectMessagesFormat(bool byContent) : TwitterJsFormat(TwitterDataType.DirectMessages, byContent)
{
    public const int InferredOwnerConfidence = 20;

    public override CountKinds Holds => CountKinds.Messages;

    public override string Id => "twitter.direct-messages";

    public override int Phase => 2;

    protected override void Parse(ref JsonStreamReader json, ParseContext context)
    {
        var generation = TwitterNames.BaseName(context.Entry.Name.ToLowerInvariant()) == "direct-message" ? ".2019" : ".2020";
        var reader = new Reader(context);
        if (!OpenList(ref json, context))
        {
            context.Format = Id + ".empty";
            CheckManifestCount(context, 0);
            return;
        }

        context.Format = Id + generation;
        long items = 0;
        while (NextItem(ref json))
        {
            items++;
            context.CancellationToken.ThrowIfCancellationRequested();
            reader.ReadConversation(ref json, items);
        }

        reader.Finish();
        CheckManifestCount(context, items);
    }

    /// <summary>One file's state: the owner, the current run's message ids, earlier runs' id ranges, the id strings.</summary>
    private sealed class Reader(ParseContext context)
    {
        private readonly HashSet<long> _run = [];
        private readonly Dictionary<string, List<(long Min, long Max)>> _ranges = new(StringComparer.Ordinal);
        private readonly DirectMessageIds? _group = context.Snapshot.Get<DirectMessageIds>(TwitterState.DirectMessageIds);
        private readonly List<DmReaction> _reactions = [];
        private readonly List<long> _users = [];
        private readonly List<(DmEvent Message, string Conversation)> _held = [];
        private readonly List<DmReaction> _heldReactions = [];
        private readonly AccountIdCache _ids = new(context);
        private long? _owner = TwitterIds.OwnerId(context);
        private long _candidateA;
        private long _candidateB;
        private int _duplicates;
        private int _inGroup;
        private string? _runConversation;
        private List<(long Min, long Max)>? _earlier;
        private long _runMin = long.MaxValue;
        private long _runMax = long.MinValue;

        public void ReadConversation(ref JsonStreamReader json, long item)
        {
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                context.Skip("twitter.not-an-object", "a conversation is not an object (expected {\"dmConversation\":{…}})", record: item, offset: json.Offset);
                return;
            }

            var depth = json.CurrentDepth;
            var wrapped = false;
            string? conversation = null;
            while (NextField(ref json, depth, "dmConversation"u8, ref wrapped))
            {
                if (json.ValueTextEquals("conversationId"u8))
                {
                    conversation = TwitterJson.Text(ref json);
                    ObserveConversation(conversation);
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
                        _reactions.Clear();
                        _users.Clear();
                        var message = DirectMessageReading.ReadEvent(ref json, context.IncludeContent, _reactions, _users, context.CountOnly);
                        if (message.Kind == DmEventKind.Message)
                        {
                            OnMessage(message, ref conversation, item, json.Offset);
                        }
                    }
                }
                else
                {
                    json.Skip();
                }
            }
        }

        public void Finish()
        {
            if (_held.Count > 0)
            {
                // One counterpart only: both ids of the conversation remain candidates.
                context.Report(DiagnosticSeverity.Info, "twitter.owner-guessed",
                    "no account.js or manifest.js names the owner and the file has one counterpart only: the direction of its messages is a guess");
                _owner = Math.Min(_candidateA, _candidateB);
                if (_owner > 0)
                {
                    OfferOwner();
                }

                Flush();
            }

            CloseRun();
            if (_duplicates > 0 || _inGroup > 0)
            {
                context.Report(DiagnosticSeverity.Info, "twitter.dm-duplicates", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{_duplicates} message(s) appeared twice in this file (a long conversation split into overlapping parts) and {_inGroup} were already in the group file: each was counted once"));
            }
        }

        private void OnMessage(DmEvent message, ref string? conversation, long item, long offset)
        {
            if (message.Id <= 0 || message.Sender <= 0)
            {
                context.Skip("twitter.missing-id", "a message without a numeric id or senderId", record: item, offset: offset);
                return;
            }

            conversation ??= message.Recipient > 0
                ? TwitterIds.Format(Math.Min(message.Sender, message.Recipient)) + "-" + TwitterIds.Format(Math.Max(message.Sender, message.Recipient))
                : string.Empty;
            if (IsDuplicate(conversation, message.Id))
            {
                _duplicates++;
                return;
            }

            if (_group?.Contains(message.Id) == true)
            {
                _inGroup++;
                return;
            }

            if (message.BadDate is not null || message.Ticks == 0)
            {
                // A message all the same (once, by its id): counted, not an interaction, which needs a time.
                context.CountUndatedMessage("twitter.bad-date",
                    $"message {message.Id}: createdAt '{message.BadDate ?? "(missing)"}' is not a date (expected e.g. 2020-11-27T06:35:00.465Z): it is counted, but not kept as an interaction, which needs a time",
                    record: item, offset: offset);
                context.Kept();
                return;
            }

            if (_owner is null)
            {
                if (message.Recipient > 0)
                {
                    Observe(message.Sender, message.Recipient);
                }

                if (_owner is null)
                {
                    // Reactions are kept with the held message: copy them out of the shared list.
                    var start = _heldReactions.Count;
                    for (var i = 0; i < message.ReactionCount; i++)
                    {
                        _heldReactions.Add(_reactions[message.ReactionStart + i]);
                    }

                    message.ReactionStart = start;
                    _held.Add((message, conversation));
                    return;
                }
            }

            Emit(message, conversation, _reactions);
        }

        /// <summary>Whether the message was read already: in this run of the conversation, or inside a range of an earlier run of it.</summary>
        private bool IsDuplicate(string conversation, long id)
        {
            if (!string.Equals(conversation, _runConversation, StringComparison.Ordinal))
            {
                CloseRun();
                _runConversation = conversation;
                _earlier = _ranges.GetValueOrDefault(conversation);
            }

            if (_earlier is not null)
            {
                foreach (var (min, max) in _earlier)
                {
                    if (id >= min && id <= max)
                    {
                        return true;
                    }
                }
            }

            if (!_run.Add(id))
            {
                return true;
            }

            _runMin = Math.Min(_runMin, id);
            _runMax = Math.Max(_runMax, id);
            return false;
        }

        /// <summary>Ends the run of entries of one conversation: only its id range is kept.</summary>
        private void CloseRun()
        {
            if (_runConversation is not null && _run.Count > 0)
            {
                if (_earlier is null)
                {
                    _earlier = [];
                    _ranges.Add(_runConversation, _earlier);
                }

                _earlier.Add((_runMin, _runMax));
            }

            _run.Clear();
            if (_run.Count == 0 && _run.EnsureCapacity(0) > 4096)
            {
                _run.TrimExcess();
            }

            _runMin = long.MaxValue;
            _runMax = long.MinValue;
            _runConversation = null;
            _earlier = null;
        }

        private void Emit(in DmEvent message, string conversation, List<DmReaction> reactions)
        {
            var owner = _owner!.Value;
            if (context.CountOnly)
            {
                // A count needs neither the direction nor the ids; reactions only give their dates (CountOther).
                context.CountMessage(new DateTimeOffset(message.Ticks, TimeSpan.Zero));
                context.Kept();
                DirectMessageReading.EmitReactions(context, message, reactions, owner, _ids, conversation);
                return;
            }

            var outgoing = message.Sender == owner;
            var other = outgoing ? message.Recipient : message.Sender;
            var accountIds = other > 0 && other != owner ? _ids.Single(other) : [];
            if (_conversations.Add(conversation))
            {
                context.Add(new Conversation(Platform.Twitter, conversation) { Kind = ConversationKind.OneToOne, Participants = accountIds });
            }

            context.Add(DirectMessageReading.Message(message, outgoing, accountIds, 1, conversation), message.ContentHash);
            context.Kept();
            DirectMessageReading.EmitReactions(context, message, reactions, owner, _ids, conversation);
        }

        private readonly HashSet<string> _conversations = new(StringComparer.Ordinal);

        private void ObserveConversation(string? conversation)
        {
            if (_owner is not null || conversation is null)
            {
                return;
            }

            var dash = conversation.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && TwitterIds.TryParse(conversation[..dash], out var a) && TwitterIds.TryParse(conversation[(dash + 1)..], out var b))
            {
                Observe(a, b);
            }
        }

        /// <summary>Narrows the owner to the id present in every pair.</summary>
        private void Observe(long a, long b)
        {
            if (_candidateA == 0)
            {
                _candidateA = a;
                _candidateB = b;
            }
            else
            {
                var keepA = _candidateA == a || _candidateA == b;
                var keepB = _candidateB != 0 && (_candidateB == a || _candidateB == b);
                if (keepA && !keepB)
                {
                    _candidateB = 0;
                }
                else if (keepB && !keepA)
                {
                    _candidateA = _candidateB;
                    _candidateB = 0;
                }
            }

            if (_candidateB == 0 || _candidateA == _candidateB)
            {
                _owner = _candidateA;
                OfferOwner();
                Flush();
            }
        }

        private void OfferOwner() => context.SetOwner(TwitterIds.Account(TwitterIds.Format(_owner!.Value)), InferredOwnerConfidence);

        private void Flush()
        {
            foreach (var (message, conversation) in _held)
            {
                Emit(message, conversation, _heldReactions);
            }

            _held.Clear();
            _heldReactions.Clear();
        }

    }
}
