using NetworkMetrics.Tests.TestSupport;

namespace NetworkMetrics.Tests.Model;

/// <summary>
/// The same people in two exports of one platform, years and generations apart, match account for account
/// (docs/model.md, "Matching two snapshots"); ambiguous names never match.
/// </summary>
public sealed class KeysAcrossSnapshotsTests
{
    private const string Notes = "Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n";

    private static readonly (string First, string Last, string Slug, string Email)[] People =
    [
        ("Ana", "Lima", "ana-lima-1", ""),
        ("Bruno", "Sato", "bruno-sato", "bruno.sato@example.com"),
        ("Chiara", "Vos", "chiara-vos-7", ""),
        ("Đặng", "Thu Hà", "dang-thu-ha", ""),
        ("Eitan", "Bar", "eitan-bar", "eitan@example.org"),
    ];

    private static string Export2018(TempDir temp, params (string First, string Last, string Slug, string Email)[] extra)
    {
        var rows = string.Concat(People.Concat(extra).Select(p => $"{p.First},{p.Last},{p.Email},Co,Role,\"1/8/18, 6:14 PM\"\r\n"));
        return temp.Write("Basic_LinkedInDataExport_01-10-2018/Connections.csv", "First Name,Last Name,Email Address,Company,Position,Connected On\r\n" + rows)
            .Replace("/Connections.csv", string.Empty, StringComparison.Ordinal);
    }

    private static string Export2025(TempDir temp, params (string First, string Last, string Slug, string Email)[] extra)
    {
        var rows = string.Concat(People.Concat(extra).Select(p => $"{p.First},{p.Last},https://www.linkedin.com/in/{p.Slug},{p.Email},Co,Role,16 Mar 2025\r\n"));
        return temp.Write("Basic_LinkedInDataExport_04-01-2025/Connections.csv", Notes + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n" + rows)
            .Replace("/Connections.csv", string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_2018_and_a_2025_export_of_the_same_people_match_account_for_account()
    {
        using var temp = new TempDir();
        var result = Run.Import(Export2018(temp), Export2025(temp));
        var (before, after) = (result.Snapshots[0], result.Snapshots[1]);
        Assert.Equal(("linkedin.connections.2018", "linkedin.connections.2024"), (before.Files.Single().Format, after.Files.Single().Format));

        var matches = AccountMatcher.Match(before, after);

        Assert.Equal(People.Length, matches.Matched.Length);
        Assert.Empty(matches.OnlyBefore);
        Assert.Empty(matches.OnlyAfter);
        Assert.All(matches.Matched, m => Assert.Equal(m.Before.Name, m.After.Name));
        // Bruno is known by his email in both (the stronger key); Ana by her name only in 2018.
        Assert.Equal("LinkedIn:email:bruno.sato@example.com", matches.Matched.Single(m => m.After.Name == "Bruno Sato").SharedKey.ToString());
        Assert.Equal("LinkedIn:name:ana lima", matches.Matched.Single(m => m.After.Name == "Ana Lima").SharedKey.ToString());

        // The import merges them too: one account per person, known by the 2025 URL, with the 2018 name key kept.
        Assert.Equal(People.Length, result.Accounts.Length);
        var ana = result.FindAccount(AccountKey.Parse("LinkedIn:name:ana lima"))!;
        Assert.Equal("LinkedIn:url:linkedin.com/in/ana-lima-1", ana.Key.ToString());
        Assert.Same(ana, result.FindAccount(before.Ties.Select(t => t.AccountKey!.Value).First(k => before.FindAccount(k)!.Name == "Ana Lima")));
    }

    [Fact]
    public void A_name_two_people_carry_never_matches()
    {
        using var temp = new TempDir();
        var before = Export2018(temp, ("John", "Smith", "", ""));
        var after = Export2025(temp, ("John", "Smith", "john-smith-1", ""), ("John", "Smith", "john-smith-2", ""));

        var result = Run.Import(before, after);
        var matches = AccountMatcher.Match(result.Snapshots[0], result.Snapshots[1]);

        Assert.Equal(People.Length, matches.Matched.Length);
        Assert.Equal(["John Smith"], matches.OnlyBefore.Select(a => a.Name));
        Assert.Equal(["John Smith", "John Smith"], matches.OnlyAfter.Select(a => a.Name));
        Assert.Null(result.FindAccount(AccountKey.Parse("LinkedIn:name:john smith"))); // which John Smith? none for sure
        Assert.Equal(People.Length + 3, result.Accounts.Length);
    }

    [Fact]
    public void Within_one_export_records_that_share_a_key_are_one_account_but_namesakes_with_different_urls_are_two()
    {
        using var temp = new TempDir();
        var folder = Export2025(temp, ("Mei", "Chen", "mei-chen-a", ""), ("Mei", "Chen", "mei-chen-b", ""));
        temp.Write("Basic_LinkedInDataExport_04-01-2025/Recommendations_Received.csv",
            "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\r\nAna,Lima,Co,Role,Great,\"11/27/24, 09:51 AM\",VISIBLE\r\nMei,Chen,Co,Role,Good,\"11/27/24, 09:52 AM\",VISIBLE\r\n");

        var snapshot = Run.Import(folder).Latest(Platform.LinkedIn)!;

        // Ana's recommendation names her only by name: it is her connection's account (one account, the URL its key).
        var recommendations = snapshot.Interactions.Where(i => i.Channel == InteractionChannel.Recommendation).ToList();
        Assert.Equal(["LinkedIn:url:linkedin.com/in/ana-lima-1"], recommendations.Single(i => i.At.Minute == 51).Refs());
        // Mei Chen's could be either of two: it stays an account of its own, ambiguous.
        var mei = Assert.Single(recommendations.Single(i => i.At.Minute == 52).AccountKeys);
        Assert.Equal(AccountKeyKind.Name, mei.Kind);
        Assert.True(snapshot.Accounts.Single(a => a.Key == mei).IsAmbiguous);
        Assert.Equal(3, snapshot.Accounts.Count(a => a.Name == "Mei Chen"));
    }

    [Fact]
    public void One_export_is_its_own_accounts_in_key_order_and_a_key_several_carry_finds_none()
    {
        using var temp = new TempDir();
        var folder = Export2025(temp, ("Mei", "Chen", "mei-chen-a", ""), ("Mei", "Chen", "mei-chen-b", ""));

        var result = Run.Import(folder);

        // One snapshot of a platform: its accounts are the merged ones, unchanged, sorted by key.
        var snapshot = result.Latest(Platform.LinkedIn)!;
        Assert.Equal(snapshot.Accounts.OrderBy(a => a.Key), result.Accounts);
        Assert.All(result.Accounts, a => Assert.Contains(snapshot.Accounts, s => ReferenceEquals(s, a)));
        // Every key finds the one account that carries it, as a scan of the accounts would; the name both Mei Chens carry finds none.
        var keys = result.Accounts.SelectMany(a => a.Keys).Distinct().ToList();
        Assert.All(keys, key =>
        {
            var carriers = result.Accounts.Where(a => a.Keys.Contains(key)).ToList();
            Assert.Same(carriers.Count == 1 ? carriers[0] : null, result.FindAccount(key));
        });
        Assert.Contains(AccountKey.Parse("LinkedIn:name:mei chen"), keys);
        Assert.Null(result.FindAccount(AccountKey.Parse("LinkedIn:name:mei chen")));
        Assert.Equal("Ana Lima", result.FindAccount(AccountKey.Parse("LinkedIn:name:ana lima"))!.Name);
    }

    [Fact]
    public void An_x_account_known_by_its_id_and_one_known_by_its_handle_are_one_account()
    {
        using var temp = new TempDir();
        temp.Write("data/following.js", """window.YTD.following.part0 = [{"following": {"accountId": "42"}}]""");
        temp.Write("data/tweet.js", """
            window.YTD.tweet.part0 = [
              {"tweet": {"id_str": "1", "created_at": "Sat Feb 18 12:33:11 +0000 2023", "full_text": "@kim hi",
                "entities": {"user_mentions": [{"id_str": "42", "screen_name": "Kim", "name": "Kim Lee"}]}}},
              {"tweet": {"id_str": "2", "created_at": "Sat Feb 18 12:34:11 +0000 2023", "full_text": "@kim again",
                "in_reply_to_screen_name": "kim"}}
            ]
            """);

        var snapshot = Run.Import(temp.Path).Latest(Platform.Twitter)!;

        var kim = Assert.Single(snapshot.Accounts);
        Assert.Equal(["Twitter:id:42", "Twitter:handle:kim"], kim.KeyStrings());
        Assert.All(snapshot.Interactions, i => Assert.Equal(["Twitter:id:42"], i.Refs()));
        Assert.Equal("Twitter:id:42", Assert.Single(snapshot.Ties).Ref());
    }

    [Fact]
    public async Task Phone_numbers_are_read_into_e164_with_the_region_the_import_suggests()
    {
        using var temp = new TempDir();
        var path = temp.Write("contacts.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hans Weber\r\nTEL:+49 30 1234567\r\nEND:VCARD\r\n" +
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lena Koch\r\nTEL:+49 151 23456789\r\nEND:VCARD\r\n" +
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ute Busch\r\nTEL:0151 34567890\r\nEND:VCARD\r\n" +
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nobody Valid\r\nTEL:12\r\nEND:VCARD\r\n");

        var inferred = Run.Import(path).Latest(Platform.AddressBook)!;
        var ute = inferred.Find("AddressBook:name:ute busch");
        Assert.Equal(("+4915134567890", "DE", true), (ute.Phones[0].E164, ute.Phones[0].Region, ute.Phones[0].IsValid)); // most numbers with a code are German
        Assert.Contains(AccountKey.Parse("AddressBook:phone:+4915134567890"), ute.Keys);
        var nobody = inferred.Find("AddressBook:name:nobody valid").Phones.Single();
        Assert.Equal(("12", false), (nobody.Written, nobody.IsValid)); // kept as written, flagged

        var asked = (await ExportImporter.ImportAsync([path], ImportOptions.Default with { DefaultPhoneRegion = "AT" })).Latest(Platform.AddressBook)!;
        Assert.Equal("+4315134567890", asked.Find("AddressBook:name:ute busch").Phones[0].E164); // the option wins over the inference
    }

    [Fact]
    public void A_row_broken_by_an_unterminated_quote_is_skipped_and_counted_not_turned_into_a_person()
    {
        using var temp = new TempDir();
        var path = temp.Write("Connections.csv", Notes + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n" +
            "Ada,Quill,https://www.linkedin.com/in/ada,,Co,Eng,02 Jan 2025\r\n" +
            "\"Unclosed,quote,,,,,02 Jan 2020\r\n");

        var result = Run.Import(path);
        var summary = Run.Inspect(path);

        var snapshot = result.Latest(Platform.LinkedIn)!;
        Assert.Equal(["Ada Quill"], snapshot.Accounts.Select(a => a.Name));
        Assert.Equal(1, snapshot.Counts.Connections);
        Assert.Equal((1, 1), (result.Files.Single().Records, result.Files.Single().Skipped));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "csv.malformed");
        Assert.Equal((DiagnosticSeverity.Warning, 6L), (warning.Severity, warning.Line!.Value));
        Assert.Equal(1, summary.Counts(Platform.LinkedIn).Connections); // inspect counts the same
        Assert.Throws<ExportFormatException>(() => Run.InspectStrict(path));
    }
}
