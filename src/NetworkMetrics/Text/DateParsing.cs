using System.Globalization;

namespace NetworkMetrics.Text;

/// <summary>Parses the date formats the exports write: invariant culture, UTC.</summary>
internal static class DateParsing
{
    private const DateTimeStyles Utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal | DateTimeStyles.AllowWhiteSpaces;

    /// <summary>Parses <paramref name="text"/> with the first of <paramref name="formats"/> that fits, as UTC.</summary>
    public static bool TryParseExact(ReadOnlySpan<char> text, string[] formats, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, Utc, out value))
        {
            value = value.ToUniversalTime();
            return true;
        }

        return false;
    }

    /// <summary>Seconds since 1970 as UTC, within the range of <see cref="DateTimeOffset"/>.</summary>
    public static bool TryFromUnixSeconds(long seconds, out DateTimeOffset value)
    {
        if (seconds is < -62135596800 or > 253402300799)
        {
            value = default;
            return false;
        }

        value = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return true;
    }

    /// <summary>Milliseconds since 1970 as UTC, within the range of <see cref="DateTimeOffset"/>.</summary>
    public static bool TryFromUnixMilliseconds(long milliseconds, out DateTimeOffset value)
    {
        if (milliseconds is < -62135596800000 or > 253402300799999)
        {
            value = default;
            return false;
        }

        value = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        return true;
    }

    /// <summary>An ISO 8601 timestamp (<c>2020-11-27T06:35:00.465Z</c>), as UTC.</summary>
    public static bool TryParseIso(ReadOnlySpan<char> text, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, Utc | DateTimeStyles.RoundtripKind, out value))
        {
            value = value.ToUniversalTime();
            return true;
        }

        return false;
    }
}
