namespace NetworkMetrics.Identity;

/// <summary>What an override says of two accounts.</summary>
public enum OverrideRelation
{
    /// <summary><c>same</c>: the two accounts are one person, whatever the evidence says.</summary>
    Same,

    /// <summary><c>different</c>: the two accounts are never in one person, whatever the evidence says.</summary>
    Different,
}
