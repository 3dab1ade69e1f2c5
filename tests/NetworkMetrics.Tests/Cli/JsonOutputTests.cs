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
    }
}
