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

    /// <summary>
    /// The given and family name of person <paramref name="index"/> of a sample: the same in every process (the seed is
    /// mixed by fixed arithmetic, not <see cref="HashCode"/>, whose seed changes per process). Names may repeat.
    /// </summary>
    public static (string Given, string Family) Of(int index, int seed)
    {
        var mixed = unchecked(((uint)index * 0x9E3779B1u) ^ ((uint)seed * 0x85EBCA6Bu));
        var random = new Random((int)((mixed ^ (mixed >> 15)) & int.MaxValue));
        var given = Given[random.Next(Given.Length)];
        var family = Family[random.Next(Family.Length)];
        // A numbered suffix keeps people apart at large sizes without unrealistic names.
        return index < Given.Length * Family.Length ? (given, family) : (given, family + " " + (index / (Given.Length * Family.Length)).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>An ASCII profile slug for person <paramref name="index"/>.</summary>
    public static string Slug(int index) => FormattableString.Invariant($"member-{index:x6}");
}
