using System.Diagnostics.CodeAnalysis;
using NetworkMetrics.Text;

namespace NetworkMetrics;

/// <summary>
/// One of the keys an account is known by: a platform, a kind (<see cref="AccountKeyKind"/>) and a
/// normalised value. Two records with an equal key on one platform denote the same account, unless
/// the key is ambiguous (a name two people carry). Ties, interactions and conversations refer to
/// accounts by their <see cref="Account.Key"/>.
/// </summary>
/// <remarks>
/// <para>The string form, for the command line and scripts, is <c>Platform:kind:value</c>, with the
/// platform as <see cref="NetworkMetrics.Platform"/> spells it and the kind's short name
/// (<c>id</c>, <c>handle</c>, <c>url</c>, <c>email</c>, <c>phone</c>, <c>name</c>, <c>org</c>):
/// <c>LinkedIn:url:linkedin.com/in/jane-doe</c>, <c>Twitter:id:783214</c>,
/// <c>Facebook:name:jane doe</c>, <c>AddressBook:email:jane@example.com</c>. The value is everything
/// after the second colon and may itself hold colons (<c>Bluesky:id:did:plc:abc</c>).
/// <see cref="Parse"/> reads it back, case-insensitively for the platform and kind.</para>
/// <para>Keys order by platform, then kind (strongest first), then value (ordinal).</para>
/// </remarks>
public readonly struct AccountKey : IEquatable<AccountKey>, IComparable<AccountKey>
{
    private AccountKey(Platform platform, AccountKeyKind kind, string value)
    {
        Platform = platform;
        Kind = kind;
        Value = value;
    }

    /// <summary>The platform whose account this key names.</summary>
    public Platform Platform { get; }

    /// <summary>What the key is made from.</summary>
    public AccountKeyKind Kind { get; }

    /// <summary>The normalised value (see <see cref="AccountKeyKind"/> for each kind's rule); <see langword="null"/> only for <c>default(AccountKey)</c>.</summary>
    public string Value { get; }

    /// <summary>Creates a key, normalising <paramref name="value"/> by the rule of its kind and platform.</summary>
    /// <param name="platform">The platform.</param>
    /// <param name="kind">The kind of key.</param>
    /// <param name="value">The value as written: a URL with its scheme, a handle with its <c>@</c>, a name in any case…</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The value is empty or not a value of that kind (an email without <c>@</c>, a phone not in international form).</exception>
    public static AccountKey Create(Platform platform, AccountKeyKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!Enum.IsDefined(platform))
        {
            throw new ArgumentOutOfRangeException(nameof(platform), platform, "not a platform");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of key");
        }

        return AccountKeys.Normalize(platform, kind, value) is { } normal
            ? new AccountKey(platform, kind, normal)
            : throw new ArgumentException($"'{value}' is not a {KindName(kind)} key of {platform}", nameof(value));
    }

    /// <summary>A key whose value is already normalised (the parsers' path: no second normalisation).</summary>
    internal static AccountKey Normalized(Platform platform, AccountKeyKind kind, string value) => new(platform, kind, value);

    /// <summary>Reads a key from its string form <c>Platform:kind:value</c>.</summary>
    /// <param name="text">The string form.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text is not a key's string form.</exception>
    public static AccountKey Parse(string text) =>
        TryParse(text, out var key) ? key : throw new FormatException($"'{text}' is not an account key: expected Platform:kind:value, such as LinkedIn:url:linkedin.com/in/jane-doe");

    /// <summary>Reads a key from its string form <c>Platform:kind:value</c>.</summary>
    /// <param name="text">The string form.</param>
    /// <param name="key">The key, when the text is one.</param>
    /// <returns>Whether the text is a key's string form with a valid value.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out AccountKey key)
    {
        key = default;
        if (text is null)
        {
            return false;
        }

        var first = text.IndexOf(':', StringComparison.Ordinal);
        var second = first < 0 ? -1 : text.IndexOf(':', first + 1);
        if (second < 0
            || !Enum.TryParse<Platform>(text.AsSpan(0, first).Trim(), ignoreCase: true, out var platform) || !Enum.IsDefined(platform)
            || char.IsAsciiDigit(text[0])
            || KindFromName(text.AsSpan(first + 1, second - first - 1).Trim()) is not { } kind
            || AccountKeys.Normalize(platform, kind, text[(second + 1)..]) is not { } value)
        {
            return false;
        }

        key = new AccountKey(platform, kind, value);
        return true;
    }

    /// <summary>The short name of a kind in the string form: <c>id</c>, <c>handle</c>, <c>url</c>, <c>email</c>, <c>phone</c>, <c>name</c>, <c>org</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its short name.</returns>
    public static string KindName(AccountKeyKind kind) => kind switch
    {
        AccountKeyKind.Id => "id",
        AccountKeyKind.Handle => "handle",
        AccountKeyKind.Url => "url",
        AccountKeyKind.Email => "email",
        AccountKeyKind.Phone => "phone",
        AccountKeyKind.Name => "name",
        AccountKeyKind.Organization => "org",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static AccountKeyKind? KindFromName(ReadOnlySpan<char> name)
    {
        foreach (var kind in Enum.GetValues<AccountKeyKind>())
        {
            if (name.Equals(KindName(kind), StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The string form <c>Platform:kind:value</c>.</summary>
    /// <returns>The string form.</returns>
    public override string ToString() => Value is null ? string.Empty : $"{Platform}:{KindName(Kind)}:{Value}";

    /// <inheritdoc/>
    public bool Equals(AccountKey other) => Platform == other.Platform && Kind == other.Kind && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AccountKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Platform, Kind, Value is null ? 0 : string.GetHashCode(Value, StringComparison.Ordinal));

    /// <inheritdoc/>
    public int CompareTo(AccountKey other)
    {
        var byPlatform = ((int)Platform).CompareTo((int)other.Platform); // as ints: Enum.CompareTo(object) boxes
        if (byPlatform != 0)
        {
            return byPlatform;
        }

        var byKind = ((int)Kind).CompareTo((int)other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Value, other.Value);
    }

    /// <summary>Whether two keys are equal.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(AccountKey left, AccountKey right) => left.Equals(right);

    /// <summary>Whether two keys differ.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AccountKey left, AccountKey right) => !left.Equals(right);

    /// <summary>Whether a key orders before another.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether <paramref name="left"/> orders first.</returns>
    public static bool operator <(AccountKey left, AccountKey right) => left.CompareTo(right) < 0;

    /// <summary>Whether a key orders after another.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether <paramref name="left"/> orders last.</returns>
    public static bool operator >(AccountKey left, AccountKey right) => left.CompareTo(right) > 0;

    /// <summary>Whether a key orders before another or equals it.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether <paramref name="left"/> does not order last.</returns>
    public static bool operator <=(AccountKey left, AccountKey right) => left.CompareTo(right) <= 0;

    /// <summary>Whether a key orders after another or equals it.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether <paramref name="left"/> does not order first.</returns>
    public static bool operator >=(AccountKey left, AccountKey right) => left.CompareTo(right) >= 0;
}
