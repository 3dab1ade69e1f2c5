namespace NetworkMetrics.Samples.Story;

/// <summary>The kinds of identity traps planted in the story.</summary>
public enum StoryHardCaseKind
{
    /// <summary>Two different people with the same full name on one platform ("John Smith"): the name must not merge either of them.</summary>
    SameFullName,

    /// <summary>A single-token name ("Anna") on two platforms for two different people: a single token never merges on the name alone.</summary>
    SingleTokenName,

    /// <summary>One household email on two cards with different names (and on one of them a LinkedIn connection): evidence of a household, not of one person.</summary>
    SharedEmail,

    /// <summary>A name with diacritics written in UTF-8 on LinkedIn and in Meta's mojibake on Facebook: the same person once repaired.</summary>
    Diacritics,

    /// <summary>The same person whose card drops the name's diacritics ("Chloe" for "Chloé"): only weaker, diacritics-insensitive evidence.</summary>
    DiacriticsDropped,

    /// <summary>One handle used by two different people on two platforms (an X screen name, an Instagram username on a card).</summary>
    ReusedHandle,

    /// <summary>The same email written in different letter case on LinkedIn and on a card.</summary>
    EmailCase,

    /// <summary>LinkedIn connections whose rows are empty but for the date (hidden or deleted members): ties without identity.</summary>
    HiddenMember,
}
