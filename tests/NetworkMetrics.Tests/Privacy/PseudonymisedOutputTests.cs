using System.Text;
using NetworkMetrics.Tests.Import;
using NetworkMetrics.Tests.TestSupport;

namespace NetworkMetrics.Tests.Privacy;

/// <summary>
/// Every fixture through <c>inspect --pseudonymize --json</c> and every <c>convert --pseudonymize</c> table:
/// nothing that names a person of the fixture (name, handle, email, phone, URL, id, thread folder, title) nor
/// the input's path appears anywhere in stdout or stderr.
/// </summary>
public sealed class PseudonymisedOutputTests
{
    private const string Key = "0123456789abcdef-study-key";

    public static TheoryData<string> Fixtures() => CountingPathTests.FixtureInputs();

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Pseudonymised_output_holds_nothing_identifying(string fixture)
    {
        var path = TestSupport.Fixtures.Path(fixture);
        var secrets = Identifying(path);
        using var temp = new TempDir();
        var keyFile = temp.Write("study.key", Key);
        var outputs = new List<(string Command, string Text)>();
        var (inspectCode, inspectOut, inspectErr) = await Run.Cli("inspect", path, "--json", "--pseudonymize", "--key-file", keyFile);
        outputs.Add(("inspect", inspectOut + inspectErr));
        foreach (var table in new[] { "accounts", "ties", "interactions", "conversations" })
        {
            var (_, stdout, stderr) = await Run.Cli("convert", path, "--table", table, "--pseudonymize", "--key-file", keyFile);
            var (_, json, _) = await Run.Cli("convert", path, "--table", table, "--format", "json", "--pseudonymize", "--key-file", keyFile);
            outputs.Add(("convert " + table, stdout + stderr + json));
        }

        foreach (var (command, text) in outputs)
        {
            foreach (var secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{command} of {fixture} shows '{secret}'");
            }
        }

        Assert.True(inspectCode is 0 or 1);
    }

    [Fact]
    public async Task The_sweep_finds_what_an_output_without_pseudonyms_shows()
    {
        // The oracle bites: the same sweep over a plain (not pseudonymised) table finds names, emails and URLs.
        var path = TestSupport.Fixtures.Path("LinkedIn/2024");
        var secrets = Identifying(path);
        var (_, plain, _) = await Run.Cli("convert", path, "--table", "accounts");

        Assert.Contains("Lars Berg", secrets);
        Assert.Contains(secrets, s => plain.Contains(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>What names people in a fixture, as the plain import reads it: every string long enough not to appear by chance in a hex pseudonym.</summary>
    private static HashSet<string> Identifying(string path)
    {
        var result = Run.Import(path);
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            var value = text.Trim();
            var digits = value.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')');
            var hex = value.All(char.IsAsciiHexDigit);
            // Short numbers and short hex-like words could occur by chance inside 64 hex digits.
            if (digits ? value.Count(char.IsAsciiDigit) >= 8 : value.Length >= 4 && !(hex && value.Length < 12))
            {
                found.Add(value);
            }
        }

        var owners = result.Snapshots.Select(s => s.Owner).OfType<Account>();
        foreach (var account in result.Snapshots.SelectMany(s => s.Accounts).Concat(result.Accounts).Concat(owners))
        {
            Add(account.Name);
            Add(account.Handle);
            Add(account.ProfileUrl);
            foreach (var key in account.Keys.Concat(account.Links))
            {
                Add(key.Value);
            }

            foreach (var email in account.Emails)
            {
                Add(email.Written);
                Add(email.Address);
            }

            foreach (var phone in account.Phones)
            {
                Add(phone.Written);
                Add(phone.E164);
            }

            foreach (var site in account.Websites)
            {
                Add(site);
            }
        }

        foreach (var conversation in result.Conversations)
        {
            Add(conversation.Id);
            Add(conversation.Title);
        }

        foreach (var file in result.Files)
        {
            // Thread folders are named after people (messages/inbox/annahoang_10153/…).
            var segments = file.Path.Replace('\\', '/').Split('/');
            for (var i = 0; i + 1 < segments.Length; i++)
            {
                if (segments[i] is "inbox" or "archived_threads" or "filtered_threads" or "message_requests" or "e2ee_cutover")
                {
                    Add(segments[i + 1]);
                }
            }
        }

        found.Add(path);
        return found;
    }
}
