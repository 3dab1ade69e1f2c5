namespace NetworkMetrics.Text;

/// <summary>
/// Allocation-free parsing of the most common export date shapes straight from UTF-8
/// (<c>yyyy-MM-dd HH:mm:ss[ UTC]</c>, <c>yyyy/MM/dd HH:mm:ss UTC</c>, <c>yyyy-MM-ddTHH:mm:ss</c>,
/// the same three without seconds, <c>d MMM yyyy</c>). Anything else returns <see langword="false"/> and goes to
/// <see cref="DateParsing"/>, which knows every format.
/// </summary>
internal static class FastDates
{
    public static bool TryParse(ReadOnlySpan<byte> s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length >= 19 && (s[4] == '-' || s[4] == '/') && s[7] == s[4] && (s[10] == ' ' || s[10] == 'T') && s[13] == ':' && s[16] == ':')
        {
            var rest = s[19..];
            if (!rest.IsEmpty && !rest.SequenceEqual(" UTC"u8))
            {
                return false;
            }

            return Digits(s, 0, 4, out var year) && Digits(s, 5, 2, out var month) && Digits(s, 8, 2, out var day) &&
                Digits(s, 11, 2, out var hour) && Digits(s, 14, 2, out var minute) && Digits(s, 17, 2, out var second) &&
                Make(year, month, day, hour, minute, second, out value);
        }

        // dd MMM yyyy (LinkedIn's Connected On, 30,000 rows a file): fixed positions, no search.
        if (s.Length == 11 && s[2] == ' ' && s[6] == ' ')
        {
            return Two(s, 0, out var dd) && Month(s.Slice(3, 3), out var mm) && Two(s, 7, out var high) && Two(s, 9, out var low) &&
                Make((high * 100) + low, mm, dd, 0, 0, 0, out value);
        }

        // d MMM yyyy / dd MMM yyyy
        var firstSpace = s.IndexOf((byte)' ');
        if (firstSpace is 1 or 2 && s.Length == firstSpace + 9 && s[firstSpace + 4] == ' ' &&
            Digits(s, 0, firstSpace, out var d) && Month(s.Slice(firstSpace + 1, 3), out var m) && Digits(s, firstSpace + 5, 4, out var y))
        {
            return Make(y, m, d, 0, 0, 0, out value);
        }

        // The same without seconds (yyyy-MM-dd HH:mm[ UTC], yyyy/MM/dd HH:mm UTC, yyyy-MM-ddTHH:mm): a
        // date whose writer dropped the seconds is still a date. Last: the shapes above never pay for it.
        if (s.Length is 16 or 20 && (s[4] == '-' || s[4] == '/') && s[7] == s[4] && (s[10] == ' ' || s[10] == 'T') && s[13] == ':')
        {
            if (s.Length == 20 && !s[16..].SequenceEqual(" UTC"u8))
            {
                return false;
            }

            return Digits(s, 0, 4, out var year) && Digits(s, 5, 2, out var month) && Digits(s, 8, 2, out var day) &&
                Digits(s, 11, 2, out var hour) && Digits(s, 14, 2, out var minute) &&
                Make(year, month, day, hour, minute, 0, out value);
        }

        return false;
    }

    /// <summary>The length of each month in a common year (index 0 unused).</summary>
    private static ReadOnlySpan<byte> MonthLength => [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>
    /// A UTC date from its parts, or false when they name no date. Computed as ticks with few
    /// branches (days from the civil date, counted from 1 March of year 0): the DateTime and
    /// DateTimeOffset constructors validating each part, and the mispredicted branches of a
    /// month switch, were a third of the cost of counting a connection (measured with perf on
    /// Connections.csv, whose dates come in random order).
    /// </summary>
    private static bool Make(int year, int month, int day, int hour, int minute, int second, out DateTimeOffset value)
    {
        value = default;
        if ((uint)(year - 1) > 9998 || (uint)(month - 1) > 11 || (uint)(day - 1) > 30 || (hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var leap = ((year & 3) == 0) & ((year % 100 != 0) | (year % 400 == 0));
        if (day > MonthLength[month] + ((month == 2) & leap ? 1 : 0))
        {
            return false;
        }

        var y = year - (month <= 2 ? 1 : 0);
        var yearOfEra = y % 400;
        var era = y / 400;
        var dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        var days = (era * 146_097L) + dayOfEra - DaysFromMarchYear0ToJanuaryYear1;
        var ticks = (days * TimeSpan.TicksPerDay) + (((hour * 3600L) + (minute * 60) + second) * TimeSpan.TicksPerSecond);
        value = new DateTimeOffset(new DateTime(ticks, DateTimeKind.Utc));
        return true;
    }

    /// <summary>Days from 0000-03-01 (where the civil-date count starts) to 0001-01-01 (where ticks start).</summary>
    private const long DaysFromMarchYear0ToJanuaryYear1 = 306;

    private static bool Two(ReadOnlySpan<byte> s, int start, out int value)
    {
        var tens = (uint)(s[start] - '0');
        var ones = (uint)(s[start + 1] - '0');
        value = (int)((tens * 10) + ones);
        return tens <= 9 && ones <= 9;
    }

    private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = s[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    /// <summary>Month numbers by a perfect hash of the three lowercase letters, (a + b + 3c) mod 32.</summary>
    private static ReadOnlySpan<byte> MonthByHash =>
        [0, 0, 0, 7, 3, 0, 0, 4, 9, 6, 0, 8, 0, 0, 10, 0, 0, 2, 12, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0, 0, 0, 11];

    /// <summary>The three lowercase letters of each month, packed (index 0 unused).</summary>
    private static ReadOnlySpan<int> MonthNames =>
        [0, 0x6A616E, 0x666562, 0x6D6172, 0x617072, 0x6D6179, 0x6A756E, 0x6A756C, 0x617567, 0x736570, 0x6F6374, 0x6E6F76, 0x646563];

    /// <summary>An English month abbreviation, any case; a lookup rather than a switch (its branches mispredict on dates in random order).</summary>
    private static bool Month(ReadOnlySpan<byte> s, out int month)
    {
        int a = s[0] | 0x20, b = s[1] | 0x20, c = s[2] | 0x20;
        month = MonthByHash[(a + b + (3 * c)) & 31];
        if (MonthNames[month] == ((a << 16) | (b << 8) | c) && month != 0)
        {
            return true;
        }

        month = 0;
        return false;
    }
}
