using System.Globalization;
using System.Text.Json;
using NetworkMetrics.Samples.Story;
using NetworkMetrics.Tests.TestSupport;

namespace NetworkMetrics.Tests.Cli;

/// <summary>The story's exports written once for the CLI tests (paths only: the command reads them itself).</summary>
public sealed class StoryFiles : IDisposable
{
    private readonly TempDir _temp = new();

    public StoryFiles() => Manifest = StorySample.Write(_temp.Path);

    public StoryManifest Manifest { get; }

    public string[] Args(params string[] extra) => ["rebuild", "--before", .. Manifest.Before.All, "--after", .. Manifest.After.All, .. extra];

    public void Dispose() => _temp.Dispose();
}

/// <summary>`netmetrics rebuild`: the JSON contract of issue 12, the readable story, the lists as CSV, --series, exit codes.</summary>
public sealed class RebuildCliTests(StoryFiles story) : IClassFixture<StoryFiles>
{
    private static async Task<JsonElement> Json(params string[] args)
    {
        var (code, stdout, stderr) = await Run.Cli(args);
        Assert.True(code == 0, stderr);
        using var document = JsonDocument.Parse(stdout);
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Json_follows_the_contract_of_the_issue()
    {
        var json = await Json(story.Args("--json"));

        Assert.Equal(2, json.GetProperty("schemaVersion").GetInt32());
        Assert.True(json.GetProperty("resetInferred").GetBoolean());
        Assert.Equal("removals", json.GetProperty("resetSource").GetString());
        Assert.StartsWith("2025-06-02T08:00", json.GetProperty("reset").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-12-02T23:59:59.9999999Z", json.GetProperty("asOf").GetString()); // the archive names' day, to its end
        var linkedIn = json.GetProperty("platforms").GetProperty("LinkedIn");
        string[] contract = ["before", "after", "returning", "new", "lost", "recovered", "qualityRecovered", "series", "ratePerWeek", "ratePerWeekLast4", "fits", "best", "projection", "survival", "medianDays", "spearman", "concordance", "pacing"];
        Assert.All(contract, name => Assert.True(linkedIn.TryGetProperty(name, out _), name));
        Assert.False(linkedIn.TryGetProperty("lists", out _)); // only with --lists
        Assert.Equal((401, 163, 108, 55, 293), (linkedIn.GetProperty("before").GetInt32(), linkedIn.GetProperty("after").GetInt32(),
            linkedIn.GetProperty("returning").GetInt32(), linkedIn.GetProperty("new").GetInt32(), linkedIn.GetProperty("lost").GetInt32()));
        Assert.True(linkedIn.GetProperty("qualityRecovered").GetDouble() >= 1.15 * linkedIn.GetProperty("recovered").GetDouble());
        Assert.True(linkedIn.GetProperty("concordance").GetDouble() > 0.55);

        var series = linkedIn.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal("2025-06-02", series[0].GetProperty("date").GetString());
        Assert.Equal(["date", "count"], series[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(163, series[^1].GetProperty("count").GetInt32());

        var fits = linkedIn.GetProperty("fits").EnumerateArray().ToList();
        Assert.Equal(["linear", "saturating-exponential", "logistic", "richards", "gompertz"], fits.Select(f => f.GetProperty("model").GetString()));
        var saturating = fits[1];
        Assert.Equal(["K", "r"], saturating.GetProperty("parameters").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["K", "r"], saturating.GetProperty("standardErrors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["slope", "intercept"], fits[0].GetProperty("parameters").EnumerateObject().Select(p => p.Name));
        Assert.All(fits.Where(f => !f.GetProperty("converged").GetBoolean()), f =>
        {
            Assert.Equal(JsonValueKind.Null, f.GetProperty("rss").ValueKind); // a fit that failed has no numbers
            Assert.Empty(f.GetProperty("parameters").EnumerateObject());
        });
        Assert.Equal(linkedIn.GetProperty("best").GetString(), fits.Where(f => f.GetProperty("converged").GetBoolean()).MinBy(f => f.GetProperty("aicc").GetDouble()).GetProperty("model").GetString());
        var projection = linkedIn.GetProperty("projection");
        Assert.Equal("ceilingBelowTarget", projection.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, projection.GetProperty("date").ValueKind);
        Assert.Contains("below the baseline", projection.GetProperty("statement").GetString(), StringComparison.Ordinal);

        var row = linkedIn.GetProperty("survival")[0];
        Assert.Equal(["t", "atRisk", "events", "survival", "stdErr", "lower", "upper"], row.EnumerateObject().Select(p => p.Name));
        Assert.Equal(399, row.GetProperty("atRisk").GetInt32());
        Assert.Equal(JsonValueKind.Null, linkedIn.GetProperty("medianDays").ValueKind);
        Assert.True(linkedIn.GetProperty("spearman").GetProperty("rho").GetDouble() < 0);
        var burst = linkedIn.GetProperty("pacing")[0].GetProperty("bursts")[0];
        Assert.Equal(125, burst.GetProperty("count").GetInt32());

        var x = json.GetProperty("platforms").GetProperty("Twitter");
        Assert.False(x.GetProperty("dated").GetBoolean());
        Assert.Contains("no dates", x.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, x.GetProperty("series").ValueKind);
        Assert.Equal(JsonValueKind.Null, x.GetProperty("fits").ValueKind);
        Assert.Equal(JsonValueKind.Null, x.GetProperty("concordance").ValueKind);
        Assert.Equal(134, x.GetProperty("returning").GetInt32());
        Assert.False(json.GetProperty("platforms").TryGetProperty("AddressBook", out _));
        Assert.True(json.GetProperty("people").GetProperty("concordance").GetDouble() > 0.55);
    }

    [Fact]
    public async Task Lists_give_names_and_dates_and_csv_writes_them_as_a_table()
    {
        var json = await Json(story.Args("--json", "--lists", "--reset", "2025-06-02"));
        Assert.False(json.GetProperty("resetInferred").GetBoolean());
        Assert.Equal("2025-06-02T00:00:00Z", json.GetProperty("reset").GetString());
        var lists = json.GetProperty("platforms").GetProperty("Facebook").GetProperty("lists");
        var returning = lists.GetProperty("returning").EnumerateArray().ToList();
        Assert.Equal(76, returning.Count);
        Assert.Equal(22, lists.GetProperty("new").GetArrayLength());
        Assert.Equal(230, lists.GetProperty("lost").GetArrayLength());
        Assert.All(returning, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("name").GetString())));
        Assert.Equal(returning.Select(c => c.GetProperty("days").GetInt32()).Order(), returning.Select(c => c.GetProperty("days").GetInt32())); // soonest first

        var (code, csv, _) = await Run.Cli(story.Args("--csv"));
        Assert.Equal(0, code);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("platform,list,person,key,name,baselineSince,since,days,score", lines[0].TrimEnd('\r'));
        Assert.Equal(163 + 293 - 2 + 98 + 230 + 214 + 352, lines.Length - 1); // every identified contact once (two LinkedIn members are hidden)
        Assert.Contains(lines, l => l.StartsWith("Twitter,returning,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_readable_form_tells_the_story_per_platform()
    {
        var (code, stdout, _) = await Run.Cli(story.Args());

        Assert.Equal(0, code);
        Assert.Contains("inferred from a burst of removals", stdout, StringComparison.Ordinal);
        Assert.Contains("LinkedIn connections: 108 of 401 back (27%), 55 new: 163 now", stdout, StringComparison.Ordinal);
        Assert.Contains("Facebook friends: 76 of 306 back", stdout, StringComparison.Ordinal);
        Assert.Contains("the closer came back sooner", stdout, StringComparison.Ordinal);
        Assert.Contains("X follows carry no dates", stdout, StringComparison.Ordinal);
        Assert.Contains("Pacing: 125 invitations from 2025-06-11", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pseudonymised_the_numbers_are_the_same_and_no_name_appears()
    {
        using var temp = new TempDir();
        var key = temp.Write("key", "a key that is long enough for hmac\n");
        var plain = await Json(story.Args("--json"));
        var (code, stdout, stderr) = await Run.Cli(story.Args("--json", "--lists", "--pseudonymize", "--key-file", key));

        Assert.True(code == 0, stderr);
        using var pseudonymised = JsonDocument.Parse(stdout);
        foreach (var platform in new[] { "LinkedIn", "Facebook", "Twitter" })
        {
            Assert.Equal(plain.GetProperty("platforms").GetProperty(platform).GetProperty("returning").GetInt32(),
                pseudonymised.RootElement.GetProperty("platforms").GetProperty(platform).GetProperty("returning").GetInt32());
        }

        Assert.DoesNotContain(story.Manifest.People.First(p => p.Tier == StoryTier.Weekly).Name, stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"name\": \"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_usable_input_it_exits_1_and_misuse_exits_2()
    {
        using var temp = new TempDir();
        var empty = temp.Write("empty/readme.txt", "nothing here");

        Assert.Equal(1, (await Run.Cli("rebuild", "--after", Path.GetDirectoryName(empty)!)).Code);
        Assert.Equal(1, (await Run.Cli(["rebuild", "--before", Path.GetDirectoryName(empty)!, "--after", .. story.Manifest.After.All])).Code);
        Assert.Equal(2, (await Run.Cli(["rebuild", "--before", .. story.Manifest.Before.All])).Code); // no --after
        Assert.Equal(2, (await Run.Cli(story.Args("--reset", "June 2nd"))).Code);
        Assert.Equal(2, (await Run.Cli(story.Args("--json", "--csv"))).Code);
    }

    [Fact]
    public async Task Series_fits_a_plain_t_count_series_with_t_as_given_and_projects_to_a_target()
    {
        using var temp = new TempDir();
        // K(1 − e^(−r t)) with K = 50, r = 0.05, from t = 10 (not shifted to 0), fractional counts.
        var rows = Enumerable.Range(0, 46).Select(i => 10 + 2 * i).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t},{50 * (1 - Math.Exp(-0.05 * t)):R}"));
        var file = temp.Write("followers.csv", "t,count\n" + string.Join("\n", rows) + "\n");

        var json = await Json("rebuild", "--series", file, "--json", "--target", "45");

        Assert.Equal(2, json.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(46, json.GetProperty("points").GetInt32());
        var saturating = json.GetProperty("fits").EnumerateArray().Single(f => f.GetProperty("model").GetString() == "saturating-exponential");
        Assert.Equal(50, saturating.GetProperty("parameters").GetProperty("K").GetDouble(), 6);
        Assert.Equal(0.05, saturating.GetProperty("parameters").GetProperty("r").GetDouble(), 9);
        var projection = json.GetProperty("projection");
        Assert.Equal("reached", projection.GetProperty("status").GetString());
        var best = json.GetProperty("best").GetString();
        Assert.NotNull(best);
        if (best == "saturating-exponential")
        {
            Assert.Equal(-Math.Log(0.1) / 0.05, projection.GetProperty("t").GetDouble(), 4); // 46.05: when 45 of 50 is reached
        }
    }

    [Fact]
    public async Task Series_reads_dates_as_days_since_the_first_row_and_reports_bad_rows()
    {
        using var temp = new TempDir();
        var rows = Enumerable.Range(0, 60).Select(d => string.Create(CultureInfo.InvariantCulture, $"{new DateOnly(2025, 1, 1).AddDays(d):yyyy-MM-dd},{100.0 / (1 + Math.Exp(-0.2 * (d - 25))):R}"));
        var file = temp.Write("dated.csv", "date,count\n" + string.Join("\n", rows) + "\n");

        var json = await Json("rebuild", "--series", file, "--json");

        var logistic = json.GetProperty("fits").EnumerateArray().Single(f => f.GetProperty("model").GetString() == "logistic");
        Assert.Equal(25, logistic.GetProperty("parameters").GetProperty("t0").GetDouble(), 6);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("projection").ValueKind); // no --target

        var bad = temp.Write("bad.csv", "t,count\n1,2\n2,lots\n");
        var (code, _, stderr) = await Run.Cli("rebuild", "--series", bad);
        Assert.Equal(1, code);
        Assert.Contains("line 3", stderr, StringComparison.Ordinal);
        Assert.Equal(2, (await Run.Cli(["rebuild", "--series", bad, "--after", .. story.Manifest.After.All])).Code);
    }
}
