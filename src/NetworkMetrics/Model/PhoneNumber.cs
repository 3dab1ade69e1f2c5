namespace NetworkMetrics;

/// <summary>
/// A phone number as an export writes it, with its E.164 form where it can be read (Google's
/// libphonenumber metadata, with the region of <see cref="ImportOptions.DefaultPhoneRegion"/> or,
/// failing that, the region most numbers of the import that carry a country code belong to).
/// </summary>
/// <param name="Written">The number as the export wrote it (trimmed, without <c>tel:</c>).</param>
public sealed record PhoneNumber(string Written)
{
    /// <summary>The number in E.164 (<c>+4915112345678</c>); <see langword="null"/> when it cannot be read as a valid number (see <see cref="IsValid"/>).</summary>
    public string? E164 { get; init; }

    /// <summary>The region (ISO 3166-1 alpha-2) the number belongs to, when known.</summary>
    public string? Region { get; init; }

    /// <summary>Whether the number was read as a valid number: <see langword="false"/> flags a number kept only as written.</summary>
    public bool IsValid => E164 is not null;

    /// <summary>The number's key on a platform (<see cref="AccountKeyKind.Phone"/>); <see langword="null"/> when it is not valid.</summary>
    /// <param name="platform">The platform of the account that gives it.</param>
    /// <returns>The key, or <see langword="null"/>.</returns>
    public AccountKey? ToKey(Platform platform) => E164 is null ? null : AccountKey.Normalized(platform, AccountKeyKind.Phone, E164);

    /// <summary>The E.164 form when valid, else the written form.</summary>
    /// <returns>The number.</returns>
    public override string ToString() => E164 ?? Written;
}
