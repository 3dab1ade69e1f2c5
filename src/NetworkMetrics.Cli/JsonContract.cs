using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetworkMetrics.Cli;

// The JSON that scripts depend on (docs/cli.md). Names are fixed here with
// [JsonPropertyName], whatever the C# names become.

internal sealed record InspectJson(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("platforms")] Dictionary<string, PlatformJson> Platforms,
    [property: JsonPropertyName("files")] List<FileJson> Files,
    [property: JsonPropertyName("inputs")] List<InputJson> Inputs,
    [property: JsonPropertyName("diagnostics")] List<DiagnosticJson> Diagnostics);

internal sealed record PlatformJson(
    [property: JsonPropertyName("owner")] string? Owner,
    [property: JsonPropertyName("ownerSource")] string? OwnerSource,
    [property: JsonPropertyName("exportedAt"), JsonConverter(typeof(UtcDateConverter))] DateTimeOffset? ExportedAt,
    [property: JsonPropertyName("exportedAtSource")] string? ExportedAtSource,
    [property: JsonPropertyName("snapshots")] int Snapshots,
    [property: JsonPropertyName("connections")] int? Connections,
    [property: JsonPropertyName("following")] int? Following,
    [property: JsonPropertyName("followers")] int? Followers,
    [property: JsonPropertyName("followingOrganizations")] int? FollowingOrganizations,
    [property: JsonPropertyName("removed")] int? Removed,
    [property: JsonPropertyName("requests")] int? Requests,
    [property: JsonPropertyName("invitations")] int? Invitations,
    [property: JsonPropertyName("messages")] int? Messages);

internal sealed record FileJson(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("platform")] string Platform,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("records")] int Records,
    [property: JsonPropertyName("skipped")] int Skipped);

internal sealed record InputJson(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("recognized")] int Recognized,
    [property: JsonPropertyName("unrecognized")] int Unrecognized);

internal sealed record DiagnosticJson(
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("line")] long? Line,
    [property: JsonPropertyName("record")] long? Record,
    [property: JsonPropertyName("offset")] long? Offset,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

internal sealed record AccountRow(
    [property: JsonPropertyName("platform")] string Platform,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("keys")] IReadOnlyList<string> Keys,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("handle")] string? Handle,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("emails")] IReadOnlyList<string> Emails,
    [property: JsonPropertyName("phones")] IReadOnlyList<string> Phones,
    [property: JsonPropertyName("links")] IReadOnlyList<string> Links,
    [property: JsonPropertyName("websites")] IReadOnlyList<string> Websites);

internal sealed record TieRow(
    [property: JsonPropertyName("platform")] string Platform,
    [property: JsonPropertyName("accountId")] string? AccountId,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("since"), JsonConverter(typeof(UtcDateConverter))] DateTimeOffset? Since,
    [property: JsonPropertyName("endedAt"), JsonConverter(typeof(UtcDateConverter))] DateTimeOffset? EndedAt);

internal sealed record InteractionRow(
    [property: JsonPropertyName("platform")] string Platform,
    [property: JsonPropertyName("accountId")] string? AccountId,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("direction")] string Direction,
    [property: JsonPropertyName("directionInferred")] bool DirectionInferred,
    [property: JsonPropertyName("at"), JsonConverter(typeof(UtcDateConverter))] DateTimeOffset? At,
    [property: JsonPropertyName("audience")] int Audience,
    [property: JsonPropertyName("visibility")] string Visibility,
    [property: JsonPropertyName("durationSeconds")] double? DurationSeconds,
    [property: JsonPropertyName("outcome")] string? Outcome,
    [property: JsonPropertyName("sourceId")] string? SourceId,
    [property: JsonPropertyName("conversationId")] string? ConversationId,
    [property: JsonPropertyName("content"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Content);

internal sealed record ConversationRow(
    [property: JsonPropertyName("platform")] string Platform,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("participants")] IReadOnlyList<string> Participants);

/// <summary>A table as JSON: the rows with the schema version and the table's name.</summary>
internal sealed record TableJson<T>(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("table")] string Table,
    [property: JsonPropertyName("rows")] List<T> Rows);

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(InspectJson))]
[JsonSerializable(typeof(TableJson<AccountRow>))]
[JsonSerializable(typeof(TableJson<TieRow>))]
[JsonSerializable(typeof(TableJson<InteractionRow>))]
[JsonSerializable(typeof(TableJson<ConversationRow>))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context the CLI writes with: indented, and without escaping non-ASCII text or
    /// apostrophes (the output is a file or a terminal, never HTML).
    /// </summary>
    public static CliJsonContext Output { get; } = new(OutputOptions());

    /// <summary>
    /// New options as every JSON output of the CLI is written with (each command's context takes its own instance):
    /// indented, nothing ignored, non-ASCII text and apostrophes unescaped.
    /// </summary>
    internal static JsonSerializerOptions OutputOptions() => new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>UTC instants as ISO 8601 with a Z, fractions only when present: culture- and zone-independent.</summary>
internal sealed class UtcDateConverter : JsonConverter<DateTimeOffset?>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } date)
        {
            writer.WriteStringValue(Format(date));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    public static string Format(DateTimeOffset date) =>
        date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
