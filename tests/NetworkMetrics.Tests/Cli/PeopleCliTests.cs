using System.Text.Json;
using NetworkMetrics.Tests.TestSupport;

namespace NetworkMetrics.Tests.Cli;

/// <summary><c>netmetrics people</c> (docs/cli.md): the JSON and CSV contract, the readable form, --links, --min-confidence, --strict, --pseudonymize and the exit codes.</summary>
public sealed class PeopleCliTests : IDisposable
{
    private readonly TempDir _temp = new();
    private readonly string[] _inputs;

    public PeopleCliTests()
    {
        var linkedIn = _temp.Write("linkedin/Connections.csv", """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Ana,Lima,https://www.linkedin.com/in/ana-lima,Ana@Example.com,Quill Works,Editor,16 Dec 2024
            John,Smith,https://www.linkedin.com/in/john-smith-1,,Acme,Engineer,2 Jan 2025
            John,Smith,https://www.linkedin.com/in/john-smith-2,,Acme,Designer,3 Jan 2025
            Sam,Rivera,https://www.linkedin.com/in/sam-rivera,home@rivera.example,Acme,Manager,4 Jan 2025

            """);
        _temp.Write("linkedin/Profile.csv", """
            First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers
            Avery,Quill,,,,Writer,,Publishing,,"Oslo, Norway",[averyquill],[https://quill.example],

            """);
        _temp.Write("facebook/connections/friends/your_friends.json", """
            {"friends_v2": [{"name": "Ana Lima", "timestamp": 1600000000}, {"name": "Chlo\u00c3\u00a9 Fontaine", "timestamp": 1600100000}]}
            """);
        var cards = _temp.Write("contacts.vcf", """
            BEGIN:VCARD
            VERSION:3.0
            FN:Ana Lima
            EMAIL:ana@example.com
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:John Smith
            URL:https://www.linkedin.com/in/john-smith-1
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Sam Rivera
            EMAIL:home@rivera.example
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Alex Rivera
            EMAIL:home@rivera.example
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Chloe Fontaine
            TEL:+33 6 12 34 56 78
            END:VCARD

            """);
        _inputs = [Path.GetDirectoryName(linkedIn)!, Path.Combine(_temp.Path, "facebook"), cards];
    }

    public void Dispose() => _temp.Dispose();

    private Task<(int Code, string Stdout, string Stderr)> People(params string[] args) => Run.Cli(["people", .. _inputs, .. args]);

    private static JsonElement PersonWith(JsonDocument json, string key) =>
        json.RootElement.GetProperty("people").EnumerateArray()
            .Single(p => p.GetProperty("accounts").EnumerateArray().Any(a => a.GetProperty("keys").EnumerateArray().Any(k => k.GetString() == key)));

    [Fact]
    public async Task Json_follows_the_contract_and_every_account_appears_once()
    {
        var (code, stdout, stderr) = await People("--json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(["schemaVersion", "owner", "people", "diagnostics"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("Avery Quill", root.GetProperty("owner").GetProperty("name").GetString());
        var person = root.GetProperty("people")[0];
        Assert.Equal(["id", "name", "accounts", "evidence"], person.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["platform", "id", "keys", "name", "handle", "url", "emails", "phones"], person.GetProperty("accounts")[0].EnumerateObject().Select(p => p.Name));

        var ana = PersonWith(json, "LinkedIn:url:linkedin.com/in/ana-lima");
        Assert.Equal("Ana Lima", ana.GetProperty("name").GetString());
        Assert.Equal(["LinkedIn", "Facebook", "AddressBook"], ana.GetProperty("accounts").EnumerateArray().Select(a => a.GetProperty("platform").GetString()));
        var evidence = ana.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(["kind", "accounts", "detail", "confidence"], evidence[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("sameEmail", evidence[0].GetProperty("kind").GetString());
        Assert.Equal(0.95, evidence[0].GetProperty("confidence").GetDouble());
        Assert.Equal(2, evidence[0].GetProperty("accounts").GetArrayLength());

        var john = PersonWith(json, "LinkedIn:url:linkedin.com/in/john-smith-1");
        Assert.Equal("profileLink", Assert.Single(john.GetProperty("evidence").EnumerateArray()).GetProperty("kind").GetString());
        Assert.Single(PersonWith(json, "LinkedIn:url:linkedin.com/in/john-smith-2").GetProperty("accounts").EnumerateArray());
        Assert.Contains(root.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "identity.shared-email");

        var (_, accountsTable, _) = await Run.Cli(["convert", .. _inputs, "--table", "accounts", "--format", "json"]);
        using var table = JsonDocument.Parse(accountsTable);
        var ids = root.GetProperty("people").EnumerateArray().SelectMany(p => p.GetProperty("accounts").EnumerateArray())
            .Select(a => a.GetProperty("platform").GetString() + ":" + a.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(table.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("platform").GetString() + ":" + r.GetProperty("id").GetString()).Order(), ids.Order());
    }

    [Fact]
    public async Task Csv_writes_one_row_per_account_with_its_person()
    {
        var (code, stdout, _) = await People("--csv");

        Assert.Equal(0, code);
        var lines = stdout.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("personId,personName,owner,platform,id,keys,name,handle,url,emails,phones", lines[0]);
        var ana = lines.Where(l => l.Contains(",Ana Lima,false,", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, ana.Count);
        Assert.Single(ana.Select(l => l.Split(',')[0]).Distinct());
        Assert.Contains(lines, l => l.Contains(",Avery Quill,true,LinkedIn,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_readable_form_lists_people_with_several_accounts_first_with_their_evidence_on_one_line()
    {
        var (code, stdout, _) = await People();

        Assert.Equal(0, code);
        var lines = stdout.Split('\n');
        Assert.StartsWith("Owner p-", lines[0], StringComparison.Ordinal);
        var firstPerson = Array.FindIndex(lines, l => l.StartsWith("p-", StringComparison.Ordinal));
        Assert.Contains("(LinkedIn, Facebook, AddressBook)", lines[firstPerson], StringComparison.Ordinal);
        Assert.StartsWith("  accounts: ", lines[firstPerson + 1], StringComparison.Ordinal);
        Assert.StartsWith("  evidence: sameEmail ", lines[firstPerson + 2], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.EndsWith("  AddressBook:id:alex rivera <home@rivera.example>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Links_split_and_join_and_a_malformed_line_is_one_stderr_line()
    {
        var links = _temp.Write("links.csv", """
            relation,a,b
            different,Facebook:name:ana lima,LinkedIn:url:linkedin.com/in/ana-lima
            same,Facebook:name:chloé fontaine,AddressBook:name:chloe fontaine
            same,LinkedIn:url:linkedin.com/in/ana-lima
            """);

        var (code, stdout, stderr) = await People("--json", "--links", links);
        var (strictCode, strictOut, strictErr) = await People("--json", "--links", links, "--strict");

        Assert.Equal(0, code);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("links.csv:4: warning identity.override-malformed", line, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, PersonWith(json, "LinkedIn:url:linkedin.com/in/ana-lima").GetProperty("accounts").GetArrayLength());
        Assert.Equal(2, PersonWith(json, "AddressBook:name:chloe fontaine").GetProperty("accounts").GetArrayLength());
        Assert.Equal((1, string.Empty), (strictCode, strictOut));
        Assert.Single(strictErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Min_confidence_and_weak_evidence_change_what_merges()
    {
        var (_, strong, _) = await People("--json", "--min-confidence", "0.8");
        var (_, weak, _) = await People("--json", "--weak-evidence");

        using var strongJson = JsonDocument.Parse(strong);
        using var weakJson = JsonDocument.Parse(weak);
        Assert.Equal(2, PersonWith(strongJson, "LinkedIn:url:linkedin.com/in/ana-lima").GetProperty("accounts").GetArrayLength()); // no name: the card's email only
        Assert.Equal("sameNameFolded", PersonWith(weakJson, "AddressBook:name:chloe fontaine").GetProperty("evidence")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Pseudonymised_output_names_nobody_and_is_deterministic()
    {
        var key = _temp.Write("study.key", "a key of sixteen bytes or more\n");

        var (code, stdout, stderr) = await People("--json", "--pseudonymize", "--key-file", key);
        var (_, again, _) = await People("--json", "--pseudonymize", "--key-file", key);

        Assert.Equal(0, code);
        Assert.Equal(stdout, again);
        foreach (var secret in new[] { "Ana", "Lima", "Avery", "Quill", "example", "rivera", "linkedin.com", _temp.Path })
        {
            Assert.DoesNotContain(secret, stdout + stderr, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("--json", "--csv")]
    [InlineData("--min-confidence", "1.5")]
    [InlineData("--min-confidence", "high")]
    [InlineData("--links", "/nonexistent/links.csv")]
    [InlineData("--pseudonymize")]
    public async Task Usage_errors_are_exit_code_two(params string[] args)
    {
        var previous = Environment.GetEnvironmentVariable("NETMETRICS_PSEUDONYM_KEY");
        var (code, stdout, stderr) = previous is null ? await People(args) : (2, string.Empty, "skipped: the key is in the environment");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.NotEqual(string.Empty, stderr);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_usable_input_is_exit_code_one()
    {
        var (code, stdout, stderr) = await Run.Cli("people", Path.Combine(_temp.Path, "nothing.zip"), "--json");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("input.not-found", stderr, StringComparison.Ordinal);
    }
}
