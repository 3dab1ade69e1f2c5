using System.Collections.Immutable;

namespace NetworkMetrics.Samples.Story;

/// <summary>
/// Makes the cast: the named people of the story and its planted identity traps, the tiered
/// contacts, the silent ties that fill each platform to its headline count, the people who
/// arrive after the reset, and who came back where and when.
/// </summary>
internal static class StoryCastBuilder
{
    private const int LinkedInBase = 401;
    private const int FacebookBase = 306;
    private const int TwitterBase = 486;

    private static readonly string[] Positions =
    [
        "Editor", "Senior Editor", "Literary Agent", "Journalist", "Copywriter", "Product Designer", "Software Engineer", "Teacher",
        "Translator", "Bookseller", "Publisher", "Marketing Manager", "Researcher", "Photographer", "Illustrator", "Founder", "Consultant",
        "Data Analyst", "Nurse", "Architect", "Head of Content", "Producer", "Librarian", "Podcast Host",
    ];

    private static readonly string[] Companies =
    [
        "Tinta Azul Editores", "Harbour & Finch", "Northlight Media, Inc.", "Atlântico Books", "Papel Studio", "Quarry Lane Press",
        "Fable & Fern", "Greywater Labs", "Lumen Analytics", "Casa do Livro, Lda.", "Open Shelf", "Kestrel Consulting", "Riverbend School",
        "Saltwater Agency", "Brightline Health", "Vireo Architects", "Inkwell Ltd", "Marlow Partners", "Fjord Data AS", "Café Letras",
        "Self-employed", "Freelance",
    ];

    private static readonly string[] OutletFirst =
    [
        "Lisbon", "Harbour", "Northern", "Atlantic", "Paper Lantern", "Blue Ink", "Margins", "Tidewater", "Granite", "Saltmarsh", "Copper",
        "Little Fox", "Open Road", "Midnight", "Cartographer's", "Quiet Hours", "Longform", "Riverside", "Borrowed Light", "Lantern Street",
    ];

    private static readonly string[] OutletSecond =
    [
        "Review", "Quarterly", "Journal", "Press", "Books", "Magazine", "Literary Festival", "Podcast", "Weekly", "Writers' Guild",
        "Book Club", "Poetry", "Radio", "Daily",
    ];

    /// <summary>(LinkedIn, Facebook, X, card) membership chances of an ordinary tiered person, by tier.</summary>
    private static readonly double[][] Membership =
    [
        [0.6, 1.0, 0.6, 1.0],
        [0.8, 0.7, 0.5, 0.8],
        [0.75, 0.55, 0.5, 0.5],
        [0.7, 0.4, 0.45, 0.25],
    ];

    /// <summary>(LinkedIn, Facebook, X) weights of the primary channel, by tier (weekly contacts are always on Messenger).</summary>
    private static readonly double[][] PrimaryWeights =
    [
        [0, 1, 0],
        [0.5, 0.35, 0.15],
        [0.45, 0.3, 0.25],
        [0.4, 0.3, 0.3],
    ];

    /// <summary>Chance of coming back on a platform, by tier (weekly…yearly) and platform (LinkedIn, Facebook, X).</summary>
    private static readonly double[][] ReturnChance =
    [
        [0.9, 1.0, 0.9],
        [0.85, 0.9, 0.8],
        [0.7, 0.7, 0.65],
        [0.45, 0.45, 0.4],
    ];

    /// <summary>Mean days to come back, by tier (weekly…yearly).</summary>
    private static readonly double[] ReturnMeanDays = [5, 12, 28, 50];

    public static void Build(StoryWorld world)
    {
        var builder = new Builder(world);
        builder.Run();
    }

    private sealed class Builder(StoryWorld world)
    {
        private readonly int _s = world.Scale;
        private readonly StoryIdentifiers _ids = new(Chance.For(world.Seed, 3, 0));
        private readonly Random _random = Chance.For(world.Seed, 1, 0);
        private readonly HashSet<string> _outlets = new(StringComparer.Ordinal);
        private readonly StoryNames _names = new(Chance.For(world.Seed, 2, 0),
        [
            "John Smith", "Sam Rivera", "Alex Rivera", "Anna", "Mara Quill", "Theo Brandt", "Łucja Wiśniewska", "Jonah Okafor",
            "Dmitri Volkov", "Sofía Castaño", "Chloé Fontaine", "Chloe Fontaine", "Nguyễn Thu Hà", "Mira Kovač", "Miriam Katz", StoryWorld.OwnerName,
        ]);

        public void Run()
        {
            var named = AddNamedCast();
            AddTiered(named);
            AddSilent();
            AddGroups();
            AddNew();
            PlanReturns();
            PlanLinkedInInvitations();
            PlanFriendRequests();
            PlanFollowers();
        }

        // ---------------------------------------------------------------- people

        private CastPerson Add(string given, string family, StoryTier tier, string? role = null)
        {
            var person = new CastPerson(world.People.Count + 1, given, family, tier) { Role = role };
            world.People.Add(person);
            if (role is null && tier != StoryTier.Silent)
            {
                var r = Chance.For(world.Seed, 4, person.Number);
                person.Company = Companies[r.Next(Companies.Length)];
                person.Position = Positions[r.Next(Positions.Length)];
            }
            else
            {
                person.Company = Companies[person.Number % Companies.Length];
                person.Position = Positions[person.Number % Positions.Length];
            }

            return person;
        }

        private CastPerson AddGenerated(StoryTier tier)
        {
            var (given, family) = _names.Next();
            return Add(given, family, tier);
        }

        /// <summary>The date a tie began: tiered ties are old enough for their history.</summary>
        private long TieSince(Random r, StoryTier tier)
        {
            var minYears = tier switch
            {
                StoryTier.Weekly => 6.5,
                StoryTier.Yearly => 6.2,
                StoryTier.Silent => 0.03,
                _ => 3.2,
            };
            var latest = world.BeforeMs - (long)(minYears * 365.25 * StoryWorld.Day);
            return r.NextInt64(world.EarliestTieMs, latest);
        }

        private CastAccount OnLinkedIn(CastPerson person, long since)
        {
            var account = new CastAccount(StoryPlatform.LinkedIn)
            {
                Name = person.IsHidden ? null : person.Name,
                Handle = person.IsHidden ? null : _ids.Slug(person),
                InBefore = true,
                SinceMs = StoryWorld.DayOf(since),
            };
            person.LinkedIn = account;
            return account;
        }

        private CastAccount OnFacebook(CastPerson person, long since)
        {
            var account = new CastAccount(StoryPlatform.Facebook) { Name = person.Name, InBefore = true, SinceMs = since / 1000 * 1000 };
            person.Facebook = account;
            return account;
        }

        private CastAccount OnTwitter(CastPerson person, long followed, string? handle = null, string? displayName = null)
        {
            var account = new CastAccount(StoryPlatform.Twitter)
            {
                Name = displayName ?? person.Name,
                Handle = handle ?? (person.IsPublic ? _ids.PublicHandle(person.Name) : _ids.Handle(person)),
                InBefore = true,
                SinceMs = followed,
            };
            account.Id = _ids.TwitterId(followed - (long)(Chance.Between(_random, 30, 2000) * StoryWorld.Day));
            person.Twitter = account;
            return account;
        }

        private CastAccount OnCard(CastPerson person, string? name = null)
        {
            var account = new CastAccount(StoryPlatform.AddressBook) { Name = name ?? person.Name, InBefore = !person.IsNew, IsNew = person.IsNew };
            person.Card = account;
            return account;
        }

        /// <summary>Phones and emails of a card, and the URLs that point at the person's other profiles.</summary>
        private void FillCard(CastPerson person, Random r, bool emailOnLinkedIn)
        {
            var card = person.Card!;
            if (card.Emails.Count == 0 && (emailOnLinkedIn || r.Next(10) < 6))
            {
                card.Emails.Add(_ids.Email(person));
            }

            if (r.Next(10) < 8 || card.Emails.Count == 0)
            {
                card.Phones.Add(_ids.Phone());
            }

            if (r.Next(10) < 2)
            {
                card.Phones.Add(_ids.Phone());
            }

            if (emailOnLinkedIn && person.LinkedIn is { } linkedIn)
            {
                linkedIn.Emails.Add(card.Emails[0]);
            }

            if (person.LinkedIn is { Handle: { } slug } && r.Next(100) < 35)
            {
                card.Urls.Add(r.Next(4) switch
                {
                    0 => "http://linkedin.com/in/" + slug + "/",
                    1 => "https://pt.linkedin.com/in/" + slug,
                    _ => "https://www.linkedin.com/in/" + slug,
                });
            }

            if (person.Twitter is { Handle: { } handle } && !card.Urls.Any(u => u.EndsWith("/" + handle, StringComparison.Ordinal)) && r.Next(100) < 45)
            {
                card.Urls.Add(r.Next(3) switch
                {
                    0 => "https://twitter.com/" + handle,
                    1 => "x.com/" + handle,
                    _ => "https://x.com/" + handle,
                });
            }

            if (r.Next(100) < 8)
            {
                card.Urls.Add("https://www.instagram.com/" + StoryNames.Ascii(person.Given.Split(' ')[0]) + "." + StoryNames.Ascii(person.Family.Length == 0 ? "ig" : person.Family));
            }
        }

        private void Hard(StoryHardCaseKind kind, string description, params CastPerson[] people) =>
            world.HardCases.Add(new StoryHardCase(kind, [.. people.Select(p => p.Number)], description));

        /// <summary>The named people: the closest circle and every planted identity trap.</summary>
        private List<CastPerson> AddNamedCast()
        {
            var r = Chance.For(world.Seed, 5, 0);
            var yearsBack = (double years) => world.BeforeMs - (long)(years * 365.25 * StoryWorld.Day) - r.NextInt64(0, 200 * StoryWorld.Day);
            var named = new List<CastPerson>();

            // The closest five: Messenger every few days, calls, and a group of three of them.
            var mara = Add("Mara", "Quill", StoryTier.Weekly, "sister");
            OnFacebook(mara, yearsBack(11.5));
            OnTwitter(mara, yearsBack(9));
            OnCard(mara);
            mara.Card!.Emails.Add("mara.quill@example.net");
            _ids.TakeEmail("mara.quill@example.net");
            FillCard(mara, r, emailOnLinkedIn: false);

            var theo = Add("Theo", "Brandt", StoryTier.Weekly, "best friend");
            OnLinkedIn(theo, yearsBack(10.2));
            OnFacebook(theo, yearsBack(12.4));
            OnTwitter(theo, yearsBack(8.1), "theobrandt");
            OnCard(theo);
            theo.Card!.Urls.Add("https://twitter.com/theobrandt");
            FillCard(theo, r, emailOnLinkedIn: true);

            var lucja = Add("Łucja", "Wiśniewska", StoryTier.Weekly, "close friend");
            OnLinkedIn(lucja, yearsBack(8.7));
            OnFacebook(lucja, yearsBack(9.3));
            OnCard(lucja);
            FillCard(lucja, r, emailOnLinkedIn: false);
            Hard(StoryHardCaseKind.Diacritics, "Łucja Wiśniewska is written in UTF-8 on LinkedIn and the address book and in Meta's mojibake on Facebook: one person once the mojibake is repaired (unique full name).", lucja);

            var jonah = Add("Jonah", "Okafor", StoryTier.Weekly, "writing partner");
            OnLinkedIn(jonah, yearsBack(7.4));
            OnFacebook(jonah, yearsBack(7.9));
            OnTwitter(jonah, yearsBack(7.1));
            OnCard(jonah);
            jonah.Card!.Emails.Add("jonah.okafor@example.com");
            _ids.TakeEmail("jonah.okafor@example.com");
            jonah.LinkedIn!.Emails.Add("Jonah.Okafor@Example.com");
            FillCard(jonah, r, emailOnLinkedIn: false);
            Hard(StoryHardCaseKind.EmailCase, "Jonah Okafor's LinkedIn email is Jonah.Okafor@Example.com and his card's jonah.okafor@example.com: the same email once case-folded.", jonah);

            var dmitri = Add("Dmitri", "Volkov", StoryTier.Weekly, "old friend");
            OnLinkedIn(dmitri, yearsBack(10.8));
            OnFacebook(dmitri, yearsBack(11.1));
            OnCard(dmitri);
            FillCard(dmitri, r, emailOnLinkedIn: true);
            world.OverduePerson = dmitri;
            named.AddRange([mara, theo, lucja, jonah, dmitri]);
            world.Groups.Add(new StoryGroupPlan(StoryPlatform.Facebook, "Sunday dinners 🍝", "sundaydinners_10158763512004417", [mara, theo, lucja]));

            // Monthly: the editor who is owed a reply, the household, the dropped diacritics.
            var sofia = Add("Sofía", "Castaño", StoryTier.Monthly, "editor");
            OnLinkedIn(sofia, yearsBack(7.8));
            OnFacebook(sofia, yearsBack(6.9));
            OnCard(sofia);
            FillCard(sofia, r, emailOnLinkedIn: true);
            (sofia.Company, sofia.Position) = ("Tinta Azul Editores", "Senior Editor");
            world.OwedReplyPerson = sofia;

            var sam = Add("Sam", "Rivera", StoryTier.Monthly, "former colleague");
            OnLinkedIn(sam, yearsBack(8.3));
            OnCard(sam);
            sam.Card!.Emails.Add("riveras@example.net");
            sam.LinkedIn!.Emails.Add("riveras@example.net");
            _ids.TakeEmail("riveras@example.net");
            FillCard(sam, r, emailOnLinkedIn: false);
            sam.Primary = StoryPlatform.LinkedIn;

            var chloe = Add("Chloé", "Fontaine", StoryTier.Monthly, "translator");
            OnLinkedIn(chloe, yearsBack(6.1));
            OnFacebook(chloe, yearsBack(5.7));
            OnCard(chloe, "Chloe Fontaine");
            chloe.Card!.Emails.Add("chloe.fontaine@example.org");
            _ids.TakeEmail("chloe.fontaine@example.org");
            FillCard(chloe, r, emailOnLinkedIn: false);
            chloe.Primary = StoryPlatform.LinkedIn;
            Hard(StoryHardCaseKind.DiacriticsDropped, "Chloé Fontaine on LinkedIn and Facebook is \"Chloe Fontaine\" on her card: the same person, but the card matches only diacritics-insensitively (weaker evidence).", chloe);
            named.AddRange([sofia, sam, chloe]);

            // Quarterly: a single-token name on Facebook.
            var anna = Add("Anna", string.Empty, StoryTier.Quarterly, "neighbour");
            OnFacebook(anna, yearsBack(5.2));
            anna.Primary = StoryPlatform.Facebook;
            named.Add(anna);

            // Yearly: the John Smith on Facebook, the other half of the household, Vietnamese and Croatian names, the other Anna.
            var johnA = Add("John", "Smith", StoryTier.Yearly, "accountant in Leeds");
            OnLinkedIn(johnA, yearsBack(9.6));
            OnFacebook(johnA, yearsBack(9.9));
            OnCard(johnA);
            johnA.Card!.Emails.Add("john.smith.leeds@example.co.uk");
            johnA.LinkedIn!.Emails.Add("john.smith.leeds@example.co.uk");
            _ids.TakeEmail("john.smith.leeds@example.co.uk");
            FillCard(johnA, r, emailOnLinkedIn: false);
            johnA.Primary = StoryPlatform.Facebook;

            var alex = Add("Alex", "Rivera", StoryTier.Yearly, "Sam Rivera's partner");
            OnFacebook(alex, yearsBack(7.5));
            OnCard(alex);
            alex.Card!.Emails.Add("alex.r@mail.example");
            alex.Card.Emails.Add("riveras@example.net");
            _ids.TakeEmail("alex.r@mail.example");
            FillCard(alex, r, emailOnLinkedIn: false);
            alex.Primary = StoryPlatform.Facebook;
            Hard(StoryHardCaseKind.SharedEmail, "riveras@example.net is on the cards of Sam Rivera and Alex Rivera (a household) and on Sam Rivera's LinkedIn connection: it links neither Alex to Sam nor the two cards; Sam's card and connection are one person by their unique full name.", sam, alex);

            var thuHa = Add("Nguyễn", "Thu Hà", StoryTier.Yearly, "festival organiser");
            OnFacebook(thuHa, yearsBack(8.4));
            OnTwitter(thuHa, yearsBack(7.2), "thuha_nguyen");
            thuHa.Primary = StoryPlatform.Twitter;
            Hard(StoryHardCaseKind.Diacritics, "Nguyễn Thu Hà is in mojibake on Facebook and in UTF-8 as an X display name (from tweets' mentions): one person by the repaired unique full name.", thuHa);

            var mira = Add("Mira", "Kovač", StoryTier.Yearly, "poet");
            OnTwitter(mira, yearsBack(6.6), "mira_k");
            mira.Primary = StoryPlatform.Twitter;

            var annaX = Add("Anna", string.Empty, StoryTier.Yearly, "illustrator on X");
            OnTwitter(annaX, yearsBack(6.9), "anna_draws", "Anna");
            annaX.Primary = StoryPlatform.Twitter;
            Hard(StoryHardCaseKind.SingleTokenName, "\"Anna\" is a Facebook friend and, a different person, the display name of @anna_draws on X: a single-token name never merges on the name alone.", anna, annaX);
            named.AddRange([johnA, alex, thuHa, mira, annaX]);

            // Silent traps: the other John Smith, two hidden members, the card that reuses @mira_k on Instagram.
            var johnB = Add("John", "Smith", StoryTier.Silent, "designer in Bristol");
            OnLinkedIn(johnB, yearsBack(4.4));
            Hard(StoryHardCaseKind.SameFullName, "Two different John Smiths are LinkedIn connections (and a third account, the first of them, a Facebook friend): the ambiguous name must merge none of them; the first one's LinkedIn connection and card share an email.", johnA, johnB);

            for (var h = 1; h <= 2; h++)
            {
                var hidden = Add("(hidden member " + h.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", string.Empty, StoryTier.Silent);
                hidden.IsHidden = true;
                OnLinkedIn(hidden, yearsBack(3 + h));
                named.Add(hidden);
            }

            Hard(StoryHardCaseKind.HiddenMember, "Two LinkedIn connection rows are empty but for their date (hidden or deleted members): connections without identity, never back.",
                named[^2], named[^1]);

            var miriam = Add("Miriam", "Katz", StoryTier.Silent, "yoga teacher");
            OnCard(miriam);
            miriam.Card!.Phones.Add(_ids.Phone());
            miriam.Card.Urls.Add("https://www.instagram.com/mira_k");
            _ids.TakeHandle("mira_k");
            Hard(StoryHardCaseKind.ReusedHandle, "mira_k is Mira Kovač's X handle and, a different person, Miriam Katz's Instagram username on her card: a shared handle is weak evidence and must not merge them by default.", mira, miriam);
            named.AddRange([johnB, miriam]);

            foreach (var person in named.Where(p => p.Tier == StoryTier.Weekly || p == sofia))
            {
                person.Primary = StoryPlatform.Facebook;
            }

            return named;
        }

        /// <summary>Everyone else with a planted contact frequency, up to 5 / 10 / 35 / 100 per scale unit.</summary>
        private void AddTiered(List<CastPerson> named)
        {
            int[] quota = [5 * _s, 10 * _s, 35 * _s, 100 * _s];
            for (var tier = 0; tier < 4; tier++)
            {
                var missing = quota[tier] - named.Count(p => (int)p.Tier == tier);
                for (var i = 0; i < missing; i++)
                {
                    var person = AddGenerated((StoryTier)tier);
                    var r = Chance.For(world.Seed, 6, person.Number);
                    var odds = Membership[tier];
                    bool l = Chance.Odds(r, odds[0]), f = Chance.Odds(r, odds[1]), x = Chance.Odds(r, odds[2]), card = Chance.Odds(r, odds[3]);
                    if (!l && !f && !x)
                    {
                        l = true;
                    }

                    if (l)
                    {
                        OnLinkedIn(person, TieSince(r, person.Tier));
                    }

                    if (f)
                    {
                        OnFacebook(person, TieSince(r, person.Tier));
                    }

                    if (x)
                    {
                        OnTwitter(person, TieSince(r, person.Tier));
                    }

                    person.Primary = person.Tier == StoryTier.Weekly ? StoryPlatform.Facebook : PickPrimary(r, person, PrimaryWeights[tier]);
                    if (card)
                    {
                        OnCard(person);
                        FillCard(person, r, emailOnLinkedIn: l && r.Next(2) == 0);
                    }
                }
            }
        }

        private static StoryPlatform PickPrimary(Random r, CastPerson person, double[] weights)
        {
            var options = new List<(StoryPlatform Platform, double Weight)>();
            if (person.LinkedIn is not null)
            {
                options.Add((StoryPlatform.LinkedIn, weights[0] + 0.01));
            }

            if (person.Facebook is not null)
            {
                options.Add((StoryPlatform.Facebook, weights[1] + 0.01));
            }

            if (person.Twitter is not null)
            {
                options.Add((StoryPlatform.Twitter, weights[2] + 0.01));
            }

            var roll = r.NextDouble() * options.Sum(o => o.Weight);
            foreach (var (platform, weight) in options)
            {
                if ((roll -= weight) < 0)
                {
                    return platform;
                }
            }

            return options[^1].Platform;
        }

        /// <summary>Silent ties until LinkedIn holds 401, Facebook 306 and X 486 per scale unit; X's include organisations and public figures.</summary>
        private void AddSilent()
        {
            var r = Chance.For(world.Seed, 7, 0);
            var l = LinkedInBase * _s - world.People.Count(p => p.LinkedIn is not null);
            var f = FacebookBase * _s - world.People.Count(p => p.Facebook is not null);
            var x = TwitterBase * _s - world.People.Count(p => p.Twitter is not null);
            var publicAccounts = (int)Math.Round(0.41 * TwitterBase * _s);
            var xPeople = x - publicAccounts;
            var lfx = (int)Math.Round(0.03 * Math.Min(l, Math.Min(f, xPeople)));
            var lf = (int)Math.Round(0.15 * Math.Min(l, f));
            var lx = (int)Math.Round(0.12 * Math.Min(l, xPeople));
            var fx = (int)Math.Round(0.08 * Math.Min(f, xPeople));
            var onlyL = l - lfx - lf - lx;
            var onlyF = f - lfx - lf - fx;
            var onlyX = xPeople - lfx - lx - fx;
            if (onlyL < 0 || onlyF < 0 || onlyX < 0)
            {
                throw new InvalidOperationException("the tiered cast is larger than the headline counts");
            }

            void Silent(bool onL, bool onF, bool onX)
            {
                var person = AddGenerated(StoryTier.Silent);
                var pr = Chance.For(world.Seed, 8, person.Number);
                if (onL)
                {
                    OnLinkedIn(person, TieSince(pr, StoryTier.Silent));
                }

                if (onF)
                {
                    OnFacebook(person, TieSince(pr, StoryTier.Silent));
                }

                if (onX)
                {
                    OnTwitter(person, TieSince(pr, StoryTier.Silent));
                }

                if (pr.Next(100) < 12)
                {
                    OnCard(person);
                    FillCard(person, pr, emailOnLinkedIn: onL && pr.Next(4) == 0);
                }
            }

            // Interleaved, so that people of every kind are spread over the person numbers.
            var remaining = new List<(int Count, bool L, bool F, bool X)> { (lfx, true, true, true), (lf, true, true, false), (lx, true, false, true), (fx, false, true, true), (onlyL, true, false, false), (onlyF, false, true, false), (onlyX, false, false, true) };
            var total = remaining.Sum(k => k.Count);
            for (var i = 0; i < total; i++)
            {
                var roll = r.Next(remaining.Sum(k => k.Count));
                for (var k = 0; k < remaining.Count; k++)
                {
                    if ((roll -= remaining[k].Count) < 0)
                    {
                        var kind = remaining[k];
                        remaining[k] = kind with { Count = kind.Count - 1 };
                        Silent(kind.L, kind.F, kind.X);
                        break;
                    }
                }
            }

            for (var i = 0; i < publicAccounts; i++)
            {
                var person = AddPublic(r);
                OnTwitter(person, TieSince(r, StoryTier.Silent));
            }

            // People known only from the address book (the plumber, the dentist, old classmates).
            for (var i = 0; i < 40 * _s; i++)
            {
                var person = AddGenerated(StoryTier.Silent);
                OnCard(person);
                FillCard(person, Chance.For(world.Seed, 9, person.Number), emailOnLinkedIn: false);
            }
        }

        private CastPerson AddPublic(Random r)
        {
            CastPerson person;
            if (r.Next(10) < 4)
            {
                // An outlet or an organisation.
                string name;
                var attempt = 0;
                do
                {
                    name = OutletFirst[r.Next(OutletFirst.Length)] + " " + OutletSecond[r.Next(OutletSecond.Length)];
                    if (++attempt > 6)
                    {
                        name += " " + (attempt - 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    }
                }
                while (!_outlets.Add(name));

                _names.Reserve(name);
                person = Add(name, string.Empty, StoryTier.Silent);
            }
            else
            {
                person = AddGenerated(StoryTier.Silent); // an author, a journalist
            }

            person.IsPublic = true;
            return person;
        }

        /// <summary>The big group of the workshop six years before the reset: eight quarterly Facebook friends (chosen with the history).</summary>
        private void AddGroups() =>
            world.Groups.Add(new StoryGroupPlan(StoryPlatform.Facebook, "Lisbon Writing Workshop", "lisbonwritingworkshop_10156104438270291", []));

        /// <summary>People met after the reset: new LinkedIn connections, Facebook friends and X followings, some on two platforms.</summary>
        private void AddNew()
        {
            var r = Chance.For(world.Seed, 10, 0);
            var window = world.AsOfMs - world.ResetMs - (5 * StoryWorld.Day);

            // Arrivals spread over the whole six months (stratified, a little denser at first): new people keep coming.
            long Arrival(int i, int n) => world.ResetMs + StoryWorld.Day + (long)(window * Math.Pow((i + r.NextDouble()) / n, 1.15));

            int newL = 55 * _s, newF = 22 * _s, newX = 80 * _s, newLX = 12 * _s, newLF = 6 * _s, newFX = 3 * _s;
            var publicX = 40 * _s;
            var kinds = new List<(bool L, bool F, bool X)>();
            kinds.AddRange(Enumerable.Repeat((true, false, true), newLX));
            kinds.AddRange(Enumerable.Repeat((true, true, false), newLF));
            kinds.AddRange(Enumerable.Repeat((false, true, true), newFX));
            kinds.AddRange(Enumerable.Repeat((true, false, false), newL - newLX - newLF));
            kinds.AddRange(Enumerable.Repeat((false, true, false), newF - newLF - newFX));
            kinds.AddRange(Enumerable.Repeat((false, false, true), newX - newLX - newFX - publicX));
            var pendingBefore = 4 * _s;
            kinds = [.. kinds.Select((k, i) => (k, Key: Chance.Mix(world.Seed, 15, i))).OrderBy(x => x.Key).Select(x => x.k)];
            for (var i = 0; i < kinds.Count; i++)
            {
                var (l, f, x) = kinds[i];
                var person = AddGenerated(StoryTier.Silent);
                person.IsNew = true;
                var arrival = Arrival(i, kinds.Count);
                if (l)
                {
                    var account = OnLinkedIn(person, arrival);
                    account.InBefore = false;
                    account.IsNew = true;
                    account.NewMs = StoryWorld.DayOf(arrival) + (r.Next(8, 22) * 3_600_000L);
                    if (pendingBefore > 0 && !x && !f)
                    {
                        // They invited the owner before the reset; the owner accepted after it.
                        pendingBefore--;
                        world.InvitationsBefore.Add(new StoryInvitation(person, world.BeforeMs - r.NextInt64(2 * StoryWorld.Day, 90 * StoryWorld.Day), Outgoing: false, Text: r.Next(3) - 1));
                    }
                }

                if (f)
                {
                    var account = OnFacebook(person, arrival + r.NextInt64(0, 3 * StoryWorld.Day));
                    account.InBefore = false;
                    account.IsNew = true;
                    account.NewMs = account.SinceMs;
                }

                if (x)
                {
                    var account = OnTwitter(person, arrival + r.NextInt64(0, 3 * StoryWorld.Day));
                    account.InBefore = false;
                    account.IsNew = true;
                    account.NewMs = account.SinceMs;
                }

                if (r.Next(10) < 3)
                {
                    OnCard(person);
                    FillCard(person, r, emailOnLinkedIn: false);
                }
            }

            for (var i = 0; i < publicX; i++)
            {
                var person = AddPublic(r);
                person.IsNew = true;
                var account = OnTwitter(person, Arrival(i, publicX));
                account.InBefore = false;
                account.IsNew = true;
                account.NewMs = account.SinceMs;
            }

            // Invitations the owner sent before the reset and nobody ever accepted.
            for (var i = 0; i < 3 * _s; i++)
            {
                var person = AddGenerated(StoryTier.Silent);
                var account = OnLinkedIn(person, world.BeforeMs);
                account.InBefore = false;
                world.InvitationsBefore.Add(new StoryInvitation(person, world.BeforeMs - r.NextInt64(5 * StoryWorld.Day, 400 * StoryWorld.Day), Outgoing: true, Text: r.Next(3) - 1));
            }
        }

        /// <summary>
        /// Who came back on which platform and when: closer people come back more often and sooner
        /// (the planted effect); silent ties rarely, the older ones a little more often.
        /// </summary>
        private void PlanReturns()
        {
            var windowDays = (world.AsOfMs - world.ResetMs - (long)(1.2 * StoryWorld.Day)) / (double)StoryWorld.Day;
            var span = (double)(world.BeforeMs - world.EarliestTieMs);
            foreach (var person in world.People)
            {
                var r = Chance.For(world.Seed, 11, person.Number);
                // How long this person takes to come back, in units of their tier's mean; the close ones within three means.
                var eagerness = Chance.Exponential(r, 1);
                if (person.Tier != StoryTier.Silent)
                {
                    eagerness = Math.Min(eagerness, 3);
                }

                foreach (var account in person.Accounts)
                {
                    if (account.Platform == StoryPlatform.AddressBook || !account.InBefore)
                    {
                        continue;
                    }

                    var p = (int)account.Platform;
                    double chance, mean;
                    if (person.IsHidden)
                    {
                        (chance, mean) = (0, 1);
                    }
                    else if (person.IsPublic)
                    {
                        (chance, mean) = (0.3, 45);
                    }
                    else if (person.Tier == StoryTier.Silent)
                    {
                        var age = (world.BeforeMs - account.SinceMs) / span;
                        (chance, mean) = (0.10 + (0.14 * age), 100 - (35 * age));
                    }
                    else
                    {
                        var tier = (int)person.Tier;
                        chance = person.Primary == account.Platform && person.Tier <= StoryTier.Monthly ? 1 : ReturnChance[tier][p];
                        mean = ReturnMeanDays[tier];
                    }

                    var days = 1 + (eagerness * mean * Chance.Between(r, 0.75, 1.25));
                    if (person == world.OverduePerson || person == world.OwedReplyPerson)
                    {
                        days = Math.Min(days, 4 + r.NextDouble());
                    }

                    if (r.NextDouble() < chance && days < windowDays)
                    {
                        var at = world.ResetMs + (long)(days * StoryWorld.Day);
                        account.ReturnMs = account.Platform == StoryPlatform.Facebook ? at / 1000 * 1000 : at;
                    }
                }
            }
        }

        /// <summary>
        /// LinkedIn invitations after the reset: one per returning or new connection, sent by the owner or by them
        /// before the acceptance; in the second week the owner sends far too many at once (the burst), to returning
        /// contacts and to many who never accept.
        /// </summary>
        private void PlanLinkedInInvitations()
        {
            var r = Chance.For(world.Seed, 12, 0);
            world.BurstStartMs = StoryWorld.DayOf(world.ResetMs + (9 * StoryWorld.Day)) + (7 * 3_600_000L);
            var burstEnd = world.BurstStartMs + (6 * StoryWorld.Day) + (10 * 3_600_000L);
            var burst = 0;
            foreach (var person in world.People)
            {
                if (person.LinkedIn is not { } account || (account.ReturnMs is null && !account.IsNew))
                {
                    continue;
                }

                var accepted = account.IsNew ? account.NewMs : account.ReturnMs!.Value;
                if (world.InvitationsBefore.Any(i => i.Person == person))
                {
                    continue; // invited before the reset, accepted after it
                }

                var owner = r.NextDouble() < (account.IsNew ? 0.4 : person.Tier == StoryTier.Silent ? 0.55 : 0.7);
                long sent;
                if (owner && accepted > world.BurstStartMs + (12 * 3_600_000L) && accepted < world.ResetMs + (50 * StoryWorld.Day))
                {
                    sent = world.BurstStartMs + (long)(r.NextDouble() * (Math.Min(burstEnd, accepted - 3_600_000L) - world.BurstStartMs));
                    burst++;
                }
                else
                {
                    sent = accepted - (long)(Math.Min(Chance.Exponential(r, 1.2), 20) * StoryWorld.Day) - r.NextInt64(600_000, 7_200_000);
                    sent = Math.Max(sent, world.ResetMs + 3_600_000L);
                    sent = Math.Min(sent, accepted - 600_000);
                    if (owner && sent >= world.BurstStartMs && sent <= burstEnd)
                    {
                        burst++;
                    }
                }

                world.InvitationsAfter.Add(new StoryInvitation(person, sent, owner, r.Next(4) - 1));
            }

            // Invitations nobody accepted: most of them in the burst week.
            var target = 125 * _s;
            var unanswered = world.People.Where(p => p.LinkedIn is { InBefore: true, ReturnMs: null } && !p.IsHidden).ToList();
            var next = 0;
            while (burst < target && next < unanswered.Count)
            {
                var person = unanswered[next++];
                if (r.Next(3) == 0)
                {
                    continue;
                }

                world.InvitationsAfter.Add(new StoryInvitation(person, world.BurstStartMs + r.NextInt64(0, burstEnd - world.BurstStartMs), true, -1));
                burst++;
            }

            for (; next < unanswered.Count; next++)
            {
                if (r.Next(12) == 0)
                {
                    var person = unanswered[next];
                    var sent = world.ResetMs + r.NextInt64(20 * StoryWorld.Day, world.AsOfMs - world.ResetMs - StoryWorld.Day);
                    world.InvitationsAfter.Add(new StoryInvitation(person, sent, true, r.Next(4) - 1));
                }
            }

            // LinkedIn dates invitations to the minute.
            for (var i = 0; i < world.InvitationsAfter.Count; i++)
            {
                world.InvitationsAfter[i] = world.InvitationsAfter[i] with { Ms = world.InvitationsAfter[i].Ms / 60_000 * 60_000 };
            }

            for (var i = 0; i < world.InvitationsBefore.Count; i++)
            {
                world.InvitationsBefore[i] = world.InvitationsBefore[i] with { Ms = world.InvitationsBefore[i].Ms / 60_000 * 60_000 };
            }

            world.InvitationsAfter.Sort((a, b) => a.Ms.CompareTo(b.Ms));
        }

        /// <summary>Facebook friend requests the owner sent after the reset and that are still pending.</summary>
        private void PlanFriendRequests()
        {
            var r = Chance.For(world.Seed, 13, 0);
            foreach (var person in world.People.Where(p => p.Facebook is { InBefore: true, ReturnMs: null }))
            {
                if (r.Next(20) == 0)
                {
                    world.PendingFriendRequests.Add(new StoryInvitation(person, world.ResetMs + r.NextInt64(StoryWorld.Day, world.AsOfMs - world.ResetMs - StoryWorld.Day), true, -1));
                }
            }

            world.PendingFriendRequests.Sort((a, b) => b.Ms.CompareTo(a.Ms));
        }

        /// <summary>Who follows the owner on X: most close contacts, half the silent people, strangers; a few stop after the reset, new ones arrive.</summary>
        private void PlanFollowers()
        {
            var r = Chance.For(world.Seed, 14, 0);
            foreach (var person in world.People.Where(p => p.Twitter is { InBefore: true }))
            {
                var account = person.Twitter!;
                var follows = person.IsPublic ? r.Next(100) < 3 : person.Tier == StoryTier.Silent ? r.Next(100) < 55 : r.Next(100) < 90;
                account.FollowerBefore = follows;
                account.FollowerAfter = follows && (account.ReturnMs is not null || r.Next(100) < 92);
            }

            for (var i = 0; i < 180 * _s; i++)
            {
                var person = AddGenerated(StoryTier.Silent);
                var account = OnTwitter(person, world.EarliestTieMs + r.NextInt64(0, world.BeforeMs - world.EarliestTieMs));
                account.InBefore = false;
                account.FollowerBefore = true;
                account.FollowerAfter = r.Next(100) < 96;
            }

            for (var i = 0; i < 35 * _s; i++)
            {
                var person = AddGenerated(StoryTier.Silent);
                person.IsNew = true;
                var account = OnTwitter(person, world.ResetMs + r.NextInt64(StoryWorld.Day, world.AsOfMs - world.ResetMs - StoryWorld.Day));
                account.InBefore = false;
                account.FollowerAfter = true;
            }

            foreach (var person in world.People.Where(p => p.Twitter is { IsNew: true }))
            {
                person.Twitter!.FollowerAfter |= r.Next(100) < 40;
            }
        }
    }
}
