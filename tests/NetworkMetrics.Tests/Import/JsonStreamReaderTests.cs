using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Archives;
using NetworkMetrics.Import;

namespace NetworkMetrics.Tests.Import;

/// <summary>The streaming JSON reader: tokens across buffer refills, X's wrappers, limits.</summary>
public sealed class JsonStreamReaderTests
{
    [Fact]
    public void Reads_x_wrappers_and_ignores_what_follows_the_root_value()
    {
        var names = ReadStrings("window.YTD.follower.part0 = [ {\"follower\":{\"accountId\":\"12\"}}, {\"follower\":{\"accountId\":\"34\"}} ];\n", javaScript: true);

        Assert.Equal(["follower", "accountId", "12", "follower", "accountId", "34"], names);
    }

    [Fact]
    public void An_empty_x_file_has_no_records()
    {
        Assert.Empty(ReadStrings("window.YTD.follower.part0 = []", javaScript: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n")]
    [InlineData("\uFEFF")]
    public void An_empty_file_has_no_tokens(string text)
    {
        Assert.Empty(ReadStrings(text));
    }

    [Fact]
    public void Seek_array_property_and_next_object_visit_the_objects_of_every_array_of_that_name()
    {
        const string text = "{\"a\":1,\"files\":\"x\",\"files\":[1,{\"n\":\"p\"},[{\"n\":\"nested\"}],{\"n\":\"q\"}],\"b\":{\"files\":[{\"n\":\"deeper\"}]},\"files\":[{\"n\":\"r\"}]}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        using var json = JsonStreamReader.Create(stream, Context());
        json.Read();
        var seen = new List<string>();
        var arrays = 0;

        while (json.SeekArrayProperty("files"u8))
        {
            arrays++;
            while (json.NextObject())
            {
                json.Read();
                json.Read();
                seen.Add(json.GetString()!);
                json.Read();
            }
        }

        Assert.Equal(2, arrays);
        Assert.Equal(["p", "q", "r"], seen);
        Assert.False(json.Read());
    }

    [Fact]
    public void A_bom_before_json_is_skipped()
    {
        Assert.Equal(["a", "b"], ReadStrings("\uFEFF{\"a\":\"b\"}"));
    }

    [Property(MaxTest = 40)]
    public void Tokens_that_straddle_buffer_refills_are_read_whole(PositiveInt padding, NonEmptyString value)
    {
        // Strings long enough to cross the 64 KiB buffer boundary at every offset the padding picks.
        var text = value.Get.Replace("\0", string.Empty, StringComparison.Ordinal);
        var items = Enumerable.Range(0, 5).Select(i => new string('x', 20_000 + (padding.Get % 30_000)) + text + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var json = JsonSerializer.Serialize(items.Select(i => new Dictionary<string, string> { ["name"] = i }).ToList());

        var read = ReadStrings(json);

        Assert.Equal(items.SelectMany(i => new[] { "name", i }), read);
    }

    [Fact]
    public void Deep_nesting_is_refused_with_a_json_error()
    {
        var deep = new string('[', 5_000) + new string(']', 5_000);

        Assert.ThrowsAny<JsonException>(() => ReadStrings(deep));
    }

    [Fact]
    public void A_string_longer_than_the_limit_is_refused()
    {
        var json = "[\"" + new string('a', 300_000) + "\"]";
        var limits = ImportLimits.Default with { MaxStringLength = 100_000 };

        var ex = Assert.Throws<ExportFormatException>(() => ReadStrings(json, limits: limits));

        Assert.Equal("json.token-too-large", ex.Code);
    }

    [Fact]
    public void Truncated_json_is_an_error()
    {
        Assert.ThrowsAny<JsonException>(() => ReadStrings("[{\"a\":\"b\"}, {\"c\":"));
    }

    [Fact]
    public void Invalid_utf8_in_a_string_is_replaced_and_reported()
    {
        var bytes = Encoding.UTF8.GetBytes("[\"ab").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("c\"]")).ToArray();
        var context = Context();

        var values = Read(bytes, context, javaScript: false);

        Assert.Equal(["ab\uFFFDc"], values);
        Assert.Equal("json.invalid-utf8", Assert.Single(context.Diagnostics).Code);
    }

    [Fact]
    public void Numbers_written_as_strings_are_read_as_integers()
    {
        var context = Context();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("[\"1234567890123\", 42, \"12a\"]"));
        using var json = JsonStreamReader.Create(stream, context);
        var values = new List<long?>();
        while (json.Read())
        {
            if (json.TokenType is JsonTokenType.String or JsonTokenType.Number)
            {
                values.Add(json.TryGetInt64(out var v) ? v : null);
            }
        }

        Assert.Equal([1234567890123L, 42L, null], values);
    }

    [Theory]
    [InlineData("{\"id\":1}", true)]
    [InlineData("{\"\\u0069d\":1}", true)]
    [InlineData("{\"\\u0069\\u0064\":1}", true)]
    [InlineData("{\"i\\u0064x\":1}", false)]
    [InlineData("{\"\\ud800d\":1}", false)]
    [InlineData("{\"\\ud800\":1}", false)]
    [InlineData("{\"\":1}", false)]
    public void A_name_equals_a_text_exactly_when_value_text_equals_says_so(string text, bool isId)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        using var json = JsonStreamReader.Create(stream, Context());
        json.Read();
        json.Read();

        Assert.Equal(isId, json.ValueTextEquals("id"u8));
        Assert.Equal(isId, json.Name.SequenceEqual("id"u8));
        Assert.False(json.Name.SequenceEqual("i"u8));
    }

    [Theory]
    [InlineData("[\"plain\"]", true)]
    [InlineData("[\"caf\u00e9\"]", true)]
    [InlineData("[\"Caf\\u00C3\\u00A9 \\ud83d\\ude00\"]", true)]
    [InlineData("[\"lone \\ud83d here\"]", false)]
    [InlineData("[\"lone \\uDE00\"]", false)]
    [InlineData("[\"\\\\ud83d is text\"]", true)]
    public void Passing_over_a_string_notes_what_reading_it_would(string text, bool wellFormed)
    {
        var skipped = Context();
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(text)))
        using (var json = JsonStreamReader.Create(stream, skipped))
        {
            json.Read();
            json.Read();
            Assert.Equal(wellFormed, json.NoteString());
        }

        var read = Context();
        Read(Encoding.UTF8.GetBytes(text), read, javaScript: false);

        Assert.Equal(read.Diagnostics.Select(d => d.Code), skipped.Diagnostics.Select(d => d.Code));
        Assert.Equal(wellFormed, read.Diagnostics.Count == 0);
    }

    [Property(MaxTest = 500)]
    public void The_surrogate_escape_scan_finds_what_a_search_finds(byte[] noise, PositiveInt at, bool upper)
    {
        // Bytes mostly from the escape's own alphabet, so that near misses are common.
        var alphabet = "\\ud0D8a"u8.ToArray();
        var bytes = noise.Select(b => b % 3 == 0 ? b : alphabet[b % alphabet.Length]).ToList();
        if (at.Get % 2 == 0)
        {
            bytes.InsertRange(at.Get % (bytes.Count + 1), upper ? "\\uD8"u8.ToArray() : "\\ud8"u8.ToArray());
        }

        var raw = bytes.ToArray();
        var expected = raw.AsSpan().IndexOf("\\ud"u8) >= 0 || raw.AsSpan().IndexOf("\\uD"u8) >= 0;
        Assert.Equal(expected, JsonStreamReader.HasSurrogateEscape(raw));
        Assert.Equal(expected, JsonStreamReader.HasSurrogateEscape([.. Enumerable.Repeat((byte)'x', 37), .. raw]));
    }

    [Fact]
    public void Passing_over_invalid_utf8_notes_it()
    {
        var bytes = Encoding.UTF8.GetBytes("[\"ab").Concat(new byte[] { 0xC3 }).Concat(Encoding.UTF8.GetBytes("\\u00A9\"]")).ToArray();
        var context = Context();
        using (var stream = new MemoryStream(bytes))
        using (var json = JsonStreamReader.Create(stream, context))
        {
            json.Read();
            json.Read();
            Assert.False(json.NoteString());
        }

        Assert.Equal("json.invalid-utf8", Assert.Single(context.Diagnostics).Code);
    }

    private static List<string> ReadStrings(string text, bool javaScript = false, ImportLimits? limits = null) =>
        Read(Encoding.UTF8.GetBytes(text), Context(limits), javaScript);

    private static List<string> Read(byte[] bytes, ParseContext context, bool javaScript)
    {
        using var stream = new MemoryStream(bytes);
        using var json = JsonStreamReader.Create(stream, context, javaScript);
        var values = new List<string>();
        while (json.Read())
        {
            if (json.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                values.Add(json.GetString()!);
            }
        }

        return values;
    }

    private static ParseContext Context(ImportLimits? limits = null) =>
        new(new ArchiveEntry(0, "test.json", "test.json", null, null), new NullFormat(), ImportOptions.Default with { Limits = limits ?? ImportLimits.Default },
            new CountingSink(false), null, CancellationToken.None);

    private sealed class NullFormat : ExportFormat
    {
        public override Platform Platform => Platform.Twitter;

        public override string Id => "test";

        public override PathMatch MatchPath(string path, string name) => PathMatch.No;

        public override void Parse(Stream stream, ParseContext context)
        {
        }
    }
}
