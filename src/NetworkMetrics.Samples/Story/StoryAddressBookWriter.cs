namespace NetworkMetrics.Samples.Story;

/// <summary>
/// The owner's address book as a phone exports it: one vCard 3.0 file, cards with emails, phones in many
/// written forms, and URLs of the person's LinkedIn, X or Instagram profile. It is never reset: the after
/// file holds every card of the before file and the cards of people met since.
/// </summary>
internal static class StoryAddressBookWriter
{
    public static int Write(StoryWorld world, string path, bool after)
    {
        using var file = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\r\n" };
        var cards = 0;
        foreach (var person in world.People)
        {
            if (person.Card is not { } card || !(after ? card.InAfter : card.InBefore))
            {
                continue;
            }

            cards++;
            var name = card.Name ?? person.Name;
            var given = name == person.Name ? person.Given : name.Split(' ')[0];
            var family = name == person.Name ? person.Family : name[(given.Length + 1)..];
            file.WriteLine("BEGIN:VCARD");
            file.WriteLine("VERSION:3.0");
            file.WriteLine("PRODID:-//Apple Inc.//iPhone OS 18.4//EN");
            AddressBookSample.Folded(file, "N:" + AddressBookSample.Escape(family) + ";" + AddressBookSample.Escape(given) + ";;;");
            AddressBookSample.Folded(file, "FN:" + AddressBookSample.Escape(name));
            if (person.Role is null && person.Tier != StoryTier.Silent && person.Number % 3 == 0)
            {
                AddressBookSample.Folded(file, "ORG:" + AddressBookSample.Escape(person.Company) + ";");
            }

            for (var i = 0; i < card.Emails.Count; i++)
            {
                file.WriteLine("EMAIL;type=INTERNET;type=" + (i == 0 ? "HOME;type=pref:" : "WORK:") + card.Emails[i]);
            }

            for (var i = 0; i < card.Phones.Count; i++)
            {
                file.WriteLine("TEL;type=" + (i == 0 ? "CELL;type=VOICE;type=pref:" : "HOME;type=VOICE:") + card.Phones[i]);
            }

            for (var i = 0; i < card.Urls.Count; i++)
            {
                var url = card.Urls[i];
                var item = "item" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                AddressBookSample.Folded(file, item + ".URL" + (i == 0 ? ";type=pref:" : ":") + url);
                file.WriteLine(item + ".X-ABLabel:" + (url.Contains("linkedin", StringComparison.Ordinal) ? "LinkedIn" : url.Contains("instagram", StringComparison.Ordinal) ? "Instagram" : "X"));
            }

            if (person.Role is { } role)
            {
                AddressBookSample.Folded(file, "NOTE:" + AddressBookSample.Escape(role));
            }

            file.WriteLine("END:VCARD");
        }

        return cards;
    }
}
