namespace NetworkMetrics.Samples;

/// <summary>Invented names for synthetic exports: Latin, non-Latin scripts and emoji, deterministic from a seed.</summary>
public static class SampleNames
{
    private static readonly string[] Given =
    [
        "Ana", "Bo", "Cato", "Dara", "Élodie", "Finn", "Gail", "Hugo", "Ingrid", "Jun", "Kofi", "Lars", "Mei", "Ngozi", "Olu", "Priya",
        "Quinn", "Rosa", "Sven", "Tomás", "Uma", "Vik", "Wren", "Xiu", "Yara", "Zeno", "Пётр", "Анна", "美咲", "太郎", "أمل", "יעל", "Σοφία", "Nguyễn",
    ];

    private static readonly string[] Family =
    [
        "Lima", "Berg", "Ferreira", "Okafor", "Nguyễn", "Arbuckle", "Winters", "Stein", "Halvorsen", "Chen", "Mensah", "Eze", "Patel", "Ruiz",
        "Åkerblad", "Kowalski", "Duarte", "Sato", "Иванов", "Петрова", "山田", "حداد", "כהן", "Παπαδόπουλος", "O'Brien", "Smith 🌿",
    ];

    /// <summary>The given and family name of person <paramref name="index"/> of a sample; unique per index.</summary>
    public static (string Given, string Family) Of(int index, int seed)
    {
        var random = new Random(HashCode.Combine(index, seed) & int.MaxValue);
        var given = Given[random.Next(Given.Length)];
        var family = Family[random.Next(Family.Length)];
        // A numbered suffix keeps people apart at large sizes without unrealistic names.
        return index < Given.Length * Family.Length ? (given, family) : (given, family + " " + (index / (Given.Length * Family.Length)).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>An ASCII profile slug for person <paramref name="index"/>.</summary>
    public static string Slug(int index) => FormattableString.Invariant($"member-{index:x6}");
}
