using System.Globalization;
using System.Text;

namespace NetworkMetrics.Samples.Story;

/// <summary>
/// Invented full names for the story's people, each used once: mostly Latin script with diacritics,
/// some Greek, Cyrillic and East Asian names, and a middle initial once the plain combinations
/// run out (large scales). Names reserved for the named cast are never drawn.
/// </summary>
internal sealed class StoryNames
{
    private static readonly string[] Given =
    [
        "Ada", "Adrián", "Aiko", "Akosua", "Aleksander", "Alma", "Amaru", "Ana", "André", "Aoife", "Arjun", "Astrid", "Bea", "Benedikt",
        "Bilal", "Bruna", "Camille", "Carmen", "Cem", "Chidi", "Clara", "Dafne", "Dalia", "Daniel", "Dário", "Eamon", "Edite", "Elif",
        "Emil", "Esme", "Fatou", "Federico", "Filipa", "Frida", "Gaël", "Greta", "Gonçalo", "Hana", "Hamid", "Helga", "Henrique", "Idris",
        "Ilse", "Inês", "Iris", "Ivo", "Jakub", "Jana", "Joaquim", "Johanna", "Jorge", "Kai", "Kalinda", "Karin", "Kasia", "Kenji", "Kofi",
        "Laila", "Lars", "Leonor", "Lior", "Luca", "Lúcia", "Maeve", "Malik", "Marta", "Matías", "Maya", "Milan", "Mina", "Miro", "Nadia",
        "Nils", "Noor", "Nuno", "Olga", "Omar", "Oona", "Pablo", "Paula", "Pedro", "Petra", "Rafael", "Ramón", "Renée", "Rhea", "Rita",
        "Rui", "Saanvi", "Salma", "Sander", "Sara", "Selin", "Sigrid", "Simão", "Søren", "Tania", "Tereza", "Tiago", "Tomás", "Ulla",
        "Valentina", "Vera", "Viktor", "Wanda", "Wiebke", "Xavier", "Yasmin", "Yusuf", "Zainab", "Zofia", "Νίκος", "Ελένη", "Ирина", "Павел",
        "美咲", "健太",
    ];

    private static readonly string[] Family =
    [
        "Abreu", "Achterberg", "Adeyemi", "Almeida", "Andersson", "Arruda", "Bakker", "Barros", "Bauer", "Bianchi", "Bjørnstad", "Brandão",
        "Brennan", "Caldeira", "Calloway", "Carrasco", "Cerqueira", "Chaudhry", "Correia", "Costa", "Dąbrowska", "Delacroix", "Diallo",
        "Dimitrov", "Doyle", "Drummond", "Duarte", "Eklund", "Esteves", "Falk", "Fernández", "Figueira", "Fitzgerald", "Fonseca", "Freitas",
        "Gallo", "García", "Gomes", "Grünewald", "Haddad", "Halloran", "Hartmann", "Horvat", "Ibáñez", "Iwasaki", "Jansen", "Jovanović",
        "Kahale", "Kapoor", "Keller", "Kim", "Kowalczyk", "Kruger", "Lacerda", "Laine", "Larsen", "Leitão", "Lindgren", "Lopes", "Lund",
        "Machado", "Maier", "Marques", "Matos", "Mendes", "Moreau", "Moretti", "Mwangi", "Nakamura", "Navarro", "Nieminen", "Novak",
        "Nunes", "O'Connell", "Oliveira", "Ortega", "Osei", "Paiva", "Pereira", "Pham", "Pires", "Quintero", "Rahman", "Ramos", "Rebelo",
        "Reis", "Ribeiro", "Rocha", "Romano", "Sá", "Salvador", "Santos", "Schmidt", "Seixas", "Serrano", "Silva", "Soares", "Sousa",
        "Sørensen", "Tavares", "Teixeira", "Torres", "Valente", "Vasconcelos", "Vieira", "Vogel", "Weiss", "Yamada", "Zielińska",
        "Παπαδάκη", "Соколова", "Морозов", "田中", "鈴木",
    ];

    private const string Initials = "ABCDEFGHJKLMNPRSTVW";

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly Random _random;

    public StoryNames(Random random, IEnumerable<string> reserved)
    {
        _random = random;
        foreach (var name in reserved)
        {
            _used.Add(name);
        }
    }

    /// <summary>An unused (given, family) pair; the given part may carry a middle initial.</summary>
    public (string Given, string Family) Next()
    {
        for (var attempt = 0; ; attempt++)
        {
            var given = Given[_random.Next(Given.Length)];
            var family = Family[_random.Next(Family.Length)];
            if (Script(given) != Script(family))
            {
                continue; // no "Νίκος 田中": scripts are not mixed within a name
            }

            if (attempt >= 4 && Script(given) == 0)
            {
                given += " " + Initials[_random.Next(Initials.Length)].ToString() + ".";
            }

            if (_used.Add(given + " " + family))
            {
                return (given, family);
            }
        }
    }

    /// <summary>Marks a name as used.</summary>
    public void Reserve(string name) => _used.Add(name);

    /// <summary>0 for Latin, 1 Greek, 2 Cyrillic, 3 Han/Kana.</summary>
    private static int Script(string name) => name[0] switch
    {
        >= '\u0370' and < '\u0400' => 1,
        >= '\u0400' and < '\u0530' => 2,
        >= '\u3000' => 3,
        _ => 0,
    };

    /// <summary>Lower-case ASCII letters and digits of a name (diacritics dropped, other scripts romanised as "x" plus a number).</summary>
    public static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var folded = c switch
            {
                'ø' or 'Ø' => 'o',
                'ł' or 'Ł' => 'l',
                'æ' or 'Æ' => 'a',
                'đ' or 'Đ' => 'd',
                'ß' => 's',
                _ => c,
            };
            if (char.IsAsciiLetterOrDigit(folded))
            {
                builder.Append(char.ToLowerInvariant(folded));
            }
        }

        if (builder.Length == 0)
        {
            // A name without Latin letters: a stable ASCII stand-in from its code points.
            var sum = 0;
            foreach (var c in name)
            {
                sum = (sum * 31) + c;
            }

            builder.Append('x').Append((sum & 0xFFFF).ToString("x4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
