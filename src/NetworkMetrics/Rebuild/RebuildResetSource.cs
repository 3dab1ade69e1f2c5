namespace NetworkMetrics.Rebuild;

/// <summary>Where the reset date of a <see cref="RebuildResult"/> came from.</summary>
public enum RebuildResetSource
{
    /// <summary>Given in the options.</summary>
    Given,

    /// <summary>Inferred: the first removal on the day with the most removals (ended ties of the after exports).</summary>
    Removals,

    /// <summary>Inferred: the start of the UTC day of the first tie after the longest gap between the after exports' dated ties.</summary>
    LongestGap,

    /// <summary>Inferred: nothing else told, so the newest before export's date.</summary>
    BeforeExport,
}
