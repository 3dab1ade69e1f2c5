using System.Globalization;
using System.Text;
using System.Xml;

namespace NetworkMetrics.Cli.Graph;

/// <summary>
/// Writes an <see cref="EgoGraph"/> as GraphML (networkx, Cytoscape, Gephi) or GEXF 1.2 (Gephi, networkx; networkx reads no GEXF 1.3), with typed
/// node and edge attributes. Written with <see cref="XmlWriter"/>: no reflection, deterministic output.
/// </summary>
internal static class GraphWriter
{
    private const string GraphMlNamespace = "http://graphml.graphdrawing.org/xmlns";
    private const string GexfNamespace = "http://www.gexf.net/1.2draft";

    public static byte[] GraphMl(EgoGraph graph)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", GraphMlNamespace);
            Key(xml, "label", "node", "label", "string");
            Key(xml, "score", "node", "score", "double");
            Key(xml, "layer", "node", "layer", "int");
            Key(xml, "platforms", "node", "platforms", "string");
            Key(xml, "owner", "node", "owner", "boolean");
            Key(xml, "weight", "edge", "weight", "double");
            Key(xml, "kind", "edge", "kind", "string");
            xml.WriteStartElement("graph", GraphMlNamespace);
            xml.WriteAttributeString("id", "ego");
            xml.WriteAttributeString("edgedefault", "undirected");
            foreach (var node in graph.Nodes)
            {
                xml.WriteStartElement("node", GraphMlNamespace);
                xml.WriteAttributeString("id", node.Id);
                Data(xml, "label", node.Label);
                if (node.Score is { } score)
                {
                    Data(xml, "score", Number(score));
                }

                if (node.Layer is { } layer)
                {
                    Data(xml, "layer", layer.ToString(CultureInfo.InvariantCulture));
                }

                Data(xml, "platforms", node.Platforms);
                Data(xml, "owner", node.IsOwner ? "true" : "false");
                xml.WriteEndElement();
            }

            var index = 0;
            foreach (var edge in graph.Edges)
            {
                xml.WriteStartElement("edge", GraphMlNamespace);
                xml.WriteAttributeString("id", "e" + (index++).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("source", edge.Source);
                xml.WriteAttributeString("target", edge.Target);
                Data(xml, "weight", Number(edge.Weight));
                Data(xml, "kind", edge.Kind);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    public static byte[] Gexf(EgoGraph graph, DateTimeOffset asOf)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", GexfNamespace);
            xml.WriteAttributeString("version", "1.2");
            xml.WriteStartElement("meta", GexfNamespace);
            xml.WriteAttributeString("lastmodifieddate", asOf.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteElementString("creator", GexfNamespace, "netmetrics");
            xml.WriteElementString("description", GexfNamespace, "The owner's ego network: people weighted by contact quality, linked by shared group conversations");
            xml.WriteEndElement();
            xml.WriteStartElement("graph", GexfNamespace);
            xml.WriteAttributeString("defaultedgetype", "undirected");
            xml.WriteAttributeString("mode", "static");
            Attributes(xml, "node", ("0", "score", "double"), ("1", "layer", "integer"), ("2", "platforms", "string"), ("3", "owner", "boolean"));
            Attributes(xml, "edge", ("0", "kind", "string"));
            xml.WriteStartElement("nodes", GexfNamespace);
            foreach (var node in graph.Nodes)
            {
                xml.WriteStartElement("node", GexfNamespace);
                xml.WriteAttributeString("id", node.Id);
                xml.WriteAttributeString("label", node.Label);
                xml.WriteStartElement("attvalues", GexfNamespace);
                if (node.Score is { } score)
                {
                    Value(xml, "0", Number(score));
                }

                if (node.Layer is { } layer)
                {
                    Value(xml, "1", layer.ToString(CultureInfo.InvariantCulture));
                }

                Value(xml, "2", node.Platforms);
                Value(xml, "3", node.IsOwner ? "true" : "false");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteStartElement("edges", GexfNamespace);
            var index = 0;
            foreach (var edge in graph.Edges)
            {
                xml.WriteStartElement("edge", GexfNamespace);
                xml.WriteAttributeString("id", (index++).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("source", edge.Source);
                xml.WriteAttributeString("target", edge.Target);
                xml.WriteAttributeString("weight", Number(edge.Weight));
                xml.WriteStartElement("attvalues", GexfNamespace);
                Value(xml, "0", edge.Kind);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static XmlWriterSettings Settings() => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CheckCharacters = false,
    };

    private static void Key(XmlWriter xml, string id, string target, string name, string type)
    {
        xml.WriteStartElement("key", GraphMlNamespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", GraphMlNamespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
    }

    private static void Attributes(XmlWriter xml, string target, params (string Id, string Title, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", GexfNamespace);
        xml.WriteAttributeString("class", target);
        foreach (var (id, title, type) in attributes)
        {
            xml.WriteStartElement("attribute", GexfNamespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", title);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string id, string value)
    {
        xml.WriteStartElement("attvalue", GexfNamespace);
        xml.WriteAttributeString("for", id);
        xml.WriteAttributeString("value", Clean(value));
        xml.WriteEndElement();
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A text without the characters XML 1.0 cannot hold (control characters a name may carry).</summary>
    private static string Clean(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') < 0 ? text : new string([.. text.Where(c => c is '\t' or '\n' or '\r' || c >= ' ')]);
}
