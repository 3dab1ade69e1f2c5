using System.Collections.Immutable;
using System.Text.Json;

namespace NetworkMetrics.Import.Twitter;

/// <summary>
/// <c>note-tweet.js</c> (2023 on): the full text of long tweets,
/// <c>{"noteTweet":{"noteTweetId","createdAt","core":{"text","mentions":[{"screenName",…}]}}}</c>.
/// </summary>
/// <remarks>
/// The tweet itself is in tweets.js with a shortened text and the mentions of that part only.
/// This file adds the mentions of the rest: phase 2, after the tweets, it finds the tweet
/// written in the same second and makes one outgoing <see cref="InteractionChannel.Mention"/>
/// of the note's handles that tweet did not already mention (source id: the tweet's id, else
/// the <c>noteTweetId</c>). Note mentions carry handles only: the id is the one the tweets give
/// for that handle, else the account is keyed <c>@handle</c>. Self-mentions are dropped.
/// </remarks>
internal sealed class NoteTweetFormat(bool byContent) : TwitterJsFormat(TwitterDataType.NoteTweet, byContent)
{
    public override string Id => "twitter.note-tweet";

    public override int Phase => 2;

    protected override void Parse(ref JsonStreamReader json, ParseContext context)
    {
        if (!OpenList(ref json, context))
        {
            context.Format = Id + ".empty";
            CheckManifestCount(context, 0);
            return;
        }

        context.Format = Id;
        var index = context.Snapshot.Get<TweetIndex>(TwitterState.TweetIndex);
        var owner = context.Snapshot.Owner;
        var handleOnly = new HashSet<string>(StringComparer.Ordinal);
        var handles = new List<string>();
        long items = 0;
        while (NextItem(ref json))
        {
            items++;
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                context.Skip("twitter.not-an-object", "a note tweet is not an object", record: items, offset: json.Offset);
                continue;
            }

            var depth = json.CurrentDepth;
            var wrapped = false;
            string? noteId = null, createdAt = null, text = null;
            handles.Clear();
            while (NextField(ref json, depth, "noteTweet"u8, ref wrapped))
            {
                if (json.ValueTextEquals("noteTweetId"u8))
                {
                    noteId = TwitterJson.Text(ref json);
                }
                else if (json.ValueTextEquals("createdAt"u8))
                {
                    createdAt = TwitterJson.Text(ref json);
                }
                else if (json.ValueTextEquals("core"u8))
                {
                    json.Read();
                    ReadCore(ref json, handles, context.IncludeContent, ref text);
                }
                else
                {
                    json.Skip();
                }
            }

            if (string.IsNullOrWhiteSpace(noteId))
            {
                context.Skip("twitter.missing-id", "a note tweet without noteTweetId", record: items, offset: json.Offset);
                continue;
            }

            if (!TwitterDates.TryParseIso(createdAt, out var at))
            {
                context.Skip("twitter.bad-date", $"note tweet {noteId}: createdAt '{createdAt ?? "(missing)"}' is not a date (expected e.g. 2023-02-18T12:33:11.000Z)",
                    record: items, offset: json.Offset);
                continue;
            }

            context.Kept();
            var tweet = index?.TweetAt(at);
            var ids = ImmutableArray.CreateBuilder<string>();
            foreach (var handle in handles)
            {
                var lower = handle.ToLowerInvariant();
                if ((owner?.Handle is { } ownerHandle && string.Equals(ownerHandle, handle, StringComparison.OrdinalIgnoreCase)) ||
                    (tweet is { } t && t.Handles.Contains(lower, StringComparer.Ordinal)))
                {
                    continue;
                }

                var id = index?.IdOf(handle);
                if (id is null)
                {
                    id = TwitterIds.HandleKey(handle);
                    if (handleOnly.Add(id))
                    {
                        context.Add(TwitterIds.Account(id, handle));
                    }
                }

                if (id != owner?.Id && !ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            if (ids.Count > 0)
            {
                var audience = ids.Count;
                context.Add(new Interaction(Platform.Twitter, InteractionChannel.Mention, InteractionDirection.Outgoing, at)
                {
                    AccountKeys = [.. ids.Select(TwitterIds.Key)],
                    Audience = audience,
                    SourceId = tweet?.Id ?? noteId,
                    Content = text,
                });
            }
        }

        CheckManifestCount(context, items);
    }

    private static void ReadCore(ref JsonStreamReader json, List<string> handles, bool keepText, ref string? text)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.Skip();
            return;
        }

        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (keepText && json.ValueTextEquals("text"u8))
            {
                text = TwitterJson.Text(ref json);
            }
            else if (json.ValueTextEquals("mentions"u8))
            {
                json.Read();
                if (json.TokenType != JsonTokenType.StartArray)
                {
                    json.Skip();
                    continue;
                }

                while (json.Read() && json.TokenType != JsonTokenType.EndArray)
                {
                    if (json.TokenType != JsonTokenType.StartObject)
                    {
                        json.Skip();
                        continue;
                    }

                    while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                    {
                        if (json.ValueTextEquals("screenName"u8) || json.ValueTextEquals("screen_name"u8))
                        {
                            var handle = TwitterJson.Text(ref json)?.Trim().TrimStart('@');
                            if (!string.IsNullOrEmpty(handle) && !handles.Contains(handle, StringComparer.OrdinalIgnoreCase))
                            {
                                handles.Add(handle);
                            }
                        }
                        else
                        {
                            json.Skip();
                        }
                    }
                }
            }
            else
            {
                json.Skip();
            }
        }
    }
}
