using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetworkMetrics.Cli.Report;
using NetworkMetrics.Tests.TestSupport;

namespace NetworkMetrics.Tests.Report;

/// <summary>The HTML report's renderer: sections, text alternatives, the no-before variant, offline by construction, no message text.</summary>
public sealed partial class HtmlReportTests
{
    private static readonly string[] s_sections = ["summary", "rebuild", "layers", "top", "giveget", "overdue", "today", "diagnostics"];

    [Fact]
    public void A_full_model_has_every_section_with_its_heading_and_navigation_link()
    {
        var html = HtmlReport.Render(ReportSamples.Representative());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        foreach (var id in s_sections)
        {
            Assert.Contains($"<section id=\"{id}\" aria-labelledby=\"{id}-h\">", html, StringComparison.Ordinal);
            Assert.Matches($"<h2 id=\"{id}-h\">[^<]+</h2>", html);
            Assert.Contains($"<li><a href=\"#{id}\">", html, StringComparison.Ordinal);
        }

        foreach (var landmark in new[] { "<header>", "<nav aria-label=\"Sections\">", "<main id=\"main\">", "<footer>" })
        {
            Assert.Single(Regex.Matches(html, Regex.Escape(landmark)));
        }

        foreach (var platform in new[] { "LinkedIn", "Facebook", "Twitter" })
        {
            Assert.Matches($"<h3 id=\"rebuild-\\d-h\">{platform}</h3>", html);
        }
    }

    [Fact]
    public void Every_chart_has_a_canvas_a_caption_and_a_data_table_and_the_data_block_describes_each()
    {
        var html = HtmlReport.Render(ReportSamples.Representative());
        using var data = DataBlock(html);
        var charts = data.RootElement.GetProperty("charts").EnumerateArray().ToList();

        // Per dated platform a regrowth and a reconnection chart (LinkedIn, Facebook; X is undated), then the recovery,
        // factor and give/get charts.
        Assert.Equal(["regrowth", "survival", "regrowth", "survival", "recovery", "factors", "giveget"], charts.Select(c => c.GetProperty("kind").GetString()));
        foreach (var id in charts.Select(c => c.GetProperty("id").GetString()))
        {
            Assert.Matches($"<div class=\"chart\" data-chart=\"{id}\"><canvas id=\"{id}\" role=\"img\" aria-label=\"[^\"]+\" aria-describedby=\"{id}-cap\"><p>[^<]+</p></canvas></div>", html);
            Assert.Matches($"<figcaption id=\"{id}-cap\">[^<]+</figcaption>\\n<details class=\"data\">\\n<summary>Data table: [^<]+</summary>\\n<div class=\"table-wrap\" tabindex=\"0\" role=\"group\" aria-label=\"[^\"]+\">\\n<table>", html);
        }

        // The layer circles are an SVG diagram with a title, a description and their own table.
        Assert.Contains("<div class=\"layer-chart\" data-chart=\"layers\">", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"layers-title layers-desc\"", html, StringComparison.Ordinal);
        Assert.Equal(5, Regex.Matches(html, "<circle ").Count);
        Assert.Equal(charts.Count + 1, Regex.Matches(html, "<details class=\"data\">").Count);
    }

    [Fact]
    public void The_rebuild_says_what_each_fit_projects()
    {
        var model = ReportSamples.Representative();
        var html = HtmlReport.Render(model);
        var linkedIn = model.Rebuild[0].Fit!;

        Assert.Equal(ProjectionStatus.Projected, linkedIn.Status);
        Assert.Contains($"Best fit: logistic. Projected back to 401 on {linkedIn.ProjectedDate:yyyy-MM-dd} (95% interval {linkedIn.ProjectedLower:yyyy-MM-dd} to {linkedIn.ProjectedUpper:yyyy-MM-dd}).", html, StringComparison.Ordinal);
        Assert.Contains("Best fit: saturating-exponential. Its ceiling of about 195 lies below the baseline of 306", html, StringComparison.Ordinal);
        Assert.Contains("Twitter&#39;s ties carry no dates", html, StringComparison.Ordinal);

        var notConverged = model with
        {
            Rebuild = [model.Rebuild[0] with { Fit = linkedIn with { Status = ProjectionStatus.NotConverged, Model = null } }],
        };
        var failed = HtmlReport.Render(notConverged);
        Assert.Contains("No growth model converged on this series: no fitted curve and no projection are shown.", failed, StringComparison.Ordinal);
        Assert.DoesNotContain("Projected back to", failed, StringComparison.Ordinal);
        using var data = DataBlock(failed);
        var regrowth = data.RootElement.GetProperty("charts")[0];
        Assert.Equal(0, regrowth.GetProperty("curve").GetArrayLength());
        Assert.Equal(0, regrowth.GetProperty("band").GetArrayLength());
        Assert.Equal(model.Rebuild[0].Series.Length, regrowth.GetProperty("observed").GetArrayLength());
    }

    [Fact]
    public void The_reconnection_curve_starts_at_one_and_runs_flat_to_the_end_of_the_follow_up()
    {
        var model = ReportSamples.Representative();
        var curve = model.Rebuild[1].Reconnection!;
        var html = HtmlReport.Render(model);
        using var data = DataBlock(html);
        var points = data.RootElement.GetProperty("charts")[3].GetProperty("points").EnumerateArray().ToList();

        Assert.True(curve.Points[0].T > 0 && curve.Points[^1].T < curve.FollowUpDays, "the sample needs both ends completed");
        Assert.Equal([0.0, 1, 1, 1], points[0].EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(curve.Points.Length + 2, points.Count);
        Assert.Equal(curve.FollowUpDays, points[^1][0].GetDouble());
        Assert.Equal(curve.Points[^1].Survival, points[^1][1].GetDouble());
        Assert.NotNull(curve.MedianDays);
        Assert.Contains($"Median time to reconnect: {curve.MedianDays:F0} days", html, StringComparison.Ordinal);
        Assert.Contains("Fewer than half of the baseline contacts are back: no median yet.", html, StringComparison.Ordinal); // LinkedIn
    }

    [Fact]
    public void Without_a_before_export_the_report_shows_what_exists_and_says_what_a_before_export_would_add()
    {
        var html = HtmlReport.Render(ReportSamples.WithoutBefore());
        using var data = DataBlock(html);

        Assert.Contains("<p class=\"notice\" role=\"note\" id=\"no-before\">" + HtmlReport.Encode(HtmlReport.NoBeforeExportNotice) + "</p>", html, StringComparison.Ordinal);
        Assert.Equal(["factors", "giveget"], data.RootElement.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("kind").GetString()));
        foreach (var id in s_sections)
        {
            Assert.Contains($"<section id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<article", html, StringComparison.Ordinal);
        Assert.DoesNotContain("reset <time", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"no-before\"", HtmlReport.Render(ReportSamples.Representative()), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_of_the_model_reaches_the_page_encoded()
    {
        var model = ReportSamples.Representative();
        var html = HtmlReport.Render(model);
        var texts = Strings(model).Distinct(StringComparer.Ordinal).ToList();

        Assert.True(texts.Count > 40, $"only {texts.Count} strings in the sample");
        Assert.All(texts, t => Assert.Contains(HtmlReport.Encode(t), html, StringComparison.Ordinal));
    }

    [Fact]
    public void Names_cannot_inject_markup_or_end_the_data_block()
    {
        const string hostile = "</script><script>alert('x')</script><img src=x onerror=alert(1)> & \"Bob\"";
        var sample = ReportSamples.Representative();
        var model = sample with
        {
            Owner = hostile,
            TopContacts = [sample.TopContacts[0] with { Name = hostile }],
            Today = [new TodayItem("reply", hostile, hostile)],
        };
        var html = HtmlReport.Render(model);

        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(html, "<script").Count); // the data block, Chart.js, the drawing script
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)", html, StringComparison.Ordinal);
        using var data = DataBlock(html);
        var factors = data.RootElement.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "factors");
        Assert.Equal(hostile, factors.GetProperty("labels")[0].GetString());
    }

    [Fact]
    public void The_policy_allows_exactly_the_inlined_scripts_and_style_and_forbids_every_fetch()
    {
        var html = HtmlReport.Render(ReportSamples.Representative());
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        var policy = CspPolicy().Match(head);

        Assert.True(policy.Success);
        Assert.True(policy.Index < head.IndexOf("<style>", StringComparison.Ordinal), "the policy comes before the style sheet");
        var directives = policy.Groups[1].Value.Split("; ").ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..], StringComparer.Ordinal);
        Assert.Equal(["'none'"], directives["default-src"]);
        Assert.Equal(["data:"], directives["img-src"]);
        Assert.Equal(["'none'"], directives["base-uri"]);
        Assert.Equal(["'none'"], directives["form-action"]);
        Assert.DoesNotContain("unsafe", policy.Value, StringComparison.Ordinal);

        var scripts = InlineScript().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, scripts.Count);
        Assert.Equal(scripts.Select(Hash), directives["script-src"].Select(h => h.Trim('\'')));
        var style = InlineStyle().Match(html).Groups[1].Value;
        Assert.Equal([Hash(style)], directives["style-src"].Select(h => h.Trim('\'')));
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal); // a style attribute would be refused by the policy
    }

    [Fact]
    public void The_page_names_no_address_outside_the_libraries_licence_comments_and_fetches_nothing()
    {
        var html = HtmlReport.Render(ReportSamples.Representative());
        var chartJs = ReportAssets.ChartJs;

        Assert.Contains(chartJs, html, StringComparison.Ordinal);
        var outsideLibrary = html.Replace(chartJs, string.Empty, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)https?:|//[a-z0-9.-]+\\.[a-z]{2,}/", outsideLibrary);
        // In the library, addresses stand only in its /*! … */ licence comments (Chart.js's and @kurkle/color's).
        var comments = LicenceComment().Matches(chartJs);
        Assert.Equal(2, comments.Count);
        Assert.DoesNotMatch("(?i)https?:", LicenceComment().Replace(chartJs, string.Empty));
        foreach (var api in new[] { "fetch(", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon", "importScripts", "sourceMappingURL" })
        {
            Assert.DoesNotContain(api, html, StringComparison.Ordinal);
        }

        // Every attribute that could load something points inside the page or at a data: URL.
        foreach (Match m in Regex.Matches(html, "\\s(?:src|href|srcset|poster|action|data)=\"([^\"]*)\""))
        {
            Assert.Matches("^(#[a-z0-9-]+|data:,)$", m.Groups[1].Value);
        }

        Assert.DoesNotMatch("(?i)url\\(|@import|@font-face", InlineStyle().Match(html).Groups[1].Value);
    }

    [Fact]
    public void The_footer_names_the_chart_library_and_carries_its_licence()
    {
        var html = HtmlReport.Render(ReportSamples.WithoutBefore());
        var footer = html[html.IndexOf("<footer>", StringComparison.Ordinal)..html.IndexOf("</footer>", StringComparison.Ordinal)];

        Assert.Contains($"Charts drawn by Chart.js {ReportAssets.ChartJsVersion} (MIT licence", footer, StringComparison.Ordinal);
        Assert.Contains("Permission is hereby granted, free of charge", footer, StringComparison.Ordinal);
        Assert.StartsWith($"/*!\n * Chart.js v{ReportAssets.ChartJsVersion}\n", ReportAssets.ChartJs, StringComparison.Ordinal);
    }

    [Fact]
    public void The_vendored_files_are_the_ones_the_note_describes()
    {
        var note = File.ReadAllText(Path.Combine(Repository.Root, "src/NetworkMetrics.Cli/Report/vendor/README.md"));
        Assert.Contains($"chart.js@{ReportAssets.ChartJsVersion}", note, StringComparison.Ordinal);
        foreach (var (file, resource) in new[] { ("chart.umd.min.js", "chart.umd.min.js"), ("chart.js.LICENSE.md", "chart.js.LICENSE.md") })
        {
            using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream("NetworkMetrics.Cli.Report." + resource)!;
            var sha = Convert.ToHexString(SHA256.HashData(stream)).ToLowerInvariant();
            Assert.Contains($"| {file} | {sha} |", note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_model_holds_plain_values_and_no_field_for_message_text()
    {
        var types = new HashSet<Type>();
        Collect(typeof(ReportModel), types);
        var properties = types.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Property: p))).ToList();

        Assert.Contains(typeof(TopContact), types);
        Assert.Contains(typeof(SurvivalPoint), types);
        Assert.All(types, t => Assert.Equal("NetworkMetrics.Cli.Report", t.Namespace));
        string[] messageLike = ["Content", "Text", "Body", "Snippet", "Preview", "Subject", "Messages", "MessageText", "Conversation"];
        Assert.All(properties, p => Assert.DoesNotContain(messageLike, n => p.Property.Name.Contains(n, StringComparison.OrdinalIgnoreCase)));
        // The one "Message" is a diagnostic's own explanation, written by the importer.
        Assert.Equal([typeof(ReportDiagnostic)], properties.Where(p => p.Property.Name == "Message").Select(p => p.Type));
    }

    [Fact]
    public void Diagnostics_beyond_the_limit_are_counted_not_listed()
    {
        var many = Enumerable.Range(1, HtmlReport.MaxDiagnostics + 37)
            .Select(i => new ReportDiagnostic("warning", "csv.malformed", "big.csv", $"row {i} is short") { Line = i }).ToImmutableArray();
        var html = HtmlReport.Render(ReportSamples.WithoutBefore() with { Diagnostics = many });

        Assert.Contains($"big.csv:{HtmlReport.MaxDiagnostics}<", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"big.csv:{HtmlReport.MaxDiagnostics + 1}<", html, StringComparison.Ordinal);
        Assert.Contains("37 more not listed", html, StringComparison.Ordinal);
        Assert.Contains($"{HtmlReport.MaxDiagnostics + 37} diagnostics (537 warning).", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_model_renders_every_section_with_its_empty_statement_and_non_finite_numbers_do_not_break_the_data()
    {
        var empty = HtmlReport.Render(new ReportModel("Network report", "Nobody", new DateOnly(2025, 1, 1)));
        foreach (var statement in new[] { "No current export was read.", "No layers", "No scored contacts.", "Nobody is overdue.", "Nothing due today.", "No diagnostics" })
        {
            Assert.Contains(statement, empty, StringComparison.Ordinal);
        }

        var sample = ReportSamples.Representative();
        var odd = sample with
        {
            Rebuild = [sample.Rebuild[0] with { Series = [new(new DateOnly(2025, 1, 6), double.NaN), new(new DateOnly(2025, 1, 7), 3)] }],
        };
        using var data = DataBlock(HtmlReport.Render(odd));
        Assert.Equal(JsonValueKind.Null, data.RootElement.GetProperty("charts")[0].GetProperty("observed")[0][1].ValueKind);
        Assert.Throws<ArgumentNullException>(() => HtmlReport.Render(null!));
    }

#if NET10_0_OR_GREATER
    [Fact]
    public void The_cli_that_renders_the_report_references_no_networking_assembly()
    {
        // On net10.0 the renderer lives in netmetrics.dll (on net8.0 its sources are compiled into the tests, which may use sockets).
        var cli = typeof(HtmlReport).Assembly;
        Assert.Equal("netmetrics", cli.GetName().Name);
        using var stream = File.OpenRead(cli.Location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        var assemblies = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();

        Assert.Contains("System.Runtime", assemblies);
        Assert.DoesNotContain(assemblies, a => a.StartsWith("System.Net.", StringComparison.Ordinal));
    }
#endif

    private static JsonDocument DataBlock(string html) =>
        JsonDocument.Parse(Regex.Match(html, "<script type=\"application/json\" id=\"report-data\">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value);

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The model's type graph: the report records reachable through properties and arrays; anything else must be a plain value.</summary>
    private static void Collect(Type type, HashSet<Type> seen)
    {
        var element = Nullable.GetUnderlyingType(type) ?? type;
        if (element.IsGenericType && element.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            Collect(element.GetGenericArguments()[0], seen);
            return;
        }

        if (element == typeof(string) || element == typeof(bool) || element == typeof(int) || element == typeof(long) || element == typeof(double)
            || element == typeof(DateOnly) || element.IsEnum)
        {
            return;
        }

        Assert.True(element.Namespace == "NetworkMetrics.Cli.Report" && element.IsClass, $"{element} is not a plain value or a report record");
        if (!seen.Add(element))
        {
            return;
        }

        foreach (var p in element.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
        {
            Collect(p.PropertyType, seen);
        }
    }

    private static IEnumerable<string> Strings(object? value)
    {
        switch (value)
        {
            case null:
                yield break;
            case string s:
                yield return s;
                yield break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    foreach (var s in Strings(item))
                    {
                        yield return s;
                    }
                }

                yield break;
        }

        var type = value.GetType();
        if (type.Namespace != "NetworkMetrics.Cli.Report" || type.IsEnum)
        {
            yield break;
        }

        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract" && p.GetIndexParameters().Length == 0))
        {
            foreach (var s in Strings(p.GetValue(value)))
            {
                yield return s;
            }
        }
    }

    [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">")]
    private static partial Regex CspPolicy();

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex InlineStyle();

    [GeneratedRegex("/\\*!.*?\\*/", RegexOptions.Singleline)]
    private static partial Regex LicenceComment();
}
