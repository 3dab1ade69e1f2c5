using System.Text;
using System.Text.RegularExpressions;

namespace NetworkMetrics.Import.AddressBook;

/// <summary>
/// Google Contacts CSV (<c>contacts.csv</c>, or any CSV with its header), two generations:
/// the current header (<c>First Name,Middle Name,Last Name,…,E-mail 1 - Label,E-mail 1 - Value,…</c>)
/// and the legacy one (<c>Name,Given Name,Additional Name,Family Name,…,E-mail 1 - Type,E-mail 1 - Value,…</c>).
/// The numbered groups (<c>E-mail N</c>, <c>Phone N</c>, <c>Website N</c>) vary in number; a cell
/// may hold several values joined by <c> ::: </c>. Every row is one <see cref="TieKind.Contact"/> tie.
/// </summary>
internal sealed partial class GoogleContactsFormat : ExportFormat
{
    private const string Separator = " ::: ";

    public override Platform Platform => Platform.AddressBook;

    /// <summary>Contacts are unioned across the files of the address book: parsed in path order, so the result never depends on timing.</summary>
    public override bool ParseInOrder => true;

    public override string Id => "addressbook.google-csv";

    public override CountKinds Holds => CountKinds.Connections;

    public override PathMatch MatchPath(string path, string name) =>
        name.EndsWith(".csv", StringComparison.Ordinal) ? PathMatch.IfContent : PathMatch.No;

    /// <summary>The first line is a Google header: it starts with <c>First Name</c> or <c>Name</c> and has a numbered <c>… 1 - Value</c> column.</summary>
    public override bool MatchContent(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        var end = head.IndexOfAny((byte)'\r', (byte)'\n');
        var fields = Encoding.UTF8.GetString(end < 0 ? head : head[..end]).Split(',');
        return IsHeader(fields.Select(f => f.Trim().Trim('"')).ToList());
    }

    public override void Parse(Stream stream, ParseContext context)
    {
        using var table = CsvTable.Open(stream, context, IsHeader,
            "Google Contacts columns: First Name, Middle Name, Last Name (or Name, Given Name, Family Name), … E-mail 1 - Value, Phone 1 - Value, …");
        if (table.IsEmpty)
        {
            context.Format = Id + ".empty";
            return;
        }

        var legacy = table.Has("Given Name") || !table.Has("First Name");
        context.Format = Id + (legacy ? ".legacy" : ".current");
        int fullName = table.Column("Name"), first = table.Column("First Name", "Given Name"), middle = table.Column("Middle Name", "Additional Name"),
            last = table.Column("Last Name", "Family Name"), nickname = table.Column("Nickname"), fileAs = table.Column("File As"),
            organization = table.Column("Organization Name", "Organization 1 - Name");
        var emails = Numbered(table.Header, "E-mail");
        var phones = Numbered(table.Header, "Phone");
        var websites = Numbered(table.Header, "Website");
        var emitter = new ContactEmitter(context);
        var contact = new ContactBuilder();
        while (table.Read())
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            contact.Clear();
            contact.FullName = table.Get(fullName);
            contact.ComposedName = Join(table.Get(first), table.Get(middle), table.Get(last));
            contact.Nickname = table.Get(nickname) ?? table.Get(fileAs);
            contact.Organization = table.Get(organization);
            foreach (var value in Values(table, emails))
            {
                contact.AddEmail(value);
            }

            foreach (var value in Values(table, phones))
            {
                contact.AddPhone(value);
            }

            foreach (var value in Values(table, websites))
            {
                contact.AddUrl(value);
            }

            emitter.Emit(contact);
        }

        emitter.Finish();
    }

    private static bool IsHeader(IReadOnlyList<string> fields) =>
        fields.Count > 0 && (string.Equals(fields[0], "First Name", StringComparison.OrdinalIgnoreCase) || string.Equals(fields[0], "Name", StringComparison.OrdinalIgnoreCase)) &&
        fields.Any(f => NumberedValue().IsMatch(f));

    /// <summary>The indexes of the <c>&lt;kind&gt; N - Value</c> columns, in header order.</summary>
    private static int[] Numbered(IReadOnlyList<string> header, string kind)
    {
        var columns = new List<int>();
        for (var i = 0; i < header.Count; i++)
        {
            if (NumberedValue().Match(header[i]) is { Success: true } match && string.Equals(match.Groups[1].Value, kind, StringComparison.OrdinalIgnoreCase))
            {
                columns.Add(i);
            }
        }

        return [.. columns];
    }

    private static IEnumerable<string> Values(CsvTable table, int[] columns)
    {
        foreach (var column in columns)
        {
            if (table.Get(column) is { } cell)
            {
                foreach (var value in cell.Split(Separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return value;
                }
            }
        }
    }

    private static string? Join(params string?[] parts)
    {
        var name = string.Join(' ', parts.Where(p => p is not null));
        return name.Length == 0 ? null : name;
    }

    [GeneratedRegex(@"^(E-mail|Phone|Website|Address|Relation|Event|IM|Custom Field) \d+ - Value$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedValue();
}
