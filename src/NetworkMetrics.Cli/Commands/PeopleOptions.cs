using System.CommandLine;
using System.Globalization;
using NetworkMetrics.Identity;

namespace NetworkMetrics.Cli;

/// <summary>
/// The options of every command that builds people (<c>people</c>, and <c>score</c>, <c>graph</c>, <c>rebuild</c>,
/// <c>report</c>): <c>--links FILE</c>, <c>--min-confidence X</c> and <c>--weak-evidence</c>, and
/// <c>ResolvePeople</c>, which turns an import into people under them with the CLI's conventions (one
/// stderr line per problem, <c>--strict</c>, exit codes). Add the options with <see cref="AddTo"/> (or one by one)
/// and call <c>ResolvePeople</c> in the command's action.
/// </summary>
/// <example>
/// <code>
/// var people = PeopleOptions.Create();
/// people.AddTo(command);
/// …
/// var (network, exit) = people.ResolvePeople(parse, result, stderr, strict: parse.GetValue(strict), pseudonymizer);
/// if (exit is { } code) return code;
/// </code>
/// </example>
internal sealed class PeopleOptions
{
    private PeopleOptions(Option<FileInfo?> links, Option<double?> minConfidence, Option<bool> weakEvidence)
    {
        Links = links;
        MinConfidence = minConfidence;
        WeakEvidence = weakEvidence;
    }

    /// <summary><c>--links FILE</c>: the overrides file (docs/identity.md).</summary>
    public Option<FileInfo?> Links { get; }

    /// <summary><c>--min-confidence X</c>: <see cref="IdentityOptions.MinimumConfidence"/>.</summary>
    public Option<double?> MinConfidence { get; }

    /// <summary><c>--weak-evidence</c>: <see cref="IdentityOptions.MergeWeakEvidence"/>.</summary>
    public Option<bool> WeakEvidence { get; }

    /// <summary>The three options, new instances (an option belongs to one command).</summary>
    public static PeopleOptions Create() => new(LinksOption(), MinConfidenceOption(), WeakEvidenceOption());

    /// <summary>A new <c>--links FILE</c> option.</summary>
    internal static Option<FileInfo?> LinksOption() => new("--links")
    {
        Description = "An overrides file: CSV 'relation,a,b' with 'same' or 'different' and two account keys (Platform:kind:value), to split a wrong merge or add a missing one (docs/identity.md).",
    };

    /// <summary>A new <c>--min-confidence X</c> option, validated to [0, 1] (a usage error otherwise).</summary>
    internal static Option<double?> MinConfidenceOption()
    {
        var option = new Option<double?>("--min-confidence")
        {
            Description = string.Create(CultureInfo.InvariantCulture,
                $"The least confidence of evidence that merges two accounts, in [0, 1] (default {IdentityOptions.Default.MinimumConfidence}; 0.8 keeps only emails, phones, profile links and web sites)."),
        };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            {
                return value;
            }

            result.AddError($"--min-confidence must be a number in [0, 1], not '{text}'.");
            return null;
        };
        return option;
    }

    /// <summary>A new <c>--weak-evidence</c> option.</summary>
    internal static Option<bool> WeakEvidenceOption() => new("--weak-evidence")
    {
        Description = "Also merge on weak evidence: the same handle on two platforms, the same name without diacritics.",
    };

    /// <summary>Adds the three options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(Links);
        command.Add(MinConfidence);
        command.Add(WeakEvidence);
    }

    /// <summary>Resolves an import into people with this command line's options: see the static overload.</summary>
    public (PeopleNetwork? People, int? ExitCode) ResolvePeople(ParseResult parse, ImportResult result, TextWriter stderr, bool strict = false, Pseudonymizer? pseudonymizer = null) =>
        ResolvePeople(parse, result, stderr, Links, MinConfidence, WeakEvidence, strict, pseudonymizer);

    /// <summary>
    /// Resolves an import into people (<see cref="PeopleResolver.Resolve"/>) with the options the command line gives.
    /// Writes each warning of the overrides file and of resolution to <paramref name="stderr"/>, one line each
    /// (pseudonymised when <paramref name="pseudonymizer"/> is given); infos are not written.
    /// </summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="result">The import, not pseudonymised (resolution needs the names and emails; pseudonymise the network after).</param>
    /// <param name="stderr">Where problems go.</param>
    /// <param name="links">The command's <c>--links</c> option.</param>
    /// <param name="minConfidence">The command's <c>--min-confidence</c> option.</param>
    /// <param name="weakEvidence">The command's <c>--weak-evidence</c> option, if it has one.</param>
    /// <param name="strict">Whether the first warning fails the command (<c>--strict</c>).</param>
    /// <param name="pseudonymizer">The pseudonymizer of <c>--pseudonymize</c>, for the stderr lines.</param>
    /// <returns>The network (not pseudonymised), or the exit code to return: 2 when the links file does not exist, 1 when it cannot be read or, with <paramref name="strict"/>, at the first warning.</returns>
    internal static (PeopleNetwork? People, int? ExitCode) ResolvePeople(ParseResult parse, ImportResult result, TextWriter stderr,
        Option<FileInfo?> links, Option<double?> minConfidence, Option<bool>? weakEvidence = null, bool strict = false, Pseudonymizer? pseudonymizer = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stderr);
        var overrides = IdentityOverrides.Empty;
        if (parse.GetValue(links) is { } file)
        {
            if (!file.Exists)
            {
                stderr.WriteLine($"netmetrics: the links file '{(pseudonymizer is null ? file.FullName : pseudonymizer.PseudonymizePath(null, file.FullName))}' does not exist");
                return (null, NetmetricsApp.Usage);
            }

            try
            {
                overrides = IdentityOverrides.Load(file.FullName);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(pseudonymizer is null ? $"netmetrics: cannot read the links file: {ex.Message}" : "netmetrics: cannot read the links file");
                return (null, NetmetricsApp.Failed);
            }
        }

        var options = IdentityOptions.Default with
        {
            MinimumConfidence = parse.GetValue(minConfidence) ?? IdentityOptions.Default.MinimumConfidence,
            MergeWeakEvidence = weakEvidence is not null && parse.GetValue(weakEvidence),
            Overrides = overrides,
        };
        var network = PeopleResolver.Resolve(result, options);
        var shown = pseudonymizer is null ? network.Diagnostics : network.Pseudonymize(pseudonymizer).Diagnostics;
        foreach (var diagnostic in shown)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info)
            {
                continue;
            }

            stderr.WriteLine(diagnostic.ToString());
            if (strict)
            {
                return (null, NetmetricsApp.Failed);
            }
        }

        return (network, null);
    }
}
