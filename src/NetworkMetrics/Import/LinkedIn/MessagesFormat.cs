using System.Collections.Immutable;
using System.Net;
using System.Text;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import.LinkedIn;

/// <summary>
/// messages.csv, four generations (2018 mixed-case header with Direction; ~2020 upper case;
/// 2023 with conversation ids and profile URLs; 2024 with draft flags). Every folder counts
/// (inbox, sent, archive, spam); drafts were never sent and are not messages; an empty FROM is
/// a message from an unknown sender; group recipients are split on ';'; HTML entities are decoded.
/// </summary>
/// <remarks>
/// The 2023+ files have no direction column: a message is outgoing when its sender is the
/// owner. The owner is Profile.csv's name when the snapshot has it; otherwise the one
/// participant present in every conversation, found by intersecting the participants of the
/// rows as they come (rows are held back only until a single candidate remains).
/// </remarks>
internal sealed class MessagesFormat() : LinkedInCsvFormat("linkedin.messages", "messages.csv")
{
    private const int MaxHeldRows = 50_000;

    public override CountKinds Holds => CountKinds.Messages;

    protected override IReadOnlyList<string> HeaderColumns { get; } = ["From", "To", "Date", "Content"];

    public override void Parse(Stream stream, ParseContext context)
    {
        using var table = CsvTable.Open(stream, context, HeaderWith(HeaderColumns),
            "the columns FROM, TO, DATE, SUBJECT, CONTENT and either DIRECTION (2018–2020) or CONVERSATION ID (2023 on)");
        if (table.IsEmpty)
        {
            context.Format = Id + ".empty";
            return;
        }

        var columns = new Columns(table);
        context.Format = columns.MessageDraft >= 0 ? Id + ".2024"
            : columns.ConversationId >= 0 ? Id + ".2023"
            : table.Header.Contains("FROM", StringComparer.Ordinal) ? Id + ".2020"
            : Id + ".2018";
        var reader = new RowReader(table, columns, new MemberCache(context, (url, name) => Member(url, name)), context);
        var owner = new OwnerGuess(context.Snapshot.Owner);
        var emitter = new Emitter(context, owner, columns.ConversationTitle >= 0);
        var held = new List<Row>();
        var drafts = 0;
        while (table.Read())
        {
            if (IsDraft(table, columns))
            {
                drafts++;
                continue;
            }

            if (context.CountOnly)
            {
                // inspect: a message is a row with a date; who sent it to whom does not change the count.
                if (TryReadDate(table, columns, context, out var date))
                {
                    context.CountMessage(date);
                    context.Kept();
                }

                continue;
            }

            if (reader.Read() is not { } row)
            {
                continue;
            }

            if (row.Direction is not null || owner.IsKnown)
            {
                emitter.Emit(row);
                continue;
            }

            owner.Observe(row);
            if (owner.IsKnown || held.Count >= MaxHeldRows)
            {
                foreach (var earlier in held)
                {
                    emitter.Emit(earlier);
                }

                held.Clear();
                emitter.Emit(row);
            }
            else
            {
                held.Add(row);
            }
        }

        foreach (var row in held)
        {
            emitter.Emit(row);
        }

        emitter.Finish();
        if (owner.IsAmbiguous)
        {
            context.Report(DiagnosticSeverity.Info, "linkedin.owner-unknown",
                "the file has one counterpart only and no Profile.csv names the owner: the direction of its messages is a guess");
        }

        if (drafts > 0)
        {
            context.Report(DiagnosticSeverity.Info, "linkedin.drafts",
                FormattableString.Invariant($"{drafts} draft(s) passed over: drafts were never sent and are not messages"));
        }
    }

    /// <summary>Whether the row is a draft (never sent): by the 2024 draft flags, or by a DRAFT(S) folder.</summary>
    private static bool IsDraft(CsvTable table, Columns columns)
    {
        var message = table.Span(columns.MessageDraft);
        var conversation = table.Span(columns.ConversationDraft);
        var folder = table.Span(columns.Folder);
        return IsYes(message) || IsYes(conversation) ||
            (folder.Length is 5 or 6 && (Ascii.EqualsIgnoreCase(folder, "DRAFT"u8) || Ascii.EqualsIgnoreCase(folder, "DRAFTS"u8)));

        static bool IsYes(ReadOnlySpan<byte> flag) =>
            flag.Length is 3 or 4 && (Ascii.EqualsIgnoreCase(flag, "Yes"u8) || Ascii.EqualsIgnoreCase(flag, "true"u8));
    }

    /// <summary>
    /// The row's date. A row without one is still a message: counted, with a warning that names the
    /// line, but not an interaction (which must have a time); <see langword="false"/> then.
    /// </summary>
    private static bool TryReadDate(CsvTable table, Columns columns, ParseContext context, out DateTimeOffset at)
    {
        if (TryDate(table, columns.Date, out var date, out var dateText) && date is { } value)
        {
            at = value;
            return true;
        }

        at = default;
        context.CountUndatedMessage("linkedin.bad-date",
            $"'{dateText ?? table.Get(columns.Date)}' in DATE is not a date (expected e.g. 2023-06-11 15:33:58 UTC or 10/16/18, 8:36 AM): the message is counted, but not kept as an interaction, which needs a time",
            table.Line, table.Record, table.Offset);
        context.Kept();
        return false;
    }

    /// <summary>Turns rows into interactions, reusing its buffers from row to row.</summary>
    private sealed class Emitter(ParseContext context, OwnerGuess owner, bool titled)
    {
        private readonly List<MemberCache.Entry> _others = [];
        private readonly Dictionary<string, (string? Title, HashSet<AccountKey> Participants, int Audience)> _conversations = new(StringComparer.Ordinal);
        private Account? _inferredOwner;

        public void Emit(Row row)
        {
            var outgoing = row.Direction ?? owner.IsOwner(row.Sender);
            if (row.Direction == true && row.Sender is { } self)
            {
                owner.Learn(self.Account);
            }

            if (outgoing && !owner.IsStated && row.Sender is { } guessed)
            {
                _inferredOwner ??= guessed.Account;
            }

            _others.Clear();
            if (row.Sender is { } sender && !outgoing)
            {
                _others.Add(sender);
            }

            foreach (var recipient in row.Recipients)
            {
                // An incoming message to one recipient was sent to the owner, whoever the file names.
                var isOwner = owner.IsOwner(recipient) || (!outgoing && row.Recipients.Length == 1) ||
                    (outgoing && row.Sender is not null && recipient.Id == row.Sender.Id);
                if (!isOwner && !Contains(_others, recipient))
                {
                    _others.Add(recipient);
                }
            }

            // An empty sender is a participant we cannot name; the audience still counts them.
            var audience = Math.Max(1, _others.Count + (row.Sender is null ? 1 : 0));
            ImmutableArray<AccountKey> keys;
            if (!outgoing)
            {
                keys = row.Sender?.Keys ?? [];
            }
            else if (_others.Count == 1)
            {
                keys = _others[0].Keys;
            }
            else
            {
                keys = [.. _others.Select(o => o.Account.Key)];
            }

            if (row.ConversationId is { } conversation)
            {
                if (!_conversations.TryGetValue(conversation, out var known))
                {
                    known = (row.Title, [], 0);
                }

                foreach (var other in _others)
                {
                    known.Participants.Add(other.Account.Key);
                }

                _conversations[conversation] = (known.Title ?? row.Title, known.Participants, Math.Max(known.Audience, audience));
            }

            context.Add(new Interaction(Platform.LinkedIn, audience > 1 ? InteractionChannel.GroupMessage : InteractionChannel.DirectMessage,
                outgoing ? InteractionDirection.Outgoing : InteractionDirection.Incoming, row.At)
            {
                AccountKeys = keys,
                Audience = audience,
                ConversationId = row.ConversationId,
                Content = row.Content,
                DirectionInferred = row.Direction is null && !owner.IsStated,
            }, row.ContentHash);
            context.Kept();
        }

        /// <summary>The conversations of the file, and the owner as the messages show them when nothing states it.</summary>
        public void Finish()
        {
            foreach (var (id, (title, participants, audience)) in _conversations)
            {
                context.Add(new Conversation(Platform.LinkedIn, id)
                {
                    Title = titled ? title : null,
                    Participants = [.. participants.Order()],
                    Kind = audience > 1 || participants.Count > 1 ? ConversationKind.Group : ConversationKind.OneToOne,
                });
            }

            if (_inferredOwner is not null)
            {
                context.SetOwner(_inferredOwner, confidence: 10);
            }
        }
    }

    /// <summary>Whether a member is already in a (short) list: by reference first, the cache makes one entry per member.</summary>
    private static bool Contains(List<MemberCache.Entry> list, MemberCache.Entry entry)
    {
        foreach (var item in list)
        {
            if (ReferenceEquals(item, entry) || item.Id == entry.Id)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Columns(CsvTable table)
    {
        public int From { get; } = table.Column("FROM");
        public int SenderUrl { get; } = table.Column("SENDER PROFILE URL");
        public int To { get; } = table.Column("TO");
        public int RecipientUrls { get; } = table.Column("RECIPIENT PROFILE URLS");
        public int Date { get; } = table.Column("DATE");
        public int Content { get; } = table.Column("CONTENT");
        public int Direction { get; } = table.Column("DIRECTION");
        public int Folder { get; } = table.Column("FOLDER");
        public int ConversationId { get; } = table.Column("CONVERSATION ID");
        public int ConversationTitle { get; } = table.Column("CONVERSATION TITLE");
        public int MessageDraft { get; } = table.Column("IS MESSAGE DRAFT");
        public int ConversationDraft { get; } = table.Column("IS CONVERSATION DRAFT");
    }

    private readonly record struct Row(MemberCache.Entry? Sender, MemberCache.Entry[] Recipients, DateTimeOffset At, bool? Direction,
        string? ConversationId, string? Title, string? Content, ulong ContentHash);

    /// <summary>
    /// Reads rows into <see cref="Row"/>s. Counterparts and conversation ids repeat from row to
    /// row: they are looked up by a 64-bit hash of the field bytes, and strings are made only
    /// the first time a value is seen.
    /// </summary>
    private sealed class RowReader(CsvTable table, Columns columns, MemberCache members, ParseContext context)
    {
        private readonly Dictionary<ulong, MemberCache.Entry?> _senders = [];
        private readonly Dictionary<ulong, MemberCache.Entry[]> _recipients = [];
        private readonly Dictionary<ulong, string?> _conversations = [];

        public Row? Read()
        {
            if (!TryReadDate(table, columns, context, out var at))
            {
                return null;
            }

            bool? direction = table.Is(columns.Direction, "OUTGOING"u8) ? true : table.Is(columns.Direction, "INCOMING"u8) ? false : null;
            if (direction is null && columns.Direction >= 0 && columns.ConversationId < 0 && table.Is(columns.Folder, "SENT"u8))
            {
                direction = true; // 2018–2020 without a direction value: the SENT folder is the owner's.
            }

            var senderKey = Key(columns.SenderUrl, columns.From);
            if (!_senders.TryGetValue(senderKey, out var sender))
            {
                sender = members.Get(table.Get(columns.SenderUrl), Decode(table.Get(columns.From)));
                _senders.Add(senderKey, sender);
            }

            var recipientsKey = Key(columns.RecipientUrls, columns.To);
            if (!_recipients.TryGetValue(recipientsKey, out var recipients))
            {
                recipients = Recipients(table.Get(columns.To), table.Get(columns.RecipientUrls));
                _recipients.Add(recipientsKey, recipients);
            }

            var conversationKey = table.Hash(columns.ConversationId);
            string? title = null;
            if (!_conversations.TryGetValue(conversationKey, out var conversation))
            {
                conversation = table.Get(columns.ConversationId);
                _conversations.Add(conversationKey, conversation);
                title = Decode(table.Get(columns.ConversationTitle));
            }

            var content = context.IncludeContent ? Decode(table.Get(columns.Content)) : null;
            return new Row(sender, recipients, at, direction, conversation, title, content, table.Hash(columns.Content));
        }

        private ulong Key(int first, int second) => NetworkMetrics.Text.FastHash.Mix(table.Hash(first) + 0x9E3779B97F4A7C15UL) ^ table.Hash(second);

        private MemberCache.Entry[] Recipients(string? to, string? recipientUrls)
        {
            var names = Split(to);
            var urls = Split(recipientUrls);
            var result = new List<MemberCache.Entry>(Math.Max(names.Length, urls.Length));
            for (var i = 0; i < Math.Max(names.Length, urls.Length); i++)
            {
                // Names pair with URLs when the counts agree; a lone name goes with a lone URL.
                var name = names.Length == 1 && urls.Length <= 1 ? names[0]
                    : (urls.Length == names.Length || urls.Length == 0) && i < names.Length ? names[i] : null;
                if (members.Get(i < urls.Length ? urls[i] : null, Decode(name)) is { } recipient)
                {
                    result.Add(recipient);
                }
            }

            return [.. result];
        }

        private static string[] Split(string? value) =>
            value is null ? [] : value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static string? Decode(string? text) =>
            text is not null && text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
    }

    /// <summary>Who the owner is: Profile.csv's name, else the sender of a row marked outgoing, else the participant common to every row.</summary>
    private sealed class OwnerGuess(Account? profile)
    {
        private readonly string? _profileName = profile?.Name is { } name ? Identifiers.NameKey(name) : null;
        private readonly Dictionary<string, bool> _byProfile = new(StringComparer.Ordinal);
        private HashSet<string>? _candidates;
        private string? _learned;

        /// <summary>Whether Profile.csv states who the owner is (else directions without a DIRECTION column are inferred).</summary>
        public bool IsStated => _profileName is not null;

        public bool IsKnown => _profileName is not null || _learned is not null || _candidates?.Count == 1;

        public bool IsAmbiguous => _profileName is null && _learned is null && _candidates?.Count > 1;

        /// <summary>The sender of a row the file marks as outgoing is the owner.</summary>
        public void Learn(Account sender) => _learned ??= sender.Id;

        public void Observe(Row row)
        {
            var participants = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in row.Recipients)
            {
                participants.Add(entry.Id);
            }

            if (row.Sender is { } sender)
            {
                participants.Add(sender.Id);
            }

            if (_candidates is null)
            {
                _candidates = participants;
                return;
            }

            participants.IntersectWith(_candidates);
            if (participants.Count > 0)
            {
                _candidates = participants;
            }
        }

        /// <summary>Whether a member is the owner; the answer is kept on the member once the owner is settled.</summary>
        public bool IsOwner(MemberCache.Entry? entry)
        {
            if (entry is null)
            {
                return false;
            }

            if (entry.OwnerDecision is { } decided)
            {
                return decided;
            }

            var isOwner = IsOwner(entry.Account);
            if (IsKnown)
            {
                entry.OwnerDecision = isOwner;
            }

            return isOwner;
        }

        public bool IsOwner(Account? account)
        {
            if (account is null)
            {
                return false;
            }

            if (_learned is not null)
            {
                return account.Id == _learned;
            }

            if (_profileName is not null)
            {
                if (!_byProfile.TryGetValue(account.Id, out var isOwner))
                {
                    isOwner = account.Name is { } name && Identifiers.NameKey(name) == _profileName;
                    _byProfile.Add(account.Id, isOwner);
                }

                return isOwner;
            }

            // With a single counterpart in the whole file, two candidates remain and nothing tells
            // them apart; the choice is deterministic and reported (see Parse).
            return _candidates is { Count: > 0 } &&
                (_candidates.Count == 1 ? _candidates.Contains(account.Id) : _candidates.Min(StringComparer.Ordinal) == account.Id);
        }
    }
}
