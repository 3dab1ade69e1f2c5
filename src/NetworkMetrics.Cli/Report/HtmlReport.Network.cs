using System.Globalization;
using System.Text;

namespace NetworkMetrics.Cli.Report;

/// <summary>The sections of the network as it is: layers, top contacts, give and get, overdue, today, diagnostics.</summary>
internal static partial class HtmlReport
{
    // Ring fills from the outermost circle inwards: light enough for dark text at any ring (contrast above 10:1).
    private static readonly string[] s_ringFills = ["#f5f9fc", "#ebf3f9", "#e0edf6", "#d4e6f2", "#c7dfee", "#b9d7ea"];

    private static void Layers(StringBuilder html, List<(string Id, string Title)> sections, ReportModel model)
    {
        Open(html, sections, "layers", "Layers",
            "Dunbar's circles: about 5 closest people, 15, 50, 150, 500 and 1,500, each circle holding the ones inside it. A person's circle "
            + "comes from how often you are in touch; each ring is labelled with its nominal size and how many people it holds.");
        var layers = model.Layers.OrEmpty().OrderBy(l => l.Size).ToList();
        if (layers.Count == 0)
        {
            Paragraph(html, "No layers: no contact with anyone in the exports.");
            Close(html);
            return;
        }

        const double center = 170, inner = 30, outer = 160;
        var step = layers.Count > 1 ? (outer - inner) / (layers.Count - 1) : 0;
        var description = string.Join(", ", layers.Select(l => $"{Int(l.People)} people within the circle of {Int(l.Size)}"));
        html.Append("<figure class=\"layers\" aria-labelledby=\"layers-cap\">\n<div class=\"layer-chart\" data-chart=\"layers\">\n");
        html.Append("<svg viewBox=\"0 0 340 340\" width=\"340\" height=\"340\" role=\"img\" aria-labelledby=\"layers-title layers-desc\">\n");
        html.Append("<title id=\"layers-title\">Layer circles</title>\n<desc id=\"layers-desc\">").Append(Encode(description)).Append(".</desc>\n");
        for (var i = layers.Count - 1; i >= 0; i--)
        {
            var r = inner + (i * step);
            var fill = s_ringFills[Math.Min(s_ringFills.Length - 1, layers.Count - 1 - i)];
            html.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{center}\" cy=\"{center}\" r=\"{r:F1}\" fill=\"{fill}\" stroke=\"#005a8e\" stroke-width=\"1.5\"></circle>\n");
        }

        for (var i = 0; i < layers.Count; i++)
        {
            var r = inner + (i * step);
            // The innermost label sits at the centre; the others in their ring's band, below the circle's top.
            var y = i == 0 ? center + 4 : center - r + (step / 2) + 4;
            var label = $"{Int(layers[i].Size)}: {Int(layers[i].People)}";
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{center}\" y=\"{y:F1}\" text-anchor=\"middle\">").Append(Encode(label)).Append("</text>\n");
        }

        html.Append("</svg>\n</div>\n");
        var noContact = model.Summary?.NoContact ?? 0;
        html.Append("<figcaption id=\"layers-cap\">").Append(Encode($"Layer circles (nominal size: people): {description}."
            + (noContact > 0 ? $" {Int(noContact)} ties have had no contact and sit outside every circle." : string.Empty))).Append("</figcaption>\n");
        html.Append("<details class=\"data\">\n<summary>Data table: layer circles</summary>\n");
        Table(html, "People per circle (cumulative)", ["Circle (nominal size)", "People"], [true, true],
            layers.Select(l => new[] { Int(l.Size), Int(l.People) }));
        html.Append("</details>\n</figure>\n");
        Close(html);
    }

    private static readonly string[] s_factorNames = ["recency", "frequency", "reciprocity", "intimacy", "duration", "multiplexity"];

    private static double[] FactorValues(ContactFactors f) => [f.Recency, f.Frequency, f.Reciprocity, f.Intimacy, f.Duration, f.Multiplexity];

    private static void TopContacts(StringBuilder html, List<(string Id, string Title)> sections, ReportModel model, ReportCharts charts)
    {
        Open(html, sections, "top", "Top contacts",
            "The highest-scored people. The score (0–100) combines six factors, each between 0 and 1: recency (how recently you were last "
            + "in touch both ways), frequency, reciprocity (who starts), intimacy (private rather than group or public), duration (age of "
            + "the tie) and multiplexity (how many channels and platforms you share). Long bars are strong signals.");
        var top = model.TopContacts.OrEmpty();
        if (top.IsEmpty)
        {
            Paragraph(html, "No scored contacts.");
            Close(html);
            return;
        }

        var names = top.Select(c => c.Name).ToList();
        var series = s_factorNames.Select((name, i) => (name, top.Select(c => FactorValues(c.Factors)[i]).ToArray())).ToList();
        var id = charts.Bars("factors", "factor value (0–1)", names, series, rowHeightRem: 2.6);
        var first = top[0];
        var strongest = s_factorNames.Zip(FactorValues(first.Factors)).MaxBy(f => f.Second);
        var caption = $"The factors of the top {top.Length} contacts. {first.Name} leads with a score of {Num(first.Score, 1)}, strongest on "
            + $"{strongest.First} ({Num(strongest.Second, 2)}).";
        Figure(html, id, "Top contacts: factor values", caption, t => FactorTable(t, top, bars: false));
        FactorTable(html, top, bars: true);
        Close(html);
    }

    /// <summary>The top contacts' table: with <paramref name="bars"/>, each factor also as a small bar.</summary>
    private static void FactorTable(StringBuilder html, IReadOnlyList<TopContact> top, bool bars)
    {
        Table(html, "Top contacts by score", ["Person", "Score", "Layer", .. s_factorNames, "Last contact"],
            [false, true, true, true, true, true, true, true, true, false],
            top.Select(c => (string[])[Encode(c.Name), Num(c.Score, 1), LayerText(c.Layer), .. FactorValues(c.Factors).Select(v => bars ? FactorCell(v) : Num(v, 2)),
                c.LastContact is { } d ? Day(d) : "never"]));
    }

    private static void GiveGet(StringBuilder html, List<(string Id, string Title)> sections, ReportModel model, ReportCharts charts)
    {
        Open(html, sections, "giveget", "Give and get",
            "What you give (conversations started, replies, calls, endorsements and recommendations, reactions) against what comes back. "
            + "A person you give much more than you get may be drifting; one who gives much more than you may be owed.");
        var s = model.Summary ?? NetworkSummary.Empty;
        Paragraph(html, $"Overall you gave {Int(s.Given)} and received {Int(s.Received)}"
            + (s.Received > 0 ? $" (ratio {Num((double)s.Given / s.Received, 2)})." : "."));
        var kinds = model.GiveGetByKind.OrEmpty();
        if (!kinds.IsEmpty)
        {
            Table(html, "Give and get by kind", ["Kind", "Given", "Received"], [false, true, true],
                kinds.Select(k => new[] { Encode(k.Kind), Int(k.Given), Int(k.Received) }));
        }

        var top = model.TopContacts.OrEmpty();
        if (!top.IsEmpty)
        {
            var id = charts.Bars("giveget", "interactions", [.. top.Select(c => c.Name)],
                [("given", [.. top.Select(c => (double)c.Given)]), ("received", [.. top.Select(c => (double)c.Received)])], rowHeightRem: 1.6);
            var mostOwed = top.MaxBy(c => c.Received - c.Given)!;
            var caption = $"Given against received for the top {top.Length} contacts. "
                + (mostOwed.Received > mostOwed.Given
                    ? $"Gives you the most beyond what you give back: {mostOwed.Name} ({Int(mostOwed.Received)} received, {Int(mostOwed.Given)} given)."
                    : "None of them gives you more than you give.");
            Figure(html, id, "Give and get per top contact", caption, t =>
                Table(t, "Given and received per person", ["Person", "Given", "Received"], [false, true, true],
                    top.Select(c => new[] { Encode(c.Name), Int(c.Given), Int(c.Received) })));
        }

        Close(html);
    }

    private static void Overdue(StringBuilder html, List<(string Id, string Title)> sections, ReportModel model)
    {
        Open(html, sections, "overdue", "Overdue",
            "People past the usual interval of their layer (a week for the closest 5, a month for 15, a quarter for 50, a year for 150). "
            + "The overdue ratio is how far past it you are: 1 means twice the interval.");
        var overdue = model.Overdue.OrEmpty();
        if (overdue.IsEmpty)
        {
            Paragraph(html, "Nobody is overdue.");
        }
        else
        {
            Table(html, "Overdue contacts, most overdue first", ["Person", "Layer", "Days since contact", "Expected interval (days)", "Overdue ratio"],
                [false, true, true, true, true],
                overdue.Select(o => new[] { Encode(o.Name), LayerText(o.Layer), Int(o.DaysSinceContact), Int(o.ExpectedIntervalDays), Num(o.OverdueRatio, 2) }));
        }

        Close(html);
    }

    private static void Today(StringBuilder html, List<(string Id, string Title)> sections, ReportModel model)
    {
        Open(html, sections, "today", "Today",
            "What you can do today to add value to your network, most useful first, each with its reason in numbers.");
        var today = model.Today.OrEmpty();
        if (today.IsEmpty)
        {
            Paragraph(html, "Nothing due today.");
        }
        else
        {
            html.Append("<ol class=\"today\">\n");
            foreach (var item in today)
            {
                html.Append("<li><span class=\"action\">").Append(Encode(item.Action)).Append("</span>: <strong>").Append(Encode(item.Person));
                html.Append("</strong> — ").Append(Encode(item.Reason)).Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        Close(html);
    }

    private static void Diagnostics(StringBuilder html, List<(string Id, string Title)> sections, ReportModel model)
    {
        Open(html, sections, "diagnostics", "Import diagnostics",
            "What the import met while reading the exports: skipped records, files it does not know, guesses it made. Errors mean data was left out.");
        var diagnostics = model.Diagnostics.OrEmpty();
        if (diagnostics.IsEmpty)
        {
            Paragraph(html, "No diagnostics: every file was read in full.");
        }
        else
        {
            var counts = string.Join(", ", diagnostics.GroupBy(d => d.Severity, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{Int(g.Count())} {g.Key}"));
            Paragraph(html, $"{Int(diagnostics.Length)} diagnostics ({counts}).");
            Table(html, "Diagnostics", ["Severity", "Code", "Where", "Message"], [false, false, false, false],
                diagnostics.Take(MaxDiagnostics).Select(d => new[]
                {
                    $"<span class=\"sev-{SeverityClass(d.Severity)}\">{Encode(d.Severity)}</span>", Encode(d.Code),
                    Encode((d.File ?? "(input)") + (d.Line is { } line ? ":" + line.ToString(CultureInfo.InvariantCulture) : string.Empty)), Encode(d.Message),
                }), cssClass: "diagnostics");
            if (diagnostics.Length > MaxDiagnostics)
            {
                Paragraph(html, $"{Int(diagnostics.Length - MaxDiagnostics)} more not listed: `netmetrics inspect --json` lists them all.");
            }
        }

        Close(html);
    }

    private static string SeverityClass(string severity) => severity switch
    {
        "error" => "error",
        "warning" => "warning",
        _ => "info",
    };
}
