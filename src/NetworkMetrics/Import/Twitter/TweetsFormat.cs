using System.Collections.Immutable;
using System.Text.Json;

namespace NetworkMetrics.Import.Twitter;

/// <summary>
/// <c>tweets.js</c> (<c>tweet.js</c> until ~2022; <c>-partN</c> parts): since 2020 each item
/// is <c>{"tweet":{…}}</c>, before that the bare object (generations <c>.2022</c>, <c>.2020</c>,
/// <c>.2019</c>). <c>created_at</c> is <c>Sat Feb 18 12:33:11 +0000 2023</c>; every number is a string.
/// </summary>
/// <remarks>
/// <para>A reply (<c>in_reply_to_user_id_str</c>, <c>in_reply_to_screen_name</c>, either
/// possibly missing or null) is an outgoing <see cref="InteractionChannel.Reply"/> to the
/// replied account; the other accounts of <c>entities.user_mentions</c> make one outgoing
/// <see cref="InteractionChannel.Mention"/> whose audience is their number (the replied account's
/// own @handle, which X puts in front of every reply, is the reply, not a second mention).
/// Replies to oneself (threads) and self-mentions are not interactions with another person.
/// A retweet (<c>RT @handle: …</c>) is a <see cref="InteractionChannel.Repost"/> of the
/// original author only: the mentions inside are the author's, not the owner's. Source id: the
/// tweet's <c>id_str</c>.</para>
/// <para>Mentions and replies name accounts (<c>id_str</c>, <c>screen_name</c>, <c>name</c>):
/// each id gets an <see cref="Account"/> with its handle and name, so ids seen elsewhere
/// (followings, DMs) get handles offline. A reply with a screen name but no user id is
/// resolved through the tweet's own mentions, else keyed <c>@handle</c>.</para>
/// </remarks>
internal sealed class TweetsFormat(bool byContent) : TwitterJsFormat(TwitterDataType.Tweets, byContent)
{
    public override string Id => "twitter.tweets";

    protected override void Parse(ref JsonStreamReader json, ParseContext context)
    {
        if (!OpenList(ref json, context))
        {
            context.Format = Id + ".empty";
            CheckManifestCount(context, 0);
            return;
        }

        var reader = new Reader(context);
        var plural = TwitterNames.BaseName(context.Entry.Name.ToLowerInvariant()) == "tweets";
        long items = 0;
        var bare = 0L;
        while (NextItem(ref json))
        {
            items++;
            context.CancellationToken.ThrowIfCancellationRequested();
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                context.Skip("twitter.not-an-object", "a tweet is not an object", record: items, offset: json.Offset);
                continue;
            }

            if (!reader.ReadTweet(ref json, items))
            {
                bare++;
            }

            if (items == 1)
            {
                context.Format = Id + (bare > 0 ? ".2019" : plural ? ".2022" : ".2020");
            }
        }

        reader.Finish();
        CheckManifestCount(context, items);
    }

    private struct Mention
    {
        public long Id;
        public string? Handle;
        public string? Name;
    }

    private sealed class Reader(ParseContext context)
    {
        private readonly List<Mention> _mentions = [];
        private readonly Dictionary<long, (bool Handle, bool Name)> _named = [];
        private readonly Dictionary<string, string> _handleOnly = new(StringComparer.Ordinal);
        private readonly HashSet<long> _audience = [];
        private readonly long? _owner = TwitterIds.OwnerId(context);
        private readonly string? _ownerHandle = context.Snapshot.Owner?.Handle;
        private readonly TweetIndex? _index = context.Snapshot.Entries.Count == 0 || TwitterState.HasFileOf(context, TwitterDataType.NoteTweet)
            ? TwitterState.GetOrAdd<TweetIndex>(context.Snapshot, TwitterState.TweetIndex)
            : null;

        private bool _ownerUnknownReported;

        /// <summary>Reads one tweet and emits its interactions; <see langword="false"/> when it was a bare (pre-2020) object.</summary>
        public bool ReadTweet(ref JsonStreamReader json, long item)
        {
            var depth = json.CurrentDepth;
            var wrapped = false;
            string? id = null, createdAt = null, replyHandle = null, text = null;
            long numericId = 0, replyTo = 0;
            DateTimeOffset? at = null;
            var retweet = false;
            _mentions.Clear();
            while (NextField(ref json, depth, "tweet"u8, ref wrapped))
            {
                if (json.ValueTextEquals("id_str"u8))
                {
                    id = TwitterJson.Text(ref json) ?? id;
                }
                else if (json.ValueTextEquals("id"u8))
                {
                    numericId = TwitterJson.Id(ref json, out var value) ? value : 0;
                }
                else if (json.ValueTextEquals("created_at"u8))
                {
                    TwitterJson.Value(ref json);
                    if (json.TryGetUtf8(out var utf8) && TwitterDates.TryParseCreatedAt(utf8, out var parsed))
                    {
                        at = parsed;
                        createdAt = null;
                    }
                    else
                    {
                        createdAt = TwitterJson.Current(ref json);
                        at = TwitterDates.TryParseCreatedAt(createdAt, out parsed) ? parsed : null;
                    }
                }
                else if (json.ValueTextEquals("in_reply_to_user_id_str"u8) || json.ValueTextEquals("in_reply_to_user_id"u8))
                {
                    if (TwitterJson.Id(ref json, out var value))
                    {
                        replyTo = value;
                    }
                }
                else if (json.ValueTextEquals("in_reply_to_screen_name"u8))
                {
                    replyHandle = Handle(TwitterJson.Text(ref json));
                }
                else if (json.ValueTextEquals("full_text"u8) || json.ValueTextEquals("text"u8))
                {
                    // The text is kept only when content is asked for; otherwise only "is it a retweet" is read.
                    TwitterJson.Value(ref json);
                    if (json.TokenType != JsonTokenType.String)
                    {
                        json.Skip();
                        continue;
                    }

                    if (!context.IncludeContent && json.TryGetUtf8(out var utf8))
                    {
                        retweet = utf8.StartsWith("RT @"u8);
                    }
                    else
                    {
                        text = json.GetString();
                        retweet = text is not null && text.StartsWith("RT @", StringComparison.Ordinal);
                    }
                }
                else if (json.ValueTextEquals("entities"u8))
                {
                    json.Read();
                    ReadEntities(ref json);
                }
                else
                {
                    json.Skip();
                }
            }

            if (string.IsNullOrWhiteSpace(id) && numericId > 0)
            {
                id = TwitterIds.Format(numericId);
            }

            if (string.IsNullOrWhiteSpace(id))
            {
                context.Skip("twitter.missing-id", "a tweet without id_str", record: item, offset: json.Offset);
                return wrapped;
            }

            if (at is null)
            {
                context.Skip("twitter.bad-date", $"tweet {id}: created_at '{createdAt ?? "(missing)"}' is not a date (expected e.g. Sat Feb 18 12:33:11 +0000 2023)",
                    record: item, offset: json.Offset);
                return wrapped;
            }

            Emit(id, at.Value, replyTo, replyHandle, retweet, context.IncludeContent ? text : null);
            context.Kept();
            return wrapped;
        }

        public void Finish()
        {
            if (_owner is null && _ownerHandle is null && _ownerUnknownReported)
            {
                context.Report(DiagnosticSeverity.Info, "twitter.owner-unknown",
                    "no account.js or manifest.js names the owner: replies to oneself (threads) cannot be told from replies to others");
            }
        }

        private void ReadEntities(ref JsonStreamReader json)
        {
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                return;
            }

            while (json.SeekArrayProperty("user_mentions"u8))
            {
                while (json.NextObject())
                {
                    var mention = default(Mention);
                    while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                    {
                        if (json.ValueTextEquals("id_str"u8) || json.ValueTextEquals("id"u8))
                        {
                            if (TwitterJson.Id(ref json, out var value))
                            {
                                mention.Id = value;
                            }
                        }
                        else if (json.ValueTextEquals("screen_name"u8))
                        {
                            mention.Handle = Handle(TwitterJson.Text(ref json));
                        }
                        else if (json.ValueTextEquals("name"u8))
                        {
                            mention.Name = Text.Identifiers.CleanName(TwitterJson.Text(ref json));
                        }
                        else
                        {
                            json.Skip();
                        }
                    }

                    if (mention.Id > 0 || mention.Handle is not null)
                    {
                        _mentions.Add(mention);
                    }
                }
            }
        }

        private void Emit(string id, DateTimeOffset at, long replyTo, string? replyHandle, bool retweet, string? content)
        {
            foreach (var mention in _mentions)
            {
                Name(mention.Id, mention.Handle, mention.Name);
            }

            if (replyTo == 0 && replyHandle is not null)
            {
                foreach (var mention in _mentions)
                {
                    if (mention.Id > 0 && string.Equals(mention.Handle, replyHandle, StringComparison.OrdinalIgnoreCase))
                    {
                        replyTo = mention.Id;
                        break;
                    }
                }
            }

            if (replyTo > 0)
            {
                Name(replyTo, replyHandle, null);
            }

            _index?.AddTweet(id, at, _mentions.Select(m => m.Handle).Append(replyHandle));
            if (_owner is null && _ownerHandle is null && (replyTo > 0 || replyHandle is not null))
            {
                _ownerUnknownReported = true;
            }

            if (retweet && _mentions.Count > 0)
            {
                var author = _mentions[0];
                if (!IsOwner(author.Id, author.Handle))
                {
                    context.Add(new Interaction(Platform.Twitter, InteractionChannel.Repost, InteractionDirection.Outgoing, at)
                    {
                        AccountKeys = [TwitterIds.Key(AccountId(author.Id, author.Handle!))],
                        SourceId = id,
                        Content = content,
                    });
                }

                return;
            }

            var replied = false;
            if ((replyTo > 0 || replyHandle is not null) && !IsOwner(replyTo, replyHandle))
            {
                replied = true;
                context.Add(new Interaction(Platform.Twitter, InteractionChannel.Reply, InteractionDirection.Outgoing, at)
                {
                    AccountKeys = [TwitterIds.Key(AccountId(replyTo, replyHandle!))],
                    SourceId = id,
                    Content = content,
                });
            }

            _audience.Clear();
            var others = ImmutableArray.CreateBuilder<AccountKey>();
            foreach (var mention in _mentions)
            {
                if (IsOwner(mention.Id, mention.Handle) || (replied && ((replyTo > 0 && mention.Id == replyTo) ||
                    (mention.Handle is not null && string.Equals(mention.Handle, replyHandle, StringComparison.OrdinalIgnoreCase)))))
                {
                    continue;
                }

                var key = mention.Id > 0 ? mention.Id : -HandleHash(mention.Handle!);
                if (_audience.Add(key))
                {
                    others.Add(TwitterIds.Key(AccountId(mention.Id, mention.Handle!)));
                }
            }

            if (others.Count > 0)
            {
                context.Add(new Interaction(Platform.Twitter, InteractionChannel.Mention, InteractionDirection.Outgoing, at)
                {
                    AccountKeys = others.DrainToImmutable(),
                    Audience = _audience.Count,
                    SourceId = id,
                    Content = content,
                });
            }
        }

        private bool IsOwner(long id, string? handle) =>
            (id > 0 && id == _owner) || (handle is not null && _ownerHandle is not null && string.Equals(handle, _ownerHandle, StringComparison.OrdinalIgnoreCase));

        /// <summary>The account id: the numeric id, or <c>@handle</c> when the archive gives none.</summary>
        private string AccountId(long id, string handle)
        {
            if (id > 0)
            {
                return TwitterIds.Format(id);
            }

            var key = TwitterIds.HandleKey(handle);
            if (!_handleOnly.ContainsKey(key))
            {
                _handleOnly.Add(key, handle);
                context.Add(TwitterIds.Account(key, handle));
            }

            return key;
        }

        /// <summary>Emits what the archive says of an id (handle, name), once per new piece of it.</summary>
        private void Name(long id, string? handle, string? name)
        {
            if (id <= 0 || id == _owner || (handle is null && name is null))
            {
                return;
            }

            _named.TryGetValue(id, out var known);
            if ((handle is not null && !known.Handle) || (name is not null && !known.Name))
            {
                var text = TwitterIds.Format(id);
                context.Add(TwitterIds.Account(text, handle, name));
                _named[id] = (known.Handle || handle is not null, known.Name || name is not null);
                if (handle is not null)
                {
                    _index?.AddHandle(handle, text);
                }
            }
        }

        private static long HandleHash(string handle) => (long)(Fnv64.Add(Fnv64.Start, handle.ToLowerInvariant()) >> 2) + 1;

        private static string? Handle(string? text)
        {
            var handle = text?.Trim().TrimStart('@');
            return string.IsNullOrEmpty(handle) ? null : handle;
        }
    }
}

/// <summary>
/// What the tweets files leave for note-tweet.js (parsed after them, and only when the archive
/// has one): handle → id as the tweets state them, and per second of <c>created_at</c> the
/// tweets with the handles they already mention.
/// </summary>
internal sealed class TweetIndex
{
    private readonly object _gate = new();
    private readonly Dictionary<string, string> _handles = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<(string Id, string[] Handles)>> _bySecond = [];

    public void AddHandle(string handle, string id)
    {
        var key = handle.ToLowerInvariant();
        lock (_gate)
        {
            // Deterministic whatever the order of parallel parts: the smallest id wins a (rare) reused handle.
            if (!_handles.TryGetValue(key, out var known) || string.CompareOrdinal(id, known) < 0)
            {
                _handles[key] = id;
            }
        }
    }

    public void AddTweet(string id, DateTimeOffset at, IEnumerable<string?> handles)
    {
        var mentioned = handles.Where(h => h is not null).Select(h => h!.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
        lock (_gate)
        {
            var second = at.ToUnixTimeSeconds();
            if (!_bySecond.TryGetValue(second, out var list))
            {
                list = [];
                _bySecond.Add(second, list);
            }

            list.Add((id, mentioned));
        }
    }

    public string? IdOf(string handle)
    {
        lock (_gate)
        {
            return _handles.GetValueOrDefault(handle.ToLowerInvariant());
        }
    }

    /// <summary>The tweet written in the same second as a note (or one second off), the lowest id first when several.</summary>
    public (string Id, string[] Handles)? TweetAt(DateTimeOffset at)
    {
        var second = at.ToUnixTimeSeconds();
        lock (_gate)
        {
            foreach (var candidate in new[] { second, second + 1, second - 1 })
            {
                if (_bySecond.TryGetValue(candidate, out var list) && list.Count > 0)
                {
                    var best = list[0];
                    foreach (var tweet in list)
                    {
                        if (tweet.Id.Length < best.Id.Length || (tweet.Id.Length == best.Id.Length && string.CompareOrdinal(tweet.Id, best.Id) < 0))
                        {
                            best = tweet;
                        }
                    }

                    return best;
                }
            }
        }

        return null;
    }
}
