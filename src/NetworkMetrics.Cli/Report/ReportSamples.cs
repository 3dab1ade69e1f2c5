using System.Collections.Immutable;

namespace NetworkMetrics.Cli.Report;

/// <summary>
/// Deterministic report models of an invented persona, for the tests and for seeing the report before it is wired to
/// real results: the story's 401 LinkedIn connections, 306 Facebook friends and 486 X followings before a reset, six
/// months of regrowth after it. Every name is made up; the numbers are shaped like the real analyses' (a logistic fit
/// that projects a date, a ceiling below the baseline, undated X follows, a Kaplan–Meier curve computed from planted
/// reconnection times) but do not come from them.
/// </summary>
internal static class ReportSamples
{
    private static readonly DateOnly s_reset = new(2025, 1, 6);
    private static readonly DateOnly s_asOf = new(2025, 7, 5);

    private static readonly string[] s_first = ["Ada", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Nadia"];
    private static readonly string[] s_last = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Novak", "Haddad", "Brennan", "Kowalski", "Duarte"];

    /// <summary>A full model: before exports given, three platforms, every section filled.</summary>
    public static ReportModel Representative()
    {
        var days = s_asOf.DayNumber - s_reset.DayNumber;
        return WithoutBefore() with
        {
            Reset = s_reset,
            ResetInferred = true,
            HasBeforeExport = true,
            Rebuild =
            [
                Projected("LinkedIn", baseline: 401, returning: 131, fresh: 47, days, ceiling: 470, rate: 0.022, midpoint: 200, seed: 11),
                BelowBaseline("Facebook", baseline: 306, returning: 170, fresh: 19, days, seed: 23),
                new PlatformRebuild("Twitter", Baseline: 486, Before: 486, After: 233, Returning: 201, New: 32, Lost: 285)
                {
                    TiesDated = false,
                    Recovered = 201 / 486.0,
                    QualityRecovered = 0.52,
                    Fit = new RegrowthFit(ProjectionStatus.NotFitted, null),
                },
            ],
        };
    }

    /// <summary>The network as it is now, without before exports: the report says what a before export would add.</summary>
    public static ReportModel WithoutBefore()
    {
        var top = TopContacts();
        return new ReportModel("Network report", "Robin Castellano", s_asOf)
        {
            Networks =
            [
                new PlatformNetwork("LinkedIn", "connections", 178, s_asOf),
                new PlatformNetwork("Facebook", "friends", 161, s_asOf.AddDays(-2)),
                new PlatformNetwork("Twitter", "followings", 233, s_asOf.AddDays(-1)),
                new PlatformNetwork("AddressBook", "contacts", 212, null),
            ],
            Summary = new NetworkSummary(People: 498, QualityWeightedSize: 61.4, NoContact: 187, Given: 2_412, Received: 2_268, EffortOnTop5: 0.37, EffortOnTop15: 0.58),
            Layers = [new(5, 4), new(15, 14), new(50, 47), new(150, 139), new(500, 311)],
            TopContacts = top,
            GiveGetByKind =
            [
                new("conversations started", 412, 377),
                new("replies", 1_288, 1_190),
                new("calls", 96, 71),
                new("endorsements and recommendations", 38, 64),
                new("reactions", 578, 566),
            ],
            Overdue =
            [
                new OverdueContact(top[3].Name, 5, 41, 7, 4.86),
                new OverdueContact(top[6].Name, 15, 95, 30, 2.17),
                new OverdueContact(Name(5, 7), 50, 201, 91, 1.21),
                new OverdueContact(Name(9, 2), 150, 540, 365, 0.48),
            ],
            Today =
            [
                new TodayItem("reply", top[1].Name, "a direct message 9 days ago has no answer; layer 5"),
                new TodayItem("reconnect", top[3].Name, "41 days since the last contact, 4.9 times the weekly interval of layer 5"),
                new TodayItem("endorse back", Name(12, 4), "endorsed you 3 times; you never endorsed them"),
                new TodayItem("reconnect", top[6].Name, "95 days since the last contact; layer 15 expects a month"),
                new TodayItem("keep in touch", Name(7, 9), "drifting out of layer 50: 2 contacts this year against 9 last year"),
            ],
            Diagnostics =
            [
                new ReportDiagnostic("warning", "linkedin.bad-date", "linkedin-2025-07-05.zip!/Connections.csv", "row 212: 'Connected On' is '31 Febr 2025', expected a date like '06 Jan 2025'; the connection is kept without a date") { Line = 215 },
                new ReportDiagnostic("info", "facebook.html-export", "facebook-2025-07-03.zip!/your_activity_across_facebook/messages/inbox/index.html", "an HTML export: only the JSON export is read"),
                new ReportDiagnostic("error", "csv.malformed", "contacts.csv", "row 87 has 3 fields, the header 5; the row is skipped") { Line = 87 },
            ],
        };
    }

    private static ImmutableArray<TopContact> TopContacts()
    {
        var rows = ImmutableArray.CreateBuilder<TopContact>(12);
        for (var i = 0; i < 12; i++)
        {
            // Factors that fall with the rank, each at its own pace, with a wobble so that the bars differ.
            double F(double start, double slope, int phase) => Math.Clamp(start - (slope * i) + (0.06 * Math.Sin(i + phase)), 0, 1);
            var factors = new ContactFactors(F(0.97, 0.05, 0), F(0.92, 0.06, 1), F(0.88, 0.03, 2), F(0.95, 0.045, 3), F(0.70, 0.01, 4), F(0.83, 0.05, 5));
            var score = 100 * ((0.3 * factors.Recency) + (0.25 * factors.Frequency) + (0.15 * factors.Reciprocity) + (0.15 * factors.Intimacy)
                + (0.05 * factors.Duration) + (0.1 * factors.Multiplexity));
            var given = 180 - (11 * i) + (i % 3 * 17);
            var received = 160 - (9 * i) + (i % 4 * 21);
            rows.Add(new TopContact(Name(i, (i * 3) + 1), Math.Round(score, 1), i < 4 ? 5 : 15, factors, given, received)
            {
                LastContact = s_asOf.AddDays(-(2 + (i * i))),
            });
        }

        return rows.MoveToImmutable();
    }

    private static string Name(int first, int last) => $"{s_first[first % s_first.Length]} {s_last[last % s_last.Length]}";

    private static PlatformRebuild Projected(string platform, int baseline, int returning, int fresh, int days, double ceiling, double rate, double midpoint, int seed)
    {
        double Logistic(double t) => ceiling / (1 + Math.Exp(-rate * (t - midpoint)));
        var series = Series(returning + fresh, days, Logistic, seed);
        // The day the curve reaches the baseline, and a band that widens with the distance from the data.
        var target = midpoint - (Math.Log((ceiling / baseline) - 1) / rate);
        var end = (int)Math.Ceiling(target * 1.25);
        return new PlatformRebuild(platform, baseline, baseline, returning + fresh, returning, fresh, baseline - returning)
        {
            Recovered = (double)returning / baseline,
            QualityRecovered = 1.31 * returning / baseline,
            Concordance = 0.63,
            RatePerWeek = 7.0 * (returning + fresh) / days,
            RatePerWeekLast4 = 7 * (Logistic(days) - Logistic(days - 28)) / 28,
            Series = series,
            Fit = new RegrowthFit(ProjectionStatus.Projected, "logistic")
            {
                Ceiling = ceiling,
                Curve = Curve(end, Logistic),
                Band = Band(days, end, Logistic),
                ProjectedDate = s_reset.AddDays((int)Math.Round(target)),
                ProjectedLower = s_reset.AddDays((int)Math.Round(target * 0.86)),
                ProjectedUpper = s_reset.AddDays((int)Math.Round(target * 1.22)),
            },
            Reconnection = Reconnection(baseline, returning, days, seed),
        };
    }

    private static PlatformRebuild BelowBaseline(string platform, int baseline, int returning, int fresh, int days, int seed)
    {
        var ceiling = 195.0;
        double Saturating(double t) => ceiling * (1 - Math.Exp(-t / 70.0));
        var end = days + 120;
        return new PlatformRebuild(platform, baseline, baseline, returning + fresh, returning, fresh, baseline - returning)
        {
            Recovered = (double)returning / baseline,
            QualityRecovered = 1.22 * returning / baseline,
            Concordance = 0.58,
            RatePerWeek = 7.0 * (returning + fresh) / days,
            RatePerWeekLast4 = 7 * (Saturating(days) - Saturating(days - 28)) / 28,
            Series = Series(returning + fresh, days, Saturating, seed),
            Fit = new RegrowthFit(ProjectionStatus.CeilingBelowBaseline, "saturating-exponential")
            {
                Ceiling = ceiling,
                Curve = Curve(end, Saturating),
                Band = Band(days, end, Saturating),
            },
            Reconnection = Reconnection(baseline, returning, days, seed + 1),
        };
    }

    /// <summary>A daily cumulative series that follows <paramref name="shape"/> with a small deterministic wobble and ends at <paramref name="final"/>.</summary>
    private static ImmutableArray<CountPoint> Series(int final, int days, Func<double, double> shape, int seed)
    {
        var random = new Random(seed);
        var scale = final / shape(days);
        var points = ImmutableArray.CreateBuilder<CountPoint>(days + 1);
        var count = 0.0;
        for (var t = 0; t <= days; t++)
        {
            var expected = Math.Round(scale * shape(t) * (1 + (0.03 * (random.NextDouble() - 0.5))));
            count = t == days ? final : Math.Min(final, Math.Max(count, expected));
            points.Add(new CountPoint(s_reset.AddDays(t), count));
        }

        return points.MoveToImmutable();
    }

    private static ImmutableArray<CountPoint> Curve(int end, Func<double, double> shape)
    {
        var points = ImmutableArray.CreateBuilder<CountPoint>();
        for (var t = 0; t <= end; t += 3)
        {
            points.Add(new CountPoint(s_reset.AddDays(t), Math.Round(shape(t), 2)));
        }

        return points.ToImmutable();
    }

    private static ImmutableArray<BandPoint> Band(int from, int end, Func<double, double> shape)
    {
        var points = ImmutableArray.CreateBuilder<BandPoint>();
        for (var t = from; t <= end; t += 3)
        {
            var spread = 0.04 + (0.25 * (t - from) / Math.Max(1, end - from));
            var y = shape(t);
            points.Add(new BandPoint(s_reset.AddDays(t), Math.Round(y * (1 - spread), 2), Math.Round(y * (1 + spread), 2)));
        }

        return points.ToImmutable();
    }

    /// <summary>
    /// Kaplan–Meier over planted reconnection times (exponential, closer contacts sooner), those not back censored at the
    /// as-of day: S(t) = Π (1 − d/n), Greenwood's variance, the log-type 95% interval (R's <c>survfit</c> default).
    /// </summary>
    private static ReconnectionCurve Reconnection(int baseline, int returning, int days, int seed)
    {
        var random = new Random(seed);
        // Exponential times truncated to the follow-up (inverse transform): exactly `returning` come back before the as-of day.
        var rate = 1.6 / days;
        var reach = 1 - Math.Exp(-rate * (days - 3));
        var times = new int[returning];
        for (var i = 0; i < returning; i++)
        {
            times[i] = 1 + (int)(-Math.Log(1 - (random.NextDouble() * reach)) / rate);
        }

        Array.Sort(times);
        var points = ImmutableArray.CreateBuilder<SurvivalPoint>();
        double survival = 1, greenwood = 0;
        var atRisk = baseline;
        double? median = null, medianLower = null, medianUpper = null;
        for (var i = 0; i < times.Length;)
        {
            var t = times[i];
            var events = 0;
            while (i < times.Length && times[i] == t)
            {
                events++;
                i++;
            }

            survival *= 1 - ((double)events / atRisk);
            greenwood += events / ((double)atRisk * (atRisk - events));
            var half = 1.96 * Math.Sqrt(greenwood);
            var point = new SurvivalPoint(t, survival, survival * Math.Exp(-half), Math.Min(1, survival * Math.Exp(half)));
            points.Add(point);
            // The median and its interval: where the curve and its limits first reach one half (as R's survfit reads them).
            median ??= survival <= 0.5 ? t : null;
            medianLower ??= point.Lower <= 0.5 ? t : null;
            medianUpper ??= point.Upper <= 0.5 ? t : null;

            atRisk -= events;
        }

        return new ReconnectionCurve(points.ToImmutable(), days) { MedianDays = median, MedianLower = medianLower, MedianUpper = medianUpper };
    }
}
