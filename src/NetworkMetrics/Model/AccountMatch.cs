namespace NetworkMetrics;

/// <summary>The same account in two snapshots of one platform.</summary>
/// <param name="Before">The account in the earlier snapshot.</param>
/// <param name="After">The account in the later snapshot.</param>
/// <param name="SharedKey">The strongest key both carry (the profile URL, the email, the name…): why they are one.</param>
public sealed record AccountMatch(Account Before, Account After, AccountKey SharedKey);
