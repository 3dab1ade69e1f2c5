using System.Globalization;
using System.Text;

namespace NetworkMetrics.Cli.Report;

/// <summary>The page's building blocks: sections, number grids, figures with their text alternative, tables.</summary>
internal static partial class HtmlReport
{
    /// <summary>Opens a section (a landmark labelled by its heading) and adds it to the navigation.</summary>
    private static void Open(StringBuilder html, List<(string Id, string Title)> sections, string id, string title, string how)
    {
        sections.Add((id, title));
        html.Append("<section id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\">\n");
        html.Append("<h2 id=\"").Append(id).Append("-h\">").Append(Encode(title)).Append("</h2>\n");
        html.Append("<p class=\"how\">").Append(Encode(how)).Append("</p>\n");
    }

    private static void Close(StringBuilder html) => html.Append("</section>\n");

    private static void Paragraph(StringBuilder html, string text, string? cssClass = null)
    {
        html.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">").Append(Encode(text)).Append("</p>\n");
    }

    /// <summary>A grid of labelled numbers (a description list).</summary>
    private static void Numbers(StringBuilder html, IEnumerable<(string Label, string Value)> items)
    {
        html.Append("<dl class=\"numbers\">\n");
        foreach (var (label, value) in items)
        {
            html.Append("<div><dt>").Append(Encode(label)).Append("</dt><dd>").Append(Encode(value)).Append("</dd></div>\n");
        }

        html.Append("</dl>\n");
    }

    /// <summary>
    /// A chart: a canvas with a role, a short label and fallback text, a caption with the numbers that matter, and the
    /// data behind it as a table in a <c>details</c> element (the text alternative).
    /// </summary>
    private static void Figure(StringBuilder html, string chartId, string label, string caption, Action<StringBuilder> table)
    {
        html.Append("<figure aria-labelledby=\"").Append(chartId).Append("-cap\">\n");
        html.Append("<div class=\"chart\" data-chart=\"").Append(chartId).Append("\"><canvas id=\"").Append(chartId);
        html.Append("\" role=\"img\" aria-label=\"").Append(Encode(label)).Append("\" aria-describedby=\"").Append(chartId).Append("-cap\">");
        html.Append("<p>").Append(Encode(caption)).Append("</p></canvas></div>\n");
        html.Append("<figcaption id=\"").Append(chartId).Append("-cap\">").Append(Encode(caption)).Append("</figcaption>\n");
        html.Append("<details class=\"data\">\n<summary>Data table: ").Append(Encode(label)).Append("</summary>\n");
        table(html);
        html.Append("</details>\n</figure>\n");
    }

    /// <summary>
    /// A table in a box that scrolls sideways on a narrow screen (focusable, so that a keyboard can scroll it); cells are
    /// HTML already (callers encode text with <see cref="Encode"/>). Numeric columns align right.
    /// </summary>
    private static void Table(StringBuilder html, string caption, string[] headers, bool[] numeric, IEnumerable<string[]> rows, string? cssClass = null)
    {
        html.Append("<div class=\"table-wrap\" tabindex=\"0\" role=\"group\" aria-label=\"").Append(Encode(caption)).Append("\">\n");
        html.Append(cssClass is null ? "<table>" : $"<table class=\"{cssClass}\">").Append("\n<caption>").Append(Encode(caption)).Append("</caption>\n<thead><tr>");
        for (var i = 0; i < headers.Length; i++)
        {
            html.Append(numeric[i] ? "<th scope=\"col\" class=\"n\">" : "<th scope=\"col\">").Append(Encode(headers[i])).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                // The first column names the row: a header cell for screen readers.
                var tag = i == 0 ? "th" : "td";
                html.Append('<').Append(tag);
                if (i == 0)
                {
                    html.Append(" scope=\"row\"");
                }

                if (numeric[i])
                {
                    html.Append(" class=\"n\"");
                }

                html.Append('>').Append(row[i]).Append("</").Append(tag).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    /// <summary>A factor value as a small bar (an SVG diagram, hidden from screen readers) beside its number.</summary>
    private static string FactorCell(double value)
    {
        var v = double.IsFinite(value) ? Math.Clamp(value, 0, 1) : 0;
        var width = (v * 48).ToString("F1", CultureInfo.InvariantCulture);
        return "<svg class=\"bar\" width=\"48\" height=\"10\" viewBox=\"0 0 48 10\" aria-hidden=\"true\" focusable=\"false\">"
            + "<rect class=\"track\" width=\"48\" height=\"10\"></rect><rect class=\"value\" width=\"" + width + "\" height=\"10\"></rect></svg>"
            + Num(value, 2);
    }

    private static string LayerText(int? layer) => layer is { } l ? Int(l) : "none";
}
