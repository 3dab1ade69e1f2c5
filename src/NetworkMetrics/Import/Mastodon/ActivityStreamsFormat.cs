using System.Text.Json;

namespace NetworkMetrics.Import.Mastodon;

/// <summary>
/// A JSON file of Mastodon's archive ("Request your archive", a <c>.tar.gz</c>), matched by
/// its name and by the ActivityStreams context in its first bytes: other platforms' files of
/// the same name (Instagram's old <c>likes.json</c>) are left alone.
/// </summary>
internal abstract class ActivityStreamsFormat(string id, string fileName) : ExportFormat
{
    public override Platform Platform => Platform.Mastodon;

    public override string Id { get; } = id;

    public override PathMatch MatchPath(string path, string name) => name == fileName ? PathMatch.IfContent : PathMatch.No;

    public override bool MatchContent(ReadOnlySpan<byte> head) =>
        head.IndexOf("www.w3.org/ns/activitystreams"u8) >= 0;

    /// <summary>Reads the next value: its text when it is a string, otherwise <see langword="null"/> (objects and arrays are skipped).</summary>
    protected static string? ReadString(ref JsonStreamReader json)
    {
        if (!json.Read())
        {
            return null;
        }

        if (json.TokenType == JsonTokenType.String)
        {
            return json.GetString();
        }

        json.Skip();
        return null;
    }

    /// <summary>Opens the root object; <see langword="false"/> for an empty file.</summary>
    protected bool OpenRoot(ref JsonStreamReader json, ParseContext context)
    {
        if (!json.Read())
        {
            context.Format = Id + ".empty";
            return false;
        }

        if (json.TokenType != JsonTokenType.StartObject)
        {
            throw context.Fail("mastodon.not-an-object", $"expected a JSON object (ActivityStreams) at the root of {context.File}", offset: json.Offset);
        }

        return true;
    }

    /// <summary>
    /// Moves to the items of the root object's <c>orderedItems</c> array: on return the reader
    /// is on the array's start; <see langword="false"/> when the root has no such array.
    /// </summary>
    protected static bool SeekOrderedItems(ref JsonStreamReader json)
    {
        while (json.Read() && json.TokenType != JsonTokenType.EndObject)
        {
            if (json.TokenType == JsonTokenType.PropertyName && json.ValueTextEquals("orderedItems"u8))
            {
                if (!json.Read())
                {
                    return false;
                }

                if (json.TokenType == JsonTokenType.StartArray)
                {
                    return true;
                }

                json.Skip();
                continue;
            }

            json.Skip();
        }

        return false;
    }
}
