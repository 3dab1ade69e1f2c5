using System.Text.Json;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import.Facebook;

/// <summary>Small streaming helpers for the JSON of Facebook and Instagram exports.</summary>
internal static class MetaJson
{
    /// <summary>The snapshot key under which a Facebook JSON file notes that the export is JSON.</summary>
    public const string FacebookJsonSeen = "facebook.json-seen";

    /// <summary>The snapshot key under which an Instagram JSON file notes that the export is JSON.</summary>
    public const string InstagramJsonSeen = "instagram.json-seen";

    /// <summary>The snapshot key of the owner as Facebook's profile file states it.</summary>
    public const string FacebookProfileOwner = "facebook.profile-owner";

    /// <summary>The snapshot key of the owner as Instagram's personal information file states it.</summary>
    public const string InstagramProfileOwner = "instagram.profile-owner";

    private static readonly object Seen = new();

    /// <summary>Notes that the snapshot holds JSON files of the platform (an HTML page beside them is not an HTML export).</summary>
    public static void MarkJson(ParseContext context) =>
        context.Snapshot.Set(context.Platform == Platform.Instagram ? InstagramJsonSeen : FacebookJsonSeen, Seen);

    /// <summary>Moves to the next token; a truncated file is an error naming the offset.</summary>
    public static void Next(ref JsonStreamReader json, ParseContext context)
    {
        if (!json.Read())
        {
            throw context.Fail("json.truncated", "the file ends in the middle of a value (truncated)", offset: json.Offset);
        }
    }

    /// <summary>
    /// Opens the root value: <see langword="false"/> for an empty file (zero records, not an error);
    /// otherwise the reader is on the root's first token.
    /// </summary>
    /// <remarks>An entry of length zero is empty without reading (the reader rejects input without a token).</remarks>
    public static bool Open(ref JsonStreamReader json, ParseContext context) => context.Entry.Length != 0 && json.Read();

    /// <summary>Reads a property's value as a string (mojibake repaired): null for JSON null or a non-string, which is skipped.</summary>
    public static string? ReadString(ref JsonStreamReader json, ParseContext context)
    {
        Next(ref json, context);
        if (json.TokenType == JsonTokenType.String)
        {
            return json.GetString() is { } text ? Mojibake.Repair(text) : null;
        }

        json.Skip();
        return null;
    }

    /// <summary>Reads a property's value as an integer (from a number or a string of digits); null otherwise.</summary>
    public static long? ReadInt64(ref JsonStreamReader json, ParseContext context)
    {
        Next(ref json, context);
        if (json.TokenType is JsonTokenType.Number or JsonTokenType.String)
        {
            return json.TryGetInt64(out var value) ? value : null;
        }

        json.Skip();
        return null;
    }

    /// <summary>Unix seconds as a date; zero and negative values mean "unknown" in these exports.</summary>
    public static DateTimeOffset? FromSeconds(long? seconds) =>
        seconds is > 0 && DateParsing.TryFromUnixSeconds(seconds.Value, out var at) ? at : null;

    /// <summary>A timestamp that is either unix seconds or an ISO 8601 string (Instagram's connections.json).</summary>
    public static DateTimeOffset? ReadDate(ref JsonStreamReader json, ParseContext context)
    {
        Next(ref json, context);
        if (json.TokenType == JsonTokenType.Number)
        {
            return json.TryGetInt64(out var seconds) ? FromSeconds(seconds) : null;
        }

        if (json.TokenType == JsonTokenType.String)
        {
            if (json.TryGetInt64(out var seconds))
            {
                return FromSeconds(seconds);
            }

            return json.GetString() is { } text && DateParsing.TryParseIso(text, out var at) ? at : null;
        }

        json.Skip();
        return null;
    }

    /// <summary>Fails unless the reader is on a value of <paramref name="type"/>.</summary>
    public static void Require(ref JsonStreamReader json, ParseContext context, JsonTokenType type, string what)
    {
        if (json.TokenType != type)
        {
            throw context.Fail("json.unexpected", $"expected {what}", offset: json.Offset);
        }
    }
}
