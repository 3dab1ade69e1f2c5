using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NetworkMetrics.Tests.Samples;
using NetworkMetrics.Tests.TestSupport;

namespace NetworkMetrics.Tests.Cli;

/// <summary>
/// <c>netmetrics graph</c>: both formats are read back by networkx (a reader that is not ours; Debian's
/// <c>python3-networkx</c>, which <c>.ci/run</c> installs when missing), and its nodes, edges and weights are checked
/// against <c>netmetrics score --json</c> over the same exports. The reader script is <c>read_graph.py</c> beside this file.
/// </summary>
public sealed class GraphCliTests(StoryFixture story) : IClassFixture<StoryFixture>
{
    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public async Task Networkx_reads_the_nodes_edges_and_weights_back(string format)
    {
        using var temp = new TempDir();
        var file = Path.Combine(temp.Path, "ego." + format);
        var (code, stdout, stderr) = await Run.Cli(["graph", .. story.Manifest.After.All, "--format", format, "--out", file]);
        Assert.True(code == 0, stderr);
        Assert.Contains("nodes", stdout, StringComparison.Ordinal);

        var (scoreCode, scoreJson, _) = await Run.Cli(["score", .. story.Manifest.After.All, "--json"]);
        Assert.Equal(0, scoreCode);
        using var scores = JsonDocument.Parse(scoreJson);
        var people = scores.RootElement.GetProperty("people").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("score").GetDouble());

        using var read = JsonDocument.Parse(ReadWithNetworkx(format, file));
        var nodes = read.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(people.Count + 1, nodes.Count);
        Assert.Single(nodes, n => n.GetProperty("owner").GetBoolean());
        Assert.Equal(story.Manifest.Owner.Name, nodes.Single(n => n.GetProperty("owner").GetBoolean()).GetProperty("label").GetString());
        foreach (var node in nodes.Where(n => !n.GetProperty("owner").GetBoolean()))
        {
            var id = node.GetProperty("id").GetString()!;
            Assert.True(people.ContainsKey(id), id);
            Assert.InRange(node.GetProperty("score").GetDouble(), people[id] - 1e-3, people[id] + 1e-3);
        }

        var edges = read.RootElement.GetProperty("edges").EnumerateArray().ToList();
        var ownerEdges = edges.Where(e => e.GetProperty("kind").GetString() == "owner").ToList();
        Assert.Equal(people.Count, ownerEdges.Count);
        foreach (var edge in ownerEdges)
        {
            var other = edge.GetProperty("source").GetString() == "owner" ? edge.GetProperty("target").GetString()! : edge.GetProperty("source").GetString()!;
            Assert.InRange(edge.GetProperty("weight").GetDouble(), people[other] - 1e-3, people[other] + 1e-3);
        }

        // The persona's group chats link the people in them, weighted by how many they share.
        var shared = edges.Where(e => e.GetProperty("kind").GetString() == "conversation").ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, e => Assert.True(e.GetProperty("weight").GetDouble() >= 1));
        Assert.All(shared, e => Assert.NotEqual("owner", e.GetProperty("source").GetString()));
    }

    private static string ReadWithNetworkx(string format, string file)
    {
        var script = Path.Combine(Repository.Root, "tests", "NetworkMetrics.Tests", "Cli", "read_graph.py");
        foreach (var python in new[] { "/usr/bin/python3", "python3" })
        {
            var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(format);
            start.ArgumentList.Add(file);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                continue;
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEnd();
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                if (process.ExitCode == 0)
                {
                    return output;
                }

                if (!error.Contains("No module named 'networkx'", StringComparison.Ordinal))
                {
                    Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"{python} {script} failed ({process.ExitCode}): {error}"));
                }
            }
        }

        Assert.Fail("No python3 with networkx: install Debian's python3-networkx (.ci/run does)");
        return string.Empty;
    }
}
