using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NetworkMetrics.Identity;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Cli.Commands;

/// <summary>
/// <c>netmetrics score</c>: the contact-quality model over people (docs/scoring.md): a ranked table with factor bars
/// and the today list, one JSON object with <c>--json</c>, one row per person with <c>--csv</c>.
/// </summary>
internal static class ScoreCommand
{
    /// <summary>How many people the readable table shows without <c>--top</c>.</summary>
    internal const int ReadableTop = 20;

    public static Command Create(TextWriter stdout, TextWriter stderr, bool terminal)
    {
        var paths = NetmetricsApp.PathsArgument();
        var asOf = AsOfOptions.AsOf();
        var json = new Option<bool>("--json") { Description = "Print one JSON object (see docs/cli.md)." };
        var csv = new Option<bool>("--csv") { Description = "Print one CSV row per person, best first." };
        var top = new Option<int?>("--top") { Description = "Only the N best-scored people (all by default; the readable table shows 20)." };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 1)
            {
                r.AddError("--top must be at least 1.");
            }
        });
        var strict = NetmetricsApp.StrictOption();
        var pseudonymize = NetmetricsApp.PseudonymizeOption();
        var keyFile = NetmetricsApp.KeyFileOption();
        var people = PeopleOptions.Create();
        var command = new Command("score", "Score every contact (recency, frequency, reciprocity, intimacy, duration, multiplexity), place them in the 5/15/50/150 layers, and list what to do today.")
        {
            paths, asOf, json, csv, top, strict, pseudonymize, keyFile,
        };
        people.AddTo(command);
        command.Validators.Add(r =>
        {
            if (r.GetValue(json) && r.GetValue(csv))
            {
                r.AddError("--json and --csv cannot be combined.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            var (pseudonymizer, keyError) = NetmetricsApp.ReadPseudonymizer(parse, pseudonymize, keyFile);
            if (keyError is not null)
            {
                await stderr.WriteLineAsync(keyError).ConfigureAwait(false);
                return NetmetricsApp.Usage;
            }

            var machine = parse.GetValue(json) || parse.GetValue(csv);
            var (view, exit) = await ScoredImport.LoadViewAsync(parse, parse.GetValue(paths)!, parse.GetValue(strict), parse.GetValue(asOf), people,
                pseudonymizer, terminal && !machine, stderr, ct).ConfigureAwait(false);
            if (view is null)
            {
                return exit;
            }

            // The import and the people just died (a large set's are a few hundred megabytes): one full, compacting
            // collection that returns their memory, so that writing the output reuses it instead of growing the process.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

            if (parse.GetValue(json))
            {
                var document = view.Json(parse.GetValue(top));
                await JsonOutput.WriteLineAsync(stdout, writer => ScoreJsonWriter.Write(writer, document), ScoreJsonContext.Output.Options, ct).ConfigureAwait(false);
            }
            else if (parse.GetValue(csv))
            {
                await stdout.WriteAsync(view.Csv(parse.GetValue(top))).ConfigureAwait(false);
            }
            else
            {
                await stdout.WriteAsync(view.Readable(parse.GetValue(top) ?? ReadableTop)).ConfigureAwait(false);
            }

            await stdout.FlushAsync(ct).ConfigureAwait(false);
            return NetmetricsApp.Ok;
        });
        return command;
    }
}

/// <summary>A scored network as the CLI shows it: names dropped and ids replaced when pseudonymised.</summary>
internal sealed class ScoreView
{
    private readonly ContactQualityResult _scores;
    private readonly Pseudonymizer? _pseudonymizer;
    private readonly string _asOfSource;
    private readonly ScoreOwnerJson? _owner;
    private readonly List<DiagnosticJson> _diagnostics;
    private readonly Dictionary<string, string> _pseudonyms;

    private ScoreView(ContactQualityResult scores, string asOfSource, Pseudonymizer? pseudonymizer, ScoreOwnerJson? owner, List<DiagnosticJson> diagnostics, Dictionary<string, string> pseudonyms)
    {
        _pseudonyms = pseudonyms;
        _scores = scores;
        _asOfSource = asOfSource;
        _pseudonymizer = pseudonymizer;
        _owner = owner;
        _diagnostics = diagnostics;
    }

    /// <summary>The view of scores computed over people (<see cref="ContactQuality.ScorePeople"/>).</summary>
    /// <remarks>
    /// Pseudonymised, a person's id is the id <c>people --pseudonymize</c> gives them (derived from their pseudonymised
    /// key), so that the outputs of the two commands join; names are dropped.
    /// </remarks>
    public static ScoreView From(ImportResult result, PeopleNetwork people, ContactQualityResult scores, string asOfSource, Pseudonymizer? pseudonymizer) =>
        Of(scores, asOfSource, pseudonymizer, Frame(result, people, pseudonymizer));

    /// <summary>The view of <paramref name="scores"/> in a frame taken before them (<see cref="Frame"/>).</summary>
    public static ScoreView Of(ContactQualityResult scores, string asOfSource, Pseudonymizer? pseudonymizer, ScoreFrame frame) =>
        new(scores, asOfSource, pseudonymizer, frame.Owner, frame.Diagnostics, frame.Pseudonyms);

    /// <summary>What the view takes from the import and the people (the owner, the diagnostics, the ids shown): taken before scoring, so that neither need be kept while the scores are computed.</summary>
    public static ScoreFrame Frame(ImportResult result, PeopleNetwork people, Pseudonymizer? pseudonymizer)
    {
        var pseudonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        List<DiagnosticJson> diagnostics;
        ScoreOwnerJson? owner;
        if (pseudonymizer is null)
        {
            owner = people.Owner is { } o ? new ScoreOwnerJson(o.Id, o.Name) : null;
            diagnostics = Contract.Diagnostics(result.Diagnostics.Concat(people.Diagnostics));
        }
        else
        {
            var shown = people.Pseudonymize(pseudonymizer);
            foreach (var person in people.People.Append(people.Owner).OfType<Person>())
            {
                if (!person.Accounts.IsDefaultOrEmpty && shown.Find(pseudonymizer.Pseudonymize(person.Accounts[0].Key)) is { } alias)
                {
                    pseudonyms[person.Id] = alias.Id;
                }
            }

            owner = shown.Owner is { } o ? new ScoreOwnerJson(o.Id, null) : null;
            diagnostics = Contract.Diagnostics(Contract.Diagnostics(result, pseudonymizer).Concat(shown.Diagnostics));
        }

        return new ScoreFrame(owner, diagnostics, pseudonyms);
    }

    public ContactQualityResult Scores => _scores;

    /// <summary>A person's id as shown: the id itself, or, pseudonymised, the person's pseudonymous id.</summary>
    public string Id(string id) => _pseudonymizer is null ? id
        : _pseudonyms.TryGetValue(id, out var alias) ? alias
        : _pseudonymizer.PseudonymizePath("person", id);

    public string? Name(string? name) => _pseudonymizer is null ? name : null;

    /// <summary>A person's label in readable output: the name, else the id (a pseudonym when pseudonymised).</summary>
    public string Label(PersonScore person) => Name(person.Name) ?? Id(person.Id);

    public ScoreJson Json(int? top)
    {
        // Made as they are written: the list of a large network is never held as JSON objects all at once.
        var people = _scores.People.Take(top ?? int.MaxValue).Select(PersonJson);
        var layers = _scores.Layers.ToDictionary(l => l.Nominal.ToString(CultureInfo.InvariantCulture), l => l.People);
        var n = _scores.Network;
        var network = new ScoreNetworkJson(n.People, n.Contacted, Round(n.QualityWeightedSize), n.GiveGetRatio is { } r ? Round(r) : null,
            GiveGetJson(n.Given), GiveGetJson(n.Received), Round(n.EffortOnTop5), Round(n.EffortOnTop15));
        var today = _scores.Today.Select(t => new TodayJson(Action(t.Kind), Id(t.PersonId), Name(t.Name), t.Reason)).ToList();
        return new ScoreJson(Contract.SchemaVersion, _scores.AsOf, _asOfSource, _owner, people, Contract.CamelCase(_scores.Options.LayerMethod.ToString()),
            layers, network, today, _diagnostics);
    }

    private ScorePersonJson PersonJson(PersonScore p) => new(
        p.Rank, Id(p.Id), Name(p.Name), Round(p.Score), p.Layer, Factors(p.Factors), Factors(p.Contributions),
        p.LastContact, p.FirstContact, p.TieSince, p.Interactions,
        p.Channels.ToDictionary(c => Contract.CamelCase(c.Channel.ToString()), c => c.Count),
        p.Platforms.Select(x => x.ToString()).ToList(), GiveGetJson(p.Given), GiveGetJson(p.Received),
        Round(p.DaysSinceLastContact), Round(p.ExpectedIntervalDays), Round(p.OverdueDays), Round(p.OverdueRatio));

    public string Csv(int? top)
    {
        string[] header =
        [
            "rank", "id", "name", "score", "layer", "recency", "frequency", "reciprocity", "intimacy", "duration", "multiplexity",
            "lastContact", "firstContact", "interactions", "platforms", "given", "received", "overdueDays", "overdueRatio",
        ];
        var rows = _scores.People.Take(top ?? int.MaxValue).Select(p => new[]
        {
            Integer(p.Rank), Id(p.Id), Name(p.Name), Number(p.Score), p.Layer is { } layer ? Integer(layer) : null,
            Number(p.Factors.Recency), Number(p.Factors.Frequency), Number(p.Factors.Reciprocity),
            Number(p.Factors.Intimacy), Number(p.Factors.Duration), Number(p.Factors.Multiplexity),
            p.LastContact is { } last ? UtcDateConverter.Format(last) : null,
            p.FirstContact is { } first ? UtcDateConverter.Format(first) : null,
            Integer(p.Interactions), string.Join(';', p.Platforms), Integer(p.Given.Total), Integer(p.Received.Total),
            p.OverdueDays is { } d ? Number(d) : null, p.OverdueRatio is { } o ? Number(o) : null,
        });
        return Encoding.UTF8.GetString(Contract.Csv(header, rows));
    }

    /// <summary>The ranked table with one bar per factor, the layers, the network's value, then the today list.</summary>
    public string Readable(int top)
    {
        var text = new StringBuilder();
        var n = _scores.Network;
        text.AppendLine(CultureInfo.InvariantCulture, $"Contact quality as of {_scores.AsOf.UtcDateTime:yyyy-MM-dd} ({_asOfSource}): {n.People} people, {n.Contacted} in contact");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  quality-weighted size {n.QualityWeightedSize:0.0}; effort on the closest 5: {n.EffortOnTop5:P0} (Dunbar ~40%), closest 15: {n.EffortOnTop15:P0} (~20% more)");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"  you gave {n.Given.Total}, you got {n.Received.Total}{(n.GiveGetRatio is { } ratio ? FormattableString.Invariant($" (give/get {ratio:0.00})") : string.Empty)}");
        if (!_scores.Layers.IsDefaultOrEmpty)
        {
            text.Append("  layers:");
            foreach (var layer in _scores.Layers)
            {
                text.Append(CultureInfo.InvariantCulture, $" {layer.Nominal}: {layer.People}");
            }

            text.AppendLine();
        }

        text.AppendLine();
        var shown = _scores.People.Take(top).ToList();
        var width = Math.Clamp(shown.Select(p => Label(p).Length).DefaultIfEmpty(4).Max(), 4, 28);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{"#",4}  {"score",5}  {"layer",5}  {"name".PadRight(width)}  recency  frequency reciprocity intimacy duration multiplex");
        foreach (var p in shown)
        {
            var f = p.Factors;
            var label = Label(p);
            label = label.Length > width ? label[..(width - 1)] + "…" : label.PadRight(width);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{p.Rank,4}  {p.Score,5:0.0}  {(p.Layer is { } l ? l.ToString(CultureInfo.InvariantCulture) : "-"),5}  {label}  {Bar(f.Recency)}  {Bar(f.Frequency)}  {Bar(f.Reciprocity)}  {Bar(f.Intimacy)}  {Bar(f.Duration)}  {Bar(f.Multiplexity)}");
        }

        if (_scores.People.Length > shown.Count)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  … {_scores.People.Length - shown.Count} more (--top N, --json or --csv list them)");
        }

        text.AppendLine();
        if (_scores.Today.IsDefaultOrEmpty)
        {
            text.AppendLine("Today: nothing stands out.");
        }
        else
        {
            text.AppendLine("Today:");
            var i = 0;
            foreach (var item in _scores.Today)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {++i}. {Action(item.Kind)} {Name(item.Name) ?? Id(item.PersonId)}: {item.Reason}");
            }
        }

        return text.ToString();
    }

    /// <summary>A factor in [0, 1] as eight cells of block characters (eighths), so that a column of them reads as a bar chart.</summary>
    internal static string Bar(double value)
    {
        const int cells = 8;
        var eighths = (int)Math.Round(Math.Clamp(double.IsFinite(value) ? value : 0, 0, 1) * cells * 8);
        var text = new StringBuilder(cells);
        for (var i = 0; i < cells; i++)
        {
            var filled = Math.Clamp(eighths - (i * 8), 0, 8);
            text.Append(filled == 0 ? '·' : " ▏▎▍▌▋▊▉█"[filled]);
        }

        return text.ToString();
    }

    internal static string Action(TodayActionKind kind) => kind switch
    {
        TodayActionKind.ReplyOwed => "reply",
        TodayActionKind.Reconnect => "reconnect",
        TodayActionKind.ReciprocityOwed => "give back",
        _ => "check in",
    };

    private static FactorsJson Factors(ScoreFactors f) =>
        new(Round(f.Recency), Round(f.Frequency), Round(f.Reciprocity), Round(f.Intimacy), Round(f.Duration), Round(f.Multiplexity));

    private static GiveGetJson GiveGetJson(GiveGet g) =>
        new(g.Total, g.ConversationsStarted, g.Replies, g.Calls, g.Endorsements, g.Recommendations, g.Reactions, g.Reposts);

    /// <summary>Six significant decimals: enough for any use, and stable text across runtimes.</summary>
    private static double Round(double value) => Math.Round(value, 6);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 6) : null;

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(double value) => Math.Round(value, 6).ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>What a <see cref="ScoreView"/> takes from the import and the people: the owner as shown, the diagnostics as shown, and each person's id as shown when pseudonymised.</summary>
internal sealed record ScoreFrame(ScoreOwnerJson? Owner, List<DiagnosticJson> Diagnostics, Dictionary<string, string> Pseudonyms);
