using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using NetworkMetrics.Cli.Commands;
using NetworkMetrics.Identity;
using NetworkMetrics.Rebuild;
using NetworkMetrics.Statistics;

namespace NetworkMetrics.Cli;

/// <summary>
/// <c>netmetrics rebuild</c>: before and after a reset, who came back, how fast the network regrows and
/// whether the best contacts came first (docs/rebuild.md); or, with <c>--series</c>, the growth fits of a
/// plain count series.
/// </summary>
internal static class RebuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool terminal)
    {
        var before = Paths("--before", "The exports taken before the reset (archives, folders or files). Without them, the after exports' own evidence: removed friends, unfollows.");
        var after = Paths("--after", "The exports taken after the reset (now).");
        var series = new Option<FileInfo?>("--series") { Description = "Fit a plain count series instead: a CSV with columns t,count or date,count (t as given; a date as days since the first row's)." };
        var target = new Option<double?>("--target") { Description = "With --series: the count to project to (for example the size before a loss)." };
        var reset = new Option<string?>("--reset") { Description = "The reset: an ISO date (the start of that day, UTC) or instant. Inferred when absent (a burst of removals, else the first tie after the longest gap)." };
        var asOf = new Option<string?>("--as-of") { Description = "Measure as of this ISO date (the end of that day, UTC) or instant; default the newest after export's date." };
        var lists = new Option<bool>("--lists") { Description = "List the returning, new and lost contacts with their names and dates." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (see docs/cli.md)." };
        var csv = new Option<bool>("--csv") { Description = "Print the lists of returning, new and lost contacts as CSV (implies --lists)." };
        var strict = NetmetricsApp.StrictOption();
        var pseudonymize = NetmetricsApp.PseudonymizeOption();
        var keyFile = NetmetricsApp.KeyFileOption();
        var people = PeopleOptions.Create();
        var command = new Command("rebuild", "Before and after a reset of your network: who came back and when, the regrowth with fitted growth curves and a projection, and whether your closest contacts came back first.")
        {
            before, after, series, target, reset, asOf, lists, json, csv, strict, pseudonymize, keyFile,
        };
        people.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(series) is { } file)
            {
                if (parse.GetValue(before) is { Length: > 0 } || parse.GetValue(after) is { Length: > 0 })
                {
                    await stderr.WriteLineAsync("netmetrics: --series fits a count series on its own: give it without --before/--after").ConfigureAwait(false);
                    return NetmetricsApp.Usage;
                }

                return await SeriesAsync(stdout, stderr, file, parse.GetValue(target), parse.GetValue(json)).ConfigureAwait(false);
            }

            if (parse.GetValue(after) is not { Length: > 0 } afterPaths)
            {
                await stderr.WriteLineAsync("netmetrics: rebuild needs --after <path>... (or --series FILE)").ConfigureAwait(false);
                return NetmetricsApp.Usage;
            }

            if (parse.GetValue(json) && parse.GetValue(csv))
            {
                await stderr.WriteLineAsync("netmetrics: --json and --csv cannot be combined").ConfigureAwait(false);
                return NetmetricsApp.Usage;
            }

            var (pseudonymizer, keyError) = NetmetricsApp.ReadPseudonymizer(parse, pseudonymize, keyFile);
            var (resetAt, resetError) = ParseDate(parse.GetValue(reset), "--reset", endOfDay: false);
            var (asOfAt, asOfError) = ParseDate(parse.GetValue(asOf), "--as-of", endOfDay: true);
            if ((keyError ?? resetError ?? asOfError) is { } usage)
            {
                await stderr.WriteLineAsync(usage).ConfigureAwait(false);
                return NetmetricsApp.Usage;
            }

            var quiet = parse.GetValue(json) || parse.GetValue(csv);
            var importOptions = ImportOptions.Default with { Strict = parse.GetValue(strict) };
            var beforePaths = parse.GetValue(before) ?? [];
            ImportResult beforeResult = new() { Snapshots = [], Inputs = [], Files = [], Diagnostics = [] };
            if (beforePaths.Length > 0)
            {
                beforeResult = await ProgressDisplay.RunAsync(terminal && !quiet, stderr, "Reading before",
                    progress => ExportImporter.ImportAsync(beforePaths, importOptions, progress, ct)).ConfigureAwait(false);
            }

            var afterResult = await ProgressDisplay.RunAsync(terminal && !quiet, stderr, "Reading after",
                progress => ExportImporter.ImportAsync(afterPaths, importOptions, progress, ct)).ConfigureAwait(false);
            // People across platforms, resolved on the real data (names and emails are evidence), then pseudonymised
            // with the imports, so that the analysis sees the same people under their pseudonyms.
            var (afterPeople, afterExit) = people.ResolvePeople(parse, afterResult, stderr, parse.GetValue(strict), pseudonymizer);
            if (afterExit is { } afterCode)
            {
                return afterCode;
            }

            PeopleNetwork? beforePeople = null;
            if (beforePaths.Length > 0)
            {
                (beforePeople, var beforeExit) = people.ResolvePeople(parse, beforeResult, stderr, parse.GetValue(strict), pseudonymizer);
                if (beforeExit is { } beforeCode)
                {
                    return beforeCode;
                }
            }

            if (pseudonymizer is not null)
            {
                beforeResult = pseudonymizer.Apply(beforeResult);
                afterResult = pseudonymizer.Apply(afterResult);
                afterPeople = afterPeople!.Pseudonymize(pseudonymizer);
                beforePeople = beforePeople?.Pseudonymize(pseudonymizer);
            }

            await NetmetricsApp.ReportAsync(stderr, beforeResult.Diagnostics.Concat(afterResult.Diagnostics)).ConfigureAwait(false);
            if ((beforePaths.Length > 0 && !beforeResult.Inputs.Any(i => i.RecognizedFiles > 0)) || !afterResult.Inputs.Any(i => i.RecognizedFiles > 0))
            {
                await stderr.WriteLineAsync($"netmetrics: no export recognised in the {(afterResult.Inputs.Any(i => i.RecognizedFiles > 0) ? "before" : "after")} inputs").ConfigureAwait(false);
                return NetmetricsApp.Failed;
            }

            RebuildResult result;
            try
            {
                result = RebuildAnalysis.Analyze(beforeResult, afterResult, RebuildOptions.Default with
                {
                    Reset = resetAt,
                    AsOf = asOfAt,
                    IncludeLists = parse.GetValue(lists) || parse.GetValue(csv),
                    PersonOf = PersonOf(afterPeople!, beforePeople),
                });
            }
            catch (ArgumentException ex)
            {
                await stderr.WriteLineAsync($"netmetrics: {FirstSentence(ex.Message)}").ConfigureAwait(false);
                return NetmetricsApp.Failed;
            }

            if (parse.GetValue(json))
            {
                await stdout.WriteLineAsync(JsonSerializer.Serialize(Json(result, parse.GetValue(lists)), RebuildJsonContext.Output.RebuildJson)).ConfigureAwait(false);
            }
            else if (parse.GetValue(csv))
            {
                await stdout.WriteAsync(Csv(result)).ConfigureAwait(false);
            }
            else
            {
                await stdout.WriteAsync(Readable(result)).ConfigureAwait(false);
            }

            return NetmetricsApp.Ok;
        });
        return command;
    }

    /// <summary>
    /// The person of an account on either side: the after side's person that holds any of the account's keys (so that
    /// a 2021 LinkedIn connection known by name joins the 2025 person known by URL and name), else the before side's.
    /// </summary>
    internal static Func<Account, string?> PersonOf(PeopleNetwork after, PeopleNetwork? before) => account =>
    {
        foreach (var key in account.Keys.IsDefaultOrEmpty ? [account.Key] : account.Keys)
        {
            if (after.Find(key) is { } person)
            {
                return person.Id;
            }
        }

        return before?.Find(account.Key)?.Id;
    };

    private static Option<string[]> Paths(string name, string description)
    {
        var option = new Option<string[]>(name) { Description = description, AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value.Length > 1)
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        return option;
    }

    /// <summary>The first line of an exception message (without the parameter name .NET appends).</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }

    /// <summary>An ISO date (the start or the end of that day, UTC) or an instant (UTC when no offset is written).</summary>
    internal static (DateTimeOffset? Value, string? Error) ParseDate(string? text, string option, bool endOfDay)
    {
        if (text is null)
        {
            return (null, null);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return (endOfDay ? start.AddDays(1).AddTicks(-1) : start, null);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? (instant, null)
            : (null, $"netmetrics: {option} '{text}' is not an ISO date (2025-06-02) or instant (2025-06-02T08:00:00Z)");
    }

    // ---- JSON -------------------------------------------------------------------------------

    internal static RebuildJson Json(RebuildResult result, bool lists)
    {
        var platforms = new Dictionary<string, PlatformRebuildJson>(StringComparer.Ordinal);
        foreach (var p in result.Platforms)
        {
            platforms[p.Platform.ToString()] = new PlatformRebuildJson(
                Contract.CamelCase(p.Relationship.ToString()), p.FromEvidence, p.Before, p.After, p.Returning, p.New, p.Lost, p.Recovered, p.QualityRecovered,
                p.Dated, p.Reason,
                p.Dated ? [.. p.Series.Select(s => new SeriesPointJson(s.Date, s.Count))] : null,
                p.RatePerWeek, p.RatePerWeekLast4,
                p.Fits is { } fits ? [.. fits.Fits.Select(Fit)] : null,
                p.Fits?.Best?.Name,
                p.Projection is { } projection ? Projection(projection.Fit, projection.Date, projection.Lower, projection.Upper, projection.Statement) : null,
                Survival(p.Survival), p.Survival?.Median, p.Survival?.MedianLower, p.Survival?.MedianUpper,
                Spearman(p.Spearman), p.Concordance?.Index,
                [.. p.Pacing.Select(Pacing)],
                lists
                    ? new ListsJson([.. p.ReturningContacts.Select(Contact)], [.. p.NewContacts.Select(Contact)], [.. p.LostContacts.Select(Contact)])
                    : null);
        }

        var people = result.People;
        return new RebuildJson(Contract.SchemaVersion, result.Reset, result.ResetInferred, Contract.CamelCase(result.ResetSource.ToString()), result.AsOf, result.AsOfInferred,
            platforms,
            new PeopleRebuildJson(people.Before, people.After, people.Returning, people.New, people.Lost, people.Recovered, people.QualityRecovered,
                Survival(people.Survival), people.Survival?.Median, Spearman(people.Spearman), people.Concordance?.Index));
    }

    private static FitJson Fit(GrowthFit fit)
    {
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        var errors = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var parameter in fit.Parameters)
        {
            parameters[parameter.Name] = parameter.Value;
            errors[parameter.Name] = parameter.StandardError;
        }

        return new FitJson(fit.Name, fit.Converged, Contract.CamelCase(fit.Status.ToString()), parameters, errors, fit.Rss, fit.Aicc);
    }

    private static ProjectionJson Projection(GrowthProjection fit, DateOnly? date, DateOnly? lower, DateOnly? upper, string? statement) => new(
        fit.Target, Contract.CamelCase(fit.Status.ToString()), date, lower, upper, fit.Time, fit.Lower,
        fit.Upper is { } u && double.IsFinite(u) ? u : null, fit.IsUpperUnbounded, fit.Ceiling, statement);

    private static List<SurvivalRowJson>? Survival(SurvivalCurve? curve) =>
        curve is null ? null : [.. curve.Rows.Select(r => new SurvivalRowJson(r.Time, r.AtRisk, r.Events, r.Survival, r.StandardError, r.Lower, r.Upper))];

    private static SpearmanJson? Spearman(SpearmanResult? spearman) => spearman is null ? null : new(spearman.Rho, spearman.PValue, spearman.Count);

    private static PacingJson Pacing(PacingReport pacing) => new(
        Contract.CamelCase(pacing.Limit.Kind.ToString()), pacing.Limit.WindowDays, pacing.Limit.Limit, pacing.Total, pacing.MaxPerDay, pacing.MaxPerWeek,
        [.. pacing.Bursts.Select(b => new BurstJson(b.Start, b.End, b.Count, b.Peak))]);

    private static ContactJson Contact(RebuildContact contact) =>
        new(contact.Person, contact.Key.ToString(), contact.Name, contact.BaselineSince, contact.Since, contact.Days, contact.Score is { } s ? Math.Round(s, 6) : null);

    // ---- CSV ---------------------------------------------------------------------------------

    internal static string Csv(RebuildResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = CsvWriter.Create(buffer, CsvWriterOptions.Default with { Separator = ',' }, leaveOpen: true))
        {
            writer.WriteHeader(["platform", "list", "person", "key", "name", "baselineSince", "since", "days", "score"]);
            foreach (var p in result.Platforms)
            {
                foreach (var (list, contacts) in new[] { ("returning", p.ReturningContacts), ("new", p.NewContacts), ("lost", p.LostContacts) })
                {
                    foreach (var c in contacts)
                    {
                        writer.WriteRecord([
                            p.Platform.ToString(), list, c.Person, c.Key.ToString(), c.Name ?? string.Empty,
                            c.BaselineSince is { } b ? UtcDateConverter.Format(b) : string.Empty,
                            c.Since is { } s ? UtcDateConverter.Format(s) : string.Empty,
                            c.Days?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                            c.Score is { } score ? Math.Round(score, 6).ToString("R", CultureInfo.InvariantCulture) : string.Empty]);
                    }
                }
            }

            writer.Flush();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // ---- Readable ----------------------------------------------------------------------------

    internal static string Readable(RebuildResult result)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        var how = result.ResetSource switch
        {
            RebuildResetSource.Given => "given",
            RebuildResetSource.Removals => "inferred from a burst of removals",
            RebuildResetSource.LongestGap => "inferred: the first tie after the longest gap",
            _ => "inferred: the date of the before exports",
        };
        text.AppendLine(inv, $"Rebuild since {result.Reset:yyyy-MM-dd HH:mm} UTC ({how}), as of {result.AsOf:yyyy-MM-dd} ({RebuildDays(result)} days).");
        foreach (var p in result.Platforms)
        {
            text.AppendLine();
            var what = p.Relationship == TieKind.Connection ? (p.Platform == Platform.Facebook ? "friends" : "connections") : "followings";
            var name = p.Platform == Platform.Twitter ? "X" : p.Platform.ToString();
            text.AppendLine(inv, $"{name} {what}{(p.FromEvidence ? " (baseline: the removals the after export records)" : string.Empty)}: {p.Returning} of {p.Before} back ({Pct(p.Recovered)}), {p.New} new: {p.After} now, {p.Lost} not back.");
            if (p.QualityRecovered is { } quality)
            {
                var ratio = p.Recovered > 0 ? string.Create(inv, $", {quality / p.Recovered:F1}× their share of the count") : string.Empty;
                text.AppendLine(inv, $"  Those back held {Pct(quality)} of the baseline's quality{ratio}.");
            }

            if (!p.Dated)
            {
                text.AppendLine(inv, $"  Counts and lists only: {p.Reason}.");
            }
            else
            {
                if (p.Concordance?.Index is { } c)
                {
                    var rho = p.Spearman?.Rho is { } r ? string.Create(inv, $"; Spearman ρ {r:F2}{(p.Spearman.PValue is { } pv ? string.Create(inv, $" (p {pv:G2})") : string.Empty)}") : string.Empty;
                    var verdict = c > 0.55 ? "the closer came back sooner" : c < 0.45 ? "the closer came back later" : "no clear order by closeness";
                    text.AppendLine(inv, $"  Cream rises? {verdict}: concordance {c:F2} (0.5 = no effect){rho}.");
                }

                text.AppendLine(inv, $"  Regrowth {p.RatePerWeek:F1} a week, {p.RatePerWeekLast4:F1} over the last four weeks; {Median(p.Survival, p.Recovered)}.");
                text.AppendLine(inv, $"  {Fitted(p)}");
            }

            foreach (var pacing in p.Pacing)
            {
                foreach (var burst in pacing.Bursts)
                {
                    var acts = pacing.Limit.Kind == TieKind.InvitationSent ? "invitations" : "follows";
                    var window = pacing.Limit.WindowDays == 1 ? "a day" : pacing.Limit.WindowDays == 7 ? "a week" : string.Create(inv, $"in {pacing.Limit.WindowDays} days");
                    text.AppendLine(inv, $"  Pacing: {burst.Count} {acts} {Span(burst)} (up to {burst.Peak} {window}; the limit is about {pacing.Limit.Limit}).");
                }
            }

            Lists(text, p);
        }

        var people = result.People;
        text.AppendLine();
        text.AppendLine(inv, $"People across platforms: {people.Returning} of {people.Before} back ({Pct(people.Recovered)}), {people.New} new{(people.QualityRecovered is { } q ? string.Create(inv, $"; {Pct(q)} of the baseline's quality back") : string.Empty)}{(people.Concordance?.Index is { } pc ? string.Create(inv, $"; concordance {pc:F2}") : string.Empty)}.");
        return text.ToString();
    }

    private static string Pct(double? share) => share is { } v ? (v * 100).ToString("F0", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static int RebuildDays(RebuildResult result) => DateOnly.FromDateTime(result.AsOf.UtcDateTime).DayNumber - DateOnly.FromDateTime(result.Reset.UtcDateTime).DayNumber;

    private static string Span(PacingBurst burst) => burst.Start == burst.End
        ? string.Create(CultureInfo.InvariantCulture, $"on {burst.Start:yyyy-MM-dd}")
        : string.Create(CultureInfo.InvariantCulture, $"from {burst.Start:yyyy-MM-dd} to {burst.End:yyyy-MM-dd}");

    private static string Median(SurvivalCurve? survival, double recovered) => survival?.Median is { } median
        ? string.Create(CultureInfo.InvariantCulture, $"half the baseline was back after {median:0.#} days{(survival.MedianLower is { } lo ? string.Create(CultureInfo.InvariantCulture, $" (95% {lo:0.#}–{(survival.MedianUpper is { } hi ? hi.ToString("0.#", CultureInfo.InvariantCulture) : "…")})") : string.Empty)}")
        : string.Create(CultureInfo.InvariantCulture, $"median time to reconnect not reached ({Pct(recovered)} back)");

    private static string Fitted(PlatformRebuild p)
    {
        if (p.Fits?.Best is not { } best)
        {
            return "No growth curve could be fitted.";
        }

        var parameters = string.Join(", ", best.Parameters.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Name} = {x.Value:G4}")));
        var failed = p.Fits.Fits.Where(f => !f.Converged).Select(f => f.Name).ToList();
        var note = failed.Count > 0 ? $" ({string.Join(", ", failed)} did not converge)" : string.Empty;
        var projection = p.Projection is { } pr
            ? pr.Date is { } date
                ? string.Create(CultureInfo.InvariantCulture, $"back to {pr.Target} around {date:yyyy-MM-dd} (95% {pr.Lower:yyyy-MM-dd} to {(pr.Upper is { } u ? u.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "open")})")
                : pr.Statement
            : null;
        return string.Create(CultureInfo.InvariantCulture, $"Best fit {best.Name} ({parameters}){note}{(projection is null ? "." : ": " + projection + ".")}");
    }

    private static void Lists(StringBuilder text, PlatformRebuild p)
    {
        foreach (var (label, contacts) in new[] { ("back", p.ReturningContacts), ("new", p.NewContacts), ("not back", p.LostContacts) })
        {
            if (contacts.IsEmpty)
            {
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  {label} ({contacts.Length}):");
            foreach (var c in contacts)
            {
                var when = c.Days is { } d ? string.Create(CultureInfo.InvariantCulture, $"day {d,3}") : c.Since is { } s ? s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
                var score = c.Score is { } sc ? string.Create(CultureInfo.InvariantCulture, $"score {sc,5:F1}") : string.Empty;
                text.AppendLine(CultureInfo.InvariantCulture, $"    {when,-10} {score,-11} {c.Name ?? c.Person}");
            }
        }
    }

    // ---- --series ----------------------------------------------------------------------------

    private static async Task<int> SeriesAsync(TextWriter stdout, TextWriter stderr, FileInfo file, double? target, bool json)
    {
        if (!file.Exists)
        {
            await stderr.WriteLineAsync($"netmetrics: the series file '{file.FullName}' does not exist").ConfigureAwait(false);
            return NetmetricsApp.Failed;
        }

        var (t, y, error) = ReadSeries(file.FullName);
        if (error is not null)
        {
            await stderr.WriteLineAsync($"netmetrics: {file.Name}: {error}").ConfigureAwait(false);
            return NetmetricsApp.Failed;
        }

        var fits = GrowthCurves.FitAll(t, y);
        var projection = target is { } goal && fits.Best is { } best ? best.Project(goal) : null;
        if (json)
        {
            var output = new SeriesFitJson(Contract.SchemaVersion, t.Length, [.. fits.Fits.Select(Fit)], fits.Best?.Name,
                projection is null ? null : Projection(projection, null, null, null, Statement(projection)));
            await stdout.WriteLineAsync(JsonSerializer.Serialize(output, RebuildJsonContext.Output.SeriesFitJson)).ConfigureAwait(false);
            return NetmetricsApp.Ok;
        }

        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{t.Length} points, t from {t.Min():0.###} to {t.Max():0.###}.");
        foreach (var fit in fits.Fits)
        {
            var numbers = fit.Converged
                ? string.Join(", ", fit.Parameters.Select(p => string.Create(inv, $"{p.Name} = {p.Value:G6}{(p.StandardError is { } se ? string.Create(inv, $" ± {se:G3}") : string.Empty)}")))
                    + string.Create(inv, $"; RSS {fit.Rss:G6}, AICc {(fit.Aicc is { } a ? a.ToString("F2", inv) : "n/a")}")
                : Contract.CamelCase(fit.Status.ToString());
            text.AppendLine(inv, $"  {(fit == fits.Best ? "*" : " ")} {fit.Name,-23} {numbers}");
        }

        text.AppendLine(fits.Best is { } b ? $"Best by AICc: {b.Name}." : "No model converged.");
        if (projection is not null)
        {
            text.AppendLine(projection.IsReached
                ? string.Create(inv, $"Reaches {projection.Target:G6} at t = {projection.Time:F1} (95% {projection.Lower:F1} to {(projection.IsUpperUnbounded ? "open" : projection.Upper?.ToString("F1", inv))}).")
                : $"Does not reach {projection.Target.ToString("G6", inv)}: {Statement(projection)}.");
        }

        await stdout.WriteAsync(text.ToString()).ConfigureAwait(false);
        return NetmetricsApp.Ok;
    }

    private static string? Statement(GrowthProjection projection) => projection.Status switch
    {
        GrowthProjectionStatus.Reached => null,
        GrowthProjectionStatus.CeilingBelowTarget => string.Create(CultureInfo.InvariantCulture, $"the fitted ceiling K = {projection.Ceiling:G6} lies below it"),
        GrowthProjectionStatus.NotIncreasing => "the fitted curve does not rise",
        GrowthProjectionStatus.TargetBelowRange => "it lies below the fitted curve's range",
        _ => "the best fit did not converge",
    };

    /// <summary>Reads <c>t,count</c> or <c>date,count</c> rows (a header first; values may be fractional).</summary>
    internal static (double[] T, double[] Y, string? Error) ReadSeries(string path)
    {
        var t = new List<double>();
        var y = new List<double>();
        bool? dated = null;
        DateOnly first = default;
        var line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            var row = raw.Trim().TrimStart('\uFEFF');
            if (row.Length == 0)
            {
                continue;
            }

            var fields = row.Split(',');
            if (dated is null)
            {
                var header = fields.Select(f => f.Trim().Trim('"').ToLowerInvariant()).ToArray();
                if (header is not [("t" or "date"), "count"])
                {
                    return ([], [], "the first row must be the header t,count or date,count");
                }

                dated = header[0] == "date";
                continue;
            }

            if (fields.Length != 2 || !double.TryParse(fields[1].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var count) || !double.IsFinite(count))
            {
                return ([], [], string.Create(CultureInfo.InvariantCulture, $"line {line}: expected {(dated.Value ? "date" : "t")},count with a number for count"));
            }

            double time;
            if (dated.Value)
            {
                if (!DateOnly.TryParseExact(fields[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return ([], [], string.Create(CultureInfo.InvariantCulture, $"line {line}: '{fields[0].Trim()}' is not an ISO date (2025-06-02)"));
                }

                if (t.Count == 0)
                {
                    first = date;
                }

                time = date.DayNumber - first.DayNumber;
            }
            else if (!double.TryParse(fields[0].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out time) || !double.IsFinite(time))
            {
                return ([], [], string.Create(CultureInfo.InvariantCulture, $"line {line}: '{fields[0].Trim()}' is not a number"));
            }

            t.Add(time);
            y.Add(count);
        }

        return t.Count == 0 ? ([], [], "no data rows") : ([.. t], [.. y], null);
    }
}
