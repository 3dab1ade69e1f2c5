using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;

namespace NetworkMetrics.Import.Twitter;

/// <summary>A reaction to a DM (<c>reactions[{senderId, reactionKey, eventId, createdAt}]</c>), ids as numbers.</summary>
internal struct DmReaction
{
    public long Sender;
    public long EventId;
    public long Ticks;
}

/// <summary>
/// The fields of a <c>messageCreate</c> (and of the group events), read without keeping
/// strings other than the text (hashed, then dropped unless content is kept).
/// </summary>
internal struct DmEvent
{
    public DmEventKind Kind;
    public long Id;
    public long Sender;
    public long Recipient;
    public long Ticks;
    public ulong ContentHash;
    public string? Content;
    public string? BadDate;
    public int ReactionStart;
    public int ReactionCount;
    public int UsersStart;
    public int UsersCount;

    /// <summary>The position of the event in the file, to order events of the same instant.</summary>
    public long Order;

    /// <summary>The conversation's position in the list (for diagnostics).</summary>
    public long Item;
}

internal enum DmEventKind
{
    None,
    Message,
    JoinConversation,
    ParticipantsJoin,
    ParticipantsLeave,
    NameUpdate,
}

/// <summary>
/// What the two DM files share: reading one event of a conversation's <c>messages</c> list,
/// the ids of the 1:1 messages (so the group file skips a message the 1:1 file has), and the
/// Reaction interactions.
/// </summary>
/// <remarks>
/// Reactions: a reaction by the owner to another person's message is an outgoing
/// <see cref="InteractionChannel.Reaction"/> to that person; a reaction by another person to
/// the owner's message is an incoming one from them; reactions to one's own message, and
/// between two other people of a group, say nothing about the owner's ties and are not kept.
/// A reaction's source id is its <c>eventId</c>.
/// </remarks>
internal static class DirectMessageReading
{
    /// <summary>
    /// Reads one item of <c>messages</c> (<c>{"messageCreate":{…}}</c>, <c>{"joinConversation":{…}}</c> …);
    /// the reader ends on the item's end. Users of join/leave events go to <paramref name="users"/>,
    /// reactions to <paramref name="reactions"/>. When <paramref name="countOnly"/>, the text is
    /// passed over (neither hashed nor kept: a count depends on neither).
    /// </summary>
    public static DmEvent ReadEvent(ref JsonStreamReader json, bool keepContent, List<DmReaction> reactions, List<long> users, bool countOnly = false)
    {
        var result = default(DmEvent);
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.Skip();
            return result;
        }

        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var name = json.Name;
            var kind = name.SequenceEqual("messageCreate"u8) ? DmEventKind.Message
                : name.SequenceEqual("joinConversation"u8) ? DmEventKind.JoinConversation
                : name.SequenceEqual("participantsJoin"u8) ? DmEventKind.ParticipantsJoin
                : name.SequenceEqual("participantsLeave"u8) ? DmEventKind.ParticipantsLeave
                : name.SequenceEqual("conversationNameUpdate"u8) ? DmEventKind.NameUpdate
                : DmEventKind.None;
            json.Read();
            if (kind == DmEventKind.None || json.TokenType != JsonTokenType.StartObject || result.Kind != DmEventKind.None)
            {
                json.Skip();
                continue;
            }

            result.Kind = kind;
            result.ReactionStart = reactions.Count;
            result.UsersStart = users.Count;
            ReadBody(ref json, ref result, keepContent, countOnly, reactions, users);
            result.ReactionCount = reactions.Count - result.ReactionStart;
            result.UsersCount = users.Count - result.UsersStart;
        }

        return result;
    }

    private static void ReadBody(ref JsonStreamReader json, ref DmEvent result, bool keepContent, bool countOnly, List<DmReaction> reactions, List<long> users)
    {
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var name = json.Name;
            if (name.SequenceEqual("id"u8))
            {
                result.Id = TwitterJson.Id(ref json, out var id) ? id : 0;
            }
            else if (name.SequenceEqual("senderId"u8) || name.SequenceEqual("initiatingUserId"u8))
            {
                result.Sender = TwitterJson.Id(ref json, out var id) ? id : 0;
            }
            else if (name.SequenceEqual("recipientId"u8))
            {
                result.Recipient = TwitterJson.Id(ref json, out var id) ? id : 0;
            }
            else if (name.SequenceEqual("createdAt"u8))
            {
                TwitterJson.Value(ref json);
                if (TryReadDate(ref json, out var at, out var bad))
                {
                    result.Ticks = at.UtcTicks;
                }
                else
                {
                    result.BadDate = bad;
                }
            }
            else if (countOnly && name.SequenceEqual("text"u8))
            {
                TwitterJson.Value(ref json);
                json.NoteString();
            }
            else if (name.SequenceEqual("text"u8))
            {
                var text = TwitterJson.Text(ref json);
                result.ContentHash = Fingerprint.OfContent(text);
                result.Content = keepContent ? text : null;
            }
            else if (name.SequenceEqual("reactions"u8))
            {
                json.Read();
                ReadReactions(ref json, reactions);
            }
            else if (name.SequenceEqual("participantsSnapshot"u8) || name.SequenceEqual("userIds"u8))
            {
                json.Read();
                ReadIds(ref json, users);
            }
            else
            {
                json.Skip();
            }
        }
    }

    /// <summary>An ISO 8601 date, read without a string in the usual case; <paramref name="bad"/> is the text when it is not a date.</summary>
    private static bool TryReadDate(ref JsonStreamReader json, out DateTimeOffset value, out string bad)
    {
        bad = string.Empty;
        if (json.TryGetUtf8(out var utf8) && TwitterDates.TryParseIso(utf8, out value))
        {
            return true;
        }

        var text = TwitterJson.Current(ref json);
        if (TwitterDates.TryParseIso(text, out value))
        {
            return true;
        }

        bad = text ?? "null";
        return false;
    }

    private static void ReadReactions(ref JsonStreamReader json, List<DmReaction> reactions)
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            json.Skip();
            return;
        }

        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                continue;
            }

            var reaction = default(DmReaction);
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                if (json.ValueTextEquals("senderId"u8))
                {
                    reaction.Sender = TwitterJson.Id(ref json, out var id) ? id : 0;
                }
                else if (json.ValueTextEquals("eventId"u8))
                {
                    reaction.EventId = TwitterJson.Id(ref json, out var id) ? id : 0;
                }
                else if (json.ValueTextEquals("createdAt"u8))
                {
                    TwitterJson.Value(ref json);
                    reaction.Ticks = TryReadDate(ref json, out var at, out _) ? at.UtcTicks : 0;
                }
                else
                {
                    json.Skip();
                }
            }

            if (reaction.Sender > 0)
            {
                reactions.Add(reaction);
            }
        }
    }

    private static void ReadIds(ref JsonStreamReader json, List<long> users)
    {
        if (json.TokenType != JsonTokenType.StartArray)
        {
            json.Skip();
            return;
        }

        while (json.Read() && json.TokenType != JsonTokenType.EndArray)
        {
            if (TwitterIds.TryRead(ref json, out var id))
            {
                users.Add(id);
            }
            else
            {
                json.Skip();
            }
        }
    }

    /// <summary>The Reaction interactions of a kept message (see the remarks of the class).</summary>
    public static void EmitReactions(ParseContext context, in DmEvent message, List<DmReaction> reactions, long? owner,
        AccountIdCache ids, string conversationId)
    {
        if (owner is not { } me)
        {
            return;
        }

        for (var i = message.ReactionStart; i < message.ReactionStart + message.ReactionCount; i++)
        {
            var reaction = reactions[i];
            if (reaction.Sender == message.Sender)
            {
                continue;
            }

            long other;
            InteractionDirection direction;
            if (reaction.Sender == me)
            {
                other = message.Sender;
                direction = InteractionDirection.Outgoing;
            }
            else if (message.Sender == me)
            {
                other = reaction.Sender;
                direction = InteractionDirection.Incoming;
            }
            else
            {
                continue;
            }

            var at = new DateTimeOffset(reaction.Ticks > 0 ? reaction.Ticks : message.Ticks, TimeSpan.Zero);
            if (context.CountOnly)
            {
                // Not a message: no count, but its date is the snapshot's newest record when it is the latest.
                context.CountOther(at);
                continue;
            }

            context.Add(new Interaction(Platform.Twitter, InteractionChannel.Reaction, direction, at)
            {
                AccountKeys = ids.Single(other),
                Audience = 1,
                Visibility = InteractionVisibility.Private,
                SourceId = reaction.EventId > 0
                    ? TwitterIds.Format(reaction.EventId)
                    : TwitterIds.Format(message.Id) + "/reaction/" + TwitterIds.Format(reaction.Sender),
                ConversationId = conversationId,
            });
        }
    }

    /// <summary>A DM interaction.</summary>
    public static Interaction Message(in DmEvent message, bool outgoing, ImmutableArray<AccountKey> accountKeys, int audience, string conversationId) =>
        new(Platform.Twitter, audience > 1 ? InteractionChannel.GroupMessage : InteractionChannel.DirectMessage,
            outgoing ? InteractionDirection.Outgoing : InteractionDirection.Incoming, new DateTimeOffset(message.Ticks, TimeSpan.Zero))
        {
            AccountKeys = accountKeys,
            Audience = audience,
            SourceId = TwitterIds.Format(message.Id),
            ConversationId = conversationId,
            Content = message.Content,
        };
}

/// <summary>The ids of the messages the 1:1 DM files kept, for the group file (parsed after them) to skip.</summary>
internal sealed class DirectMessageIds
{
    // Read by every DM file's parser, once per message, on several threads at once: a lock here was the
    // import's most contended one (measured: a second of 2,000,000 messages in Monitor.Enter), so lock-free reads.
    private readonly ConcurrentDictionary<long, byte> _ids = new();

    public void AddRange(HashSet<long> ids)
    {
        foreach (var id in ids)
        {
            _ids.TryAdd(id, 0);
        }
    }

    public bool Contains(long id) => _ids.ContainsKey(id);
}
