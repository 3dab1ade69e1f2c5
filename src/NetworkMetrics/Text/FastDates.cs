namespace NetworkMetrics.Text;

/// <summary>
/// Allocation-free parsing of the most common export date shapes straight from UTF-8
/// (<c>yyyy-MM-dd HH:mm:ss[ UTC]</c>, <c>yyyy/MM/dd HH:mm:ss UTC</c>, <c>yyyy-MM-ddTHH:mm:ss</c>,
/// <c>d MMM yyyy</c>). Anything else returns <see langword="false"/> and goes to
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

        // d MMM yyyy / dd MMM yyyy
        var firstSpace = s.IndexOf((byte)' ');
        if (firstSpace is 1 or 2 && s.Length == firstSpace + 9 && s[firstSpace + 4] == ' ' &&
            Digits(s, 0, firstSpace, out var d) && Month(s.Slice(firstSpace + 1, 3), out var m) && Digits(s, firstSpace + 5, 4, out var y))
        {
            return Make(y, m, d, 0, 0, 0, out value);
        }

        return false;
    }

    private static bool Make(int year, int month, int day, int hour, int minute, int second, out DateTimeOffset value)
    {
        value = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero);
        return true;
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

    private static bool Month(ReadOnlySpan<byte> s, out int month)
    {
        month = (s[0] | 0x20, s[1] | 0x20, s[2] | 0x20) switch
        {
            ('j', 'a', 'n') => 1, ('f', 'e', 'b') => 2, ('m', 'a', 'r') => 3, ('a', 'p', 'r') => 4,
            ('m', 'a', 'y') => 5, ('j', 'u', 'n') => 6, ('j', 'u', 'l') => 7, ('a', 'u', 'g') => 8,
            ('s', 'e', 'p') => 9, ('o', 'c', 't') => 10, ('n', 'o', 'v') => 11, ('d', 'e', 'c') => 12,
            _ => 0,
        };
        return month != 0;
    }
}
