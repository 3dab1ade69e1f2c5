using NetworkMetrics.Tests.TestSupport;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NetworkMetrics.Cli;

namespace NetworkMetrics.Tests.Cli;

/// <summary>The CLI contract of docs/cli.md: JSON names, exit codes, stderr lines, tables.</summary>
public sealed class CliTests
{
    private static readonly string LinkedIn2024 = Fixtures.Path("LinkedIn/2024");
    private static readonly string Malformed = Fixtures.Path("LinkedIn/malformed");

    [Fact]
    public async Task Inspect_json_follows_the_contract()
    {
        var (code, stdout, stderr) = await NetworkMetrics.Tests.TestSupport.Run.Cli("inspect", LinkedIn2024, "--json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, json.RootElement.GetProperty("schemaVersion").GetInt32());
        var linkedIn = json.RootElement.GetProperty("platforms").GetProperty("LinkedIn");
        Assert.Equal("Sam Porter", linkedIn.GetProperty("owner").GetString());
        Assert.Equal("stated", linkedIn.GetProperty("ownerSource").GetString());
        Assert.Equal("newestRecord", linkedIn.GetProperty("exportedAtSource").GetString()); // a folder without a dated name
        Assert.Equal(4, linkedIn.GetProperty("connections").GetInt32());
        Assert.Equal(2, linkedIn.GetProperty("following").GetInt32());
        Assert.Equal(JsonValueKind.Null, linkedIn.GetProperty("followers").ValueKind);
        Assert.Equal(JsonValueKind.Null, linkedIn.GetProperty("requests").ValueKind);
        Assert.Equal(1, linkedIn.GetProperty("removed").GetInt32());
        Assert.Equal(2, linkedIn.GetProperty("invitations").GetInt32());
        Assert.Equal(3, linkedIn.GetProperty("messages").GetInt32());
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(11, files.Count);
        var connections = files.Single(f => f.GetProperty("format").GetString() == "linkedin.connections.2024");
        Assert.Equal("LinkedIn", connections.GetProperty("platform").GetString());
        Assert.Equal(4, connections.GetProperty("records").GetInt32());
        Assert.Equal(0, connections.GetProperty("skipped").GetInt32());
        var diagnostic = json.RootElement.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal(["file", "line", "record", "offset", "severity", "code", "message"], diagnostic.EnumerateObject().Select(p => p.Name));
        Assert.Equal("info", diagnostic.GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Problems_go_to_stderr_one_line_each_and_the_run_still_succeeds()
    {
        var (code, stdout, stderr) = await NetworkMetrics.Tests.TestSupport.Run.Cli("inspect", Malformed, "--json");

        Assert.Equal(0, code);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Contains(".csv:", l, StringComparison.Ordinal));
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(3, json.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task Strict_fails_at_the_first_problem_with_one_line_and_no_json()
    {
        var (code, stdout, stderr) = await NetworkMetrics.Tests.TestSupport.Run.Cli("inspect", Malformed, "--json", "--strict");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("warning linkedin.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_usable_input_is_exit_code_one_without_json()
    {
        using var temp = new TempDir();
        var (code, stdout, stderr) = await NetworkMetrics.Tests.TestSupport.Run.Cli("inspect", Path.Combine(temp.Path, "nothing.zip"), "--json");

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("input.not-found", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("inspect", "--bogus", "x")]
    [InlineData("convert", "x")]
    [InlineData("convert", "x", "--table", "people")]
    [InlineData("convert", "x", "--table", "ties", "--format", "xml")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_are_exit_code_two(params string[] args)
    {
        var (code, stdout, stderr) = await NetworkMetrics.Tests.TestSupport.Run.Cli(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.NotEqual(string.Empty, stderr);
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var (code, stdout, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("--version");

        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout.Trim());
    }

    [Fact]
    public async Task Convert_ties_writes_csv_with_camel_case_kinds()
    {
        var (code, stdout, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("convert", LinkedIn2024, "--table", "ties");

        Assert.Equal(0, code);
        var lines = stdout.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("platform,accountId,kind,since,endedAt", lines[0]);
        Assert.Contains("LinkedIn,linkedin.com/in/ngozi-eze,connection,2024-12-16T00:00:00Z,", lines);
        Assert.Contains(lines, l => l.StartsWith("LinkedIn,", StringComparison.Ordinal) && l.Contains(",unfollowed,,20", StringComparison.Ordinal)); // an ended follow: its date is endedAt
        Assert.Contains(lines, l => l.Contains(",invitationSent,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",followingOrganization,", StringComparison.Ordinal));
        Assert.Contains("LinkedIn,,connection,2025-01-07T00:00:00Z,", lines);
    }

    [Fact]
    public async Task Convert_accounts_json_is_one_object_with_rows_and_lists()
    {
        var (code, stdout, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("convert", LinkedIn2024, "--table", "accounts", "--format", "json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("accounts", json.RootElement.GetProperty("table").GetString());
        var lars = json.RootElement.GetProperty("rows").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "linkedin.com/in/lars-berg");
        Assert.Equal("person", lars.GetProperty("kind").GetString());
        Assert.Equal(["LinkedIn:url:linkedin.com/in/lars-berg", "LinkedIn:email:lars@example.net", "LinkedIn:name:lars berg"],
            lars.GetProperty("keys").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Lars Berg", lars.GetProperty("name").GetString());
        Assert.Equal("https://www.linkedin.com/in/lars-berg", lars.GetProperty("url").GetString());
        Assert.Equal(["lars@example.net"], lars.GetProperty("emails").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Message_contents_appear_only_with_content()
    {
        var (_, without, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("convert", LinkedIn2024, "--table", "interactions");
        var (_, with, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("convert", LinkedIn2024, "--table", "interactions", "--with-content");

        Assert.StartsWith("platform,accountId,channel,direction,directionInferred,at,audience,visibility,durationSeconds,outcome,sourceId,conversationId\r\n", without, StringComparison.Ordinal);
        Assert.DoesNotContain("Hi Ngozi", without, StringComparison.Ordinal);
        Assert.Contains("Hi Ngozi", with, StringComparison.Ordinal);
        Assert.Contains(",directMessage,outgoing,false,2025-01-10T10:05:00Z,1,private,,,", with, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_conversations_has_one_row_per_conversation_and_calls_have_durations()
    {
        var facebook = Fixtures.Path("Facebook/2024");
        var (code, conversations, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("convert", facebook, "--table", "conversations");
        var (_, interactions, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("convert", Fixtures.Path("Facebook/2018"), "--table", "interactions");

        Assert.Equal(0, code);
        var rows = conversations.Split(["\r\n"], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("platform,id,kind,title,participants", rows[0]);
        // The inbox and the e2ee_cutover copy of one thread are one conversation.
        Assert.Single(rows, r => r.StartsWith("Facebook,hoangvanminh_10158000000000001,oneToOne,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("Facebook,friendsabroad_10158000000000003,group,", StringComparison.Ordinal));
        Assert.Contains(",call,incoming,false,2018-04-29T11:13:20Z,1,private,125,answered,", interactions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_writes_to_the_out_file()
    {
        using var temp = new TempDir();
        var file = Path.Combine(temp.Path, "ties.json");

        var (code, stdout, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("convert", LinkedIn2024, "--table", "ties", "--format", "json", "--out", file);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stdout);
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Assert.Equal(10, json.RootElement.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Outputs_are_identical_whatever_the_culture()
    {
        var original = CultureInfo.CurrentCulture;
        var results = new List<string>();
        try
        {
            foreach (var culture in new[] { "en-US", "tr-TR", "ar-SA", "de-DE", "ja-JP" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                var (_, ties, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("convert", LinkedIn2024, "--table", "interactions");
                var (_, inspect, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("inspect", LinkedIn2024, "--json");
                results.Add(ties + inspect);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }

        Assert.Single(results.Distinct());
    }

#if NET10_0_OR_GREATER
    // Runs the built tool (netmetrics.dll) in processes of their own: the tool is built for net10.0 only.
    [Fact]
    public void Outputs_are_identical_whatever_the_time_zone_of_the_process()
    {
        var outputs = new[] { "UTC", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham" }
            .Select(zone => RunProcess(zone, "convert", LinkedIn2024, "--table", "ties"))
            .ToList();

        Assert.All(outputs, o => Assert.Equal(0, o.Code));
        Assert.Single(outputs.Select(o => o.Stdout).Distinct());
        Assert.Contains("2024-12-16T00:00:00Z", outputs[0].Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_progress_bar_shows_on_a_terminal_and_never_in_a_pipe_or_with_json()
    {
        var sample = Path.Combine(Repository.Root, "src", "NetworkMetrics.Samples", "Data", "LinkedIn", "Basic_LinkedInDataExport_03-01-2025");
        var tool = Path.Combine(AppContext.BaseDirectory, "netmetrics.dll");

        // util-linux's script(1) runs the command on a pseudo-terminal: stderr is a terminal there.
        var onTerminal = Capture("script", "-qec", $"dotnet '{tool}' inspect '{sample}'", "/dev/null");
        var jsonOnTerminal = Capture("script", "-qec", $"dotnet '{tool}' inspect '{sample}' --json", "/dev/null");
        var (code, _, inPipe) = CaptureSplit("dotnet", tool, "inspect", sample);

        Assert.Contains("Reading 10/10 files", onTerminal, StringComparison.Ordinal);
        Assert.Contains("100%", onTerminal, StringComparison.Ordinal);
        Assert.Contains("connections", onTerminal, StringComparison.Ordinal); // the summary follows the bar
        Assert.DoesNotContain("Reading", jsonOnTerminal, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.DoesNotContain("Reading", inPipe, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", inPipe, StringComparison.Ordinal);
    }

    private static string Capture(string file, params string[] args) => CaptureSplit(file, args).Stdout;

    private static (int Code, string Stdout, string Stderr) CaptureSplit(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.GetAwaiter().GetResult());
    }

    private static (int Code, string Stdout) RunProcess(string timeZone, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "netmetrics.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["TZ"] = timeZone;
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
#endif
}
