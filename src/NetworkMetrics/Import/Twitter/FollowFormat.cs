using System.Text.Json;

namespace NetworkMetrics.Import.Twitter;

/// <summary>
/// <c>following.js</c> and <c>follower.js</c> (and their <c>-partN</c> parts):
/// <c>{"following":{"accountId":"…","userLink":"https://twitter.com/intent/user?user_id=…"}}</c>.
/// Generations: <c>.2020</c> with <c>userLink</c>, <c>.2019</c> with <c>accountId</c> only
/// (the pre-2020 root layout). One tie per record, to the numeric account id; the profile URL
/// is the <c>userLink</c> when there is one. No dates: the archive does not say when.
/// </summary>
internal sealed class FollowFormat : TwitterJsFormat
{
    private readonly bool _followers;

    public FollowFormat(bool followers, bool byContent)
        : base(followers ? TwitterDataType.Follower : TwitterDataType.Following, byContent)
    {
        _followers = followers;
        Id = followers ? "twitter.follower" : "twitter.following";
    }

    public override string Id { get; }

    public override CountKinds Holds => _followers ? CountKinds.Followers : CountKinds.Following;

    protected override void Parse(ref JsonStreamReader json, ParseContext context)
    {
        var wrapper = _followers ? "follower"u8 : "following"u8;
        var kind = _followers ? TieKind.Follower : TieKind.Following;
        if (!OpenList(ref json, context))
        {
            context.Format = Id + ".empty";
            CheckManifestCount(context, 0);
            return;
        }

        long items = 0;
        var links = false;
        while (NextItem(ref json))
        {
            items++;
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                context.Skip("twitter.not-an-object", "a record is not an object (expected {\"" + (_followers ? "follower" : "following") + "\":{\"accountId\":…}})", record: items, offset: json.Offset);
                continue;
            }

            var depth = json.CurrentDepth;
            var wrapped = false;
            var numeric = false;
            string? id = null, link = null;
            while (NextField(ref json, depth, wrapper, ref wrapped))
            {
                var name = json.Name;
                if (name.SequenceEqual("accountId"u8))
                {
                    // Counting needs no string of a plain id, only that it is one.
                    TwitterJson.Value(ref json);
                    numeric = context.CountOnly && json.TryGetUtf8(out var digits) && TwitterIds.TryParse(digits, out _);
                    id = numeric ? null : TwitterJson.Current(ref json)?.Trim();
                }
                else if (name.SequenceEqual("userLink"u8))
                {
                    TwitterJson.Value(ref json);
                    if (context.CountOnly && links)
                    {
                        // The link only decides the generation, already known: pass over it.
                        json.NoteString();
                    }
                    else
                    {
                        link = TwitterJson.Current(ref json);
                    }
                }
                else
                {
                    json.Skip();
                }
            }

            if (numeric)
            {
                links |= !string.IsNullOrWhiteSpace(link);
                context.CountTie(kind, null);
                context.Kept();
                continue;
            }

            if (string.IsNullOrEmpty(id) || !TwitterIds.TryParse(id, out _))
            {
                context.Skip("twitter.missing-id", id is null
                    ? "a record without accountId"
                    : $"accountId '{id}' is not a numeric account id", record: items, offset: json.Offset);
                continue;
            }

            if (string.IsNullOrWhiteSpace(link))
            {
                link = null;
            }
            else
            {
                links = true;
            }

            var key = TwitterIds.Key(id);
            context.Add(new Account(key) { ProfileUrl = link });
            context.Add(new Tie(Platform.Twitter, key, kind));
            context.Kept();
        }

        context.Format = items == 0 ? Id + ".empty" : links ? Id + ".2020" : Id + ".2019";
        CheckManifestCount(context, items);
    }
}
