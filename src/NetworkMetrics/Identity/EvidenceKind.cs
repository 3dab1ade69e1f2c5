namespace NetworkMetrics.Identity;

/// <summary>
/// What tells that two accounts are one person, strongest first (docs/identity.md, "The evidence ladder").
/// Each kind has a fixed confidence (<see cref="IdentityEvidence.ConfidenceOf"/>).
/// </summary>
public enum EvidenceKind
{
    /// <summary>The user said so in the overrides file (<c>same</c>). Confidence 1.</summary>
    Override,

    /// <summary>Both accounts are the owner of an export. Confidence 1.</summary>
    Owner,

    /// <summary>The same email address (case-folded) on both accounts, given by no other account that tells otherwise. Confidence 0.95; strong.</summary>
    SameEmail,

    /// <summary>The same phone number (E.164) on both accounts, given by no other account that tells otherwise. Confidence 0.9; strong.</summary>
    SamePhone,

    /// <summary>
    /// One account names the other: a vCard or Google contact URL, LinkedIn's "Twitter Handles", a profile link
    /// (<see cref="Account.Links"/>) that is a key of the other account. Confidence 0.9; strong.
    /// </summary>
    ProfileLink,

    /// <summary>The same web site on both accounts, given by no other account that tells otherwise. Confidence 0.8; strong.</summary>
    SameWebsite,

    /// <summary>The same full name (NFC, case-folded, at least two words), carried by one account on each platform that has it. Confidence 0.7.</summary>
    SameName,

    /// <summary>The same handle on two platforms, with no conflicting names. Confidence 0.6; weak (merges only with <see cref="IdentityOptions.MergeWeakEvidence"/>).</summary>
    SameHandle,

    /// <summary>The same full name once diacritics are removed ("Chloé" and "Chloe"), unique as for <see cref="SameName"/>. Confidence 0.55; weak.</summary>
    SameNameFolded,
}
