using System.Text;

namespace NetworkMetrics.Cli.Report;

/// <summary>The summary and the rebuild sections: counts, regrowth with its fit and projection, reconnection curve, quality.</summary>
internal static partial class HtmlReport
{
    /// <summary>What the page says when no before export was given.</summary>
    internal const string NoBeforeExportNotice =
        "No before export was given, so this report shows the network as it is now. A before export (the platforms' exports "
        + "from before the reset, given with --before) would add, per platform: who came back, who is new and who is lost; the "
        + "regrowth curve since the reset with the fitted growth model and the projected date back to the old size; the time to "
        + "reconnect (Kaplan–Meier); and whether the closest contacts came back first (quality recovered against count recovered, "
        + "concordance).";

    private static void Summary(StringBuilder html, List<(string Id, string Title)> sections, ReportModel model)
    {
        Open(html, sections, "summary", "At a glance",
            "The network as the current exports show it, and the contact-quality model's network-wide numbers. The quality-weighted "
            + "size counts each person by their score (a person scored 100 counts as one, a person scored 20 as a fifth).");
        var s = model.Summary ?? NetworkSummary.Empty;
        var items = new List<(string, string)>
        {
            ("People", Int(s.People)),
            ("Quality-weighted size", Num(s.QualityWeightedSize, 1)),
            ("Ties with no contact", Int(s.NoContact)),
            ("Given", Int(s.Given)),
            ("Received", Int(s.Received)),
            ("Give/get ratio", s.Received > 0 ? Num((double)s.Given / s.Received, 2) : "–"),
        };
        if (s.EffortOnTop5 is { } top5)
        {
            items.Add(("Effort on the closest 5", Percent(top5)));
        }

        if (s.EffortOnTop15 is { } top15)
        {
            items.Add(("Effort on the closest 15", Percent(top15)));
        }

        Numbers(html, items);
        var networks = model.Networks.OrEmpty();
        if (networks.IsEmpty)
        {
            Paragraph(html, "No current export was read.");
        }
        else
        {
            Table(html, "The network now, per platform", ["Platform", "What is counted", "Count", "Export of"], [false, false, true, false],
                networks.Select(n => new[] { Encode(n.Platform), Encode(n.Relationship), Int(n.Count), n.ExportedAt is { } d ? Day(d) : "unknown" }));
        }

        if (s.EffortOnTop5 is not null || s.EffortOnTop15 is not null)
        {
            Paragraph(html, "Effort is the share of all interaction on the closest 5 and the closest 15 people; Dunbar's layers put about 40% "
                + "of social effort on the closest 5 and about 20% on the next 10.", "how");
        }

        Close(html);
    }

    private static void Rebuild(StringBuilder html, List<(string Id, string Title)> sections, ReportModel model, ReportCharts charts)
    {
        Open(html, sections, "rebuild", "Rebuild since the reset",
            "Per platform: how many of the ties at the reset (the baseline) came back, how fast the network regrows, when the fitted "
            + "curve reaches the old size again, and whether the closest contacts came back first.");
        if (!model.HasBeforeExport)
        {
            html.Append("<p class=\"notice\" role=\"note\" id=\"no-before\">").Append(Encode(NoBeforeExportNotice)).Append("</p>\n");
        }

        var platforms = model.Rebuild.OrEmpty();
        if (platforms.IsEmpty && model.HasBeforeExport)
        {
            Paragraph(html, "No platform had usable before and after exports.");
        }

        var index = 0;
        foreach (var p in platforms)
        {
            index++;
            RebuildPlatform(html, model, p, index, charts);
        }

        var withQuality = platforms.Where(p => p.QualityRecovered is not null).ToList();
        if (withQuality.Count > 0)
        {
            html.Append("<h3>Quality recovered against count recovered</h3>\n");
            var id = charts.Bars("recovery", "share of the baseline", [.. withQuality.Select(p => p.Platform)],
                [("count recovered", [.. withQuality.Select(p => p.Recovered)]), ("quality recovered", [.. withQuality.Select(p => p.QualityRecovered!.Value)])]);
            var caption = string.Join("; ", withQuality.Select(p =>
                $"{p.Platform}: {Percent(p.QualityRecovered!.Value)} of the baseline's quality came back with {Percent(p.Recovered)} of its count"))
                + ". Quality above count means the contacts who came back are the ones who mattered more.";
            Figure(html, id, "Quality recovered against count recovered, per platform", caption, t =>
                Table(t, "Share of the baseline recovered", ["Platform", "Count recovered", "Quality recovered", "Concordance"], [false, true, true, true],
                    withQuality.Select(p => new[] { Encode(p.Platform), Percent(p.Recovered), Percent(p.QualityRecovered!.Value), p.Concordance is { } c ? Num(c, 3) : "–" })));
        }

        Close(html);
    }

    private static void RebuildPlatform(StringBuilder html, ReportModel model, PlatformRebuild p, int index, ReportCharts charts)
    {
        var unit = model.Networks.OrEmpty().FirstOrDefault(n => n.Platform == p.Platform)?.Relationship ?? "ties";
        html.Append("<article aria-labelledby=\"rebuild-").Append(index).Append("-h\">\n<h3 id=\"rebuild-").Append(index).Append("-h\">");
        html.Append(Encode(p.Platform)).Append("</h3>\n");
        var items = new List<(string, string)>
        {
            ("Baseline", Int(p.Baseline)),
            ("Before", Int(p.Before)),
            ("After", Int(p.After)),
            ("Returning", Int(p.Returning)),
            ("New", Int(p.New)),
            ("Lost", Int(p.Lost)),
            ("Recovered (count)", Percent(p.Recovered)),
        };
        if (p.QualityRecovered is { } quality)
        {
            items.Add(("Recovered (quality)", Percent(quality)));
        }

        if (p.Concordance is { } concordance)
        {
            items.Add(("Concordance", Num(concordance, 3)));
        }

        if (p.RatePerWeek is { } rate)
        {
            items.Add(("Per week", Num(rate, 1)));
        }

        if (p.RatePerWeekLast4 is { } last4)
        {
            items.Add(("Per week, last 4", Num(last4, 1)));
        }

        Numbers(html, items);

        if (!p.TiesDated)
        {
            Paragraph(html, $"{p.Platform}'s ties carry no dates: the counts above and the lists only. The regrowth curve, its projection and "
                + "the time to reconnect need dated ties, and none are invented.", "notice");
        }
        else
        {
            var series = p.Series.OrEmpty();
            if (series.IsEmpty)
            {
                Paragraph(html, "No dated tie since the reset: no regrowth curve to draw.");
            }
            else
            {
                var id = charts.Regrowth(unit, p.Baseline, series, p.Fit);
                var caption = $"{p.Platform}: {Num(series[^1].Count, 0)} {unit} on {Day(series[^1].Date)}, {Percent(p.Baseline > 0 ? series[^1].Count / p.Baseline : double.NaN)} "
                    + $"of the baseline of {Int(p.Baseline)} at the reset. " + FitStatement(p);
                Figure(html, id, $"{p.Platform}: regrowth since the reset", caption, t => RegrowthTable(t, p, series));
            }

            if (p.Reconnection is { } curve && !curve.Points.OrEmpty().IsEmpty)
            {
                var points = Completed(curve);
                var id = charts.Survival(points);
                var caption = $"{p.Platform}: share of the baseline contacts not back yet, by days since the reset (Kaplan–Meier, 95% interval). "
                    + MedianStatement(curve);
                Figure(html, id, $"{p.Platform}: time to reconnect", caption, t =>
                    Table(t, "Kaplan–Meier estimate", ["Days since the reset", "Not back yet", "Lower 95%", "Upper 95%"], [true, true, true, true],
                        points.Select(r => new[] { Num(r.T, 0), Num(r.Survival, 3), Num(r.Lower, 3), Num(r.Upper, 3) })));
            }
        }

        if (p.QualityRecovered is { } q)
        {
            var verdict = q > p.Recovered
                ? "the contacts who came back held more of the old network's quality than of its count: the cream rose."
                : "the contacts who came back held no more of the old network's quality than of its count.";
            var text = $"Quality recovered {Percent(q)} against count recovered {Percent(p.Recovered)}: {verdict}";
            if (p.Concordance is { } c)
            {
                text += $" Concordance {Num(c, 3)}: of two baseline contacts, the higher-scored one came back first {Percent(c)} of the time (0.5 means score does not matter).";
            }

            Paragraph(html, text);
        }

        html.Append("</article>\n");
    }

    private static string FitStatement(PlatformRebuild p)
    {
        var fit = p.Fit;
        if (fit is null)
        {
            return "No growth model was fitted.";
        }

        return fit.Status switch
        {
            ProjectionStatus.Projected =>
                $"Best fit: {fit.Model}. Projected back to {Int(p.Baseline)} on {(fit.ProjectedDate is { } d ? Day(d) : "an unknown day")} "
                + $"(95% interval {(fit.ProjectedLower is { } lo ? Day(lo) : "open")} to {(fit.ProjectedUpper is { } hi ? Day(hi) : "open")}).",
            ProjectionStatus.CeilingBelowBaseline =>
                $"Best fit: {fit.Model}. Its ceiling{(fit.Ceiling is { } k ? " of about " + Num(k, 0) : string.Empty)} lies below the baseline of "
                + $"{Int(p.Baseline)}: at this pace the network does not get back to its old size.",
            ProjectionStatus.NotConverged => "No growth model converged on this series: no fitted curve and no projection are shown.",
            _ => "No growth model was fitted (too few dated points).",
        };
    }

    private static string MedianStatement(ReconnectionCurve curve)
    {
        if (curve.MedianDays is not { } median)
        {
            return "Fewer than half of the baseline contacts are back: no median yet.";
        }

        var lower = curve.MedianLower is { } lo ? Num(lo, 0) : "open";
        var upper = curve.MedianUpper is { } hi ? Num(hi, 0) : "open";
        return $"Median time to reconnect: {Num(median, 0)} days (95% interval {lower} to {upper}).";
    }

    /// <summary>The curve as drawn: starting at t = 0 with S = 1 and flat to the end of the follow-up.</summary>
    private static List<SurvivalPoint> Completed(ReconnectionCurve curve)
    {
        var points = new List<SurvivalPoint>(curve.Points.Length + 2);
        if (curve.Points[0].T > 0)
        {
            points.Add(new SurvivalPoint(0, 1, 1, 1));
        }

        points.AddRange(curve.Points);
        var last = points[^1];
        if (curve.FollowUpDays > last.T)
        {
            points.Add(last with { T = curve.FollowUpDays });
        }

        return points;
    }

    private static void RegrowthTable(StringBuilder html, PlatformRebuild p, IReadOnlyList<CountPoint> series)
    {
        var rows = new SortedDictionary<DateOnly, (double? Observed, double? Fitted, double? Lower, double? Upper)>();
        foreach (var s in series)
        {
            rows[s.Date] = (s.Count, null, null, null);
        }

        if (p.Fit is { Status: not ProjectionStatus.NotConverged } fit)
        {
            foreach (var c in fit.Curve.OrEmpty())
            {
                rows[c.Date] = rows.TryGetValue(c.Date, out var r) ? r with { Fitted = c.Count } : (null, c.Count, null, null);
            }

            foreach (var b in fit.Band.OrEmpty())
            {
                rows[b.Date] = rows.TryGetValue(b.Date, out var r) ? r with { Lower = b.Lower, Upper = b.Upper } : (null, null, b.Lower, b.Upper);
            }
        }

        static string Cell(double? v, int digits) => v is { } x ? Num(x, digits) : string.Empty;
        Table(html, $"{p.Platform}: cumulative count since the reset, fitted curve and projection band", ["Date", "Observed", "Fitted", "Band lower", "Band upper"],
            [false, true, true, true, true],
            rows.Select(r => new[] { Day(r.Key), Cell(r.Value.Observed, 0), Cell(r.Value.Fitted, 1), Cell(r.Value.Lower, 1), Cell(r.Value.Upper, 1) }));
    }
}
