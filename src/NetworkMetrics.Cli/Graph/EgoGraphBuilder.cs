using System.Collections.Immutable;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Cli.Graph;

/// <summary>
/// Builds the owner's ego network from a scored network: the owner and every scored person as nodes, an edge from the
/// owner to each person weighted by the score, and an edge between two people for each group conversation they share
/// (weight = how many). Groups larger than <see cref="LargestGroup"/> participants add no person–person edges: in a
/// group of hundreds, sharing it says little about two people, and its pairs would swamp the graph.
/// </summary>
internal static class EgoGraphBuilder
{
    /// <summary>The largest group conversation whose participants are linked pairwise.</summary>
    public const int LargestGroup = 100;

    /// <param name="result">The import (for its conversations).</param>
    /// <param name="scores">The scored people.</param>
    /// <param name="personOf">The person id of an account key (as in <paramref name="scores"/>), or null for the owner or an unknown key.</param>
    /// <param name="id">A person id as shown (a pseudonym when pseudonymised).</param>
    /// <param name="label">A person's label as shown (no name when pseudonymised).</param>
    /// <param name="ownerLabel">The owner's label.</param>
    public static EgoGraph Build(ImportResult result, ContactQualityResult scores, Func<AccountKey, string?> personOf, Func<string, string> id, Func<PersonScore, string> label, string ownerLabel)
    {
        const string owner = "owner";
        var nodes = ImmutableArray.CreateBuilder<EgoNode>(scores.People.Length + 1);
        var edges = ImmutableArray.CreateBuilder<EgoEdge>();
        nodes.Add(new EgoNode(owner, ownerLabel, null, null, string.Join(';', result.Platforms), IsOwner: true));
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in scores.People)
        {
            known.Add(person.Id);
            nodes.Add(new EgoNode(id(person.Id), label(person), Math.Round(person.Score, 4), person.Layer, string.Join(';', person.Platforms), IsOwner: false));
            edges.Add(new EgoEdge(owner, id(person.Id), Math.Round(person.Score, 4), "owner"));
        }

        var shared = new Dictionary<(string, string), int>();
        var members = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var conversation in result.Conversations)
        {
            if (conversation.Kind != ConversationKind.Group || conversation.Participants.Length > LargestGroup)
            {
                continue;
            }

            members.Clear();
            foreach (var key in conversation.Participants)
            {
                if (personOf(key) is { } person && known.Contains(person))
                {
                    members.Add(person);
                }
            }

            var list = members.ToArray();
            for (var i = 0; i < list.Length; i++)
            {
                for (var j = i + 1; j < list.Length; j++)
                {
                    var pair = (list[i], list[j]);
                    shared[pair] = shared.GetValueOrDefault(pair) + 1;
                }
            }
        }

        foreach (var ((a, b), count) in shared.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
        {
            edges.Add(new EgoEdge(id(a), id(b), count, "conversation"));
        }

        return new EgoGraph(nodes.ToImmutable(), edges.ToImmutable());
    }
}
