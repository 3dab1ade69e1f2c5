using System.Collections.Immutable;
using System.Text.Json;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import.Mastodon;

/// <summary>
/// <c>actor.json</c>: the owner's ActivityPub actor (<c>preferredUsername</c>, <c>name</c>,
/// <c>url</c>, profile fields). Read before the other files (phase 0), so that the outbox
/// knows whose statuses are the owner's.
/// </summary>
/// <remarks>
/// The owner's address is <c>preferredUsername@host</c> with the host of the actor's id: a
/// server whose web domain differs from its account domain gives the web domain.
/// </remarks>
internal sealed class ActorFormat() : ActivityStreamsFormat("mastodon.actor", "actor.json")
{
    public override int Phase => 0;

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
            string? id = null, username = null, name = null, url = null;
            var links = ImmutableArray.CreateBuilder<string>();
            while (json.Read() && json.TokenType != JsonTokenType.EndObject)
            {
                if (json.TokenType != JsonTokenType.PropertyName)
                {
                    json.Skip();
                }
                else if (json.ValueTextEquals("id"u8))
                {
                    id = ReadString(ref json);
                }
                else if (json.ValueTextEquals("preferredUsername"u8))
                {
                    username = ReadString(ref json);
                }
                else if (json.ValueTextEquals("name"u8))
                {
                    name = ReadString(ref json);
                }
                else if (json.ValueTextEquals("url"u8))
                {
                    url = ReadString(ref json);
                }
                else if (json.ValueTextEquals("attachment"u8))
                {
                    ReadLinks(ref json, links);
                }
                else
                {
                    json.Skip();
                }
            }

            var address = OwnerAddress(id, username) ?? OwnerAddress(url, username);
            if (address is null)
            {
                context.Report(DiagnosticSeverity.Warning, "mastodon.owner-unknown",
                    "actor.json names no account (expected preferredUsername and an id such as https://domain/users/user)");
                return;
            }

            var owner = MastodonAccounts.Account(address) with
            {
                Name = Identifiers.CleanName(name),
                ProfileUrl = url ?? MastodonAccounts.Account(address).ProfileUrl,
                Links = [.. links.Select(AccountKeys.ProfileLink).OfType<AccountKey>().Where(k => k.Platform != Platform.Mastodon).Distinct()],
                Websites = [.. links.Where(l => AccountKeys.ProfileLink(l) is null).Distinct(StringComparer.Ordinal)],
            };
            context.SetOwner(owner, confidence: 100);
            context.Kept();
        }
        finally
        {
            json.Dispose();
        }
    }

    private static string? OwnerAddress(string? actorUrl, string? username)
    {
        if (username is not null && Uri.TryCreate(actorUrl, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            return MastodonAccounts.ParseAddress(username + "@" + uri.IdnHost.ToLowerInvariant());
        }

        return MastodonAccounts.AuthorOf(actorUrl);
    }

    /// <summary>The profile fields (<c>PropertyValue</c> attachments) whose value is a link: evidence for matching the owner.</summary>
    private static void ReadLinks(ref JsonStreamReader json, ImmutableArray<string>.Builder links)
    {
        if (!json.Read())
        {
            return;
        }

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

            var depth = json.CurrentDepth;
            while (json.Read() && !(json.TokenType == JsonTokenType.EndObject && json.CurrentDepth == depth))
            {
                if (json.TokenType == JsonTokenType.PropertyName && json.ValueTextEquals("value"u8))
                {
                    if (LinkIn(ReadString(ref json)) is { } link)
                    {
                        links.Add(link);
                    }
                }
                else
                {
                    json.Skip();
                }
            }
        }
    }

    /// <summary>The link in a profile field: the <c>href</c> of its HTML anchor, or the value itself when it is a URL.</summary>
    private static string? LinkIn(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var href = value.IndexOf("href=\"", StringComparison.OrdinalIgnoreCase);
        if (href >= 0)
        {
            var start = href + 6;
            var end = value.IndexOf('"', start);
            return end > start ? System.Net.WebUtility.HtmlDecode(value[start..end]) : null;
        }

        var text = value.Trim();
        return text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? text : null;
    }
}
