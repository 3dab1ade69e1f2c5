using System.Text.Json;
using System.Text.Json.Serialization;

namespace NetworkMetrics.Cli.Commands;

// The JSON of `netmetrics rebuild` (docs/cli.md, docs/rebuild.md). Names are fixed here with
// [JsonPropertyName], whatever the C# names become.

internal sealed record RebuildJson(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("reset"), JsonConverter(typeof(UtcDateConverter))] DateTimeOffset? Reset,
    [property: JsonPropertyName("resetInferred")] bool ResetInferred,
    [property: JsonPropertyName("resetSource")] string ResetSource,
    [property: JsonPropertyName("asOf"), JsonConverter(typeof(UtcDateConverter))] DateTimeOffset? AsOf,
    [property: JsonPropertyName("asOfInferred")] bool AsOfInferred,
    [property: JsonPropertyName("platforms")] Dictionary<string, PlatformRebuildJson> Platforms,
    [property: JsonPropertyName("people")] PeopleRebuildJson People);

internal sealed record PlatformRebuildJson(
    [property: JsonPropertyName("relationship")] string Relationship,
    [property: JsonPropertyName("fromEvidence")] bool FromEvidence,
    [property: JsonPropertyName("before")] int Before,
    [property: JsonPropertyName("after")] int After,
    [property: JsonPropertyName("returning")] int Returning,
    [property: JsonPropertyName("new")] int New,
    [property: JsonPropertyName("lost")] int Lost,
    [property: JsonPropertyName("recovered")] double Recovered,
    [property: JsonPropertyName("qualityRecovered")] double? QualityRecovered,
    [property: JsonPropertyName("dated")] bool Dated,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("series")] List<SeriesPointJson>? Series,
    [property: JsonPropertyName("ratePerWeek")] double? RatePerWeek,
    [property: JsonPropertyName("ratePerWeekLast4")] double? RatePerWeekLast4,
    [property: JsonPropertyName("fits")] List<FitJson>? Fits,
    [property: JsonPropertyName("best")] string? Best,
    [property: JsonPropertyName("projection")] ProjectionJson? Projection,
    [property: JsonPropertyName("survival")] List<SurvivalRowJson>? Survival,
    [property: JsonPropertyName("medianDays")] double? MedianDays,
    [property: JsonPropertyName("medianLower")] double? MedianLower,
    [property: JsonPropertyName("medianUpper")] double? MedianUpper,
    [property: JsonPropertyName("spearman")] SpearmanJson? Spearman,
    [property: JsonPropertyName("concordance")] double? Concordance,
    [property: JsonPropertyName("pacing")] List<PacingJson> Pacing,
    [property: JsonPropertyName("lists"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ListsJson? Lists);

internal sealed record PeopleRebuildJson(
    [property: JsonPropertyName("before")] int Before,
    [property: JsonPropertyName("after")] int After,
    [property: JsonPropertyName("returning")] int Returning,
    [property: JsonPropertyName("new")] int New,
    [property: JsonPropertyName("lost")] int Lost,
    [property: JsonPropertyName("recovered")] double Recovered,
    [property: JsonPropertyName("qualityRecovered")] double? QualityRecovered,
    [property: JsonPropertyName("survival")] List<SurvivalRowJson>? Survival,
    [property: JsonPropertyName("medianDays")] double? MedianDays,
    [property: JsonPropertyName("spearman")] SpearmanJson? Spearman,
    [property: JsonPropertyName("concordance")] double? Concordance);

internal sealed record SeriesPointJson(
    [property: JsonPropertyName("date")] DateOnly Date,
    [property: JsonPropertyName("count")] int Count);

internal sealed record FitJson(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("converged")] bool Converged,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("parameters")] Dictionary<string, double> Parameters,
    [property: JsonPropertyName("standardErrors")] Dictionary<string, double?> StandardErrors,
    [property: JsonPropertyName("rss")] double? Rss,
    [property: JsonPropertyName("aicc")] double? Aicc);

internal sealed record ProjectionJson(
    [property: JsonPropertyName("target")] double Target,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("date")] DateOnly? Date,
    [property: JsonPropertyName("lower")] DateOnly? Lower,
    [property: JsonPropertyName("upper")] DateOnly? Upper,
    [property: JsonPropertyName("t")] double? T,
    [property: JsonPropertyName("tLower")] double? TLower,
    [property: JsonPropertyName("tUpper")] double? TUpper,
    [property: JsonPropertyName("upperUnbounded")] bool UpperUnbounded,
    [property: JsonPropertyName("ceiling")] double? Ceiling,
    [property: JsonPropertyName("statement")] string? Statement);

internal sealed record SurvivalRowJson(
    [property: JsonPropertyName("t")] double T,
    [property: JsonPropertyName("atRisk")] int AtRisk,
    [property: JsonPropertyName("events")] int Events,
    [property: JsonPropertyName("survival")] double Survival,
    [property: JsonPropertyName("stdErr")] double? StdErr,
    [property: JsonPropertyName("lower")] double? Lower,
    [property: JsonPropertyName("upper")] double? Upper);

internal sealed record SpearmanJson(
    [property: JsonPropertyName("rho")] double? Rho,
    [property: JsonPropertyName("p")] double? P,
    [property: JsonPropertyName("n")] int N);

internal sealed record PacingJson(
    [property: JsonPropertyName("act")] string Act,
    [property: JsonPropertyName("windowDays")] int WindowDays,
    [property: JsonPropertyName("limit")] int Limit,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("maxPerDay")] int MaxPerDay,
    [property: JsonPropertyName("maxPerWeek")] int MaxPerWeek,
    [property: JsonPropertyName("bursts")] List<BurstJson> Bursts);

internal sealed record BurstJson(
    [property: JsonPropertyName("start")] DateOnly Start,
    [property: JsonPropertyName("end")] DateOnly End,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("peak")] int Peak);

internal sealed record ListsJson(
    [property: JsonPropertyName("returning")] List<ContactJson> Returning,
    [property: JsonPropertyName("new")] List<ContactJson> New,
    [property: JsonPropertyName("lost")] List<ContactJson> Lost);

internal sealed record ContactJson(
    [property: JsonPropertyName("person")] string Person,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("baselineSince"), JsonConverter(typeof(UtcDateConverter))] DateTimeOffset? BaselineSince,
    [property: JsonPropertyName("since"), JsonConverter(typeof(UtcDateConverter))] DateTimeOffset? Since,
    [property: JsonPropertyName("days")] int? Days,
    [property: JsonPropertyName("score")] double? Score);

/// <summary>`netmetrics rebuild --series FILE --json`: the fits of a plain count series.</summary>
internal sealed record SeriesFitJson(
    [property: JsonPropertyName("schemaVersion")] int SchemaVersion,
    [property: JsonPropertyName("points")] int Points,
    [property: JsonPropertyName("fits")] List<FitJson> Fits,
    [property: JsonPropertyName("best")] string? Best,
    [property: JsonPropertyName("projection")] ProjectionJson? Projection);

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(RebuildJson))]
[JsonSerializable(typeof(SeriesFitJson))]
internal sealed partial class RebuildJsonContext : JsonSerializerContext
{
    /// <summary>The context the command writes with: indented, without escaping non-ASCII text (as <see cref="CliJsonContext.Output"/>).</summary>
    public static RebuildJsonContext Output { get; } = new(CliJsonContext.OutputOptions());
}
