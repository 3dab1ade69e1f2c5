using System.Globalization;

namespace NetworkMetrics.Samples.Story;

/// <summary>Unique handles, LinkedIn slugs, X ids, emails and phones for the cast, all invented (reserved domains, fictional number ranges).</summary>
internal sealed class StoryIdentifiers(Random random)
{
    private static readonly string[] MailDomains = ["example.com", "example.org", "example.net", "mail.example", "correio.example", "post.example"];

    private readonly HashSet<string> _slugs = new(StringComparer.Ordinal) { StoryWorld.OwnerSlug };
    private readonly HashSet<string> _handles = new(StringComparer.OrdinalIgnoreCase) { StoryWorld.OwnerHandle };
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal) { StoryWorld.OwnerTwitterId };
    private readonly HashSet<string> _emails = new(StringComparer.OrdinalIgnoreCase) { StoryWorld.OwnerEmail };
    private readonly HashSet<string> _phones = new(StringComparer.Ordinal);

    /// <summary>Marks a handle as taken (a planted one).</summary>
    public void TakeHandle(string handle) => _handles.Add(handle);

    /// <summary>A LinkedIn public profile slug: mostly <c>given-family-1a2b3c4d</c>, some vanity <c>givenfamily</c>.</summary>
    public string Slug(CastPerson person)
    {
        var given = StoryNames.Ascii(person.Given.Split(' ')[0]);
        var family = StoryNames.Ascii(person.Family.Length == 0 ? "member" : person.Family);
        var kind = random.Next(10);
        var slug = kind < 2 ? given + family : given + "-" + family + "-" + random.Next(0x10000000, int.MaxValue).ToString("x8", CultureInfo.InvariantCulture);
        while (!_slugs.Add(slug))
        {
            slug = given + "-" + family + "-" + random.Next(0x10000000, int.MaxValue).ToString("x8", CultureInfo.InvariantCulture);
        }

        return slug;
    }

    /// <summary>An X screen name (at most 15 ASCII letters, digits and underscores).</summary>
    public string Handle(CastPerson person)
    {
        var given = StoryNames.Ascii(person.Given.Split(' ')[0]);
        var family = StoryNames.Ascii(person.Family.Length == 0 ? "x" : person.Family);
        for (var attempt = 0; ; attempt++)
        {
            var handle = (attempt == 0 ? random.Next(4) : 4 + random.Next(2)) switch
            {
                0 => given + family,
                1 => given + "_" + family,
                2 => given[0] + family,
                3 => family + given[0],
                4 => given + family[0] + random.Next(10, 99).ToString(CultureInfo.InvariantCulture),
                _ => given + "_" + random.Next(100, 9999).ToString(CultureInfo.InvariantCulture),
            };
            handle = handle.Length > 15 ? handle[..15] : handle;
            if (_handles.Add(handle))
            {
                return handle;
            }
        }
    }

    /// <summary>A handle for an organisation or a public account.</summary>
    public string PublicHandle(string name)
    {
        var ascii = StoryNames.Ascii(name);
        var handle = ascii.Length > 15 ? ascii[..15] : ascii;
        while (!_handles.Add(handle))
        {
            var suffix = random.Next(2, 999).ToString(CultureInfo.InvariantCulture);
            handle = (ascii.Length > 15 - suffix.Length ? ascii[..(15 - suffix.Length)] : ascii) + suffix;
        }

        return handle;
    }

    /// <summary>An X account id: an old 8–10 digit id, or a 19-digit snowflake of an account made since 2013.</summary>
    public string TwitterId(long joinedMs)
    {
        while (true)
        {
            // Snowflake ids began in November 2010; accounts made before have small ids.
            var id = random.Next(10) < 4 || joinedMs < 1_293_840_000_000L
                ? random.NextInt64(10_000_000, 3_000_000_000).ToString(CultureInfo.InvariantCulture)
                : Snowflake(joinedMs, random.Next(1 << 22)).ToString(CultureInfo.InvariantCulture);
            if (_ids.Add(id))
            {
                return id;
            }
        }
    }

    /// <summary>A personal email on a reserved domain.</summary>
    public string Email(CastPerson person)
    {
        var given = StoryNames.Ascii(person.Given.Split(' ')[0]);
        var family = StoryNames.Ascii(person.Family.Length == 0 ? "mail" : person.Family);
        for (var attempt = 0; ; attempt++)
        {
            var local = (attempt == 0 ? random.Next(4) : 4) switch
            {
                0 => given + "." + family,
                1 => given + family,
                2 => given[0] + "." + family,
                3 => given + "_" + family[0],
                _ => given + "." + family + random.Next(1, 99).ToString(CultureInfo.InvariantCulture),
            };
            var email = local + "@" + MailDomains[random.Next(MailDomains.Length)];
            if (_emails.Add(email))
            {
                return email;
            }
        }
    }

    /// <summary>Marks an email as taken (a planted one).</summary>
    public void TakeEmail(string email) => _emails.Add(email);

    /// <summary>
    /// A phone number in one of the many ways people write them (fictional ranges: US 555-01xx, UK 07700 900xxx…),
    /// unique by the number itself, not only by how it is written.
    /// </summary>
    public string Phone()
    {
        string[] areas = ["415", "202", "312", "617", "503", "206", "646", "213"];
        while (true)
        {
            var form = random.Next(12);
            var digits = random.Next(10_000_000).ToString("0000000", CultureInfo.InvariantCulture);
            string number, written;
            switch (form)
            {
                case < 3:
                    number = "+35191" + digits;
                    written = form switch
                    {
                        0 => "+351 91" + digits[0] + " " + digits[1..4] + " " + digits[4..],
                        1 => "91" + digits[0] + " " + digits[1..4] + " " + digits[4..],
                        _ => number,
                    };
                    break;
                case < 7:
                    var area = areas[random.Next(areas.Length)];
                    var line = "01" + digits[..2];
                    number = "+1" + area + "555" + line;
                    written = form switch
                    {
                        3 => "(" + area + ") 555-" + line,
                        4 => "+1 " + area + "-555-" + line,
                        5 => area + ".555." + line,
                        _ => "+1 (" + area + ") 555-" + line + " ext. " + digits[2..4],
                    };
                    break;
                case < 9:
                    number = "+447700900" + digits[..3];
                    written = form == 7 ? "+44 7700 900" + digits[..3] : "07700 900" + digits[..3];
                    break;
                case < 11:
                    number = "+49170" + digits;
                    written = form == 9 ? "+49 (0)170 " + digits : "0049 170 " + digits;
                    break;
                default:
                    var french = random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
                    number = "+336" + french;
                    written = random.Next(2) == 0
                        ? "+33 6 " + french[..2] + " " + french[2..4] + " " + french[4..6] + " " + french[6..]
                        : "06 " + french[..2] + " " + french[2..4] + " " + french[4..6] + " " + french[6..];
                    break;
            }

            if (_phones.Add(number))
            {
                return written;
            }
        }
    }

    /// <summary>An X snowflake id for a moment (ids of tweets, messages and newer accounts).</summary>
    public static long Snowflake(long ms, int sequence) => ((ms - 1288834974657L) << 22) | (uint)(sequence & 0x3FFFFF);
}
