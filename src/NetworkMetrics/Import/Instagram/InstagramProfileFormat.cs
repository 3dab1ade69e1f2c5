using System.Text.Json;
using NetworkMetrics.Import.Facebook;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import.Instagram;

/// <summary>
/// The owner: <c>personal_information.json</c> (<c>account_information/</c> about 2021,
/// <c>personal_information/</c> since 2022, nested <c>personal_information/personal_information/</c>
/// since 2024), <c>{"profile_user": [{"string_map_data": {"Username": {"value"}, "Name": {"value"},
/// "Email": {"value"}, "Phone Number": {"value"}}}]}</c>; before that, <c>profile.json</c>
/// (<c>{"username", "name", "email", "phone_number"}</c>). Phase 0, confidence 100: the display
/// name is what tells the direction of messages, which name people by display name.
/// </summary>
/// <remarks>The labels of <c>string_map_data</c> are written in the export's language; the English ones are read.</remarks>
internal sealed class InstagramProfileFormat : MetaJsonFormat
{
    public override Platform Platform => Platform.Instagram;

    public override string Id => "instagram.profile";

    public override int Phase => 0;

    public override PathMatch MatchPath(string path, string name) =>
        name is "personal_information.json" or "profile.json" ? PathMatch.IfContent : PathMatch.No;

    /// <summary><c>profile_user</c>, or the old profile's username beside one of its Instagram-only fields.</summary>
    public override bool MatchContent(ReadOnlySpan<byte> head) =>
        head.IndexOf("\"profile_user\""u8) >= 0 ||
        (head.IndexOf("\"username\""u8) >= 0 &&
            (head.IndexOf("\"date_joined\""u8) >= 0 || head.IndexOf("\"profile_pic_url\""u8) >= 0 || head.IndexOf("\"biography\""u8) >= 0));

    protected override void Read(ref JsonStreamReader json, ParseContext context)
    {
        if (!MetaJson.Open(ref json, context))
        {
            context.Format = Id + ".empty";
            return;
        }

        MetaJson.Require(ref json, context, JsonTokenType.StartObject, "an object {\"profile_user\": [{\"string_map_data\": {…}}]}");
        var fields = new Fields();
        context.Format = Id + ".2019";
        while (true)
        {
            MetaJson.Next(ref json, context);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            if (json.ValueTextEquals("profile_user"u8))
            {
                context.Format = Id + ".2021";
                MetaJson.Next(ref json, context);
                if (json.TokenType != JsonTokenType.StartArray)
                {
                    json.Skip();
                    continue;
                }

                while (true)
                {
                    MetaJson.Next(ref json, context);
                    if (json.TokenType == JsonTokenType.EndArray)
                    {
                        break;
                    }

                    if (json.TokenType == JsonTokenType.StartObject)
                    {
                        ReadUser(ref json, context, fields);
                    }
                    else
                    {
                        json.Skip();
                    }
                }
            }
            else if (!fields.Read(ref json, context))
            {
                json.Skip();
            }
        }

        var username = InstagramAccounts.Clean(fields.Username);
        var name = Identifiers.CleanName(fields.Name);
        if (username is null && name is null)
        {
            context.Report(DiagnosticSeverity.Warning, "instagram.profile-no-name",
                "the profile states neither a username nor a name (expected string_map_data.Username and Name): the owner is inferred from the message threads");
            return;
        }

        var owner = Facebook.MetaProfiles.Owner(Platform.Instagram, name, username, null,
            fields.Email is null ? [] : [fields.Email], fields.Phone is null ? [] : [fields.Phone], []);
        context.Snapshot.Set(MetaJson.InstagramProfileOwner, owner);
        context.SetOwner(owner, confidence: 100);
        context.Kept();
    }

    /// <summary>One <c>profile_user</c> item: its <c>string_map_data</c> labels, each <c>{"value": …}</c>.</summary>
    private static void ReadUser(ref JsonStreamReader json, ParseContext context, Fields fields)
    {
        while (true)
        {
            MetaJson.Next(ref json, context);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            if (!json.ValueTextEquals("string_map_data"u8))
            {
                json.Skip();
                continue;
            }

            MetaJson.Next(ref json, context);
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                continue;
            }

            while (true)
            {
                MetaJson.Next(ref json, context);
                if (json.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }

                var label = json.ValueTextEquals("Username"u8) ? 1
                    : json.ValueTextEquals("Name"u8) ? 2
                    : json.ValueTextEquals("Email"u8) ? 3
                    : json.ValueTextEquals("Phone Number"u8) || json.ValueTextEquals("Phone number"u8) ? 4
                    : 0;
                MetaJson.Next(ref json, context);
                if (label == 0 || json.TokenType != JsonTokenType.StartObject)
                {
                    json.Skip();
                    continue;
                }

                string? value = null;
                while (true)
                {
                    MetaJson.Next(ref json, context);
                    if (json.TokenType == JsonTokenType.EndObject)
                    {
                        break;
                    }

                    if (json.ValueTextEquals("value"u8))
                    {
                        value = MetaJson.ReadString(ref json, context);
                    }
                    else
                    {
                        json.Skip();
                    }
                }

                switch (label)
                {
                    case 1:
                        fields.Username ??= value;
                        break;
                    case 2:
                        fields.Name ??= value;
                        break;
                    case 3:
                        fields.Email ??= value;
                        break;
                    default:
                        fields.Phone ??= value;
                        break;
                }
            }
        }
    }

    private sealed class Fields
    {
        public string? Username { get; set; }

        public string? Name { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        /// <summary>The top-level fields of the old <c>profile.json</c>; false when the property is another one.</summary>
        public bool Read(ref JsonStreamReader json, ParseContext context)
        {
            if (json.ValueTextEquals("username"u8))
            {
                var text = MetaJson.ReadString(ref json, context); // always read: a repeated key must not leave its value unread
                Username ??= text;
            }
            else if (json.ValueTextEquals("name"u8))
            {
                var text = MetaJson.ReadString(ref json, context); // always read: a repeated key must not leave its value unread
                Name ??= text;
            }
            else if (json.ValueTextEquals("email"u8))
            {
                var text = MetaJson.ReadString(ref json, context); // always read: a repeated key must not leave its value unread
                Email ??= text;
            }
            else if (json.ValueTextEquals("phone_number"u8))
            {
                var text = MetaJson.ReadString(ref json, context); // always read: a repeated key must not leave its value unread
                Phone ??= text;
            }
            else
            {
                return false;
            }

            return true;
        }
    }
}
