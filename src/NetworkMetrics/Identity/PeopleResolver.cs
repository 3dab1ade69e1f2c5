namespace NetworkMetrics.Identity;

/// <summary>
/// Resolves the accounts of an import into people: the same person's LinkedIn connection, Facebook friend, X
/// follow and address-book card become one <see cref="Person"/>, with the evidence for every merge
/// (docs/identity.md). Near-linear: accounts are blocked by their normalised emails, phones, links, web sites,
/// names and handles, never compared all pairs.
/// </summary>
/// <example>
/// <code>
/// var import = await ExportImporter.ImportAsync(paths);
/// var network = PeopleResolver.Resolve(import, IdentityOptions.Default with { Overrides = IdentityOverrides.Load("links.csv") });
/// foreach (var person in network.People.Where(p => p.Accounts.Length > 1)) { … }
/// </code>
/// </example>
public static class PeopleResolver
{
    /// <summary>Resolves the accounts of an import (<see cref="ImportResult.Accounts"/> and the snapshots' owners) into people.</summary>
    /// <param name="result">The import.</param>
    /// <param name="options">The options; <see cref="IdentityOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The owner, the people, the evidence and the diagnostics. The same inputs, in any order, give the same network.</returns>
    public static PeopleNetwork Resolve(ImportResult result, IdentityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new IdentityResolution(result, options ?? IdentityOptions.Default).Run();
    }
}
