using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NetworkMetrics.Identity;

namespace NetworkMetrics.Cli;

/// <summary>
/// <c>netmetrics people</c>: the accounts of the exports resolved into people, with the evidence of every merge
/// (docs/cli.md, docs/identity.md). Readable by default (people with several accounts first, each with its
/// evidence on one line), <c>--json</c> for one object, <c>--csv</c> for one row per account with its person's id.
/// </summary>
internal static class PeopleCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool terminal)
    {
        var paths = NetmetricsApp.PathsArgument();
        var json = new Option<bool>("--json") { Description = "Print one JSON object: schemaVersion, owner, people, diagnostics (see docs/cli.md)." };
        var csv = new Option<bool>("--csv") { Description = "Print CSV: one row per account with its person's id." };
        var strict = NetmetricsApp.StrictOption();
        var pseudonymize = NetmetricsApp.PseudonymizeOption();
        var keyFile = NetmetricsApp.KeyFileOption();
        var people = PeopleOptions.Create();
        var command = new Command("people", "Resolve the accounts of every export into people: the same person's connection, friend, follow and card as one, with the evidence for every merge.")
        {
            paths, json, csv, strict, pseudonymize, keyFile,
        };
        people.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(json) && result.GetValue(csv))
            {
                result.AddError("--json and --csv cannot be combined.");
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

            var isStrict = parse.GetValue(strict);
            var (asJson, asCsv) = (parse.GetValue(json), parse.GetValue(csv));
            var options = ImportOptions.Default with { Strict = isStrict };
            var result = await ProgressDisplay.RunAsync(terminal && !asJson && !asCsv, stderr, "Reading",
                progress => ExportImporter.ImportAsync(parse.GetValue(paths)!, options, progress, ct)).ConfigureAwait(false);
            var importDiagnostics = Contract.Diagnostics(result, pseudonymizer);
            await NetmetricsApp.ReportAsync(stderr, importDiagnostics).ConfigureAwait(false);
            if (!result.Inputs.Any(i => i.RecognizedFiles > 0))
            {
                return NetmetricsApp.Failed;
            }

            var (network, exit) = people.ResolvePeople(parse, result, stderr, isStrict, pseudonymizer);
            if (exit is { } code)
            {
                return code;
            }

            if (pseudonymizer is not null)
            {
                network = network!.Pseudonymize(pseudonymizer);
            }

            var output = asJson ? Json(network!, importDiagnostics) : asCsv ? Encoding.UTF8.GetString(Csv(network!)) : Readable(network!);
            await stdout.WriteAsync(output).ConfigureAwait(false);
            if (asJson)
            {
                await stdout.WriteLineAsync().ConfigureAwait(false);
            }

            await stdout.FlushAsync(ct).ConfigureAwait(false);
            return NetmetricsApp.Ok;
        });
        return command;
    }

    internal static string Json(PeopleNetwork network, IEnumerable<ImportDiagnostic> importDiagnostics)
    {
        var diagnostics = importDiagnostics.Concat(network.Diagnostics)
            .Select(d => new DiagnosticJson(d.File, d.Line, d.Record, d.Offset, Contract.Severity(d.Severity), d.Code, d.Message))
            .ToList();
        var json = new PeopleJson(Contract.SchemaVersion, network.Owner is { } owner ? Person(owner) : null, [.. network.People.Select(Person)], diagnostics);
        return JsonSerializer.Serialize(json, PeopleJsonContext.Output.PeopleJson);
    }

    private static PersonJson Person(Person person) => new(
        person.Id,
        person.Name,
        [.. person.Accounts.Select(a => new PersonAccountJson(a.Platform.ToString(), a.Id, [.. a.Keys.Select(k => k.ToString())], a.Name, a.Handle, a.ProfileUrl,
            [.. a.Emails.Select(e => e.Written)], [.. a.Phones.Select(p => p.ToString())]))],
        [.. person.Evidence.Select(e => new EvidenceJson(Contract.CamelCase(e.Kind.ToString()), [e.A.ToString(), e.B.ToString()], e.Detail, e.Confidence))]);

    internal static byte[] Csv(PeopleNetwork network)
    {
        var everyone = network.Owner is { } owner ? network.People.Prepend(owner) : network.People;
        var rows = everyone.SelectMany(p => p.Accounts.Select(a => new[]
        {
            p.Id, p.Name, p.IsOwner ? "true" : "false", a.Platform.ToString(), a.Id, string.Join(';', a.Keys.Select(k => k.ToString())), a.Name, a.Handle, a.ProfileUrl,
            string.Join(';', a.Emails.Select(e => e.Written)), string.Join(';', a.Phones.Select(n => n.ToString())),
        }));
        return Contract.Csv(["personId", "personName", "owner", "platform", "id", "keys", "name", "handle", "url", "emails", "phones"], rows);
    }

    internal static string Readable(PeopleNetwork network)
    {
        var text = new StringBuilder();
        if (network.Owner is { } owner)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Owner {owner.Id}  {owner.Name ?? "(no name)"}  ({string.Join(", ", owner.Platforms)}; {owner.Accounts.Length} accounts)");
        }

        var accounts = network.People.Sum(p => p.Accounts.Length);
        var joined = network.People.Count(p => p.Accounts.Length > 1);
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{network.People.Length} people from {accounts} accounts; {joined} with more than one account; {network.Candidates.Length} pieces of evidence not merged");
        var ordered = network.People
            .OrderByDescending(p => p.Accounts.Length > 1)
            .ThenBy(p => p.Name ?? "\uFFFF", StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal);
        var separated = false;
        foreach (var person in ordered)
        {
            if (person.Accounts.Length == 1)
            {
                if (!separated)
                {
                    text.AppendLine();
                    separated = true;
                }

                text.AppendLine(CultureInfo.InvariantCulture, $"{person.Id}  {person.Name ?? "(no name)"}  {person.Accounts[0].Key}");
                continue;
            }

            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{person.Id}  {person.Name ?? "(no name)"}  ({string.Join(", ", person.Platforms)})");
            text.AppendLine(CultureInfo.InvariantCulture, $"  accounts: {string.Join(" | ", person.Accounts.Select(a => a.Key.ToString()))}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  evidence: {string.Join("; ", person.Evidence.Select(Evidence))}");
        }

        return text.ToString();
    }

    private static string Evidence(IdentityEvidence e) =>
        string.Create(CultureInfo.InvariantCulture, $"{Contract.CamelCase(e.Kind.ToString())} {e.A} = {e.B} ({e.Detail}, {e.Confidence:0.##})");
}
