using System.Collections.Immutable;
using System.Net;
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

    public override void Parse(Stream stream, ParseContext context)
    {
        using var table = CsvTable.Open(stream, context, HeaderWith("From", "To", "Date", "Content"),
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
        var owner = new OwnerGuess(context.Snapshot.Owner);
        var held = new List<Row>();
        var drafts = 0;
        while (table.Read())
        {
            if (IsYes(table.Get(columns.MessageDraft)) || IsYes(table.Get(columns.ConversationDraft)) ||
                string.Equals(table.Get(columns.Folder), "DRAFT", StringComparison.OrdinalIgnoreCase) ||
                string.Equals(table.Get(columns.Folder), "DRAFTS", StringComparison.OrdinalIgnoreCase))
            {
                drafts++;
                continue;
            }

            var row = Row.Read(table, columns, context);
            if (row is null)
            {
                continue;
            }

            if (row.Direction is not null)
            {
                Emit(row, owner, context);
                continue;
            }

            owner.Observe(row);
            if (owner.IsKnown || held.Count >= MaxHeldRows)
            {
                foreach (var earlier in held)
                {
                    Emit(earlier, owner, context);
                }

                held.Clear();
                Emit(row, owner, context);
            }
            else
            {
                held.Add(row);
            }
        }

        foreach (var row in held)
        {
            Emit(row, owner, context);
        }

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

    private static bool IsYes(string? value) => string.Equals(value, "Yes", StringComparison.OrdinalIgnoreCase) || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);

    private static void Emit(Row row, OwnerGuess owner, ParseContext context)
    {
        var outgoing = row.Direction ?? owner.IsOwner(row.Sender);
        if (row.Direction == true && row.Sender is { } self)
        {
            owner.Learn(self);
        }

        var others = new List<Account>();
        var participants = new HashSet<string>(StringComparer.Ordinal);
        if (row.Sender is { } sender && !outgoing)
        {
            others.Add(sender);
        }

        foreach (var recipient in row.Recipients)
        {
            // An incoming message to one recipient was sent to the owner, whoever the file names.
            var isOwner = owner.IsOwner(recipient) || (!outgoing && row.Recipients.Count == 1) ||
                (outgoing && row.Sender is not null && recipient.Id == row.Sender.Id);
            if (!isOwner)
            {
                others.Add(recipient);
            }
        }

        var ids = ImmutableArray.CreateBuilder<string>();
        foreach (var other in others)
        {
            if (participants.Add(other.Id))
            {
                context.Add(other);
                if (outgoing ? !ReferenceEquals(other, row.Sender) : ReferenceEquals(other, row.Sender))
                {
                    ids.Add(other.Id);
                }
            }
        }

        // An empty sender is a participant we cannot name; the audience still counts them.
        var audience = Math.Max(1, participants.Count + (row.Sender is null ? 1 : 0));
        context.Add(new Interaction(Platform.LinkedIn, audience > 1 ? InteractionChannel.GroupMessage : InteractionChannel.DirectMessage,
            outgoing ? InteractionDirection.Outgoing : InteractionDirection.Incoming, row.At)
        {
            AccountIds = ids.ToImmutable(),
            Audience = audience,
            ConversationId = row.ConversationId,
            Content = context.IncludeContent ? row.Content : null,
            ContentHash = Fingerprint.OfContent(row.Content),
        });
        context.Kept();
    }

    private sealed class Columns(CsvTable table)
    {
        public int From { get; } = table.Column("FROM");
        public int SenderUrl { get; } = table.Column("SENDER PROFILE URL");
        public int To { get; } = table.Column("TO");
        public int RecipientUrls { get; } = table.Column("RECIPIENT PROFILE URLS");
        public int Date { get; } = table.Column("DATE");
        public int Content { get; } = table.Column("CONTENT");
        public int Subject { get; } = table.Column("SUBJECT");
        public int Direction { get; } = table.Column("DIRECTION");
        public int Folder { get; } = table.Column("FOLDER");
        public int ConversationId { get; } = table.Column("CONVERSATION ID");
        public int MessageDraft { get; } = table.Column("IS MESSAGE DRAFT");
        public int ConversationDraft { get; } = table.Column("IS CONVERSATION DRAFT");
    }

    private sealed record Row(Account? Sender, List<Account> Recipients, DateTimeOffset At, bool? Direction, string? ConversationId, string? Content)
    {
        public static Row? Read(CsvTable table, Columns columns, ParseContext context)
        {
            var dateText = table.Get(columns.Date);
            if (!TryDate(dateText, out var at) || at is null)
            {
                table.Skip("linkedin.bad-date", $"'{dateText}' in DATE is not a date (expected e.g. 2023-06-11 15:33:58 UTC or 10/16/18, 8:36 AM)");
                return null;
            }

            bool? direction = table.Get(columns.Direction)?.ToUpperInvariant() switch
            {
                "OUTGOING" => true,
                "INCOMING" => false,
                _ => null,
            };
            if (direction is null && columns.Direction >= 0 && columns.ConversationId < 0)
            {
                // 2018–2020 without a direction value: SENT folder is the owner's.
                direction = string.Equals(table.Get(columns.Folder), "SENT", StringComparison.OrdinalIgnoreCase) ? true : null;
            }

            var sender = Member(table.Get(columns.SenderUrl), Decode(table.Get(columns.From)));
            var names = Split(table.Get(columns.To));
            var urls = Split(table.Get(columns.RecipientUrls));
            var recipients = new List<Account>(Math.Max(names.Length, urls.Length));
            for (var i = 0; i < Math.Max(names.Length, urls.Length); i++)
            {
                var name = urls.Length == names.Length || urls.Length == 0 ? (i < names.Length ? names[i] : null) : null;
                if (names.Length == 1 && urls.Length <= 1)
                {
                    name = names[0];
                }

                if (Member(i < urls.Length ? urls[i] : null, Decode(name)) is { } recipient)
                {
                    recipients.Add(recipient);
                }
            }

            var content = Decode(table.Get(columns.Content));
            return new Row(sender, recipients, at.Value, direction, table.Get(columns.ConversationId), content);
        }

        private static string[] Split(string? value) =>
            value is null ? [] : value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        private static string? Decode(string? text) =>
            text is not null && text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
    }

    /// <summary>Who the owner is: Profile.csv's name, else the participant common to every row.</summary>
    private sealed class OwnerGuess(Account? profile)
    {
        private readonly string? _profileName = profile?.Name is { } name ? Identifiers.NameKey(name) : null;
        private HashSet<string>? _candidates;
        private string? _learned;

        /// <summary>The sender of a row the file marks as outgoing is the owner.</summary>
        public void Learn(Account sender) => _learned ??= sender.Id;

        public bool IsKnown => _profileName is not null || _candidates?.Count == 1;

        public bool IsAmbiguous => _profileName is null && _candidates?.Count > 1;

        public void Observe(Row row)
        {
            if (_profileName is not null)
            {
                return;
            }

            var participants = new HashSet<string>(StringComparer.Ordinal);
            foreach (var account in row.Recipients.Append(row.Sender))
            {
                if (account is not null)
                {
                    participants.Add(account.Id);
                }
            }

            if (_candidates is null)
            {
                _candidates = participants;
            }
            else
            {
                var narrowed = new HashSet<string>(_candidates, StringComparer.Ordinal);
                narrowed.IntersectWith(participants);
                if (narrowed.Count > 0)
                {
                    _candidates = narrowed;
                }
            }
        }

        public bool IsOwner(Account? account)
        {
            if (account is null)
            {
                return false;
            }

            if (_learned is not null && account.Id == _learned)
            {
                return true;
            }

            var nameKey = account.Name is { } name ? Identifiers.NameKey(name) : null;
            if (_profileName is not null)
            {
                return nameKey == _profileName;
            }

            // With a single counterpart in the whole file, two candidates remain and nothing tells
            // them apart; the choice is deterministic and reported (see Parse).
            return _candidates is not null && _candidates.Count > 0 &&
                (_candidates.Count == 1 ? _candidates.Contains(account.Id) : _candidates.Min(StringComparer.Ordinal) == account.Id);
        }
    }
}
