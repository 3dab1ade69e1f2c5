using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetworkMetrics.Cli;

// The JSON of `netmetrics people --json` (docs/cli.md), in a context of its own.

internal sealed record PeopleJson(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("owner")] PersonJson? Owner,
    [property: JsonPropertyName("people")] List<PersonJson> People,
    [property: JsonPropertyName("diagnostics")] List<DiagnosticJson> Diagnostics);

internal sealed record PersonJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("accounts")] List<PersonAccountJson> Accounts,
    [property: JsonPropertyName("evidence")] List<EvidenceJson> Evidence);

internal sealed record PersonAccountJson(
    [property: JsonPropertyName("platform")] string Platform,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("keys")] IReadOnlyList<string> Keys,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("handle")] string? Handle,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("emails")] IReadOnlyList<string> Emails,
    [property: JsonPropertyName("phones")] IReadOnlyList<string> Phones);

internal sealed record EvidenceJson(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("accounts")] IReadOnlyList<string> Accounts,
    [property: JsonPropertyName("detail")] string Detail,
    [property: JsonPropertyName("confidence")] double Confidence);

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(PeopleJson))]
internal sealed partial class PeopleJsonContext : JsonSerializerContext
{
    /// <summary>Indented, without escaping non-ASCII text or apostrophes, as <see cref="CliJsonContext.Output"/>.</summary>
    public static PeopleJsonContext Output { get; } = new(CliJsonContext.OutputOptions());
}
