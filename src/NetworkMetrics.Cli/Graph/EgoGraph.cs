using System.Collections.Immutable;

namespace NetworkMetrics.Cli.Graph;

/// <summary>The owner's ego network, ready to be written: the owner and the people as nodes, owner–person and person–person edges.</summary>
/// <param name="Nodes">The nodes, the owner first.</param>
/// <param name="Edges">The edges: from the owner to each person (weight = score), and between two people who share group conversations (weight = how many).</param>
internal sealed record EgoGraph(ImmutableArray<EgoNode> Nodes, ImmutableArray<EgoEdge> Edges);

/// <summary>A node: a person (or the owner) with what scoring says of them.</summary>
/// <param name="Id">The person's stable id (or <c>owner</c>).</param>
/// <param name="Label">The name to show (a pseudonym when pseudonymised).</param>
/// <param name="Score">The contact-quality score, 0–100 (<see langword="null"/> for the owner).</param>
/// <param name="Layer">The layer (5, 15, 50, 150, 500, 1500), <see langword="null"/> without contact.</param>
/// <param name="Platforms">The platforms the person is known on, <c>;</c>-joined.</param>
/// <param name="IsOwner">Whether the node is the owner.</param>
internal sealed record EgoNode(string Id, string Label, double? Score, int? Layer, string Platforms, bool IsOwner);

/// <summary>An undirected, weighted edge.</summary>
/// <param name="Source">One end's node id.</param>
/// <param name="Target">The other end's node id.</param>
/// <param name="Weight">The weight: a score for an owner edge, a number of shared conversations for a person–person edge.</param>
/// <param name="Kind"><c>owner</c> or <c>conversation</c>.</param>
internal sealed record EgoEdge(string Source, string Target, double Weight, string Kind);
