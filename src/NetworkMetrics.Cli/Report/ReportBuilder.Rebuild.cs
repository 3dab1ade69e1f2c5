using System.Collections.Immutable;
using NetworkMetrics.Rebuild;
using NetworkMetrics.Statistics;

namespace NetworkMetrics.Cli.Report;

internal static partial class ReportBuilder
{
    /// <summary>The step of the fitted curve and of the band, in days (a point a week keeps the page and its tables small).</summary>
    public const int CurveStepDays = 7;

    /// <summary>How far past the as-of day a projection is drawn at most, in days (three years).</summary>
    public const int LongestHorizonDays = 3 * 365;

    /// <summary>The report with the rebuild: the current network and scores, and the rebuild per platform.</summary>
    public static ReportModel WithRebuild(ReportModel current, RebuildResult rebuild) => current with
    {
        HasBeforeExport = true,
        Reset = DateOnly.FromDateTime(rebuild.Reset.UtcDateTime),
        ResetInferred = rebuild.ResetInferred,
        Rebuild = [.. rebuild.Platforms.Select(p => RebuildOf(p, rebuild))],
    };

    private static PlatformRebuild RebuildOf(NetworkMetrics.Rebuild.PlatformRebuild p, RebuildResult rebuild)
    {
        var reset = DateOnly.FromDateTime(rebuild.Reset.UtcDateTime);
        var asOfDay = DateOnly.FromDateTime(rebuild.AsOf.UtcDateTime).DayNumber - reset.DayNumber;
        return new PlatformRebuild(p.Platform.ToString(), p.Before, p.Before, p.After, p.Returning, p.New, p.Lost)
        {
            TiesDated = p.Dated,
            Recovered = p.Recovered,
            QualityRecovered = p.QualityRecovered,
            Concordance = p.Concordance?.Index,
            RatePerWeek = p.RatePerWeek,
            RatePerWeekLast4 = p.RatePerWeekLast4,
            Series = [.. p.Series.Select(s => new CountPoint(s.Date, s.Count))],
            Fit = p.Dated ? Fit(p, reset, asOfDay) : new RegrowthFit(ProjectionStatus.NotFitted, null),
            Reconnection = p.Survival is { } survival ? Reconnection(survival, asOfDay) : null,
        };
    }

    private static RegrowthFit Fit(NetworkMetrics.Rebuild.PlatformRebuild p, DateOnly reset, int asOfDay)
    {
        if (p.Fits is null)
        {
            return new RegrowthFit(ProjectionStatus.NotFitted, null);
        }

        if (p.Fits.Best is not { } best)
        {
            return new RegrowthFit(ProjectionStatus.NotConverged, null);
        }

        var projection = p.Projection;
        var status = projection?.Fit.Status switch
        {
            GrowthProjectionStatus.Reached => ProjectionStatus.Projected,
            GrowthProjectionStatus.CeilingBelowTarget => ProjectionStatus.CeilingBelowBaseline,
            GrowthProjectionStatus.FitNotConverged => ProjectionStatus.NotConverged,
            _ => ProjectionStatus.NotFitted,
        };

        // Draw to the projected day's upper end (or the day itself when open above), a little past it, within three years.
        var end = asOfDay;
        if (status == ProjectionStatus.Projected && projection!.Date is { } date)
        {
            var target = (projection.Upper ?? date).DayNumber - reset.DayNumber;
            end = Math.Clamp((int)Math.Ceiling(target * 1.1), asOfDay, asOfDay + LongestHorizonDays);
        }

        var curve = ImmutableArray.CreateBuilder<CountPoint>();
        var band = ImmutableArray.CreateBuilder<BandPoint>();
        for (var day = 0; ; day = Math.Min(day + CurveStepDays, end))
        {
            curve.Add(new CountPoint(reset.AddDays(day), Math.Round(best.Evaluate(day), 2)));
            if (day >= asOfDay && best.Band(day) is { } b)
            {
                band.Add(new BandPoint(reset.AddDays(day), Math.Round(Math.Max(0, b.Lower), 2), Math.Round(b.Upper, 2)));
            }

            if (day == end)
            {
                break;
            }
        }

        double? ceiling = best.Parameters.FirstOrDefault(x => x.Name == "K") is { Name: "K" } k ? k.Value : null;
        return new RegrowthFit(status, best.Name)
        {
            Curve = curve.ToImmutable(),
            Band = band.ToImmutable(),
            Ceiling = ceiling,
            ProjectedDate = status == ProjectionStatus.Projected ? projection!.Date : null,
            ProjectedLower = status == ProjectionStatus.Projected ? projection!.Lower : null,
            ProjectedUpper = status == ProjectionStatus.Projected ? projection!.Upper : null,
        };
    }

    private static ReconnectionCurve Reconnection(SurvivalCurve survival, int followUpDays) =>
        new([.. survival.Rows.Select(r => new SurvivalPoint(r.Time, r.Survival, r.Lower ?? 0, r.Upper ?? 0))], followUpDays)
        {
            MedianDays = survival.Median,
            MedianLower = survival.MedianLower,
            MedianUpper = survival.MedianUpper,
        };
}
