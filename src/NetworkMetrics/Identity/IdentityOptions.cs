namespace NetworkMetrics.Identity;

/// <summary>
/// How accounts are resolved into people: the confidence a merge needs, whether weak evidence merges, and the
/// user's overrides. Start from <see cref="Default"/> and change what you need with <c>with { … }</c>; a value out
/// of range throws <see cref="ArgumentOutOfRangeException"/> naming the option at once. docs/identity.md gives
/// the reason for every default.
/// </summary>
public sealed record IdentityOptions
{
    private readonly double _minimumConfidence = 0.5;
    private readonly IdentityOverrides _overrides = IdentityOverrides.Empty;

    /// <summary>The defaults: strong evidence and unique exact full names merge, weak evidence does not, no overrides.</summary>
    public static IdentityOptions Default { get; } = new();

    /// <summary>
    /// The least confidence of evidence that merges two accounts (default 0.5). Merges are transitive only through
    /// evidence at or above it. 0.8 keeps only strong evidence (emails, phones, profile links, web sites); the
    /// default also merges unique full names (0.7), and, with <see cref="MergeWeakEvidence"/>, handles (0.6) and
    /// names without diacritics (0.55). In [0, 1].
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not in [0, 1].</exception>
    public double MinimumConfidence
    {
        get => _minimumConfidence;
        init => _minimumConfidence = value is >= 0 and <= 1 ? value
            : throw new ArgumentOutOfRangeException(nameof(MinimumConfidence), value, "must be in [0, 1]");
    }

    /// <summary>
    /// Whether weak evidence merges: the same handle on two platforms, the same full name once diacritics are
    /// removed (default <see langword="false"/>: handles are reused by different people, and a name without its
    /// accents is another name as often as it is a typing shortcut). Weak evidence not merged is still reported
    /// in <see cref="PeopleNetwork.Candidates"/>.
    /// </summary>
    public bool MergeWeakEvidence { get; init; }

    /// <summary>The user's overrides, applied on top of the evidence (default none).</summary>
    /// <exception cref="ArgumentNullException">The value is <see langword="null"/>.</exception>
    public IdentityOverrides Overrides
    {
        get => _overrides;
        init => _overrides = value ?? throw new ArgumentNullException(nameof(Overrides));
    }

    /// <summary>Whether evidence of this kind and confidence merges under these options.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>Whether it merges.</returns>
    public bool Merges(IdentityEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Kind is EvidenceKind.Override or EvidenceKind.Owner
            || (evidence.Confidence >= MinimumConfidence && (MergeWeakEvidence || !IdentityEvidence.IsWeak(evidence.Kind)));
    }
}
