namespace NetworkMetrics.Tests.Report;

/// <summary>
/// What the browser test saw of one chart: where it stands on the page, whether a Chart.js instance with drawn points
/// is behind its canvas, and how its screenshot looks (distinct colours, share of pixels that differ from the most
/// common one).
/// </summary>
internal sealed record ChartCheck(string Id, double X, double Y, double Width, double Height, bool Rendered, int DrawnElements, int Colours, double InkShare)
{
    /// <summary>Not blank: many colours (lines, fills, anti-aliased text) and a fair share of pixels off the background.</summary>
    public bool Visible => Width >= 100 && Height >= 100 && Colours >= 8 && InkShare >= 0.01;
}
