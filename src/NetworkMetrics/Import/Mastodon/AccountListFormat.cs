using System.Text;

namespace NetworkMetrics.Import.Mastodon;

/// <summary>
/// The account lists of Preferences → Import and export, one <c>user@domain</c> per row:
/// follows (<c>following_accounts.csv</c>; header <c>Account address,Show boosts</c>, later
/// with <c>Notify on new posts,Languages</c>; the oldest files have no header), mutes
/// (<c>muted_accounts.csv</c>; header <c>Account address,Hide notifications</c> or none) and
/// blocks (<c>blocked_accounts.csv</c>, never a header). Files renamed by the user are
/// recognised by their header; a renamed headerless list cannot be told from other lists and
/// is not read.
/// </summary>
internal sealed class AccountListFormat : ExportFormat
{
    private const string AddressColumn = "Account address";
    private readonly string _fileName;
    private readonly string? _secondColumn;
    private readonly TieKind _kind;

    /// <param name="id">The family id.</param>
    /// <param name="fileName">The name Mastodon gives the file, lower case.</param>
    /// <param name="kind">The tie each row states.</param>
    /// <param name="secondColumn">The header's second column, by which a renamed file is recognised; <see langword="null"/> for lists that never have a header.</param>
    public AccountListFormat(string id, string fileName, TieKind kind, string? secondColumn)
    {
        Id = id;
        _fileName = fileName;
        _kind = kind;
        _secondColumn = secondColumn;
    }

    public override Platform Platform => Platform.Mastodon;

    public override string Id { get; }

    public override CountKinds Holds => CountKindsOf.Tie(_kind);

    public override PathMatch MatchPath(string path, string name) =>
        name == _fileName ? PathMatch.Yes
        : _secondColumn is not null && name.EndsWith(".csv", StringComparison.Ordinal) ? PathMatch.IfContent
        : PathMatch.No;

    /// <summary>A renamed file: its first line is <c>Account address,&lt;second column&gt;…</c>.</summary>
    public override bool MatchContent(ReadOnlySpan<byte> head)
    {
        if (_secondColumn is null)
        {
            return false;
        }

        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        var end = head.IndexOfAny((byte)'\r', (byte)'\n');
        var line = Encoding.UTF8.GetString(end < 0 ? head : head[..end]);
        var fields = line.Split(',');
        return fields.Length >= 2 &&
            string.Equals(fields[0].Trim().Trim('"'), AddressColumn, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(fields[1].Trim().Trim('"'), _secondColumn, StringComparison.OrdinalIgnoreCase);
    }

    public override void Parse(Stream stream, ParseContext context)
    {
        // The header is optional: read every row as data and recognise the header by its first field.
        using var table = CsvTable.Open(stream, context, fields => fields.Count > 0 && fields[0].Length > 0,
            $"one account address (user@domain) per row, optionally under a header {AddressColumn},…", hasHeader: false);
        context.Format = Id + ".empty";
        if (table.IsEmpty)
        {
            return;
        }

        var address = 0;
        var first = true;
        while (table.Read())
        {
            if (first)
            {
                first = false;
                if (IsHeader(table, out var header))
                {
                    address = Array.FindIndex(header, h => string.Equals(h, AddressColumn, StringComparison.OrdinalIgnoreCase));
                    context.Format = Id + Generation(header);
                    continue;
                }

                context.Format = Id + ".headerless";
            }

            var text = table.Get(address)?.Trim('\uFEFF');
            var id = MastodonAccounts.ParseAddress(text);
            if (id is null)
            {
                table.Skip("mastodon.bad-address", $"'{text}' is not an account address (expected user@domain)");
                continue;
            }

            context.Add(MastodonAccounts.Account(id));
            context.Add(new Tie(Platform.Mastodon, MastodonAccounts.Key(id), _kind));
            context.Kept();
        }
    }

    private static bool IsHeader(CsvTable table, out string[] header)
    {
        header = new string[table.FieldCount];
        var any = false;
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = table.Get(i)?.Trim('\uFEFF').Trim() ?? string.Empty;
            any |= string.Equals(header[i], AddressColumn, StringComparison.OrdinalIgnoreCase);
        }

        return any;
    }

    /// <summary>The generation, from the header's columns.</summary>
    private static string Generation(string[] header) =>
        header.Contains("Languages", StringComparer.OrdinalIgnoreCase) ? ".v4"
        : header.Contains("Notify on new posts", StringComparer.OrdinalIgnoreCase) ? ".v3"
        : ".header";
}
