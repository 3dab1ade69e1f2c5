using System.Text.Json;

namespace NetworkMetrics.Import.Twitter;

/// <summary>
/// A data type of the X archive, read from its <c>window.YTD.&lt;name&gt;.partN = [ … ]</c>
/// files. Each type is registered twice: by name (<c>follower.js</c>, <c>follower-part1.js</c>,
/// confirmed by the wrapper, an empty file being valid), and by content for any other
/// <c>.js</c> name whose wrapper names the type (the manifest's <c>globalName</c>), so every
/// part the manifest can list is recognised whatever its file name.
/// </summary>
internal abstract class TwitterJsFormat(TwitterDataType type, bool byContent) : ExportFormat
{
    public override Platform Platform => Platform.Twitter;

    public TwitterDataType Type { get; } = type;

    public override PathMatch MatchPath(string path, string name)
    {
        if (!name.EndsWith(".js", StringComparison.Ordinal) || TwitterNames.IsGrailbirdMonth(path))
        {
            return PathMatch.No;
        }

        return byContent || Type.MatchesName(name) ? PathMatch.IfContent : PathMatch.No;
    }

    public override bool MatchContent(ReadOnlySpan<byte> head) => TwitterNames.ReadHead(head, out var global) switch
    {
        HeadKind.Global => Type.MatchesGlobal(global),
        HeadKind.Blank or HeadKind.Json => !byContent,
        _ => false,
    };

    /// <summary>A data file given on its own under any name (<c>followers.txt</c>), by its <c>window.YTD.&lt;name&gt;.partN</c> wrapper.</summary>
    public override bool MatchLoneFile(ReadOnlySpan<byte> head, string inputPath) =>
        byContent && TwitterNames.ReadHead(head, out var global) == HeadKind.Global && Type.MatchesGlobal(global);

    public sealed override void Parse(Stream stream, ParseContext context)
    {
        var json = JsonStreamReader.Create(stream, context, javaScript: true);
        try
        {
            Parse(ref json, context);
        }
        finally
        {
            json.Dispose();
        }
    }

    /// <summary>Parses the part's list (the wrapper already passed).</summary>
    protected abstract void Parse(ref JsonStreamReader json, ParseContext context);

    /// <summary>
    /// Opens the list of a part: <see langword="false"/> for an empty file. Anything but a list
    /// stops the file with a diagnostic.
    /// </summary>
    protected static bool OpenList(ref JsonStreamReader json, ParseContext context)
    {
        if (!json.Read())
        {
            return false;
        }

        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw context.Fail("twitter.not-a-list", "expected window.YTD.<name>.part<N> = [ … ] (a list of records)", offset: json.Offset);
        }

        return true;
    }

    /// <summary>Moves to the next item of the list; <see langword="false"/> at its end.</summary>
    protected static bool NextItem(ref JsonStreamReader json) => json.Read() && json.TokenType != JsonTokenType.EndArray;

    /// <summary>
    /// Moves to the next field of an item, entering the <c>{"&lt;wrapper&gt;": { … }}</c> object
    /// when there is one (so wrapped and bare items read alike); <see langword="false"/> at the
    /// item's end. The reader is then on a property name: read or <see cref="JsonStreamReader.Skip"/> its value.
    /// </summary>
    /// <param name="json">The reader.</param>
    /// <param name="itemDepth">The depth of the item's start.</param>
    /// <param name="wrapper">The wrapper's name, such as <c>follower</c>.</param>
    /// <param name="wrapped">Set when the item was wrapped.</param>
    protected static bool NextField(ref JsonStreamReader json, int itemDepth, ReadOnlySpan<byte> wrapper, ref bool wrapped)
    {
        while (json.Read())
        {
            if (json.TokenType == JsonTokenType.EndObject)
            {
                if (json.CurrentDepth <= itemDepth)
                {
                    return false;
                }

                continue;
            }

            if (json.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (json.CurrentDepth == itemDepth + 1 && !wrapper.IsEmpty && json.ValueTextEquals(wrapper))
            {
                json.Read();
                if (json.TokenType == JsonTokenType.StartObject)
                {
                    wrapped = true;
                }
                else
                {
                    json.Skip();
                }

                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>Warns when the manifest states another count for this part (a truncated export).</summary>
    protected static void CheckManifestCount(ParseContext context, long items) => TwitterManifest.CheckCount(context, items);
}
