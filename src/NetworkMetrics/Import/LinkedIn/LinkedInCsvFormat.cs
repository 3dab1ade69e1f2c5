using NetworkMetrics.Text;

namespace NetworkMetrics.Import.LinkedIn;

/// <summary>A LinkedIn CSV file family, matched by file name (any case, at any depth) and read by header name.</summary>
internal abstract class LinkedInCsvFormat(string id, params string[] fileNames) : ExportFormat
{
    /// <summary>
    /// Every date format LinkedIn has written, invariant culture (export-formats.md), and each of
    /// its timestamps without seconds (hand-edited and re-saved files, Excel's <c>M/d/yyyy H:mm</c>):
    /// a date is never lost because its seconds are.
    /// </summary>
    internal static readonly string[] DateFormats =
    [
        "d MMM yyyy", "dd MMM yyyy",
        "M/d/yy, h:mm tt", "MM/dd/yy, hh:mm tt",
        "yyyy-MM-dd HH:mm:ss 'UTC'", "yyyy/MM/dd HH:mm:ss 'UTC'",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss",
        "ddd MMM dd HH:mm:ss 'UTC' yyyy", "ddd MMM d HH:mm:ss 'UTC' yyyy",
        "d-MMM-yy", "dd-MMM-yy", "M/d/yyyy", "yyyy-MM-dd",
        "yyyy-MM-dd HH:mm 'UTC'", "yyyy/MM/dd HH:mm 'UTC'", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm",
        "ddd MMM dd HH:mm 'UTC' yyyy", "ddd MMM d HH:mm 'UTC' yyyy",
        "M/d/yyyy H:mm", "M/d/yyyy, h:mm tt", "M/d/yyyy h:mm tt", "M/d/yy H:mm",
    ];

    private readonly string[] _fileNames = [.. fileNames.Select(n => n.ToLowerInvariant())];

    public override Platform Platform => Platform.LinkedIn;

    public override string Id { get; } = id;

    public override PathMatch MatchPath(string path, string name) =>
        Array.IndexOf(_fileNames, name) >= 0 ? PathMatch.Yes : PathMatch.No;

    /// <summary>A renamed file given on its own is this family when one of its first lines is a header with <see cref="HeaderColumns"/>.</summary>
    public override bool MatchLoneFile(ReadOnlySpan<byte> head, string inputPath) => CsvHead.HasHeader(head, HeaderColumns);

    /// <summary>
    /// The columns that make a row this family's header, in every generation: the parser looks for
    /// them among the first rows, and a renamed file is recognised by them. Empty: not recognised by content.
    /// </summary>
    protected virtual IReadOnlyList<string> HeaderColumns => [];

    /// <summary>Parses a LinkedIn date; <see langword="null"/> when empty.</summary>
    /// <exception cref="FormatException">The text is not a LinkedIn date.</exception>
    protected static bool TryDate(string? text, out DateTimeOffset? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateParsing.TryParseExact(text, DateFormats, out var value))
        {
            date = value;
            return true;
        }

        return false;
    }

    /// <summary>A date field: the fast UTF-8 path for the common shapes, every LinkedIn format otherwise.</summary>
    /// <returns><see langword="false"/> when the field is not empty and not a date; <paramref name="text"/> then holds it.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    protected static bool TryDate(CsvTable table, int column, out DateTimeOffset? date, out string? text)
    {
        text = null;
        var span = table.Span(column);
        if (FastDates.TryParse(span, out var fast))
        {
            date = fast;
            return true;
        }

        date = null;
        return span.IsEmpty || TryDateSlow(table, column, out date, out text);
    }

    private static bool TryDateSlow(CsvTable table, int column, out DateTimeOffset? date, out string? text)
    {
        text = table.Get(column);
        return TryDate(text, out date);
    }

    /// <summary>
    /// The account of a member known by profile URL, name and/or email (or the member URN that 2018 files
    /// write in the email column); <see langword="null"/> when none is known. Every one becomes a key,
    /// the strongest the primary one (docs/model.md, "LinkedIn").
    /// </summary>
    protected static Account? Member(string? url, string? name, string? email = null)
    {
        var profile = Identifiers.LinkedInProfileKey(url);
        var cleanName = Identifiers.CleanName(name);
        var mail = Identifiers.CleanEmail(email);
        var urn = mail is null && email is not null && email.StartsWith("urn:li:member:", StringComparison.OrdinalIgnoreCase) ? email.Trim().ToLowerInvariant() : null;
        var keys = new List<AccountKey>(3);
        if (urn is not null)
        {
            keys.Add(AccountKey.Normalized(Platform.LinkedIn, AccountKeyKind.Id, urn));
        }

        if (profile is not null)
        {
            keys.Add(AccountKey.Normalized(Platform.LinkedIn, AccountKeyKind.Url, profile));
        }

        if (mail is not null)
        {
            keys.Add(AccountKey.Normalized(Platform.LinkedIn, AccountKeyKind.Email, mail));
        }

        if (AccountKeys.Name(Platform.LinkedIn, cleanName) is { } nameKey)
        {
            keys.Add(nameKey);
        }

        if (keys.Count == 0)
        {
            return null;
        }

        return new Account(keys[0])
        {
            Keys = [.. keys],
            Name = cleanName,
            ProfileUrl = profile is null ? null : "https://www." + profile,
            Handle = profile?["linkedin.com/in/".Length..],
            Emails = mail is null ? [] : [new EmailAddress(mail, email!.Trim())],
        };
    }

    /// <summary>"First Last" from two columns.</summary>
    protected static string? FullName(string? first, string? last) =>
        (first, last) switch
        {
            (null, null) => null,
            (_, null) => first,
            (null, _) => last,
            _ => first + " " + last,
        };

    /// <summary>Whether a header row holds all the named columns (case-insensitive).</summary>
    protected static Func<IReadOnlyList<string>, bool> HeaderWith(IReadOnlyList<string> columns) =>
        header => columns.All(c => header.Contains(c, StringComparer.OrdinalIgnoreCase));
}
