using System.Text.Json;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import.Facebook;

/// <summary>
/// The owner's profile: <c>profile_information/profile_information.json</c> (2018–2022 at the
/// root, 2023 on under <c>personal_information/</c>), <c>{"profile": {…}}</c> until 2020 and
/// <c>{"profile_v2": {…}}</c> since. Gives the owner (phase 0, confidence 100) with the emails,
/// phone numbers, username, profile URL and web sites it states. The owner's name is what tells
/// the direction of every message.
/// </summary>
internal sealed class FacebookProfileFormat : MetaJsonFormat
{
    public override Platform Platform => Platform.Facebook;

    public override string Id => "facebook.profile";

    public override int Phase => 0;

    public override PathMatch MatchPath(string path, string name) =>
        name == "profile_information.json" ? PathMatch.Yes : PathMatch.No;

    protected override void Read(ref JsonStreamReader json, ParseContext context)
    {
        if (!MetaJson.Open(ref json, context))
        {
            context.Format = Id + ".empty";
            return;
        }

        MetaJson.Require(ref json, context, JsonTokenType.StartObject, "an object {\"profile_v2\": {…}}");
        var profile = new Profile();
        var found = false;
        while (true)
        {
            MetaJson.Next(ref json, context);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            var v2 = json.ValueTextEquals("profile_v2"u8);
            if (!v2 && !json.ValueTextEquals("profile"u8))
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

            found = true;
            context.Format = Id + (v2 ? ".2021" : ".2018");
            ReadProfile(ref json, context, profile);
        }

        var name = Identifiers.CleanName(profile.FullName ?? Join(profile.First, profile.Middle, profile.Last));
        if (!found || name is null)
        {
            context.Report(DiagnosticSeverity.Warning, "facebook.profile-no-name",
                "the profile states no name (expected profile_v2.name.full_name): the owner of the export is inferred from the message threads");
            return;
        }

        var owner = MetaProfiles.Owner(Platform.Facebook, name, profile.Username, profile.Uri, profile.Emails, profile.Phones, profile.Urls);
        context.Snapshot.Set(MetaJson.FacebookProfileOwner, owner);
        context.SetOwner(owner, confidence: 100);
        context.Kept();
    }

    private static string? Join(params string?[] parts)
    {
        var text = string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return text.Length == 0 ? null : text;
    }

    private static void ReadProfile(ref JsonStreamReader json, ParseContext context, Profile profile)
    {
        while (true)
        {
            MetaJson.Next(ref json, context);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            if (json.ValueTextEquals("name"u8))
            {
                MetaJson.Next(ref json, context);
                if (json.TokenType == JsonTokenType.String)
                {
                    profile.FullName = json.GetString() is { } text ? Mojibake.Repair(text) : null;
                }
                else if (json.TokenType == JsonTokenType.StartObject)
                {
                    ReadName(ref json, context, profile);
                }
                else
                {
                    json.Skip();
                }
            }
            else if (json.ValueTextEquals("emails"u8))
            {
                // {"emails": ["…"], "previous_emails": […], …}: the current ones only.
                MetaJson.Next(ref json, context);
                if (json.TokenType == JsonTokenType.StartObject)
                {
                    while (true)
                    {
                        MetaJson.Next(ref json, context);
                        if (json.TokenType == JsonTokenType.EndObject)
                        {
                            break;
                        }

                        if (json.ValueTextEquals("emails"u8))
                        {
                            ReadStrings(ref json, context, profile.Emails, "email"u8);
                        }
                        else
                        {
                            json.Skip();
                        }
                    }
                }
                else if (json.TokenType == JsonTokenType.StartArray)
                {
                    ReadArrayStrings(ref json, context, profile.Emails, "email"u8);
                }
                else
                {
                    json.Skip();
                }
            }
            else if (json.ValueTextEquals("phone_numbers"u8))
            {
                ReadStrings(ref json, context, profile.Phones, "phone_number"u8);
            }
            else if (json.ValueTextEquals("websites"u8))
            {
                ReadStrings(ref json, context, profile.Urls, "address"u8);
            }
            else if (json.ValueTextEquals("username"u8))
            {
                profile.Username = MetaJson.ReadString(ref json, context);
            }
            else if (json.ValueTextEquals("profile_uri"u8))
            {
                profile.Uri = MetaJson.ReadString(ref json, context);
            }
            else
            {
                json.Skip();
            }
        }
    }

    private static void ReadName(ref JsonStreamReader json, ParseContext context, Profile profile)
    {
        while (true)
        {
            MetaJson.Next(ref json, context);
            if (json.TokenType == JsonTokenType.EndObject)
            {
                return;
            }

            if (json.ValueTextEquals("full_name"u8))
            {
                profile.FullName = MetaJson.ReadString(ref json, context);
            }
            else if (json.ValueTextEquals("first_name"u8))
            {
                profile.First = MetaJson.ReadString(ref json, context);
            }
            else if (json.ValueTextEquals("middle_name"u8))
            {
                profile.Middle = MetaJson.ReadString(ref json, context);
            }
            else if (json.ValueTextEquals("last_name"u8))
            {
                profile.Last = MetaJson.ReadString(ref json, context);
            }
            else
            {
                json.Skip();
            }
        }
    }

    /// <summary>Reads a property's value: an array of strings, or of objects holding the string under <paramref name="field"/>.</summary>
    private static void ReadStrings(ref JsonStreamReader json, ParseContext context, List<string> into, ReadOnlySpan<byte> field)
    {
        MetaJson.Next(ref json, context);
        if (json.TokenType != JsonTokenType.StartArray)
        {
            json.Skip();
            return;
        }

        ReadArrayStrings(ref json, context, into, field);
    }

    private static void ReadArrayStrings(ref JsonStreamReader json, ParseContext context, List<string> into, ReadOnlySpan<byte> field)
    {
        while (true)
        {
            MetaJson.Next(ref json, context);
            if (json.TokenType == JsonTokenType.EndArray)
            {
                return;
            }

            if (json.TokenType == JsonTokenType.String)
            {
                if (json.GetString() is { } text)
                {
                    into.Add(Mojibake.Repair(text));
                }
            }
            else if (json.TokenType == JsonTokenType.StartObject)
            {
                while (true)
                {
                    MetaJson.Next(ref json, context);
                    if (json.TokenType == JsonTokenType.EndObject)
                    {
                        break;
                    }

                    if (json.ValueTextEquals(field) && MetaJson.ReadString(ref json, context) is { } value)
                    {
                        into.Add(value);
                    }
                    else if (json.TokenType == JsonTokenType.PropertyName)
                    {
                        json.Skip();
                    }
                }
            }
            else
            {
                json.Skip();
            }
        }
    }

    private sealed class Profile
    {
        public string? FullName { get; set; }

        public string? First { get; set; }

        public string? Middle { get; set; }

        public string? Last { get; set; }

        public string? Username { get; set; }

        public string? Uri { get; set; }

        public List<string> Emails { get; } = [];

        public List<string> Phones { get; } = [];

        public List<string> Urls { get; } = [];
    }
}
