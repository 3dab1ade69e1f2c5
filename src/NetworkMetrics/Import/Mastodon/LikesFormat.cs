using System.Text.Json;

namespace NetworkMetrics.Import.Mastodon;

/// <summary>
/// <c>likes.json</c>: the URLs of the statuses the owner favourited, as an OrderedCollection.
/// Each is a <see cref="InteractionChannel.Reaction"/> to the status' author, where the URL
/// names the author.
/// </summary>
/// <remarks>
/// The archive does not say when a like was given. A Mastodon status id (since Mastodon 2.0)
/// holds the time the status was written, and a like comes after it, usually soon: that time
/// is used as the like's time, a lower bound. Likes of statuses whose URL carries no such id
/// (other servers, pre-2017 ids) or names no author are not kept (an interaction needs a
/// time and an account) and are counted in an info diagnostic.
/// </remarks>
internal sealed class LikesFormat() : ActivityStreamsFormat("mastodon.likes", "likes.json")
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
            if (!SeekOrderedItems(ref json))
            {
                context.Report(DiagnosticSeverity.Info, "mastodon.no-items", "likes.json has no orderedItems array: no likes");
                return;
            }

            var owner = context.Snapshot.Owner?.Id;
            int undated = 0, unknownAuthor = 0;
            long record = 0;
            while (json.Read() && json.TokenType != JsonTokenType.EndArray)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                record++;
                string? url = null;
                if (json.TokenType == JsonTokenType.String)
                {
                    url = json.GetString();
                }
                else if (json.TokenType == JsonTokenType.StartObject)
                {
                    url = ReadId(ref json);
                }
                else
                {
                    json.Skip();
                }

                if (url is null)
                {
                    context.Skip("mastodon.bad-like", "expected the URL of a liked status in orderedItems", record: record, offset: json.Offset);
                    continue;
                }

                var author = MastodonAccounts.AuthorOf(url);
                if (author is null)
                {
                    unknownAuthor++;
                    continue;
                }

                if (!MastodonAccounts.TryStatusTime(url, out var at))
                {
                    undated++;
                    continue;
                }

                if (author != owner)
                {
                    context.Add(MastodonAccounts.Account(author));
                    context.Add(new Interaction(Platform.Mastodon, InteractionChannel.Reaction, InteractionDirection.Outgoing, at)
                    {
                        AccountKeys = [MastodonAccounts.Key(author)],
                        SourceId = "like:" + url,
                    });
                }

                context.Kept();
            }

            while (json.Read())
            {
                // Read to the end, so that a truncated file is reported.
            }

            if (unknownAuthor + undated > 0)
            {
                context.Report(DiagnosticSeverity.Info, "mastodon.likes-not-kept",
                    FormattableString.Invariant($"{unknownAuthor + undated} like(s) not kept: {unknownAuthor} whose URL does not name the author, {undated} whose URL holds no Mastodon status id to date them (the archive gives likes no date)"));
            }
        }
        finally
        {
            json.Dispose();
        }
    }

    /// <summary>The <c>id</c> of an object item (the reader on its start).</summary>
    private static string? ReadId(ref JsonStreamReader json)
    {
        var depth = json.CurrentDepth;
        string? id = null;
        while (json.Read() && !(json.TokenType == JsonTokenType.EndObject && json.CurrentDepth == depth))
        {
            if (json.TokenType == JsonTokenType.PropertyName && json.ValueTextEquals("id"u8))
            {
                id = ReadString(ref json);
            }
            else
            {
                json.Skip();
            }
        }

        return id;
    }
}
