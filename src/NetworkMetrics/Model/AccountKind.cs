namespace NetworkMetrics;

/// <summary>Whether an <see cref="Account"/> stands for a person or an organisation.</summary>
public enum AccountKind
{
    /// <summary>A person (or an account whose kind the export does not state, which is almost always a person).</summary>
    Person,

    /// <summary>An organisation or company page (LinkedIn's Company Follows).</summary>
    Organization,
}
