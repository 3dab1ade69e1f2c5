namespace NetworkMetrics;

/// <summary>An email address as an export writes it, with the case-folded form that compares.</summary>
/// <param name="Address">The normalised address: trimmed, without <c>mailto:</c>, lower case. Two equal addresses are the same mailbox.</param>
/// <param name="Written">The address as the export wrote it (trimmed), for display.</param>
public sealed record EmailAddress(string Address, string Written)
{
    /// <summary>The address's key on a platform (<see cref="AccountKeyKind.Email"/>).</summary>
    /// <param name="platform">The platform of the account that gives it.</param>
    /// <returns>The key.</returns>
    public AccountKey ToKey(Platform platform) => AccountKey.Normalized(platform, AccountKeyKind.Email, Address);

    /// <summary>The written form.</summary>
    /// <returns><see cref="Written"/>.</returns>
    public override string ToString() => Written;
}
