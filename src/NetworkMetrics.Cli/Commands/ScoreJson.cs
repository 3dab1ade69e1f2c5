using System.Text.Json.Serialization;

namespace NetworkMetrics.Cli.Commands;

// The JSON of `netmetrics score --json` (docs/cli.md). Names are fixed here with [JsonPropertyName].

internal sealed record ScoreJson(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("asOf"), JsonConverter(typeof(UtcDateConverter))] DateTimeOffset? AsOf,
    [property: JsonPropertyName("asOfSource")] string AsOfSource,
    [property: JsonPropertyName("owner")] ScoreOwnerJson? Owner,
    [property: JsonPropertyName("people")] IEnumerable<ScorePersonJson> People,
    [property: JsonPropertyName("layerMethod")] string LayerMethod,
    [property: JsonPropertyName("layers")] Dictionary<string, int> Layers,
    [property: JsonPropertyName("network")] ScoreNetworkJson Network,
    [property: JsonPropertyName("today")] List<TodayJson> Today,
    [property: JsonPropertyName("diagnostics")] List<DiagnosticJson> Diagnostics);

internal sealed record ScoreOwnerJson(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name);

internal sealed record ScorePersonJson(
    [property: JsonPropertyName("rank")] int Rank,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("layer")] int? Layer,
    [property: JsonPropertyName("factors")] FactorsJson Factors,
    [property: JsonPropertyName("contributions")] FactorsJson Contributions,
    [property: JsonPropertyName("lastContact"), JsonConverter(typeof(UtcDateConverter))] DateTimeOffset? LastContact,
    [property: JsonPropertyName("firstContact"), JsonConverter(typeof(UtcDateConverter))] DateTimeOffset? FirstContact,
    [property: JsonPropertyName("tieSince"), JsonConverter(typeof(UtcDateConverter))] DateTimeOffset? TieSince,
    [property: JsonPropertyName("interactions")] int Interactions,
    [property: JsonPropertyName("channels")] Dictionary<string, int> Channels,
    [property: JsonPropertyName("platforms")] List<string> Platforms,
    [property: JsonPropertyName("given")] GiveGetJson Given,
    [property: JsonPropertyName("received")] GiveGetJson Received,
    [property: JsonPropertyName("daysSinceLastContact")] double? DaysSinceLastContact,
    [property: JsonPropertyName("expectedIntervalDays")] double? ExpectedIntervalDays,
    [property: JsonPropertyName("overdueDays")] double? OverdueDays,
    [property: JsonPropertyName("overdueRatio")] double? OverdueRatio);

internal sealed record FactorsJson(
    [property: JsonPropertyName("recency")] double Recency,
    [property: JsonPropertyName("frequency")] double Frequency,
    [property: JsonPropertyName("reciprocity")] double Reciprocity,
    [property: JsonPropertyName("intimacy")] double Intimacy,
    [property: JsonPropertyName("duration")] double Duration,
    [property: JsonPropertyName("multiplexity")] double Multiplexity);

internal sealed record GiveGetJson(
    [property: JsonPropertyName("total")] long Total,
    [property: JsonPropertyName("conversationsStarted")] int ConversationsStarted,
    [property: JsonPropertyName("replies")] int Replies,
    [property: JsonPropertyName("calls")] int Calls,
    [property: JsonPropertyName("endorsements")] int Endorsements,
    [property: JsonPropertyName("recommendations")] int Recommendations,
    [property: JsonPropertyName("reactions")] int Reactions,
    [property: JsonPropertyName("reposts")] int Reposts);

internal sealed record ScoreNetworkJson(
    [property: JsonPropertyName("people")] int People,
    [property: JsonPropertyName("contacted")] int Contacted,
    [property: JsonPropertyName("qualityWeightedSize")] double QualityWeightedSize,
    [property: JsonPropertyName("giveGetRatio")] double? GiveGetRatio,
    [property: JsonPropertyName("given")] GiveGetJson Given,
    [property: JsonPropertyName("received")] GiveGetJson Received,
    [property: JsonPropertyName("effortOnTop5")] double EffortOnTop5,
    [property: JsonPropertyName("effortOnTop15")] double EffortOnTop15);

internal sealed record TodayJson(
    [property: JsonPropertyName("action")] string Action,
    [property: JsonPropertyName("person")] string Person,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("reason")] string Reason);

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ScoreJson))]
internal sealed partial class ScoreJsonContext : JsonSerializerContext
{
    /// <summary>Indented, non-ASCII text unescaped (as <see cref="CliJsonContext.Output"/>).</summary>
    public static ScoreJsonContext Output { get; } = new(CliJsonContext.OutputOptions());
}
