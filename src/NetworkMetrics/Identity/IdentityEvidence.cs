namespace NetworkMetrics.Identity;

/// <summary>
/// One piece of evidence that two accounts are one person: what it is, the two accounts (their primary keys),
/// a readable detail (the email, the name, the link…) and the confidence of its kind.
/// </summary>
/// <param name="Kind">What the evidence is.</param>
/// <param name="A">The primary key of one account (the smaller of the two keys).</param>
/// <param name="B">The primary key of the other account.</param>
/// <param name="Detail">What the two share, readably (<c>email anna@example.com</c>); a fixed text once pseudonymised.</param>
/// <param name="Confidence">How sure the evidence is, in [0, 1] (<see cref="ConfidenceOf"/>).</param>
public sealed record IdentityEvidence(EvidenceKind Kind, AccountKey A, AccountKey B, string Detail, double Confidence)
{
    /// <summary>The confidence of a kind of evidence: 1 for overrides and the owner, 0.95 same email, 0.9 same phone and profile link, 0.8 same web site, 0.7 same name, 0.6 same handle, 0.55 same name without diacritics.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its confidence.</returns>
    public static double ConfidenceOf(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Override or EvidenceKind.Owner => 1.0,
        EvidenceKind.SameEmail => 0.95,
        EvidenceKind.SamePhone or EvidenceKind.ProfileLink => 0.9,
        EvidenceKind.SameWebsite => 0.8,
        EvidenceKind.SameName => 0.7,
        EvidenceKind.SameHandle => 0.6,
        EvidenceKind.SameNameFolded => 0.55,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Whether a kind is strong evidence (steps 1 and 2 of the ladder, overrides and the owner): it joins an account to the owner.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it is strong.</returns>
    public static bool IsStrong(EvidenceKind kind) => kind is EvidenceKind.Override or EvidenceKind.Owner or EvidenceKind.SameEmail
        or EvidenceKind.SamePhone or EvidenceKind.ProfileLink or EvidenceKind.SameWebsite;

    /// <summary>Whether a kind is weak evidence, which merges only with <see cref="IdentityOptions.MergeWeakEvidence"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether it is weak.</returns>
    public static bool IsWeak(EvidenceKind kind) => kind is EvidenceKind.SameHandle or EvidenceKind.SameNameFolded;

    /// <summary>The fixed description of a kind, which quotes no data (what a pseudonymised output keeps as <see cref="Detail"/>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The description.</returns>
    public static string Describe(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Override => "the overrides file says they are the same person",
        EvidenceKind.Owner => "both are the owner of an export",
        EvidenceKind.SameEmail => "the same email address",
        EvidenceKind.SamePhone => "the same phone number",
        EvidenceKind.ProfileLink => "one account names the other's profile",
        EvidenceKind.SameWebsite => "the same web site",
        EvidenceKind.SameName => "the same full name, unique on both platforms",
        EvidenceKind.SameHandle => "the same handle on two platforms",
        EvidenceKind.SameNameFolded => "the same full name without diacritics, unique on both platforms",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
