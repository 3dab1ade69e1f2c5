using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;

namespace NetworkMetrics.Cli;

/// <summary>
/// The <c>netmetrics</c> command: thin over the public API. Exit codes: 0 when at least one
/// input was usable, 1 when none was (or, with --strict, at the first problem), 2 for usage
/// errors. JSON goes to stdout on exit 0 only; problems go to stderr, one line each, never a
/// stack trace.
/// </summary>
internal static class NetmetricsApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
    public const int Cancelled = 130;

    /// <param name="args">The command line.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where problems (and, on a terminal, the progress bar) go.</param>
    /// <param name="cancellationToken">Cancels the command.</param>
    /// <param name="stderrIsTerminal">Whether stderr is a terminal: then long reads show a progress bar (never in a pipe or with --json).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default, bool stderrIsTerminal = false)
    {
        var root = BuildCommand(stdout, stderr, stderrIsTerminal);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"netmetrics: {error.Message}").ConfigureAwait(false);
            }

            await stderr.WriteLineAsync("Try 'netmetrics --help'.").ConfigureAwait(false);
            return Usage;
        }

        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("netmetrics: cancelled").ConfigureAwait(false);
            return Cancelled;
        }
        catch (ExportFormatException ex)
        {
            await stderr.WriteLineAsync(ex.Diagnostic.ToString()).ConfigureAwait(false);
            return Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"netmetrics: {ex.Message}").ConfigureAwait(false);
            return Failed;
        }
    }

    internal static RootCommand BuildCommand(TextWriter stdout, TextWriter stderr, bool terminal = false)
    {
        var root = new RootCommand("netmetrics: measure your online network from the data exports the platforms give you. Offline: nothing leaves this machine.");
        root.Add(InspectCommand(stdout, stderr, terminal));
        root.Add(ConvertCommand(stdout, stderr, terminal));
        root.Add(PeopleCommand.Create(stdout, stderr, terminal));
        root.Add(Commands.ScoreCommand.Create(stdout, stderr, terminal));
        root.Add(Commands.GraphCommand.Create(stdout, stderr, terminal));
        root.Add(RebuildCommand.Create(stdout, stderr, terminal));
        root.Add(Commands.ReportCommand.Create(stdout, stderr, terminal));
        root.Add(Commands.DemoCommand.Create(stdout, stderr, terminal));
        return root;
    }

    internal static Argument<string[]> PathsArgument()
    {
        var argument = new Argument<string[]>("path")
        {
            Description = "Export archives (.zip, .tar.gz), folders or single files.",
            Arity = ArgumentArity.OneOrMore,
        };

        // An unknown option would otherwise be taken for a path: make it a usage error (write ./-name for such a file).
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value.Length > 1)
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        return argument;
    }

    internal static Option<bool> StrictOption() => new("--strict")
    {
        Description = "Stop at the first warning or error (exit code 1).",
    };

    /// <summary>The environment variable that may hold the pseudonymisation key (UTF-8).</summary>
    public const string KeyVariable = "NETMETRICS_PSEUDONYM_KEY";

    internal static Option<bool> PseudonymizeOption() => new("--pseudonymize")
    {
        Description = $"Replace every account id by HMAC-SHA256 over 'platform:id' and drop names, handles, URLs, emails, phones and contents. The key is read from --key-file or the {KeyVariable} environment variable, never from the command line.",
    };

    internal static Option<FileInfo?> KeyFileOption() => new("--key-file")
    {
        Description = "A file whose bytes are the pseudonymisation key (at least 16 bytes; a trailing line break is ignored).",
    };

    /// <summary>The pseudonymizer the options ask for; null when not asked; an error message when the key is missing or short.</summary>
    internal static (Pseudonymizer? Pseudonymizer, string? Error) ReadPseudonymizer(ParseResult parse, Option<bool> pseudonymize, Option<FileInfo?> keyFile)
    {
        if (!parse.GetValue(pseudonymize))
        {
            return (null, null);
        }

        byte[]? key = null;
        if (parse.GetValue(keyFile) is { } file)
        {
            if (!file.Exists)
            {
                return (null, $"netmetrics: the key file '{file.FullName}' does not exist");
            }

            key = File.ReadAllBytes(file.FullName);
            var length = key.Length;
            while (length > 0 && key[length - 1] is (byte)'\n' or (byte)'\r')
            {
                length--;
            }

            key = key[..length];
        }
        else if (Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } variable)
        {
            key = Encoding.UTF8.GetBytes(variable);
        }

        if (key is null)
        {
            return (null, $"netmetrics: --pseudonymize needs a key: --key-file FILE or the {KeyVariable} environment variable");
        }

        if (key.Length < Pseudonymizer.MinimumKeyLength)
        {
            return (null, FormattableString.Invariant($"netmetrics: the pseudonymisation key must be at least {Pseudonymizer.MinimumKeyLength} bytes long"));
        }

        return (new Pseudonymizer(key), null);
    }

    private static Command InspectCommand(TextWriter stdout, TextWriter stderr, bool terminal)
    {
        var paths = PathsArgument();
        var json = new Option<bool>("--json") { Description = "Print one JSON object (see docs/cli.md)." };
        var strict = StrictOption();
        var pseudonymize = PseudonymizeOption();
        var keyFile = KeyFileOption();
        var command = new Command("inspect", "Recognise the exports in the inputs and count connections, followers, following, removed ties, requests, invitations and messages.")
        {
            paths, json, strict, pseudonymize, keyFile,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (pseudonymizer, keyError) = ReadPseudonymizer(parse, pseudonymize, keyFile);
            if (keyError is not null)
            {
                await stderr.WriteLineAsync(keyError).ConfigureAwait(false);
                return Usage;
            }

            var options = ImportOptions.Default with { Strict = parse.GetValue(strict) };
            var summary = await ProgressDisplay.RunAsync(terminal && !parse.GetValue(json), stderr, "Reading",
                progress => ExportImporter.InspectAsync(parse.GetValue(paths)!, options, progress, ct)).ConfigureAwait(false);
            if (pseudonymizer is not null)
            {
                summary = pseudonymizer.Apply(summary);
            }

            await ReportAsync(stderr, summary.Diagnostics).ConfigureAwait(false);
            if (!summary.Inputs.Any(i => i.RecognizedFiles > 0))
            {
                return Failed;
            }

            if (parse.GetValue(json))
            {
                await JsonOutput.WriteLineAsync(stdout, Contract.Inspect(summary), CliJsonContext.Output.InspectJson, ct).ConfigureAwait(false);
            }
            else
            {
                await stdout.WriteAsync(Contract.Readable(summary)).ConfigureAwait(false);
            }

            return Ok;
        });
        return command;
    }

    private static Command ConvertCommand(TextWriter stdout, TextWriter stderr, bool terminal)
    {
        var paths = PathsArgument();
        var table = new Option<string>("--table")
        {
            Description = "Which records: accounts, ties, interactions or conversations.",
            Required = true,
        };
        table.AcceptOnlyFromAmong("accounts", "ties", "interactions", "conversations");
        var format = new Option<string>("--format") { Description = "csv (default) or json (one object: schemaVersion, table, rows).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var withContent = new Option<bool>("--with-content") { Description = "Include message and post texts (private: off by default)." };
        var strict = StrictOption();
        var pseudonymize = PseudonymizeOption();
        var keyFile = KeyFileOption();
        var command = new Command("convert", "Write the normalised records (accounts, ties, interactions or conversations) as CSV or JSON, for your own tools.")
        {
            paths, table, format, output, withContent, strict, pseudonymize, keyFile,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (pseudonymizer, keyError) = ReadPseudonymizer(parse, pseudonymize, keyFile);
            if (keyError is not null || (pseudonymizer is not null && parse.GetValue(withContent)))
            {
                await stderr.WriteLineAsync(keyError ?? "netmetrics: --with-content cannot be combined with --pseudonymize").ConfigureAwait(false);
                return Usage;
            }

            var options = ImportOptions.Default with { Strict = parse.GetValue(strict), IncludeContent = parse.GetValue(withContent) };
            var result = await ProgressDisplay.RunAsync(terminal, stderr, "Reading",
                progress => ExportImporter.ImportAsync(parse.GetValue(paths)!, options, progress, ct)).ConfigureAwait(false);
            if (pseudonymizer is not null)
            {
                result = pseudonymizer.Apply(result);
            }

            await ReportAsync(stderr, result.Diagnostics).ConfigureAwait(false);
            if (!result.Inputs.Any(i => i.RecognizedFiles > 0))
            {
                return Failed;
            }

            var bytes = Contract.Table(result, parse.GetValue(table)!, parse.GetValue(format) == "json", options.IncludeContent);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllBytesAsync(file.FullName, bytes, ct).ConfigureAwait(false);
            }
            else
            {
                await stdout.WriteAsync(Encoding.UTF8.GetString(bytes)).ConfigureAwait(false);
                await stdout.FlushAsync(ct).ConfigureAwait(false);
            }

            return Ok;
        });
        return command;
    }

    internal static async Task ReportAsync(TextWriter stderr, IEnumerable<ImportDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity != DiagnosticSeverity.Info)
            {
                await stderr.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
            }
        }
    }
}
