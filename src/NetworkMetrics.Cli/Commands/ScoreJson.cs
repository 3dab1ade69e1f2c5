using System.Text.Json;
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
[JsonSerializable(typeof(ScoreOwnerJson))]
[JsonSerializable(typeof(ScoreNetworkJson))]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(List<TodayJson>))]
[JsonSerializable(typeof(List<DiagnosticJson>))]
internal sealed partial class ScoreJsonContext : JsonSerializerContext
{
    /// <summary>Indented, non-ASCII text unescaped (as <see cref="CliJsonContext.Output"/>).</summary>
    public static ScoreJsonContext Output { get; } = new(CliJsonContext.OutputOptions());
}

/// <summary>
/// Writes a <see cref="ScoreJson"/> as <see cref="System.Text.Json.JsonSerializer"/> would, byte for byte (a test compares
/// the two), but each person with direct <see cref="Utf8JsonWriter"/> calls and the writer flushed as its
/// buffer fills. The serialiser takes its metadata-driven path for these records (property by property through
/// converters): for the 137,446 people of the benchmark set of docs/performance.md that was most of the output's 2 to 3
/// seconds. The other members are small and serialised whole, in the record's order.
/// </summary>
internal static class ScoreJsonWriter
{
    private static readonly JsonEncodedText Rank = Name("rank"), Id = Name("id"), PersonName = Name("name"),
        Score = Name("score"), Layer = Name("layer"), Factors = Name("factors"), Contributions = Name("contributions"),
        LastContact = Name("lastContact"), FirstContact = Name("firstContact"), TieSince = Name("tieSince"),
        Interactions = Name("interactions"), Channels = Name("channels"), Platforms = Name("platforms"), Given = Name("given"),
        Received = Name("received"), DaysSinceLastContact = Name("daysSinceLastContact"), ExpectedIntervalDays = Name("expectedIntervalDays"),
        OverdueDays = Name("overdueDays"), OverdueRatio = Name("overdueRatio"),
        Recency = Name("recency"), Frequency = Name("frequency"), Reciprocity = Name("reciprocity"), Intimacy = Name("intimacy"),
        Duration = Name("duration"), Multiplexity = Name("multiplexity"),
        Total = Name("total"), ConversationsStarted = Name("conversationsStarted"), Replies = Name("replies"), Calls = Name("calls"),
        Endorsements = Name("endorsements"), Recommendations = Name("recommendations"), Reactions = Name("reactions"), Reposts = Name("reposts");

    private static JsonEncodedText Name(string name) =>
        JsonEncodedText.Encode(name, ScoreJsonContext.Output.Options.Encoder);

    /// <summary>One person, as the serialiser writes <see cref="ScorePersonJson"/>.</summary>
    public static void Write(Utf8JsonWriter writer, ScorePersonJson person)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Rank, person.Rank);
        writer.WriteString(Id, person.Id);
        writer.WriteString(PersonName, person.Name);
        writer.WriteNumber(Score, person.Score);
        Number(writer, Layer, person.Layer);
        Write(writer, Factors, person.Factors);
        Write(writer, Contributions, person.Contributions);
        Date(writer, LastContact, person.LastContact);
        Date(writer, FirstContact, person.FirstContact);
        Date(writer, TieSince, person.TieSince);
        writer.WriteNumber(Interactions, person.Interactions);
        writer.WriteStartObject(Channels);
        foreach (var (channel, count) in person.Channels)
        {
            writer.WriteNumber(channel, count);
        }

        writer.WriteEndObject();
        writer.WriteStartArray(Platforms);
        foreach (var platform in person.Platforms)
        {
            writer.WriteStringValue(platform);
        }

        writer.WriteEndArray();
        Write(writer, Given, person.Given);
        Write(writer, Received, person.Received);
        Number(writer, DaysSinceLastContact, person.DaysSinceLastContact);
        Number(writer, ExpectedIntervalDays, person.ExpectedIntervalDays);
        Number(writer, OverdueDays, person.OverdueDays);
        Number(writer, OverdueRatio, person.OverdueRatio);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, JsonEncodedText name, FactorsJson factors)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber(Recency, factors.Recency);
        writer.WriteNumber(Frequency, factors.Frequency);
        writer.WriteNumber(Reciprocity, factors.Reciprocity);
        writer.WriteNumber(Intimacy, factors.Intimacy);
        writer.WriteNumber(Duration, factors.Duration);
        writer.WriteNumber(Multiplexity, factors.Multiplexity);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, JsonEncodedText name, GiveGetJson g)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber(Total, g.Total);
        writer.WriteNumber(ConversationsStarted, g.ConversationsStarted);
        writer.WriteNumber(Replies, g.Replies);
        writer.WriteNumber(Calls, g.Calls);
        writer.WriteNumber(Endorsements, g.Endorsements);
        writer.WriteNumber(Recommendations, g.Recommendations);
        writer.WriteNumber(Reactions, g.Reactions);
        writer.WriteNumber(Reposts, g.Reposts);
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, JsonEncodedText name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Date(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, UtcDateConverter.Format(date));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Bytes the writer may hold before they are flushed to its stream.</summary>
    private const int FlushAt = 64 * 1024;

    /// <summary>The document.</summary>
    public static void Write(Utf8JsonWriter writer, ScoreJson value)
    {
        var context = ScoreJsonContext.Output;
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", value.SchemaVersion);
        writer.WritePropertyName("asOf");
        new UtcDateConverter().Write(writer, value.AsOf, context.Options);
        writer.WriteString("asOfSource", value.AsOfSource);
        writer.WritePropertyName("owner");
        JsonSerializer.Serialize(writer, value.Owner, context.ScoreOwnerJson);
        writer.WriteStartArray("people");
        foreach (var person in value.People)
        {
            Write(writer, person);
            if (writer.BytesPending >= FlushAt)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteString("layerMethod", value.LayerMethod);
        writer.WritePropertyName("layers");
        JsonSerializer.Serialize(writer, value.Layers, context.DictionaryStringInt32);
        writer.WritePropertyName("network");
        JsonSerializer.Serialize(writer, value.Network, context.ScoreNetworkJson);
        writer.WritePropertyName("today");
        JsonSerializer.Serialize(writer, value.Today, context.ListTodayJson);
        writer.WritePropertyName("diagnostics");
        JsonSerializer.Serialize(writer, value.Diagnostics, context.ListDiagnosticJson);
        writer.WriteEndObject();
    }
}
