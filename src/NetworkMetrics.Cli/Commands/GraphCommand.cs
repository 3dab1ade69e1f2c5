using System.CommandLine;
using NetworkMetrics.Cli.Graph;
using NetworkMetrics.Identity;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Cli.Commands;

/// <summary>
/// <c>netmetrics graph</c>: the owner's ego network as GraphML or GEXF for Gephi, Cytoscape or networkx: people as
/// nodes (name, score, layer, platforms), owner–person edges weighted by score, person–person edges from shared group
/// conversations.
/// </summary>
internal static class GraphCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool terminal)
    {
        var paths = NetmetricsApp.PathsArgument();
        var format = new Option<string>("--format") { Description = "graphml or gexf.", Required = true };
        format.AcceptOnlyFromAmong("graphml", "gexf");
        var output = new Option<FileInfo>("--out") { Description = "The file to write.", Required = true };
        var asOf = AsOfOptions.AsOf();
        var strict = NetmetricsApp.StrictOption();
        var pseudonymize = NetmetricsApp.PseudonymizeOption();
        var keyFile = NetmetricsApp.KeyFileOption();
        var people = PeopleOptions.Create();
        var command = new Command("graph", "Write the owner's ego network (people, scores, layers, shared group conversations) as GraphML or GEXF.")
        {
            paths, format, output, asOf, strict, pseudonymize, keyFile,
        };
        people.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (pseudonymizer, keyError) = NetmetricsApp.ReadPseudonymizer(parse, pseudonymize, keyFile);
            if (keyError is not null)
            {
                await stderr.WriteLineAsync(keyError).ConfigureAwait(false);
                return NetmetricsApp.Usage;
            }

            var (scored, exit) = await ScoredImport.LoadAsync(parse, parse.GetValue(paths)!, parse.GetValue(strict), parse.GetValue(asOf), people,
                pseudonymizer, terminal, stderr, ct).ConfigureAwait(false);
            if (scored is not { Result: var result, People: var network, Scores: var scores, View: var view })
            {
                return exit;
            }

            var at = scores.AsOf;
            var graph = EgoGraphBuilder.Build(result, scores, key => PersonOfKey(result, network, key), view.Id, view.Label,
                pseudonymizer is null ? network.Owner?.Name ?? "owner" : "owner");
            var bytes = parse.GetValue(format) == "gexf" ? GraphWriter.Gexf(graph, at) : GraphWriter.GraphMl(graph);
            await File.WriteAllBytesAsync(parse.GetValue(output)!.FullName, bytes, ct).ConfigureAwait(false);
            await stdout.WriteLineAsync($"{parse.GetValue(output)!.FullName}: {graph.Nodes.Length} nodes, {graph.Edges.Length} edges").ConfigureAwait(false);
            return NetmetricsApp.Ok;
        });
        return command;
    }

    /// <summary>The person id scoring gave the account a key belongs to, null for the owner or an unknown key.</summary>
    private static string? PersonOfKey(ImportResult result, PeopleNetwork network, AccountKey key)
    {
        if (network.Find(key) is { } person)
        {
            return person.IsOwner ? null : person.Id;
        }

        return result.FindAccount(key) is { } account && network.Find(account.Key) is { IsOwner: false } found ? found.Id : null;
    }
}
