using System.Globalization;
using System.Text;

namespace NetworkMetrics.Samples;

/// <summary>What <see cref="AddressBookSample"/> wrote, for assertions.</summary>
/// <param name="Folder">The folder written.</param>
/// <param name="Contacts">Distinct contacts (the connections the address book counts).</param>
/// <param name="Starred">Of them, those also written under the Starred label.</param>
public sealed record AddressBookSampleInfo(string Folder, int Contacts, int Starred);

/// <summary>
/// A synthetic address book: Google Takeout's vCard 3.0 layout
/// (<c>Takeout/Contacts/My Contacts/My Contacts.vcf</c> with every contact, and
/// <c>Takeout/Contacts/Starred/Starred.vcf</c> with some of them again), or Google Contacts'
/// current CSV. Names in several scripts and emoji, several emails and phones, profile URLs,
/// folded lines and escapes. Deterministic from the seed, written line by line. Every person is invented.
/// </summary>
public static class AddressBookSample
{
    private static readonly string[] GivenNames =
    [
        "Amara", "Søren", "Jane", "Kwame", "Li", "Noa", "Carlos", "Fatima", "Hiroshi", "Ilektra",
        "Александр", "美玲", "Σοφία", "محمد", "Anh", "Priya", "Olga", "Zoë", "José", "Ayşe",
    ];

    private static readonly string[] FamilyNames =
    [
        "Okafor", "Østergaard", "Example", "Mensah", "Wei", "Cohen", "Pérez", "Zahra", "Tanaka", "Παπαδοπούλου",
        "Петров", "王", "Νικολάου", "الحسن", "Nguyễn", "Sharma", "Ivanova", "Dubois", "García", "Yılmaz",
    ];

    private static readonly string[] Organizations = ["Example Widgets, Inc.", "Acme; Research", "Ejemplo SA", "株式会社サンプル", "Café 🌻"];

    /// <summary>Writes Google Takeout's contacts folder into <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder (created when missing).</param>
    /// <param name="contacts">How many distinct contacts.</param>
    /// <param name="seed">The seed: the same seed writes the same bytes.</param>
    /// <returns>The folder and the counts written.</returns>
    public static AddressBookSampleInfo Write(string folder, int contacts, int seed = 1)
    {
        var root = Path.Combine(folder, "Takeout", "Contacts");
        Directory.CreateDirectory(Path.Combine(root, "My Contacts"));
        Directory.CreateDirectory(Path.Combine(root, "Starred"));
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var all = new StreamWriter(Path.Combine(root, "My Contacts", "My Contacts.vcf"), append: false, utf8) { NewLine = "\r\n" };
        using var starred = new StreamWriter(Path.Combine(root, "Starred", "Starred.vcf"), append: false, utf8) { NewLine = "\r\n" };
        var random = new Random(seed);
        var starCount = 0;
        for (var i = 0; i < contacts; i++)
        {
            var contact = Contact.Next(random, i);
            WriteCard(all, contact);
            if (contact.Starred)
            {
                WriteCard(starred, contact);
                starCount++;
            }
        }

        return new AddressBookSampleInfo(folder, contacts, starCount);
    }

    /// <summary>Writes a Google Contacts CSV (current header) as <c>contacts.csv</c> into <paramref name="folder"/>.</summary>
    /// <param name="folder">The folder (created when missing).</param>
    /// <param name="contacts">How many rows.</param>
    /// <param name="seed">The seed: the same seed writes the same bytes.</param>
    /// <returns>The folder and the counts written.</returns>
    public static AddressBookSampleInfo WriteGoogleCsv(string folder, int contacts, int seed = 1)
    {
        Directory.CreateDirectory(folder);
        using var csv = new StreamWriter(Path.Combine(folder, "contacts.csv"), append: false, new UTF8Encoding(false)) { NewLine = "\r\n" };
        csv.WriteLine("First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix," +
            "Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels," +
            "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Website 1 - Label,Website 1 - Value");
        var random = new Random(seed);
        var starCount = 0;
        for (var i = 0; i < contacts; i++)
        {
            var c = Contact.Next(random, i);
            starCount += c.Starred ? 1 : 0;
            string[] row =
            [
                c.Given, string.Empty, c.Family, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
                string.Empty, string.Empty, c.Organization ?? string.Empty, string.Empty, string.Empty, string.Empty, c.Note, string.Empty,
                c.Starred ? "* myContacts ::: * starred" : "* myContacts",
                c.Emails.Length > 0 ? "* Home" : string.Empty, c.Emails.Length > 0 ? c.Emails[0] : string.Empty,
                c.Emails.Length > 1 ? "Work" : string.Empty, string.Join(" ::: ", c.Emails.Skip(1)),
                c.Phones.Length > 0 ? "Mobile" : string.Empty, string.Join(" ::: ", c.Phones),
                c.Url is null ? string.Empty : "Profile", c.Url ?? string.Empty,
            ];
            csv.WriteLine(string.Join(',', row.Select(Quote)));
        }

        return new AddressBookSampleInfo(folder, contacts, starCount);
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static void WriteCard(StreamWriter writer, Contact c)
    {
        writer.WriteLine("BEGIN:VCARD");
        writer.WriteLine("VERSION:3.0");
        Folded(writer, "FN:" + Escape(c.Given + " " + c.Family));
        Folded(writer, "N:" + Escape(c.Family) + ";" + Escape(c.Given) + ";;;");
        for (var k = 0; k < c.Emails.Length; k++)
        {
            if (k == 1)
            {
                writer.WriteLine("item1.EMAIL;TYPE=INTERNET:" + c.Emails[k]);
                writer.WriteLine("item1.X-ABLabel:Work");
            }
            else
            {
                writer.WriteLine("EMAIL;TYPE=INTERNET;TYPE=HOME:" + c.Emails[k]);
            }
        }

        foreach (var phone in c.Phones)
        {
            writer.WriteLine("TEL;TYPE=CELL:" + phone);
        }

        if (c.Url is not null)
        {
            writer.WriteLine("item2.URL:" + c.Url.Replace(":", "\\:", StringComparison.Ordinal));
            writer.WriteLine("item2.X-ABLabel:LinkedIn");
        }

        if (c.Organization is not null)
        {
            Folded(writer, "ORG:" + Escape(c.Organization));
        }

        Folded(writer, "NOTE:" + Escape(c.Note));
        writer.WriteLine(c.Starred ? "CATEGORIES:myContacts,starred" : "CATEGORIES:myContacts");
        writer.WriteLine("END:VCARD");
    }

    internal static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>Writes a content line folded at 75 characters (never inside a surrogate pair).</summary>
    internal static void Folded(StreamWriter writer, string line)
    {
        var start = 0;
        var width = 75;
        while (line.Length - start > width)
        {
            var cut = start + width;
            if (char.IsLowSurrogate(line[cut]))
            {
                cut--;
            }

            writer.WriteLine(line.AsSpan(start, cut - start));
            writer.Write(' ');
            start = cut;
            width = 74;
        }

        writer.WriteLine(line.AsSpan(start));
    }

    private sealed record Contact(string Given, string Family, string[] Emails, string[] Phones, string? Url, string? Organization, string Note, bool Starred)
    {
        public static Contact Next(Random random, int index)
        {
            var given = GivenNames[random.Next(GivenNames.Length)];
            var family = FamilyNames[random.Next(FamilyNames.Length)];
            var id = index.ToString(CultureInfo.InvariantCulture);
            var kind = random.Next(10);

            // Every contact has a unique email or phone, so that the count is exact.
            string[] emails = kind switch
            {
                < 5 => ["person" + id + "@example.com"],
                < 7 => ["person" + id + "@example.com", "work" + id + "@example.org"],
                _ => [],
            };
            string[] phones = kind >= 7 || random.Next(3) == 0
                ? ["+1 555-" + (index / 10000).ToString("000", CultureInfo.InvariantCulture) + "-" + (index % 10000).ToString("0000", CultureInfo.InvariantCulture)]
                : [];
            var url = random.Next(4) == 0 ? "https://www.linkedin.com/in/sample-person-" + id : null;
            var organization = random.Next(3) == 0 ? Organizations[random.Next(Organizations.Length)] : null;
            var note = random.Next(5) == 0
                ? "Met at the conference, then again at a long dinner where we talked about everything under the sun; notes: " + id
                : "Contact " + id;
            return new Contact(given, family, emails, phones, url, organization, note, random.Next(10) == 0);
        }
    }
}
