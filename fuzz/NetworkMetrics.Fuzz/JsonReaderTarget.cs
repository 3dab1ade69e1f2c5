using System.Text.Json;
using NetworkMetrics.Archives;
using NetworkMetrics.Import;

namespace NetworkMetrics.Fuzz;

/// <summary>
/// The streaming JSON reader on its own (<see cref="JsonStreamReader"/>), as plain JSON and as
/// an X archive's JavaScript file, lenient and strict: every token read, strings decoded,
/// numbers parsed, and the values of some properties skipped whole.
/// </summary>
internal sealed class JsonReaderTarget : FuzzTarget
{
    public override string Name => "json-reader";

    public override string Description => "JsonStreamReader over JSON and X's window.YTD JavaScript wrappers";

    public override string? Dictionary => "json.dict";

    public override void Run(byte[] input)
    {
        foreach (var javaScript in new[] { false, true })
        {
            foreach (var strict in new[] { false, true })
            {
                Expecting(() => Read(input, javaScript, strict));
            }
        }
    }

    private static void Read(byte[] input, bool javaScript, bool strict)
    {
        var format = new RawFormat();
        var context = new ParseContext(new ArchiveEntry(0, "data/fuzz.js", "fuzz!/data/fuzz.js", input.Length, null), format,
            ImportOptions.Default with { Strict = strict }, new CountingSink(false), null, CancellationToken.None);
        using var stream = new MemoryStream(input, writable: false);
        var json = JsonStreamReader.Create(stream, context, javaScript);
        try
        {
            ReadAll(ref json, input.Length);
        }
        finally
        {
            json.Dispose();
        }
    }

    private static void ReadAll(ref JsonStreamReader json, int inputLength)
    {
        var tokens = 0L;
        while (json.Read())
        {
            tokens++;
            switch (json.TokenType)
            {
                case JsonTokenType.PropertyName:
                    CopyAndCompare(ref json);
                    // Skip the values of properties named "s…" whole, as parsers skip what they do not read.
                    if (json.ValueTextEquals("skip"u8) || (json.GetString() is { Length: > 0 } name && name[0] == 's'))
                    {
                        json.Skip();
                    }

                    break;
                case JsonTokenType.String:
                    CopyAndCompare(ref json);
                    _ = json.TryGetUtf8(out _);
                    _ = json.GetString();
                    _ = json.TryGetInt64(out _);
                    break;
                case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null:
                    _ = json.GetString();
                    _ = json.TryGetInt64(out _);
                    break;
            }

            if (json.Offset < 0 || json.Offset > inputLength)
            {
                throw new InvariantViolationException($"offset {json.Offset} outside the input of {inputLength} bytes");
            }
        }
    }

    /// <summary>The allocation-free string API the Meta parsers use: copy into a buffer of <see cref="JsonStreamReader.ValueLength"/> chars.</summary>
    private static void CopyAndCompare(ref JsonStreamReader json)
    {
        _ = json.ValueTextEquals("name"u8);
        var buffer = new char[json.ValueLength];
        var written = json.CopyString(buffer);
        if (written > buffer.Length)
        {
            throw new InvariantViolationException($"CopyString wrote {written} chars into {buffer.Length}");
        }
    }

    /// <summary>A stand-in format for the context.</summary>
    private sealed class RawFormat : ExportFormat
    {
        public override Platform Platform => Platform.Twitter;

        public override string Id => "json-reader";

        public override PathMatch MatchPath(string path, string name) => PathMatch.No;

        public override void Parse(Stream stream, ParseContext context)
        {
        }
    }
}
