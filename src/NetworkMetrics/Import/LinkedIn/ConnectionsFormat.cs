namespace NetworkMetrics.Import.LinkedIn;

/// <summary>
/// Connections.csv, three generations: 2018 (header on line 1), 2021 (after the Notes
/// preamble), 2024 on (adds URL). Excel re-saves turn the preamble into <c>Notes:,,</c> and
/// may drop columns. Rows empty but for the date are hidden or deleted members: connections
/// without identity.
/// </summary>
internal sealed class ConnectionsFormat() : LinkedInCsvFormat("linkedin.connections", "Connections.csv")
{
    public override CountKinds Holds => CountKinds.Connections;

    protected override IReadOnlyList<string> HeaderColumns { get; } = ["First Name", "Last Name", "Connected On"];

    public override void Parse(Stream stream, ParseContext context)
    {
        using var table = CsvTable.Open(stream, context, HeaderWith(HeaderColumns),
            "the columns First Name, Last Name, (URL,) Email Address, Company, Position, Connected On");
        if (table.IsEmpty)
        {
            context.Format = Id + ".empty";
            return;
        }

        context.Format = table.Has("URL") ? Id + ".2024" : table.Line > 1 ? Id + ".2021" : Id + ".2018";
        var first = table.Column("First Name");
        var last = table.Column("Last Name");
        var url = table.Column("URL");
        var email = table.Column("Email Address");
        var connectedOn = table.Column("Connected On");
        while (table.Read())
        {
            if (!TryDate(table, connectedOn, out var since, out var dateText))
            {
                context.Report(DiagnosticSeverity.Warning, "linkedin.bad-date",
                    $"'{dateText}' in Connected On is not a date (expected e.g. 16 Mar 2021); the connection is kept without a date",
                    table.Line, table.Record, table.Offset);
            }

            if (context.CountOnly)
            {
                // inspect: every row is a connection, named or not; who it is does not change the count.
                context.CountTie(TieKind.Connection, since);
                context.Kept();
                continue;
            }

            var member = Member(table.Get(url), FullName(table.Get(first), table.Get(last)), table.Get(email));
            if (member is not null)
            {
                context.Add(member);
            }

            context.Add(new Tie(Platform.LinkedIn, member?.Key, TieKind.Connection) { Since = since });
            context.Kept();
        }
    }
}
