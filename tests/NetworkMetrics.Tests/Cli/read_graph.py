"""Reads a GraphML or GEXF file written by `netmetrics graph` with networkx and prints its nodes and edges as JSON.

Used by GraphCliTests.cs: networkx is a reader that is not ours, so the test checks the files as Gephi, Cytoscape
or a researcher's script would see them. Usage: read_graph.py graphml|gexf FILE
"""
import json
import sys

import networkx as nx

fmt, path = sys.argv[1], sys.argv[2]
graph = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
nodes = []
for node, data in graph.nodes(data=True):
    owner = data.get("owner")
    nodes.append({
        "id": node,
        "label": data.get("label"),
        "score": float(data["score"]) if data.get("score") is not None else None,
        "layer": data.get("layer"),
        "owner": owner in (True, "true", "True"),
    })
edges = []
for source, target, data in graph.edges(data=True):
    edges.append({"source": source, "target": target, "weight": float(data.get("weight", 1.0)), "kind": data.get("kind")})
print(json.dumps({"nodes": nodes, "edges": edges}))
