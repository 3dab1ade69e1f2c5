using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NetworkMetrics.Cli.Report;

/// <summary>
/// Renders a <see cref="ReportModel"/> as one self-contained HTML page that works offline: the chart library, the
/// drawing script, the style sheet and the data are inlined; a Content-Security-Policy allows exactly those inline
/// scripts and the style sheet (by their SHA-256) and forbids every fetch, font, frame and form target. The page is
/// responsive, printable and accessible (landmarks, a caption and a data table for every chart). docs/report.md
/// describes each section.
/// </summary>
internal static partial class HtmlReport
{
    /// <summary>Diagnostics listed at most; the rest are counted.</summary>
    internal const int MaxDiagnostics = 500;

    /// <summary>Renders the page.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var charts = new ReportCharts();
        var body = new StringBuilder(64 * 1024);
        var sections = new List<(string Id, string Title)>();

        Summary(body, sections, model);
        Rebuild(body, sections, model, charts);
        Layers(body, sections, model);
        TopContacts(body, sections, model, charts);
        GiveGet(body, sections, model, charts);
        Overdue(body, sections, model);
        Today(body, sections, model);
        Diagnostics(body, sections, model);

        return Page(model, sections, body.ToString(), charts.ToJson());
    }

    private static string Page(ReportModel model, List<(string Id, string Title)> sections, string body, string data)
    {
        var chartJs = ReportAssets.ChartJs;
        var script = ReportAssets.Script;
        var style = ReportAssets.Style;
        foreach (var inline in new[] { chartJs, script, data })
        {
            // An inlined script ends at the first "</script" whatever the JavaScript says.
            if (inline.Contains("</script", StringComparison.OrdinalIgnoreCase) || inline.Contains("<!--", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("An inlined script holds '</script' or '<!--', which would end or escape its element.");
            }
        }

        var csp = $"default-src 'none'; script-src '{Sha256(chartJs)}' '{Sha256(script)}'; style-src '{Sha256(style)}'; img-src data:; base-uri 'none'; form-action 'none'";
        var asOf = Day(model.AsOf);
        var html = new StringBuilder(body.Length + chartJs.Length + data.Length + 16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(csp).Append("\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"robots\" content=\"noindex, nofollow\">\n");
        html.Append("<meta name=\"generator\" content=\"netmetrics\">\n");
        html.Append("<title>").Append(Encode($"{model.Title} — {model.Owner}, as of {asOf}")).Append("</title>\n");
        html.Append("<link rel=\"icon\" href=\"data:,\">\n");
        html.Append("<style>").Append(style).Append("</style>\n</head>\n<body>\n");
        html.Append("<a class=\"skip\" href=\"#main\">Skip to the report</a>\n");
        html.Append("<header>\n<h1>").Append(Encode(model.Title)).Append("</h1>\n<p class=\"meta\">");
        html.Append(Encode(model.Owner)).Append(" · as of <time datetime=\"").Append(asOf).Append("\">").Append(asOf).Append("</time>");
        if (model.Reset is { } reset)
        {
            html.Append(" · reset <time datetime=\"").Append(Day(reset)).Append("\">").Append(Day(reset)).Append("</time>");
            html.Append(model.ResetInferred ? " (inferred from the exports)" : " (as given)");
        }

        html.Append("</p>\n</header>\n<nav aria-label=\"Sections\">\n<ul>\n");
        foreach (var (id, title) in sections)
        {
            html.Append("<li><a href=\"#").Append(id).Append("\">").Append(Encode(title)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n<main id=\"main\">\n").Append(body).Append("</main>\n");
        Footer(html);
        html.Append("<script type=\"application/json\" id=\"report-data\">").Append(data).Append("</script>\n");
        html.Append("<script>").Append(chartJs).Append("</script>\n");
        html.Append("<script>").Append(script).Append("</script>\n");
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Footer(StringBuilder html)
    {
        html.Append("<footer>\n<p>Written by netmetrics on this computer from the exports alone. ");
        html.Append("The page makes no network request: everything it needs is inside this file, and its Content-Security-Policy forbids fetching anything.</p>\n");
        html.Append("<p>This file holds private data (names, scores, counts and dates; no message text): keep it where you keep the exports.</p>\n");
        html.Append("<p>Charts drawn by Chart.js ").Append(ReportAssets.ChartJsVersion);
        html.Append(" (MIT licence; it bundles @kurkle/color, MIT licence), inlined into this page.</p>\n");
        html.Append("<details class=\"licence\">\n<summary>Chart.js licence</summary>\n<pre>").Append(Encode(ReportAssets.ChartJsLicense)).Append("</pre>\n</details>\n");
        html.Append("</footer>\n");
    }

    private static string Sha256(string text) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Escapes text for HTML content and quoted attribute values.</summary>
    internal static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#39;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Int(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Num(double value, int digits) =>
        double.IsFinite(value) ? value.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : "–";

    private static string Percent(double share) =>
        double.IsFinite(share) ? (share * 100).ToString("F1", CultureInfo.InvariantCulture) + "%" : "–";
}
