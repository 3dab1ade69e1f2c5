namespace NetworkMetrics.Import.Twitter;

/// <summary>
/// <c>account.js</c>: <c>[{"account":{"accountId","username","accountDisplayName","createdAt",…}}]</c>,
/// the owner (phase 0, the surest source: confidence 100), in every generation.
/// </summary>
internal sealed class AccountFormat(bool byContent) : TwitterJsFormat(TwitterDataType.Account, byContent)
{
    public const int OwnerConfidence = 100;

    public override string Id => "twitter.account";

    public override int Phase => 0;

    protected override void Parse(ref JsonStreamReader json, ParseContext context)
    {
        if (!OpenList(ref json, context))
        {
            context.Format = Id + ".empty";
            CheckManifestCount(context, 0);
            return;
        }

        context.Format = Id;
        long items = 0;
        var owned = false;
        while (NextItem(ref json))
        {
            items++;
            if (json.TokenType != System.Text.Json.JsonTokenType.StartObject)
            {
                json.Skip();
                context.Skip("twitter.not-an-object", "an account record is not an object", record: items, offset: json.Offset);
                continue;
            }

            var depth = json.CurrentDepth;
            var wrapped = false;
            string? id = null, username = null, displayName = null, email = null;
            while (NextField(ref json, depth, "account"u8, ref wrapped))
            {
                if (json.ValueTextEquals("accountId"u8))
                {
                    id = TwitterJson.Id(ref json, out var value) ? TwitterIds.Format(value) : null;
                }
                else if (json.ValueTextEquals("username"u8))
                {
                    username = Blank(TwitterJson.Text(ref json));
                }
                else if (json.ValueTextEquals("accountDisplayName"u8))
                {
                    displayName = Blank(TwitterJson.Text(ref json));
                }
                else if (json.ValueTextEquals("email"u8))
                {
                    email = Blank(TwitterJson.Text(ref json));
                }
                else
                {
                    json.Skip();
                }
            }

            if (id is null)
            {
                context.Skip("twitter.missing-id", "an account record without a numeric accountId", record: items, offset: json.Offset);
                continue;
            }

            if (!owned)
            {
                var owner = TwitterIds.Account(id, username, Text.Identifiers.CleanName(displayName));
                if (Text.Identifiers.CleanEmail(email) is { } address)
                {
                    owner = owner with { Keys = [.. owner.Keys, AccountKey.Normalized(Platform.Twitter, AccountKeyKind.Email, address)], Emails = [new EmailAddress(address, email!)] };
                }

                context.SetOwner(owner, OwnerConfidence);
                owned = true;
            }

            context.Kept();
        }

        CheckManifestCount(context, items);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
