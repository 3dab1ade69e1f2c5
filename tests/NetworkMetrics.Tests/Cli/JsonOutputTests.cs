using System.Text.Json;
using NetworkMetrics.Cli;
using NetworkMetrics.Cli.Commands;
using Xunit;

namespace NetworkMetrics.Tests.Cli;

public sealed class JsonOutputTests
{
    private static readonly FactorsJson Factors = new(0.5, 0.25, 1, 0, 0.125, 1);

    /// <summary>
    /// Streamed in chunks, the document is the one Serialize gives, character for character, even when the names are
    /// multi-byte UTF-8 (two, three and four bytes) that the serialiser's buffers split at every possible offset.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3_000)]
    public async Task Streams_the_same_text_as_serialising_to_a_string(int people)
    {
        string[] names = ["Zoë Ærø", "Nguyễn Thị Minh", "小林 さくら", "🦊 Émile 𝔉", "Ρένα Ωμέγα"];
        var list = Enumerable.Range(0, people).Select(i => new ScorePersonJson(
            i + 1, $"p-{i:x12}", names[i % names.Length] + new string('é', i % 7), 50 - (i * 0.001), i % 3 == 0 ? null : 15, Factors, Factors,
            DateTimeOffset.UnixEpoch.AddDays(i), null, null, i, new Dictionary<string, int> { ["directMessage"] = i }, ["LinkedIn"],
            new GiveGetJson(1, 1, 0, 0, 0, 0, 0, 0), new GiveGetJson(2, 1, 1, 0, 0, 0, 0, 0), i, 30, null, null)).ToList();
        var value = new ScoreJson(2, DateTimeOffset.UnixEpoch, "given", new ScoreOwnerJson("p-owner", "Ōwner"), list, "thresholds",
            new Dictionary<string, int> { ["5"] = 1 }, new ScoreNetworkJson(people, people, 1, null, new GiveGetJson(0, 0, 0, 0, 0, 0, 0, 0),
                new GiveGetJson(0, 0, 0, 0, 0, 0, 0, 0), 0.4, 0.2), [], []);

        using var streamed = new StringWriter();
        await JsonOutput.WriteLineAsync(streamed, value, ScoreJsonContext.Output.ScoreJson, CancellationToken.None);

        var expected = JsonSerializer.Serialize(value, ScoreJsonContext.Output.ScoreJson) + streamed.NewLine;
        Assert.Equal(expected, streamed.ToString());
        Assert.Contains("\"Zoë Ærø\"", streamed.ToString(), StringComparison.Ordinal); // written as text, not escaped

        // The hand-written writer of `score --json` gives the serialiser's document, byte for byte: every member of a
        // person in its place, nulls and empty collections included, flushed in pieces.
        using var written = new StringWriter();
        await JsonOutput.WriteLineAsync(written, writer => ScoreJsonWriter.Write(writer, value), ScoreJsonContext.Output.Options, CancellationToken.None);
        Assert.Equal(expected, written.ToString());
    }

    private static IEnumerable<ScorePersonJson> People(int people)
    {
        string[] names = ["Zoë Ærø", "Nguyễn Thị Minh", "小林 さくら", "🦊 Émile 𝔉", "Ρένα Ωμέγα"];
        for (var i = 0; i < people; i++)
        {
            var channels = i % 4 == 0 ? new Dictionary<string, int>() : new Dictionary<string, int> { ["directMessage"] = i, ["call"] = i % 5 };
            List<string> platforms = i % 4 == 1 ? [] : ["LinkedIn", "X"];
            yield return new ScorePersonJson(
                i + 1, $"p-{i:x12}", i % 6 == 5 ? null : names[i % names.Length] + "\"\\\u0001", 100.0 / (i + 3), i % 3 == 0 ? null : 1500,
                new FactorsJson(1.0 / (i + 1), 0, 1, 1e-7, 0.333333, 0.5), Factors, i % 2 == 0 ? DateTimeOffset.UnixEpoch.AddTicks(i * 1_234_567L) : null,
                DateTimeOffset.UnixEpoch, i % 3 == 1 ? null : DateTimeOffset.UnixEpoch.AddDays(-i), i, channels, platforms,
                new GiveGetJson(i, 1, 2, 3, 4, 5, 6, 7), new GiveGetJson(long.MaxValue - i, 0, 0, 0, 0, 0, 0, 0),
                i % 2 == 0 ? null : i * 0.1, i % 2 == 0 ? null : 7, i % 5 == 0 ? null : -0.0, i % 5 == 0 ? null : 12345.678901);
        }
    }

    /// <summary>
    /// The writer of <c>score --json</c> against the serialiser on people with every member varied (nulls, empty channel and
    /// platform lists, names to escape, extreme numbers), over a UTF-8 stream as on standard output.
    /// </summary>
    [Fact]
    public async Task The_score_writer_writes_what_the_serialiser_writes()
    {
        var value = new ScoreJson(2, null, "newest export", null, [.. People(500)], "clustering",
            new Dictionary<string, int> { ["5"] = 5, ["15"] = 15 }, new ScoreNetworkJson(500, 499, 1.5, 0.75, new GiveGetJson(0, 0, 0, 0, 0, 0, 0, 0),
                new GiveGetJson(1, 1, 0, 0, 0, 0, 0, 0), 0.4, 0.2),
            [new TodayJson("reply", "p-1", null, "owed")], [new DiagnosticJson("a.csv", 3, null, 10, "warning", "csv.bad", "bad")]);
        using var bytes = new MemoryStream();
        await using (var stdout = new StreamWriter(bytes, new System.Text.UTF8Encoding(false), 1024, leaveOpen: true))
        {
            await JsonOutput.WriteLineAsync(stdout, writer => ScoreJsonWriter.Write(writer, value), ScoreJsonContext.Output.Options, CancellationToken.None);
        }

        var expected = JsonSerializer.Serialize(value, ScoreJsonContext.Output.ScoreJson) + Environment.NewLine;
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(bytes.ToArray()));
    }
}
