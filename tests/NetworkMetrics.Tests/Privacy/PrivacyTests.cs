using NetworkMetrics.Tests.TestSupport;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json;
using NetworkMetrics.Cli;

namespace NetworkMetrics.Tests.Privacy;

/// <summary>No network, pseudonymised sharing, contents only when asked.</summary>
public sealed class PrivacyTests
{
    private const string Key = "0123456789abcdef-study-key";

    [Fact]
    public void The_library_references_no_networking_api()
    {
        using var stream = File.OpenRead(typeof(ExportImporter).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        string[] bannedAssemblies = ["System.Net.Http", "System.Net.Sockets", "System.Net.Requests", "System.Net.WebClient", "System.Net.Security",
            "System.Net.NetworkInformation", "System.Net.WebSockets", "System.Net.WebSockets.Client", "System.Net.Mail", "System.Net.Ping",
            "System.Net.Quic", "System.Net.NameResolution", "System.Net.HttpListener", "System.Net.ServicePoint", "System.Net.WebProxy"];

        var assemblies = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
        var netTypes = metadata.TypeReferences
            .Select(h => metadata.GetTypeReference(h))
            .Select(t => metadata.GetString(t.Namespace) + "." + metadata.GetString(t.Name))
            .Where(n => n.StartsWith("System.Net.", StringComparison.Ordinal))
            .ToList();

        Assert.Contains("System.Runtime", assemblies);
        Assert.Empty(assemblies.Intersect(bannedAssemblies));
        Assert.All(netTypes, t => Assert.Equal("System.Net.WebUtility", t)); // HTML entity decoding only
    }

    [Fact]
    public void Pseudonyms_follow_the_documented_recipe()
    {
        // Cross-checked with Python: hmac.new(key, b"LinkedIn:linkedin.com/in/lars-berg", hashlib.sha256).hexdigest()
        var pseudonymizer = new Pseudonymizer(Encoding.UTF8.GetBytes(Key));

        Assert.Equal("4c58950639805909bb0dea936dbae547f6a8e13391ee2f0a2b8d307256d007c1",
            pseudonymizer.Pseudonymize(Platform.LinkedIn, "linkedin.com/in/lars-berg"));
        Assert.Equal("52fdc81670aefacc93a2b2fbefaf2da0dd511b2bd84fa0e7d4b5d3e966f9a220",
            pseudonymizer.Pseudonymize(Platform.LinkedIn, "sam porter"));

        // A key keeps its platform and kind; its value is the pseudonym of the value (the same recipe as an account id).
        var key = pseudonymizer.Pseudonymize(AccountKey.Parse("LinkedIn:url:linkedin.com/in/lars-berg"));
        Assert.Equal("LinkedIn:url:4c58950639805909bb0dea936dbae547f6a8e13391ee2f0a2b8d307256d007c1", key.ToString());
    }

    [Fact]
    public void A_short_key_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Pseudonymizer(new byte[15]));
    }

    [Fact]
    public void A_pseudonymised_import_keeps_the_structure_and_drops_every_identifier()
    {
        var result = Run.Import(Fixtures.Path("LinkedIn/2024"));
        var pseudonymizer = new Pseudonymizer(Encoding.UTF8.GetBytes(Key));

        var shared = pseudonymizer.Apply(result);
        var before = result.Latest(Platform.LinkedIn)!;
        var after = shared.Latest(Platform.LinkedIn)!;

        Assert.Equal(before.Counts, after.Counts);
        Assert.Equal(before.Ties.Length, after.Ties.Length);
        Assert.All(after.Accounts, a =>
        {
            Assert.Matches("^[0-9a-f]{64}$", a.Id);
            Assert.Null(a.Name);
            Assert.Null(a.Handle);
            Assert.Null(a.ProfileUrl);
            Assert.Empty(a.Emails);
            Assert.Empty(a.Websites);
        });
        Assert.All(after.Interactions, i => Assert.Null(i.Content));
        Assert.Equal(pseudonymizer.Pseudonymize(Platform.LinkedIn, "sam porter"), after.Owner!.Id);
        Assert.Contains(after.Ties, t => t.Ref() == "LinkedIn:url:4c58950639805909bb0dea936dbae547f6a8e13391ee2f0a2b8d307256d007c1");
        Assert.All(after.Accounts, a => Assert.All(a.Keys, k => Assert.Matches("^[0-9a-f]{64}$", k.Value)));
        Assert.All(shared.Files, f => Assert.Matches("^linkedin\\.[a-z-]+(\\.[0-9a-z]+)?/[0-9a-f]{64}$", f.Path));
        Assert.All(shared.Diagnostics, d => Assert.Equal(NetworkMetrics.Import.DiagnosticCatalog.Describe(d.Code), d.Message));
    }

    [Fact]
    public async Task The_cli_reads_the_key_from_a_file_and_prints_no_names()
    {
        using var temp = new TempDir();
        var keyFile = temp.Write("study.key", Key + "\n");

        var (code, stdout, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("convert", Fixtures.Path("LinkedIn/2024"), "--table", "accounts", "--pseudonymize", "--key-file", keyFile);

        Assert.Equal(0, code);
        Assert.DoesNotContain("Lars", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("linkedin.com", stdout, StringComparison.Ordinal);
        Assert.Contains("LinkedIn,4c58950639805909bb0dea936dbae547f6a8e13391ee2f0a2b8d307256d007c1,person,LinkedIn:url:4c58950639805909bb0dea936dbae547f6a8e13391ee2f0a2b8d307256d007c1;",
            stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_reads_the_key_from_the_environment_and_pseudonymises_the_owner()
    {
        Environment.SetEnvironmentVariable(NetmetricsApp.KeyVariable, Key);
        try
        {
            var (code, stdout, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("inspect", Fixtures.Path("LinkedIn/2024"), "--json", "--pseudonymize");

            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(stdout);
            Assert.Equal("52fdc81670aefacc93a2b2fbefaf2da0dd511b2bd84fa0e7d4b5d3e966f9a220",
                json.RootElement.GetProperty("platforms").GetProperty("LinkedIn").GetProperty("owner").GetString());
        }
        finally
        {
            Environment.SetEnvironmentVariable(NetmetricsApp.KeyVariable, null);
        }
    }

    [Fact]
    public async Task Pseudonymising_without_a_key_or_with_contents_is_a_usage_error()
    {
        using var temp = new TempDir();
        var keyFile = temp.Write("study.key", Key);

        var (noKey, _, noKeyError) = await NetworkMetrics.Tests.TestSupport.Run.Cli("convert", Fixtures.Path("LinkedIn/2024"), "--table", "ties", "--pseudonymize");
        var (withContent, _, _) = await NetworkMetrics.Tests.TestSupport.Run.Cli("convert", Fixtures.Path("LinkedIn/2024"), "--table", "interactions", "--pseudonymize", "--key-file", keyFile, "--with-content");

        Assert.Equal(2, noKey);
        Assert.Contains(NetmetricsApp.KeyVariable, noKeyError, StringComparison.Ordinal);
        Assert.Equal(2, withContent);
    }

    [Fact]
    public async Task Contents_are_not_kept_unless_asked()
    {
        var result = await ExportImporter.ImportAsync([Fixtures.Path("LinkedIn/2024")]);

        Assert.All(result.Snapshots.SelectMany(s => s.Interactions), i => Assert.Null(i.Content));
    }
}
