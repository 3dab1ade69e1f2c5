using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NetworkMetrics.Identity;

/// <summary>
/// The user's corrections to identity resolution: pairs of accounts that are the same person or different people,
/// applied on top of the evidence so that a wrong merge can be undone and a missing one added, reproducibly.
/// </summary>
/// <remarks>
/// <para>The file is CSV with the header <c>relation,a,b</c>: <c>same</c> or <c>different</c>, then two account keys
/// in their string form (<see cref="AccountKey.ToString"/>: <c>LinkedIn:url:linkedin.com/in/jane-doe</c>). A field
/// that holds a comma is quoted (<c>"Facebook:name:smith, jane"</c>). Lines starting with <c>#</c> and empty lines
/// are ignored. A line that is not such a row is an <c>identity.override-malformed</c> warning with its line number,
/// never an exception (docs/identity.md, "The overrides file").</para>
/// </remarks>
public sealed class IdentityOverrides
{
    /// <summary>Creates overrides from pairs built in code.</summary>
    /// <param name="overrides">The pairs, applied in any order (the result does not depend on it).</param>
    public IdentityOverrides(IEnumerable<IdentityOverride> overrides)
        : this([.. overrides ?? throw new ArgumentNullException(nameof(overrides))], [])
    {
    }

    private IdentityOverrides(ImmutableArray<IdentityOverride> items, ImmutableArray<ImportDiagnostic> diagnostics)
    {
        Items = items;
        Diagnostics = diagnostics;
    }

    /// <summary>No overrides.</summary>
    public static IdentityOverrides Empty { get; } = new([], []);

    /// <summary>The pairs, in the order of the file.</summary>
    public ImmutableArray<IdentityOverride> Items { get; }

    /// <summary>The lines that could not be read (<c>identity.override-malformed</c>), with their line numbers.</summary>
    public ImmutableArray<ImportDiagnostic> Diagnostics { get; }

    /// <summary>Reads an overrides file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The overrides, with a diagnostic for every malformed line.</returns>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    public static IdentityOverrides Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Parse(reader, path);
    }

    /// <summary>Reads overrides in the file format from a reader.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="fileName">The name diagnostics give as their file.</param>
    /// <returns>The overrides, with a diagnostic for every malformed line.</returns>
    public static IdentityOverrides Parse(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var items = ImmutableArray.CreateBuilder<IdentityOverride>();
        var diagnostics = ImmutableArray.CreateBuilder<ImportDiagnostic>();
        long number = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var text = number == 1 ? line.TrimStart('\uFEFF').Trim() : line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var fields = SplitFields(text);
            if (!headerSeen && fields is [var r, var a, var b]
                && r.Equals("relation", StringComparison.OrdinalIgnoreCase) && a.Equals("a", StringComparison.OrdinalIgnoreCase) && b.Equals("b", StringComparison.OrdinalIgnoreCase))
            {
                headerSeen = true;
                continue;
            }

            headerSeen = true;
            string? problem = null;
            if (fields is not [var relationText, var aText, var bText])
            {
                problem = fields is null ? "an unterminated quote" : string.Create(CultureInfo.InvariantCulture, $"{fields.Count} fields");
                problem = $"expected three fields relation,a,b, found {problem}";
            }
            else if (Relation(relationText) is not { } relation)
            {
                problem = $"the relation '{relationText}' is neither 'same' nor 'different'";
            }
            else if (!AccountKey.TryParse(aText, out var keyA) || !AccountKey.TryParse(bText, out var keyB))
            {
                var bad = AccountKey.TryParse(aText, out _) ? bText : aText;
                problem = $"'{bad}' is not an account key: expected Platform:kind:value, such as LinkedIn:url:linkedin.com/in/jane-doe";
            }
            else
            {
                items.Add(new IdentityOverride(relation, keyA, keyB) { Line = number, File = fileName });
                continue;
            }

            diagnostics.Add(new ImportDiagnostic(DiagnosticSeverity.Warning, "identity.override-malformed", $"{problem}; the line was ignored")
            {
                File = fileName,
                Line = number,
            });
        }

        return new IdentityOverrides(items.ToImmutable(), diagnostics.ToImmutable());
    }

    private static OverrideRelation? Relation(string text) =>
        text.Equals("same", StringComparison.OrdinalIgnoreCase) ? OverrideRelation.Same
        : text.Equals("different", StringComparison.OrdinalIgnoreCase) ? OverrideRelation.Different
        : null;

    /// <summary>The fields of one CSV line (RFC 4180 quoting within the line), trimmed; <see langword="null"/> for an unterminated quote.</summary>
    private static List<string>? SplitFields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            if (i < line.Length && line[i] == '"')
            {
                i++;
                var closed = false;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        closed = true;
                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }

                if (!closed)
                {
                    return null;
                }

                while (i < line.Length && line[i] != ',')
                {
                    field.Append(line[i++]);
                }
            }
            else
            {
                while (i < line.Length && line[i] != ',')
                {
                    field.Append(line[i++]);
                }
            }

            fields.Add(field.ToString().Trim());
            field.Clear();
            if (i >= line.Length)
            {
                return fields;
            }

            i++; // the comma
        }
    }
}
