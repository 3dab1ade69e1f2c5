using PhoneNumbers;

namespace NetworkMetrics.Text;

/// <summary>
/// Phone numbers read with Google's libphonenumber metadata (libphonenumber-csharp): E.164 where a
/// number can be read, its region, and the region to read national numbers with. Loaded on first
/// use only: <c>inspect</c>, which reads no phone, never pays for the metadata.
/// </summary>
internal static class Phones
{
    private static PhoneNumberUtil Util => PhoneNumberUtil.GetInstance();

    /// <summary>Whether libphonenumber knows the region (ISO 3166-1 alpha-2, any case).</summary>
    public static bool IsKnownRegion(string region) =>
        region.Length == 2 && char.IsAsciiLetter(region[0]) && char.IsAsciiLetter(region[1])
        && Util.GetSupportedRegions().Contains(region.ToUpperInvariant());

    /// <summary>The number as written (trimmed, <c>tel:</c> removed), or null when it holds no digit.</summary>
    public static string? Written(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = text.Trim();
        if (value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            value = value[4..].Trim();
        }

        return value.AsSpan().IndexOfAnyInRange('0', '9') < 0 ? null : value;
    }

    /// <summary>Whether the written number carries its country code (<c>+49…</c>, <c>0049…</c>).</summary>
    public static bool HasCountryCode(string written) => written.StartsWith('+') || written.StartsWith("00", StringComparison.Ordinal);

    /// <summary>
    /// The region most numbers with a country code belong to, or null when none has one. Ties go to the
    /// region that comes first in ordinal order, so the result never depends on the order of the numbers.
    /// </summary>
    public static string? InferRegion(IEnumerable<string> written)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var number in written)
        {
            if (HasCountryCode(number) && Region(number, null) is { } region)
            {
                counts[region] = counts.GetValueOrDefault(region) + 1;
            }
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>The phone number with its E.164 form and region where it is a valid number, read with <paramref name="region"/> when it has no country code.</summary>
    public static PhoneNumber Read(string written, string? region)
    {
        var text = written.StartsWith("00", StringComparison.Ordinal) ? "+" + written[2..] : written;
        try
        {
            var number = Util.Parse(text, region ?? "ZZ");
            if (Util.IsValidNumber(number))
            {
                return new PhoneNumber(written) { E164 = Util.Format(number, PhoneNumberFormat.E164), Region = Util.GetRegionCodeForNumber(number) };
            }
        }
        catch (NumberParseException)
        {
        }

        return new PhoneNumber(written);
    }

    private static string? Region(string written, string? region)
    {
        var number = Read(written, region);
        return number.Region is { } r && r != "ZZ" && r != "001" ? r : null;
    }
}
