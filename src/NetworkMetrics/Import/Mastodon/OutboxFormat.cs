using System.Collections.Immutable;
using System.Text.Json;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import.Mastodon;

/// <summary>
/// <c>outbox.json</c>: the owner's posts as an ActivityStreams OrderedCollection of
/// <c>Create</c> (a status) and <c>Announce</c> (a boost) activities.
/// </summary>
/// <remarks>
/// A status that replies to someone else's status is a <see cref="InteractionChannel.Reply"/>
/// to the author of <c>inReplyTo</c>, when the URL names the author (Mastodon's
/// <c>/users/user/statuses/id</c>); the accounts its <c>Mention</c> tags name, other than that
/// author and the owner, make one <see cref="InteractionChannel.Mention"/> (audience = their
/// number). A boost is a <see cref="InteractionChannel.Repost"/> to the author of the boosted
/// status. Direct-visibility statuses (no public or followers collection among the addressees)
/// are read the same way, as mentions and replies: the archive cannot tell a private mention
/// from a conversation, and Mastodon messages are not counted (the count is null).
/// Replies to the owner's own statuses (threads) and self-boosts are no interaction.
/// </remarks>
internal sealed class OutboxFormat() : ActivityStreamsFormat("mastodon.outbox", "outbox.json")
{
    public override void Parse(Stream stream, ParseContext context)
    {
        var json = JsonStreamReader.Create(stream, context);
        try
        {
            if (!OpenRoot(ref json, context))
            {
                return;
            }

            context.Format = Id + ".activitypub";
            var stats = new Stats();
            if (!SeekOrderedItems(ref json))
            {
                context.Report(DiagnosticSeverity.Info, "mastodon.no-items", "the outbox has no orderedItems array: no posts");
                return;
            }

            var owner = context.Snapshot.Owner?.Id;
            long record = 0;
            while (json.Read() && json.TokenType != JsonTokenType.EndArray)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                record++;
                var offset = json.Offset;
                if (json.TokenType != JsonTokenType.StartObject)
                {
                    json.Skip();
                    context.Skip("mastodon.bad-activity", "expected an activity object in orderedItems", record: record, offset: offset);
                    continue;
                }

                var activity = ReadActivity(ref json);
                owner ??= MastodonAccounts.AuthorOf(activity.Actor);
                Emit(activity, owner, stats, context, record, offset);
            }

            while (json.Read())
            {
                // The rest of the collection: read to the end, so that a truncated file is reported.
            }

            stats.Report(context);
        }
        finally
        {
            json.Dispose();
        }
    }

    private static void Emit(Activity activity, string? owner, Stats stats, ParseContext context, long record, long offset)
    {
        if (activity.Type is not ("Create" or "Announce"))
        {
            stats.OtherTypes++;
            context.Kept();
            return;
        }

        var published = activity.Published ?? activity.ObjectPublished;
        if (published is null || !DateParsing.TryParseIso(published, out var at))
        {
            context.Skip("mastodon.bad-date", $"'{published}' in published is not a date (expected ISO 8601, e.g. 2024-05-01T09:30:00Z)",
                record: record, offset: offset);
            return;
        }

        if (activity.Type == "Announce")
        {
            var author = MastodonAccounts.AuthorOf(activity.ObjectUrl ?? activity.ObjectId);
            if (author is null)
            {
                stats.UnknownAuthors++;
            }
            else if (author != owner)
            {
                context.Add(MastodonAccounts.Account(author));
                context.Add(new Interaction(Platform.Mastodon, InteractionChannel.Repost, InteractionDirection.Outgoing, at)
                {
                    AccountKeys = [MastodonAccounts.Key(author)],
                    SourceId = activity.Id ?? activity.ObjectUrl,
                });
            }

            context.Kept();
            return;
        }

        if (activity.IsDirect)
        {
            stats.Direct++;
        }

        var content = activity.Content;
        string? repliedTo = null;
        if (activity.InReplyTo is not null)
        {
            repliedTo = MastodonAccounts.AuthorOf(activity.InReplyTo);
            if (repliedTo is null)
            {
                stats.UnknownAuthors++;
            }
            else if (repliedTo != owner)
            {
                context.Add(MastodonAccounts.Account(repliedTo));
                context.Add(new Interaction(Platform.Mastodon, InteractionChannel.Reply, InteractionDirection.Outgoing, at)
                {
                    AccountKeys = [MastodonAccounts.Key(repliedTo)],
                    Visibility = activity.IsDirect ? InteractionVisibility.Private : InteractionVisibility.Public,
                    SourceId = activity.ObjectId ?? activity.Id,
                    ConversationId = activity.Conversation,
                    Content = context.IncludeContent ? content : null,
                }, Fingerprint.OfContent(content));
            }
        }

        if (activity.Mentions is { Count: > 0 } mentions)
        {
            var ids = ImmutableArray.CreateBuilder<AccountKey>(mentions.Count);
            foreach (var (name, href) in mentions)
            {
                var id = MastodonAccounts.OfMention(name, href);
                if (id is null)
                {
                    stats.UnknownAuthors++;
                }
                else if (id != owner && id != repliedTo && !ids.Contains(MastodonAccounts.Key(id)))
                {
                    ids.Add(MastodonAccounts.Key(id));
                    context.Add(MastodonAccounts.Account(id));
                }
            }

            if (ids.Count > 0)
            {
                context.Add(new Interaction(Platform.Mastodon, InteractionChannel.Mention, InteractionDirection.Outgoing, at)
                {
                    AccountKeys = ids.ToImmutable(),
                    Audience = ids.Count,
                    Visibility = !activity.IsDirect ? InteractionVisibility.Public : ids.Count > 1 ? InteractionVisibility.Group : InteractionVisibility.Private,
                    SourceId = activity.ObjectId ?? activity.Id,
                    ConversationId = activity.Conversation,
                    Content = context.IncludeContent ? content : null,
                }, Fingerprint.OfContent(content));
            }
        }

        context.Kept();
    }

    private static Activity ReadActivity(ref JsonStreamReader json)
    {
        var activity = new Activity();
        var depth = json.CurrentDepth;
        while (json.Read() && !(json.TokenType == JsonTokenType.EndObject && json.CurrentDepth == depth))
        {
            if (json.TokenType != JsonTokenType.PropertyName)
            {
                json.Skip();
                continue;
            }

            if (json.ValueTextEquals("type"u8))
            {
                activity.Type = ReadString(ref json);
            }
            else if (json.ValueTextEquals("id"u8))
            {
                activity.Id = ReadString(ref json);
            }
            else if (json.ValueTextEquals("actor"u8))
            {
                activity.Actor = ReadString(ref json);
            }
            else if (json.ValueTextEquals("published"u8))
            {
                activity.Published = ReadString(ref json);
            }
            else if (json.ValueTextEquals("to"u8) || json.ValueTextEquals("cc"u8))
            {
                ReadAudience(ref json, activity);
            }
            else if (json.ValueTextEquals("object"u8))
            {
                if (!json.Read())
                {
                    break;
                }

                if (json.TokenType == JsonTokenType.String)
                {
                    activity.ObjectUrl = json.GetString();
                }
                else if (json.TokenType == JsonTokenType.StartObject)
                {
                    ReadObject(ref json, activity);
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

        return activity;
    }

    /// <summary>The status inside a <c>Create</c>: on return the reader is on its end.</summary>
    private static void ReadObject(ref JsonStreamReader json, Activity activity)
    {
        var depth = json.CurrentDepth;
        while (json.Read() && !(json.TokenType == JsonTokenType.EndObject && json.CurrentDepth == depth))
        {
            if (json.TokenType != JsonTokenType.PropertyName)
            {
                json.Skip();
                continue;
            }

            if (json.ValueTextEquals("id"u8))
            {
                activity.ObjectId = ReadString(ref json);
            }
            else if (json.ValueTextEquals("inReplyTo"u8))
            {
                activity.InReplyTo = ReadString(ref json);
            }
            else if (json.ValueTextEquals("published"u8))
            {
                activity.ObjectPublished = ReadString(ref json);
            }
            else if (json.ValueTextEquals("content"u8))
            {
                activity.Content = ReadString(ref json);
            }
            else if (json.ValueTextEquals("conversation"u8))
            {
                activity.Conversation = ReadString(ref json);
            }
            else if (json.ValueTextEquals("to"u8) || json.ValueTextEquals("cc"u8))
            {
                ReadAudience(ref json, activity);
            }
            else if (json.ValueTextEquals("tag"u8))
            {
                if (!json.Read())
                {
                    break;
                }

                if (json.TokenType == JsonTokenType.StartArray)
                {
                    while (json.Read() && json.TokenType != JsonTokenType.EndArray)
                    {
                        if (json.TokenType == JsonTokenType.StartObject)
                        {
                            ReadTag(ref json, activity);
                        }
                        else
                        {
                            json.Skip();
                        }
                    }
                }
                else if (json.TokenType == JsonTokenType.StartObject)
                {
                    ReadTag(ref json, activity);
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

    /// <summary>One tag object (the reader on its start); keeps it when it is a <c>Mention</c>.</summary>
    private static void ReadTag(ref JsonStreamReader json, Activity activity)
    {
        var depth = json.CurrentDepth;
        string? type = null, href = null, name = null;
        while (json.Read() && !(json.TokenType == JsonTokenType.EndObject && json.CurrentDepth == depth))
        {
            if (json.TokenType != JsonTokenType.PropertyName)
            {
                json.Skip();
                continue;
            }

            if (json.ValueTextEquals("type"u8))
            {
                type = ReadString(ref json);
            }
            else if (json.ValueTextEquals("href"u8))
            {
                href = ReadString(ref json);
            }
            else if (json.ValueTextEquals("name"u8))
            {
                name = ReadString(ref json);
            }
            else
            {
                json.Skip();
            }
        }

        if (type == "Mention" && (href is not null || name is not null))
        {
            (activity.Mentions ??= []).Add((name, href));
        }
    }

    /// <summary>A <c>to</c> or <c>cc</c> value (a string or an array of them): notes whether it is public or for followers.</summary>
    private static void ReadAudience(ref JsonStreamReader json, Activity activity)
    {
        if (!json.Read())
        {
            return;
        }

        if (json.TokenType == JsonTokenType.String)
        {
            Note(json.GetString(), activity);
        }
        else if (json.TokenType == JsonTokenType.StartArray)
        {
            while (json.Read() && json.TokenType != JsonTokenType.EndArray)
            {
                if (json.TokenType == JsonTokenType.String)
                {
                    Note(json.GetString(), activity);
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
        }

        static void Note(string? address, Activity activity)
        {
            if (address is null)
            {
                return;
            }

            if (address is "https://www.w3.org/ns/activitystreams#Public" or "as:Public" or "Public" ||
                address.EndsWith("/followers", StringComparison.Ordinal))
            {
                activity.Broadcast = true;
            }

            activity.Addressed = true;
        }
    }

    private sealed class Activity
    {
        public string? Type { get; set; }

        public string? Id { get; set; }

        public string? Actor { get; set; }

        public string? Published { get; set; }

        public string? ObjectUrl { get; set; }

        public string? ObjectId { get; set; }

        public string? ObjectPublished { get; set; }

        public string? InReplyTo { get; set; }

        public string? Content { get; set; }

        public string? Conversation { get; set; }

        public List<(string? Name, string? Href)>? Mentions { get; set; }

        /// <summary>Whether any addressee is the public or a followers collection.</summary>
        public bool Broadcast { get; set; }

        /// <summary>Whether the activity names addressees at all.</summary>
        public bool Addressed { get; set; }

        /// <summary>A direct-visibility status: addressed, but only to accounts.</summary>
        public bool IsDirect => Addressed && !Broadcast;
    }

    private sealed class Stats
    {
        public int Direct { get; set; }

        public int UnknownAuthors { get; set; }

        public int OtherTypes { get; set; }

        public void Report(ParseContext context)
        {
            if (Direct > 0)
            {
                context.Report(DiagnosticSeverity.Info, "mastodon.direct-posts",
                    FormattableString.Invariant($"{Direct} direct-visibility post(s) read as mentions and replies: the archive cannot tell a private mention from a conversation, and Mastodon messages are not counted"));
            }

            if (UnknownAuthors > 0)
            {
                context.Report(DiagnosticSeverity.Info, "mastodon.unknown-author",
                    FormattableString.Invariant($"{UnknownAuthors} reply, boost or mention target(s) whose account the URL does not name (not a Mastodon-style URL): not kept as interactions"));
            }

            if (OtherTypes > 0)
            {
                context.Report(DiagnosticSeverity.Info, "mastodon.other-activities",
                    FormattableString.Invariant($"{OtherTypes} activit(ies) other than Create and Announce: read, no interaction"));
            }
        }
    }
}
