using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Text;

namespace NetworkMetrics.Tests.Import;

/// <summary>Date parts, valid or not (day up to 31 in every month, years 0 to 10000).</summary>
public sealed record DateParts(int Year, int Month, int Day, int Hour, int Minute, int Second);

/// <summary>Generators for <see cref="DateParts"/>: years near the edges and leap years come often.</summary>
public static class DatePartsArbitraries
{
    public static Arbitrary<DateParts> Parts() =>
        (from year in Gen.OneOf(Gen.Choose(0, 10000), Gen.Elements(0, 1, 4, 100, 1900, 2000, 2023, 2024, 2100, 9999, 10000))
         from month in Gen.Choose(0, 13)
         from day in Gen.Choose(0, 32)
         from hour in Gen.Choose(0, 24)
         from minute in Gen.Choose(0, 60)
         from second in Gen.Choose(0, 60)
         select new DateParts(year, month, day, hour, minute, second)).ToArbitrary();
}

/// <summary>
/// The allocation-free date parser that every CSV and JSON export date goes through computes
/// ticks itself; it must agree with the framework's parser on every date, and refuse what the
/// framework refuses (29 February outside leap years, month 13, hour 24…).
/// </summary>
public sealed class FastDatesProperties
{
    [Property(MaxTest = 3000, Arbitrary = [typeof(DatePartsArbitraries)])]
    public void Agrees_with_the_framework_on_every_timestamp_shape(DateParts p)
    {
        var text = FormattableString.Invariant($"{p.Year:0000}-{p.Month:00}-{p.Day:00} {p.Hour:00}:{p.Minute:00}:{p.Second:00}");
        foreach (var shape in new[] { text + " UTC", text, text.Replace('-', '/') + " UTC", text.Replace(' ', 'T') })
        {
            var expected = DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateTimeOffset(date, TimeSpan.Zero) : (DateTimeOffset?)null;

            var parsed = FastDates.TryParse(Encoding.ASCII.GetBytes(shape), out var value);

            Assert.Equal(expected.HasValue, parsed);
            if (parsed)
            {
                Assert.Equal(expected!.Value.UtcTicks, value.UtcTicks);
                Assert.Equal(TimeSpan.Zero, value.Offset);
            }
        }
    }

    [Property(MaxTest = 3000, Arbitrary = [typeof(DatePartsArbitraries)])]
    public void Agrees_with_the_framework_on_every_minute_precision_shape(DateParts p)
    {
        var text = FormattableString.Invariant($"{p.Year:0000}-{p.Month:00}-{p.Day:00} {p.Hour:00}:{p.Minute:00}");
        foreach (var shape in new[] { text + " UTC", text, text.Replace('-', '/') + " UTC", text.Replace(' ', 'T') })
        {
            var expected = DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? new DateTimeOffset(date, TimeSpan.Zero) : (DateTimeOffset?)null;

            var parsed = FastDates.TryParse(Encoding.ASCII.GetBytes(shape), out var value);

            Assert.Equal(expected.HasValue, parsed);
            Assert.Equal(expected?.UtcTicks, parsed ? value.UtcTicks : null);
        }
    }

    [Theory]
    [InlineData("2024-06-01 12:00 UTCX")]
    [InlineData("2024-06-01 12:00:")]
    [InlineData("2024-06-01 12:0")]
    [InlineData("2024-06-01 12:00 PM")]
    [InlineData("2024-06-01T12:00 UTC ")]
    public void Refuses_what_is_not_a_minute_precision_date(string text) =>
        Assert.False(FastDates.TryParse(Encoding.ASCII.GetBytes(text), out _));

    [Property(MaxTest = 1000, Arbitrary = [typeof(DatePartsArbitraries)])]
    public void Agrees_with_the_framework_on_day_month_year(DateParts p)
    {
        var months = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
        var month = p.Month is >= 1 and <= 12 ? months[p.Month - 1] : "Foo";
        var text = FormattableString.Invariant($"{p.Day} {month} {p.Year:0000}");
        var expected = DateTime.TryParseExact(text, "d MMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero) : (DateTimeOffset?)null;

        var parsed = FastDates.TryParse(Encoding.ASCII.GetBytes(text.ToUpperInvariant()), out var value);

        Assert.Equal(expected.HasValue, parsed);
        Assert.Equal(expected?.UtcTicks, parsed ? value.UtcTicks : null);
    }
}
