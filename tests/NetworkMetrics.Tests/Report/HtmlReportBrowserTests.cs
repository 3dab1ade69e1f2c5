using System.Text;
using System.Text.RegularExpressions;
using NetworkMetrics.Cli.Report;
using NetworkMetrics.Tests.TestSupport;

namespace NetworkMetrics.Tests.Report;

/// <summary>
/// The report in a real browser (Debian's headless Chromium over the DevTools protocol, docs/report.md): every chart
/// renders (a Chart.js instance with drawn elements, and a screenshot of its box that is not one colour), no console
/// error, no request attempted, readable at a phone's width, printable. The last tests check that these checks bite.
/// Set NETMETRICS_REPORT_SAMPLE_OUT to a file path to keep the representative report the first test opens.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class HtmlReportBrowserTests(ChromiumFixture chromium) : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Every_chart_of_the_representative_report_renders_with_no_error_and_no_request()
    {
        var browser = await Browser();
        var path = Write("report.html", HtmlReport.Render(ReportSamples.Representative()));
        if (Environment.GetEnvironmentVariable("NETMETRICS_REPORT_SAMPLE_OUT") is { Length: > 0 } keep)
        {
            File.Copy(path, keep, overwrite: true);
        }

        var page = await BrowserPage.OpenAsync(browser, path, 1280, 900, mobile: false);

        AssertClean(page, browser);
        Assert.Equal(["chart-1", "chart-2", "chart-3", "chart-4", "chart-5", "layers", "chart-6", "chart-7"], page.Charts.Select(c => c.Id));
        Assert.Equal("7", page.ChartsAttribute);
        AssertAllVisible(page);
    }

    [Fact]
    public async Task The_demo_writes_a_report_of_real_results_whose_charts_all_render()
    {
        var browser = await Browser();
        var (code, stdout, stderr) = await Run.Cli("demo", "--out", _dir.Path);
        Assert.True(code == 0, stderr);
        var path = stdout.TrimEnd().Split('\n')[^1];
        Assert.Equal(Path.Combine(_dir.Path, "report.html"), path);

        var page = await BrowserPage.OpenAsync(browser, path, 1280, 900, mobile: false);

        AssertClean(page, browser);
        // Per dated platform (LinkedIn, Facebook) a regrowth and a reconnection chart, the layer circles, give and get, …
        Assert.Contains("layers", page.Charts.Select(c => c.Id));
        Assert.True(page.Charts.Count >= 6, $"{page.Charts.Count} charts");
        AssertAllVisible(page);
    }

    [Fact]
    public async Task At_a_phones_width_the_charts_render_and_nothing_overflows_the_screen()
    {
        var browser = await Browser();
        var path = Write("report.html", HtmlReport.Render(ReportSamples.Representative()));

        var page = await BrowserPage.OpenAsync(browser, path, 390, 844, mobile: true);

        AssertClean(page, browser);
        Assert.Equal(8, page.Charts.Count);
        AssertAllVisible(page);
        Assert.All(page.Charts, c => Assert.True(c.X >= 0 && c.X + c.Width <= 390.5, $"{c.Id} stands outside the screen: x {c.X}, width {c.Width}"));
        Assert.True(page.ScrollWidth <= page.ViewportWidth, $"the page is {page.ScrollWidth} px wide on a {page.ViewportWidth} px screen");
    }

    [Fact]
    public async Task Without_a_before_export_the_charts_that_exist_render()
    {
        var browser = await Browser();
        var path = Write("report.html", HtmlReport.Render(ReportSamples.WithoutBefore()));

        var page = await BrowserPage.OpenAsync(browser, path, 1280, 900, mobile: false);

        AssertClean(page, browser);
        Assert.Equal(["layers", "chart-1", "chart-2"], page.Charts.Select(c => c.Id));
        AssertAllVisible(page);
    }

    [Fact]
    public async Task The_report_prints_to_several_pages()
    {
        var browser = await Browser();
        var path = Write("report.html", HtmlReport.Render(ReportSamples.Representative()));

        var pdf = await BrowserPage.PrintAsync(browser, path);

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        var pages = Regex.Matches(Encoding.Latin1.GetString(pdf), "/Type\\s*/Page[^s]").Count;
        Assert.True(pages >= 3, $"{pages} pages printed");
    }

    [Fact]
    public async Task The_checks_see_charts_that_did_not_render()
    {
        var browser = await Browser();
        var html = HtmlReport.Render(ReportSamples.WithoutBefore());
        // The page without its chart library: the drawing script reports it and the canvases stay blank.
        var broken = html.Replace("<script>" + ReportAssets.ChartJs + "</script>\n", string.Empty, StringComparison.Ordinal);
        Assert.NotEqual(html, broken);
        var path = Write("broken.html", broken);

        var page = await BrowserPage.OpenAsync(browser, path, 1280, 900, mobile: false);

        Assert.Contains(page.Errors, e => e.Contains("the chart library or the data is missing", StringComparison.Ordinal));
        Assert.Equal("failed", page.ChartsAttribute);
        var canvases = page.Charts.Where(c => c.Id != "layers").ToList();
        Assert.Equal(2, canvases.Count);
        Assert.All(canvases, c => Assert.False(c.Visible || c.Rendered, $"{c.Id} looks drawn: {c}"));
    }

    [Fact]
    public async Task The_checks_see_a_request_the_policy_blocks_and_one_it_would_let_through()
    {
        var browser = await Browser();
        var html = HtmlReport.Render(ReportSamples.WithoutBefore());
        // An image from the loopback discard port: announced as a request, then refused by the policy before it goes out...
        const string tracker = "<img src=\"http://127.0.0.1:9/tracker.png\" alt=\"\">";
        var blocked = Write("blocked.html", html.Replace("<main id=\"main\">", "<main id=\"main\">" + tracker, StringComparison.Ordinal));
        var page = await BrowserPage.OpenAsync(browser, blocked, 1280, 900, mobile: false);
        Assert.Contains(page.Errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal) && e.Contains("127.0.0.1:9", StringComparison.Ordinal));
        Assert.Equal(["http://127.0.0.1:9/tracker.png"], page.Requests);
        Assert.Equal(["http://127.0.0.1:9/tracker.png"], page.BlockedByPolicy);

        // ...and, with the policy removed, attempted (the port refuses the connection).
        var open = Regex.Replace(html, "<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", string.Empty)
            .Replace("<main id=\"main\">", "<main id=\"main\">" + tracker, StringComparison.Ordinal);
        Assert.DoesNotContain("http-equiv=\"Content-Security-Policy\"", open, StringComparison.Ordinal);
        var unprotected = await BrowserPage.OpenAsync(browser, Write("open.html", open), 1280, 900, mobile: false);
        Assert.Equal(["http://127.0.0.1:9/tracker.png"], unprotected.Requests);
        Assert.Empty(unprotected.BlockedByPolicy);
    }

    private async Task<HeadlessChromium> Browser()
    {
        try
        {
            return await chromium.BrowserAsync();
        }
        catch (InvalidOperationException e)
        {
            Assert.Fail(e.Message);
            throw;
        }
    }

    private string Write(string name, string html) => _dir.Write(name, html);

    private static void AssertClean(BrowserPage page, HeadlessChromium browser)
    {
        Assert.True(page.Errors.Count == 0, $"console errors in {browser.Version}:\n{string.Join('\n', page.Errors)}");
        Assert.True(page.Requests.Count == 0, $"requests attempted:\n{string.Join('\n', page.Requests)}");
        Assert.Empty(page.BlockedByPolicy);
    }

    private static void AssertAllVisible(BrowserPage page)
    {
        Assert.All(page.Charts, c =>
        {
            Assert.True(c.Rendered && c.DrawnElements > 0, $"{c.Id} has no drawn chart: {c}");
            Assert.True(c.Visible, $"{c.Id} is blank on the screenshot: {c}");
        });
    }
}
