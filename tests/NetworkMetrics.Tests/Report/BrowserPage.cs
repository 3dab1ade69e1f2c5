using System.Text.Json;
using System.Text.Json.Nodes;

namespace NetworkMetrics.Tests.Report;

/// <summary>
/// One report opened in headless Chromium and what the checks need of it: every chart's box, its Chart.js instance and
/// its screenshot; the console errors, uncaught exceptions and error log entries (a CSP violation is one); every
/// request the page attempted; the page's width against the viewport's.
/// </summary>
internal sealed record BrowserPage(
    string Url,
    string? ChartsAttribute,
    IReadOnlyList<ChartCheck> Charts,
    IReadOnlyList<string> Errors,
    IReadOnlyList<string> Requests,
    IReadOnlyList<string> BlockedByPolicy,
    double ScrollWidth,
    double ViewportWidth)
{
    private static readonly TimeSpan s_step = TimeSpan.FromSeconds(90);

    /// <summary>Opens <paramref name="path"/> in a new target at the given viewport, waits for its load event and checks it.</summary>
    public static async Task<BrowserPage> OpenAsync(HeadlessChromium browser, string path, int width, int height, bool mobile)
    {
        var url = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        var target = await browser.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, s_step);
        var targetId = target.GetProperty("targetId").GetString()!;
        var attached = await browser.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true }, null, s_step);
        var session = attached.GetProperty("sessionId").GetString()!;
        try
        {
            foreach (var domain in new[] { "Runtime.enable", "Log.enable", "Network.enable", "Page.enable" })
            {
                await browser.SendAsync(domain, null, session, s_step);
            }

            await browser.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
            {
                ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = mobile,
            }, session, s_step);
            await browser.SendAsync("Page.navigate", new JsonObject { ["url"] = url }, session, s_step);
            await browser.WaitForEventAsync(session, "Page.loadEventFired", s_step);

            var listed = await EvaluateAsync(browser, session, """
                (async () => {
                  const frame = () => new Promise(r => requestAnimationFrame(() => r()));
                  await frame(); await frame();
                  return Array.from(document.querySelectorAll('[data-chart]')).map(el => {
                    const canvas = el.querySelector('canvas');
                    const chart = canvas && window.Chart ? window.Chart.getChart(canvas) : undefined;
                    let drawn = 0;
                    if (chart) { chart.data.datasets.forEach((d, i) => { drawn += chart.getDatasetMeta(i).data.length; }); }
                    else if (!canvas) { drawn = el.querySelectorAll('circle').length; }
                    return { id: el.getAttribute('data-chart'), rendered: chart !== undefined || (!canvas && drawn > 0), drawn };
                  });
                })()
                """);
            var charts = new List<ChartCheck>();
            foreach (var chart in listed.EnumerateArray())
            {
                var id = chart.GetProperty("id").GetString()!;
                charts.Add(await ShootAsync(browser, session, id, chart.GetProperty("rendered").GetBoolean(), chart.GetProperty("drawn").GetInt32()));
            }

            var page = await EvaluateAsync(browser, session, """
                ({ charts: document.documentElement.getAttribute('data-charts'),
                   scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })
                """);
            // Late events (a request started by a timer, a log entry) get a moment to arrive.
            await Task.Delay(500);
            var (errors, requests, blocked) = Problems(browser.Events(session), url);
            return new BrowserPage(url, page.GetProperty("charts").ValueKind == JsonValueKind.String ? page.GetProperty("charts").GetString() : null,
                charts, errors, requests, blocked, page.GetProperty("scrollWidth").GetDouble(), page.GetProperty("innerWidth").GetDouble());
        }
        finally
        {
            await browser.SendAsync("Target.closeTarget", new JsonObject { ["targetId"] = targetId }, null, s_step);
        }
    }

    /// <summary>Prints the page to PDF (as the browser's print dialog would) and returns the bytes.</summary>
    public static async Task<byte[]> PrintAsync(HeadlessChromium browser, string path)
    {
        var url = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        var target = await browser.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null, s_step);
        var targetId = target.GetProperty("targetId").GetString()!;
        var attached = await browser.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = targetId, ["flatten"] = true }, null, s_step);
        var session = attached.GetProperty("sessionId").GetString()!;
        try
        {
            await browser.SendAsync("Page.enable", null, session, s_step);
            await browser.SendAsync("Page.navigate", new JsonObject { ["url"] = url }, session, s_step);
            await browser.WaitForEventAsync(session, "Page.loadEventFired", s_step);
            var pdf = await browser.SendAsync("Page.printToPDF", new JsonObject { ["printBackground"] = true }, session, s_step);
            return Convert.FromBase64String(pdf.GetProperty("data").GetString()!);
        }
        finally
        {
            await browser.SendAsync("Target.closeTarget", new JsonObject { ["targetId"] = targetId }, null, s_step);
        }
    }

    private static async Task<ChartCheck> ShootAsync(HeadlessChromium browser, string session, string id, bool rendered, int drawn)
    {
        // Scrolled into view first, then measured in page coordinates (the clip of Page.captureScreenshot).
        var box = await EvaluateAsync(browser, session, $$"""
            (() => new Promise(resolve => {
              const el = document.querySelector('[data-chart="{{id}}"]');
              el.scrollIntoView({ block: 'center' });
              requestAnimationFrame(() => requestAnimationFrame(() => {
                const b = el.getBoundingClientRect();
                resolve({ x: b.x + window.scrollX, y: b.y + window.scrollY, width: b.width, height: b.height });
              }));
            }))()
            """);
        double x = box.GetProperty("x").GetDouble(), y = box.GetProperty("y").GetDouble();
        double width = box.GetProperty("width").GetDouble(), height = box.GetProperty("height").GetDouble();
        if (width < 1 || height < 1)
        {
            return new ChartCheck(id, x, y, width, height, rendered, drawn, 0, 0);
        }

        var shot = await browser.SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["clip"] = new JsonObject { ["x"] = x, ["y"] = y, ["width"] = width, ["height"] = height, ["scale"] = 1 },
        }, session, s_step);
        var png = Png.Decode(Convert.FromBase64String(shot.GetProperty("data").GetString()!));
        var counts = new Dictionary<uint, int>();
        foreach (var pixel in png.Pixels)
        {
            counts[pixel] = counts.GetValueOrDefault(pixel) + 1;
        }

        var background = counts.Values.Max();
        return new ChartCheck(id, x, y, width, height, rendered, drawn, counts.Count, 1 - ((double)background / png.Pixels.Length));
    }

    private static async Task<JsonElement> EvaluateAsync(HeadlessChromium browser, string session, string expression)
    {
        var result = await browser.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true,
        }, session, s_step);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"The test's script failed in the page: {exception.GetRawText()}");
        }

        return result.GetProperty("result").GetProperty("value");
    }

    /// <summary>
    /// The console errors and warnings, uncaught exceptions and error or warning log entries (Chromium logs a CSP
    /// violation as an error), every request other than the document's own navigation (Chromium announces a request
    /// with <c>Network.requestWillBeSent</c> even when the policy then blocks it), and those the policy blocked
    /// (<c>Network.loadingFailed</c> with <c>blockedReason</c> <c>csp</c>).
    /// </summary>
    private static (List<string> Errors, List<string> Requests, List<string> Blocked) Problems(IReadOnlyList<CdpEvent> events, string url)
    {
        var errors = new List<string>();
        var requests = new List<string>();
        var blocked = new List<string>();
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            switch (e.Method)
            {
                case "Runtime.consoleAPICalled" when e.Params.GetProperty("type").GetString() is "error" or "assert" or "warning":
                    errors.Add($"console.{e.Params.GetProperty("type").GetString()}: "
                        + string.Join(' ', e.Params.GetProperty("args").EnumerateArray().Select(a => a.TryGetProperty("value", out var v) ? v.ToString() : a.GetRawText())));
                    break;
                case "Runtime.exceptionThrown":
                    errors.Add("exception: " + e.Params.GetProperty("exceptionDetails").GetRawText());
                    break;
                case "Log.entryAdded" when e.Params.GetProperty("entry").GetProperty("level").GetString() is "error" or "warning":
                    var entry = e.Params.GetProperty("entry");
                    errors.Add($"log ({entry.GetProperty("source").GetString()}, {entry.GetProperty("level").GetString()}): {entry.GetProperty("text").GetString()}");
                    break;
                case "Network.requestWillBeSent":
                    var requested = e.Params.GetProperty("request").GetProperty("url").GetString() ?? string.Empty;
                    urls[e.Params.GetProperty("requestId").GetString()!] = requested;
                    if (requested != url)
                    {
                        requests.Add(requested);
                    }

                    break;
                case "Network.loadingFailed" when e.Params.TryGetProperty("blockedReason", out var reason) && reason.GetString() == "csp":
                    blocked.Add(urls.GetValueOrDefault(e.Params.GetProperty("requestId").GetString()!, "?"));
                    break;
            }
        }

        return (errors, requests, blocked);
    }
}
