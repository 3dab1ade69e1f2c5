using NetworkMetrics.Tests.TestSupport;
using System.Text;

namespace NetworkMetrics.Tests.AddressBook;

public sealed class AddressBookTests
{
    private static Account Account(ExportSnapshot snapshot, string key) => snapshot.Find(key);

    /// <summary>The card with a phone number written with these digits (a number without a country code has no E.164 key).</summary>
    private static Account ByPhone(ExportSnapshot snapshot, string digits) =>
        snapshot.Accounts.Single(a => a.Phones.Any(p => new string([.. p.Written.Where(char.IsAsciiDigit)]).StartsWith(digits, StringComparison.Ordinal)));

    /// <summary>The duplicates the files of an import reported (each file reports those it met second).</summary>
    private static int Duplicates(IEnumerable<ImportDiagnostic> diagnostics) =>
        diagnostics.Where(d => d.Code == "addressbook.duplicate-contact")
            .Sum(d => int.Parse(d.Message[..d.Message.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture));

    private static ExportSnapshot Import(string fixture, out ImportResult result)
    {
        result = Run.Import(Fixtures.Path(fixture));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        return result.Latest(Platform.AddressBook)!;
    }

    [Fact]
    public void VCard_2_1_from_a_phone_reads_quoted_printable_charsets_and_soft_line_breaks()
    {
        var summary = Run.Inspect(Fixtures.Path("AddressBook/vcard-2.1"));
        Assert.Equal(4, summary.Counts(Platform.AddressBook).Connections);
        Assert.Null(summary.Counts(Platform.AddressBook).Messages);
        Assert.Equal("addressbook.vcard.2.1", summary.Files.Single().Format);

        var snapshot = Import("AddressBook/vcard-2.1", out var result);
        Assert.Equal(4, snapshot.Ties.Length);
        Assert.All(snapshot.Ties, t => Assert.Equal(TieKind.Contact, t.Kind));

        var soren = Account(snapshot, "AddressBook:email:soren@example.dk");
        Assert.Equal("Søren Østergaard", soren.Name);
        Assert.Equal<string>(["+45 20 12 34 56", "+45 33 12 34 56"], soren.Phones.Written());

        Assert.Equal("太郎 山田", ByPhone(snapshot, "09012345678").Name); // N only: given family

        var alexander = Account(snapshot, "AddressBook:phone:+74951234567"); // the extension is not part of the key
        Assert.Equal("Александр Петров", alexander.Name);
        Assert.Equal<string>(["+7 (495) 123-45-67 ext. 89"], alexander.Phones.Written());

        var kwame = Account(snapshot, "AddressBook:email:kwame.mensah@example.com");
        Assert.Equal<string>(["kwame.mensah@example.com", "kwame@work.example"], kwame.Emails.Select(e => e.Address)); // case-folded
        Assert.Equal("Kwame.Mensah@Example.COM", kwame.Emails[0].Written); // as written, for display
        Assert.Equal<string>(["+233 24 123 4567"], kwame.Phones.Written()); // read after the folded base64 photo
        Assert.Contains(result.Diagnostics, d => d.Code == "addressbook.empty-contact" && d.Message.StartsWith("1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void VCard_3_0_from_google_takeout_reads_groups_escapes_folding_and_counts_a_contact_of_two_labels_once()
    {
        var summary = Run.Inspect(Fixtures.Path("AddressBook/vcard-3.0"));
        Assert.Equal(6, summary.Counts(Platform.AddressBook).Connections);
        Assert.Equal(2, summary.Files.Length);
        Assert.All(summary.Files, f => Assert.Equal("addressbook.vcard.3.0", f.Format));
        Assert.Equal(7, summary.Files.Sum(f => f.Records)); // every card is read; Jane's second card adds no tie

        var snapshot = Import("AddressBook/vcard-3.0", out var result);
        Assert.Equal(6, snapshot.Ties.Length);
        var jane = Account(snapshot, "AddressBook:email:jane@home.example");
        Assert.Equal("Jane Q. Example", jane.Name);
        Assert.Equal<string>(["jane@home.example", "jane.example@work.example"], jane.Emails.Written()); // item1.EMAIL is an email
        Assert.Equal<string>(["+1 555-010-0001"], jane.Phones.Written());
        // Her URLs name her profiles on LinkedIn and X: links to accounts there, evidence for people across platforms.
        Assert.Equal(["LinkedIn:url:linkedin.com/in/jane-q-example", "Twitter:handle:janeqexample"], jane.Links.Select(l => l.ToString()));
        Assert.Empty(jane.Websites);
        Assert.Null(jane.ProfileUrl); // a card is no profile
        Assert.Single(snapshot.Ties, t => t.AccountKey == jane.Key);

        Assert.Equal("Müller, Hans-Jürgen", Account(snapshot, "AddressBook:email:hans-juergen.mueller@example.de").Name); // folded email, \, escape
        Assert.Equal("Li Wei", Account(snapshot, "AddressBook:email:li.wei@example.cn").Name);
        Assert.Equal("Acme Plumbing", ByPhone(snapshot, "5550100199").Name); // empty FN: the organisation

        var alex = Account(snapshot, "AddressBook:name:alex");
        Assert.True(alex.IsAmbiguous);
        Assert.Equal(2, snapshot.Ties.Count(t => t.Ref() == "AddressBook:name:alex")); // two cards stay two ties
        Assert.Equal(1, Duplicates(result.Diagnostics));
        Assert.Equal(6, Run.InspectStrict(Fixtures.Path("AddressBook/vcard-3.0")).Counts(Platform.AddressBook).Connections);
    }

    [Fact]
    public void VCard_4_0_reads_uri_phones_quoted_parameters_and_social_profiles()
    {
        var summary = Run.Inspect(Fixtures.Path("AddressBook/vcard-4.0"));
        Assert.Equal(3, summary.Counts(Platform.AddressBook).Connections);
        Assert.Equal("addressbook.vcard.4.0", summary.Files.Single().Format);

        var snapshot = Import("AddressBook/vcard-4.0", out _);
        var amara = Account(snapshot, "AddressBook:email:amara.okafor@clinic.example");
        Assert.Equal("Amara Okafor", amara.Name);
        Assert.Equal<string>(["+234-803-555-0123"], amara.Phones.Written());
        Assert.Equal(["LinkedIn:url:linkedin.com/in/amara-okafor-example", "Twitter:handle:amaraok"], amara.Links.Select(l => l.ToString()));

        var ilektra = Account(snapshot, "AddressBook:email:ilektra@example.gr");
        Assert.Equal("Ηλέκτρα Παπαδοπούλου 🌸", ilektra.Name);
        Assert.Equal<string>(["+30 691 234 5678"], ilektra.Phones.Written()); // the same number twice is one phone

        var noa = Account(snapshot, "AddressBook:name:noa cohen");
        Assert.Equal("Noa Cohen", noa.Name);
        Assert.Equal(["Instagram:handle:noa.cohen.example"], noa.Links.Select(l => l.ToString()));
        Assert.False(noa.IsAmbiguous);
    }

    [Fact]
    public void A_utf16_vcard_from_windows_is_read_even_without_an_extension()
    {
        var snapshot = Import("AddressBook/windows", out var result);
        var mai = Assert.Single(snapshot.Accounts);
        Assert.Equal(["AddressBook:id:nguyễn thị mai <mai.nguyen@example.vn>", "AddressBook:email:mai.nguyen@example.vn", "AddressBook:phone:+84912345678", "AddressBook:name:nguyễn thị mai"],
            mai.KeyStrings()); // a card's own key: its name and first address
        Assert.Equal("Nguyễn Thị Mai", mai.Name);
        Assert.Equal<string>(["+84 912 345 678"], mai.Phones.Written());
        Assert.Equal("addressbook.vcard.2.1", result.Files.Single().Format);

        using var dir = new TempDir();
        dir.WriteBytes("export/mai-nguyen", File.ReadAllBytes(Fixtures.Path("AddressBook/windows/Nguyen Thi Mai.vcf")));
        dir.Write("export/notes.txt", "BEGIN:VCARD\nFN:Kim Lee\nEMAIL:kim@example.kr\nEND:VCARD\n");
        Assert.Equal(2, Run.Inspect(Path.Combine(dir.Path, "export")).Counts(Platform.AddressBook).Connections);
    }

    [Fact]
    public void The_current_google_csv_is_read_by_header_with_multi_value_cells()
    {
        var summary = Run.Inspect(Fixtures.Path("AddressBook/google-csv/current"));
        Assert.Equal(5, summary.Counts(Platform.AddressBook).Connections);
        Assert.Equal("addressbook.google-csv.current", summary.Files.Single().Format);

        var snapshot = Import("AddressBook/google-csv/current", out var result);
        var jane = Account(snapshot, "AddressBook:email:jane@home.example");
        Assert.Equal("Jane Q. Example", jane.Name);
        Assert.Equal<string>(["jane@home.example", "jane.example@work.example"], jane.Emails.Written());
        Assert.Equal(["LinkedIn:url:linkedin.com/in/jane-q-example"], jane.Links.Select(l => l.ToString()));

        var meiling = Account(snapshot, "AddressBook:email:meiling.wang@example.tw");
        Assert.Equal("美玲 王", meiling.Name);
        Assert.Equal<string>(["meiling.wang@example.tw", "mlw@alt.example"], meiling.Emails.Written());
        Assert.Equal<string>(["+886 912 345 678", "+886 2 2345 6789"], meiling.Phones.Written());

        Assert.Equal("Corner Bakery", ByPhone(snapshot, "5550100150").Name);
        Assert.True(Account(snapshot, "AddressBook:name:sam taylor").IsAmbiguous);
        Assert.Equal(2, snapshot.Ties.Count(t => t.Ref() == "AddressBook:name:sam taylor"));
        Assert.Contains(result.Diagnostics, d => d.Code == "addressbook.empty-contact");
    }

    [Fact]
    public void The_legacy_google_csv_is_read_by_header()
    {
        var summary = Run.Inspect(Fixtures.Path("AddressBook/google-csv/legacy"));
        Assert.Equal(3, summary.Counts(Platform.AddressBook).Connections);
        Assert.Equal("addressbook.google-csv.legacy", summary.Files.Single().Format);

        var snapshot = Import("AddressBook/google-csv/legacy", out _);
        var carlos = Account(snapshot, "AddressBook:email:carlos@example.mx");
        Assert.Equal("Carlos Pérez", carlos.Name);
        Assert.Equal<string>(["carlos@example.mx", "carlos.perez@work.example", "cp@alt.example"], carlos.Emails.Written());
        Assert.Equal(["LinkedIn:url:linkedin.com/in/carlos-perez-example"], carlos.Links.Select(l => l.ToString()));
        Assert.Equal("Fatima Zahra", Account(snapshot, "AddressBook:email:fatima.zahra@example.ma").Name); // from the name parts
        Assert.Equal("Siobhán \"Shiv\" O'Brien", Account(snapshot, "AddressBook:phone:+353851234567").Name);
    }

    [Fact]
    public void Other_csv_files_are_not_taken_for_google_contacts()
    {
        using var dir = new TempDir();
        dir.Write("export/outlook.csv", "First Name,Middle Name,Last Name,Title,Suffix,E-mail Address,E-mail 2 Address\nJo,,Bloggs,,,jo@example.com,\n");
        dir.Write("export/list.csv", "Name,Email\nJo Bloggs,jo@example.com\n");

        var summary = Run.Inspect(Path.Combine(dir.Path, "export"));

        Assert.Empty(summary.Files);
    }

    [Fact]
    public void A_zipped_takeout_counts_the_same()
    {
        using var dir = new TempDir();
        var zip = dir.ZipFixture("AddressBook/vcard-3.0", "takeout-20240601T120000Z-001.zip");

        Assert.Equal(6, Run.Inspect(zip).Counts(Platform.AddressBook).Connections);
    }

    [Fact]
    public void An_empty_vcf_is_zero_contacts()
    {
        using var dir = new TempDir();
        var path = dir.Write("contacts.vcf", string.Empty);

        var summary = Run.Inspect(path);

        Assert.Equal(0, summary.Counts(Platform.AddressBook).Connections);
        Assert.Empty(summary.Diagnostics);
    }

    [Fact]
    public void A_vcf_that_is_not_a_vcard_is_an_error_naming_the_file()
    {
        using var dir = new TempDir();
        var path = dir.Write("contacts.vcf", "this is not\na vCard file\n");

        var summary = Run.Inspect(path);

        var error = Assert.Single(summary.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("addressbook.not-vcard", error.Code);
        Assert.Equal(path, error.File);
        Assert.Equal(1, error.Line);
        Assert.Throws<ExportFormatException>(() => Run.InspectStrict(path));
    }

    [Fact]
    public void Malformed_lines_and_a_truncated_card_are_warnings_and_what_they_hold_is_kept()
    {
        using var dir = new TempDir();
        var path = dir.Write("contacts.vcf",
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nthis line has no colon\r\nEMAIL:ada@example.org\r\nEND:VCARD\r\n" +
            "stray text\r\n" +
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace\r\nEMAIL:grace@exam");

        var result = Run.Import(path);

        Assert.Equal(["AddressBook:id:ada <ada@example.org>", "AddressBook:id:grace <grace@exam>"], result.Latest(Platform.AddressBook)!.Ties.Select(t => t.Ref()!));
        Assert.Equal(
            ["addressbook.bad-line", "addressbook.outside-card", "addressbook.unterminated-card"],
            result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.Equal(path, d.File));
        Assert.Equal(4, result.Diagnostics.Single(d => d.Code == "addressbook.bad-line").Line);
        Assert.Equal(7, result.Diagnostics.Single(d => d.Code == "addressbook.outside-card").Line);
        Assert.Equal(8, result.Diagnostics.Single(d => d.Code == "addressbook.unterminated-card").Line);
        Assert.Throws<ExportFormatException>(() => Run.InspectStrict(path));
    }

    [Fact]
    public void A_google_csv_with_broken_quoting_gives_a_diagnostic_naming_the_file()
    {
        using var dir = new TempDir();
        var path = dir.Write("contacts.csv",
            "First Name,Middle Name,Last Name,E-mail 1 - Label,E-mail 1 - Value\r\n" +
            "Ada,,Lovelace,* Home,ada@example.org\r\n" +
            "\"Grace,,Hopper,* Home,grace@example.org\r\n");

        var summary = Run.Inspect(path);

        Assert.Equal("addressbook.google-csv.current", summary.Files.Single().Format);
        Assert.True(summary.Counts(Platform.AddressBook).Connections >= 1);
        var problem = Assert.Single(summary.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(path, problem.File);
        Assert.StartsWith("csv.", problem.Code, StringComparison.Ordinal);
        Assert.Throws<ExportFormatException>(() => Run.InspectStrict(path));
    }

    [Fact]
    public void An_iphone_vcard_whose_lines_end_in_cr_cr_lf_unfolds_its_photos_and_long_lines()
    {
        // Fixtures/AddressBook/iphone: vCard 3.0 as an iPhone writes it, every line ending in CR CR LF,
        // base64 PHOTOs, a URL and a NOTE folded at 75 octets.
        var result = Run.Import(Fixtures.Path("AddressBook/iphone"));
        var snapshot = result.Latest(Platform.AddressBook)!;

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, snapshot.Counts.Connections);
        var ingrid = snapshot.Accounts.Single(a => a.Name == "Ingrid Haugen");
        // The folded URL reads whole: a link to her LinkedIn profile.
        Assert.Equal(["LinkedIn:url:linkedin.com/in/ingrid-haugen-example-with-a-rather-long-profile-slug"], ingrid.Links.Select(l => l.ToString()));
        Assert.Equal(["ingrid.haugen@example.no"], ingrid.Emails.Written());
        Assert.Contains(snapshot.Accounts, a => a.Name == "Lucía Ortega" && a.Emails.Any(e => e.Address == "lucia.ortega@example.es"));
    }

    [Theory]
    [InlineData("\r\r\n")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void Line_breaks_of_every_kind_unfold_alike_even_across_the_reader_buffer(string newLine)
    {
        // Cards padded so that line breaks fall on every offset of the 8,192-char read buffer.
        using var dir = new TempDir();
        var text = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            text.Append("BEGIN:VCARD").Append(newLine).Append("VERSION:3.0").Append(newLine)
                .Append("FN:Person ").Append(i).Append(newLine)
                .Append("NOTE:").Append('n', i % 97).Append(newLine).Append(' ').Append('m', 40).Append(newLine)
                .Append("EMAIL:person").Append(i).Append("@exam").Append(newLine).Append(" ple.org").Append(newLine)
                .Append("END:VCARD").Append(newLine);
        }

        var result = Run.Import(dir.Write("cards.vcf", text.ToString()));

        Assert.Empty(result.Diagnostics);
        var accounts = result.Latest(Platform.AddressBook)!.Accounts;
        Assert.Equal(400, accounts.Length);
        Assert.All(accounts, a => Assert.EndsWith("@example.org", a.Emails.Single().Address, StringComparison.Ordinal));
    }

    [Fact]
    public void A_very_long_photo_is_dropped_without_a_warning()
    {
        using var dir = new TempDir();
        var photo = new StringBuilder("BEGIN:VCARD\nVERSION:3.0\nFN:Photo Person\nPHOTO;ENCODING=b;TYPE=JPEG:");
        photo.Append('A', 2_000_000).Append('\n');
        for (var i = 0; i < 1000; i++)
        {
            photo.Append(' ').Append('B', 74).Append('\n');
        }

        photo.Append("EMAIL:photo@example.org\nEND:VCARD\n");
        var path = dir.Write("photo.vcf", photo.ToString());

        var result = Run.Import(path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Photo Person", Assert.Single(result.Latest(Platform.AddressBook)!.Accounts).Name);
    }

    [Theory]
    [InlineData("+1 (555) 010-0001", "+15550100001")]
    [InlineData("555-0100 x12", "5550100")]
    [InlineData("+44 20 7946 0958;ext=3", "+442079460958")]
    [InlineData("n/a", null)]
    public void Phone_keys_keep_digits_and_a_leading_plus(string phone, string? key) =>
        Assert.Equal(key, NetworkMetrics.Import.AddressBook.ContactBuilder.PhoneKey(phone));

    [Fact]
    public void The_sample_generator_writes_an_address_book_the_parser_reads_exactly()
    {
        using var dir = new TempDir();
        var sample = NetworkMetrics.Samples.AddressBookSample.Write(dir.Path, contacts: 500, seed: 3);

        var summary = Run.Inspect(dir.Path);

        Assert.DoesNotContain(summary.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(500, summary.Counts(Platform.AddressBook).Connections);
        Assert.InRange(sample.Starred, 1, 499); // written twice, counted once
        Assert.Equal(2, summary.Files.Length);
        Assert.Equal(sample.Starred, Duplicates(summary.Diagnostics)); // reported by whichever file met them second
    }

    [Fact]
    public void The_google_csv_sample_is_read_exactly_and_counts_apart_from_the_same_contacts_as_vcards()
    {
        using var dir = new TempDir();
        NetworkMetrics.Samples.AddressBookSample.WriteGoogleCsv(dir.Path, contacts: 300, seed: 5);
        Assert.Equal(300, Run.Inspect(dir.Path).Counts(Platform.AddressBook).Connections);

        // A contacts.csv exported beside a Takeout export is another address book: its cards all count
        // (identity resolution joins the two cards of one person), the Takeout labels still once.
        var sample = NetworkMetrics.Samples.AddressBookSample.Write(dir.Path, contacts: 300, seed: 5);
        var summary = Run.Inspect(dir.Path);

        Assert.Equal(3, summary.Files.Length);
        Assert.Equal(600, summary.Counts(Platform.AddressBook).Connections);
        Assert.Equal(sample.Starred, Duplicates(summary.Diagnostics));
    }

    [Fact]
    public void The_same_card_in_two_unrelated_address_books_is_two_cards()
    {
        // Fixtures/AddressBook/unrelated: phone-backup.vcf (3.0) and laptop-export.vcf (2.1) both hold Chidi Okeke.
        var result = Run.Import(Fixtures.Path("AddressBook/unrelated"));
        var snapshot = result.Latest(Platform.AddressBook)!;

        Assert.Equal(3, snapshot.Counts.Connections);
        var chidi = snapshot.Find("AddressBook:email:chidi.okeke@example.ng");
        Assert.Equal(2, snapshot.Ties.Count(t => t.AccountKey == chidi.Key)); // one account (the same card), two cards counted
        Assert.Equal(0, Duplicates(result.Diagnostics));
    }

    [Fact]
    public void Two_takeout_exports_are_two_address_books_and_each_counts_its_labels_once()
    {
        using var dir = new TempDir();
        var first = NetworkMetrics.Samples.AddressBookSample.Write(Path.Combine(dir.Path, "first"), contacts: 50, seed: 9);
        NetworkMetrics.Samples.AddressBookSample.Write(Path.Combine(dir.Path, "second"), contacts: 50, seed: 9);

        var summary = Run.Inspect(Path.Combine(dir.Path, "first"), Path.Combine(dir.Path, "second"));

        Assert.Equal(100, summary.Counts(Platform.AddressBook).Connections);
        Assert.Equal(2 * first.Starred, Duplicates(summary.Diagnostics));
    }

    [Theory]
    [InlineData("export.zip!/Takeout/Contacts/Starred/Starred.vcf", "export.zip!/Takeout/Contacts/")]
    [InlineData("/home/ana/Takeout/CONTACTS/My Contacts/My Contacts.vcf", "/home/ana/Takeout/CONTACTS/")]
    [InlineData("x.zip!/Contacts/Starred/Starred.vcf", "x.zip!/Contacts/")]
    [InlineData("C:\\Users\\ana\\Takeout\\Contacts\\Family\\Family.vcf", "C:/Users/ana/Takeout/Contacts/")]
    [InlineData("/home/ana/contacts.vcf", null)]
    [InlineData("/home/ana/Contacts/contacts.vcf", null)]
    [InlineData("export.zip!/Takeout/Contacts.vcf", null)]
    [InlineData("/home/ana/phone/Starred/Starred.vcf", null)]
    public void Only_takeouts_label_files_belong_to_one_export(string file, string? export) =>
        Assert.Equal(export, NetworkMetrics.Import.AddressBook.ContactUnion.TakeoutContactsFolder(file));
}
