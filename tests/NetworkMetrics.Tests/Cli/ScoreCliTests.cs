using System.Globalization;
using System.Text.Json;
using NetworkMetrics.Tests.Samples;
using NetworkMetrics.Tests.TestSupport;

namespace NetworkMetrics.Tests.Cli;

/// <summary><c>netmetrics score</c> on the story persona's current exports: the JSON contract, the table, the CSV, pseudonyms.</summary>
public sealed class ScoreCliTests(StoryFixture story) : IClassFixture<StoryFixture>
{
    private static readonly string[] Factors = ["recency", "frequency", "reciprocity", "intimacy", "duration", "multiplexity"];

    private string[] After => [.. story.Manifest.After.All];

    private async Task<JsonDocument> ScoreJson(params string[] extra)
    {
        var (code, stdout, stderr) = await Run.Cli(["score", .. After, "--json", .. extra]);
        Assert.True(code == 0, stderr);
        return JsonDocument.Parse(stdout);
    }

    [Fact]
    public async Task Json_lists_every_person_with_six_numeric_factors_best_first()
    {
        using var json = await ScoreJson();
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("newest export", root.GetProperty("asOfSource").GetString());
        var people = root.GetProperty("people").EnumerateArray().ToList();
        Assert.True(people.Count > 300, $"{people.Count} people");
        var previous = double.MaxValue;
        for (var i = 0; i < people.Count; i++)
        {
            var p = people[i];
            Assert.Equal(i + 1, p.GetProperty("rank").GetInt32());
            var score = p.GetProperty("score").GetDouble();
            Assert.InRange(score, 0, 100);
            Assert.True(score <= previous, "people are ranked by score");
            previous = score;
            foreach (var factor in Factors)
            {
                Assert.Equal(JsonValueKind.Number, p.GetProperty("factors").GetProperty(factor).ValueKind);
                Assert.InRange(p.GetProperty("factors").GetProperty(factor).GetDouble(), 0, 1);
                Assert.Equal(JsonValueKind.Number, p.GetProperty("contributions").GetProperty(factor).ValueKind);
            }
        }

        // The owner is never a contact.
        Assert.DoesNotContain(people, p => p.GetProperty("name").GetString() == story.Manifest.Owner.Name);
        Assert.Equal(story.Manifest.Owner.Name, root.GetProperty("owner").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Layers_are_nominal_sizes_and_nested()
    {
        using var json = await ScoreJson();
        var layers = json.RootElement.GetProperty("layers").EnumerateObject().ToList();
        Assert.NotEmpty(layers);
        var sizes = layers.Select(l => int.Parse(l.Name, CultureInfo.InvariantCulture)).ToList();
        Assert.All(sizes, s => Assert.Contains(s, new[] { 5, 15, 50, 150, 500, 1500 }));
        Assert.Equal(sizes.Order(), sizes);
        var counts = layers.Select(l => l.Value.GetInt32()).ToList();
        Assert.Equal(counts.Order(), counts); // cumulative: each circle holds the ones inside it
        var people = json.RootElement.GetProperty("people").EnumerateArray().ToList();
        var inner = sizes[0];
        Assert.Equal(counts[0], people.Count(p => p.GetProperty("layer").ValueKind == JsonValueKind.Number && p.GetProperty("layer").GetInt32() == inner));
    }

    [Fact]
    public async Task The_planted_owed_reply_is_on_the_today_list_with_its_name()
    {
        using var json = await ScoreJson();
        var today = json.RootElement.GetProperty("today").EnumerateArray().ToList();
        Assert.NotEmpty(today);
        var ids = json.RootElement.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToHashSet();
        Assert.All(today, t => Assert.Contains(t.GetProperty("person").GetString(), ids));
        var owed = story.Manifest.Person(story.Manifest.OwedReply.Person).Name;
        Assert.Contains(today, t => t.GetProperty("action").GetString() == "reply" && t.GetProperty("name").GetString() == owed);
    }

    [Fact]
    public async Task Top_limits_the_people_and_csv_has_one_row_each()
    {
        using var json = await ScoreJson("--top", "7");
        Assert.Equal(7, json.RootElement.GetProperty("people").GetArrayLength());

        var (code, csv, _) = await Run.Cli(["score", .. After, "--csv", "--top", "7"]);
        Assert.Equal(0, code);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(8, lines.Length);
        Assert.StartsWith("rank,id,name,score,layer,recency,frequency,reciprocity,intimacy,duration,multiplexity", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("1,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readable_form_is_a_ranked_table_with_bars_then_the_today_list()
    {
        var (code, stdout, _) = await Run.Cli(["score", .. After]);
        Assert.Equal(0, code);
        var lines = stdout.Split('\n');
        Assert.Contains(lines, l => l.TrimStart().StartsWith("1  ", StringComparison.Ordinal) && l.Contains('█'));
        Assert.Contains("Today:", stdout, StringComparison.Ordinal);
        Assert.Contains("more (--top N", stdout, StringComparison.Ordinal);
        Assert.True(stdout.IndexOf("Today:", StringComparison.Ordinal) > stdout.IndexOf("score", StringComparison.Ordinal));
    }

    [Fact]
    public async Task As_of_is_the_end_of_the_given_day_and_later_contact_is_ignored()
    {
        using var now = await ScoreJson();
        using var earlier = await ScoreJson("--as-of", "2025-03-01");
        Assert.Equal("2025-03-01T23:59:59.9999999Z", earlier.RootElement.GetProperty("asOf").GetString());
        Assert.Equal("given", earlier.RootElement.GetProperty("asOfSource").GetString());
        var cutoff = new DateTimeOffset(2025, 3, 2, 0, 0, 0, TimeSpan.Zero);
        foreach (var p in earlier.RootElement.GetProperty("people").EnumerateArray())
        {
            if (p.GetProperty("lastContact").GetString() is { } last)
            {
                Assert.True(DateTimeOffset.Parse(last, CultureInfo.InvariantCulture) < cutoff, last);
            }
        }

        Assert.True(Interactions(earlier) < Interactions(now));
        static int Interactions(JsonDocument d) => d.RootElement.GetProperty("people").EnumerateArray().Sum(p => p.GetProperty("interactions").GetInt32());
    }

    [Fact]
    public async Task Pseudonymized_output_names_nobody()
    {
        using var key = new TempDir();
        var keyFile = Path.Combine(key.Path, "key");
        await File.WriteAllTextAsync(keyFile, "a key of at least sixteen bytes");
        var (code, stdout, stderr) = await Run.Cli(["score", .. After, "--json", "--pseudonymize", "--key-file", keyFile]);
        Assert.True(code == 0, stderr);
        foreach (var person in story.Manifest.People.Take(60))
        {
            Assert.DoesNotContain(person.Name, stdout, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(story.Manifest.Owner.Name, stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        Assert.All(json.RootElement.GetProperty("people").EnumerateArray(), p => Assert.Equal(JsonValueKind.Null, p.GetProperty("name").ValueKind));
    }

    [Theory]
    [InlineData("--as-of", "01/03/2025")]
    [InlineData("--top", "0")]
    [InlineData("--json", "--csv")]
    public async Task Bad_options_are_usage_errors(string option, string value)
    {
        var (code, stdout, stderr) = await Run.Cli(["score", .. After, option, value]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.StartsWith("netmetrics: ", stderr, StringComparison.Ordinal);
    }
}
