namespace NetworkMetrics.Cli.Report;

/// <summary>
/// The files the report inlines, embedded in the CLI assembly (NetworkMetrics.Cli.csproj): the chart library
/// (Chart.js, vendored in <c>Report/vendor/</c> with its licence and a note of where it came from), the report's
/// own script and style sheet.
/// </summary>
internal static class ReportAssets
{
    /// <summary>The vendored Chart.js version (Report/vendor/README.md).</summary>
    public const string ChartJsVersion = "4.6.1";

    private const string Prefix = "NetworkMetrics.Cli.Report.";

    private static readonly Lazy<string> s_chartJs = new(() => WithoutSourceMap(Read("chart.umd.min.js")));
    private static readonly Lazy<string> s_chartJsLicense = new(() => Read("chart.js.LICENSE.md"));
    private static readonly Lazy<string> s_script = new(() => Read("report.js"));
    private static readonly Lazy<string> s_style = new(() => Read("report.css"));

    /// <summary>Chart.js's UMD build, minified, without its source-map comment.</summary>
    public static string ChartJs => s_chartJs.Value;

    /// <summary>Chart.js's licence (MIT).</summary>
    public static string ChartJsLicense => s_chartJsLicense.Value;

    /// <summary>The script that draws the charts from the page's data block.</summary>
    public static string Script => s_script.Value;

    /// <summary>The page's style sheet (screen, phone, print).</summary>
    public static string Style => s_style.Value;

    private static string Read(string name)
    {
        using var stream = typeof(ReportAssets).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"The report asset '{name}' is not embedded in {typeof(ReportAssets).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>Drops the last line's <c>//# sourceMappingURL=…</c>: no developer tool should look for a map file beside the report.</summary>
    private static string WithoutSourceMap(string script)
    {
        var trimmed = script.TrimEnd();
        var lastLine = trimmed.LastIndexOf('\n');
        return lastLine >= 0 && trimmed.AsSpan(lastLine + 1).StartsWith("//# sourceMappingURL=", StringComparison.Ordinal)
            ? trimmed[..lastLine]
            : trimmed;
    }
}
