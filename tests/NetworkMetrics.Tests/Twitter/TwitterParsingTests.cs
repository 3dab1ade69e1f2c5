using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Import.Twitter;

namespace NetworkMetrics.Tests.Twitter;

/// <summary>The pieces: dates, names, wrappers; and properties of the DM de-duplication.</summary>
public sealed class TwitterParsingTests
{
    [Theory]
    [InlineData("Sat Feb 18 12:33:11 +0000 2023", "2023-02-18T12:33:11+00:00")]
    [InlineData("Mon Jan 01 00:00:00 +0000 2007", "2007-01-01T00:00:00+00:00")]
    [InlineData("Tue Mar 05 19:20:44 +0200 2019", "2019-03-05T17:20:44+00:00")]
    [InlineData("Tue Mar 05 01:20:44 -0530 2019", "2019-03-05T06:50:44+00:00")]
    public void Created_at_is_read_in_utc(string text, string expected)
    {
        Assert.True(TwitterDates.TryParseCreatedAt(text, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Sat Feb 30 12:33:11 +0000 2023")]
    [InlineData("Xyz Foo 18 12:33:11 +0000 2023")]
    [InlineData("yesterday")]
    public void Created_at_that_is_not_a_date_is_refused(string text) =>
        Assert.False(TwitterDates.TryParseCreatedAt(text, out _));

    [Theory]
    [InlineData("2020-11-27T06:35:00.465Z", 2020, 11, 27, 6, 35, 0, 4_650_000)]
    [InlineData("2020-11-27T06:35:00Z", 2020, 11, 27, 6, 35, 0, 0)]
    [InlineData("2023-03-14T09:26:53.5891234Z", 2023, 3, 14, 9, 26, 53, 5_891_234)]
    [InlineData("2023-03-14T09:26:53.123456789Z", 2023, 3, 14, 9, 26, 53, 1_234_567)]
    [InlineData("2023-03-14T11:26:53.000+02:00", 2023, 3, 14, 9, 26, 53, 0)]
    public void Iso_dates_are_read_in_utc(string text, int year, int month, int day, int hour, int minute, int second, long fractionTicks)
    {
        Assert.True(TwitterDates.TryParseIso(text, out var value));
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(fractionTicks), value);
    }

    [Theory]
    [InlineData("Sat Feb 18 12:33:11 +0000 2023")]
    [InlineData("Tue Mar 05 01:20:44 -0530 2019")]
    [InlineData("2020-11-27T06:35:00.465Z")]
    [InlineData("2023-03-14T09:26:53.5891234Z")]
    [InlineData("2020-11-27T06:35:00Z")]
    public void Dates_read_from_utf8_bytes_equal_dates_read_from_strings(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var iso = char.IsAsciiDigit(text[0]);

        Assert.True(iso ? TwitterDates.TryParseIso(bytes, out var fromBytes) : TwitterDates.TryParseCreatedAt(bytes, out fromBytes));
        Assert.True(iso ? TwitterDates.TryParseIso(text, out var fromText) : TwitterDates.TryParseCreatedAt(text, out fromText));
        Assert.Equal(fromText, fromBytes);
    }

    [Theory]
    [InlineData("2020-11-27T06:35:00.465")]
    [InlineData("2020-11-27T06:35:00+02:00")]
    [InlineData("2020-02-30T06:35:00Z")]
    public void Utf8_fast_path_leaves_other_shapes_to_the_general_parser(string text) =>
        Assert.False(TwitterDates.TryParseIso(Encoding.UTF8.GetBytes(text), out _));

    [Property(MaxTest = 200)]
    public bool Created_at_round_trips(DateTime instant)
    {
        var utc = new DateTime(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var text = utc.ToString("ddd MMM dd HH:mm:ss '+0000' yyyy", CultureInfo.InvariantCulture);
        return TwitterDates.TryParseCreatedAt(text, out var value) && value.UtcDateTime == utc;
    }

    [Theory]
    [InlineData("tweets.js", "tweets")]
    [InlineData("tweets-part12.js", "tweets")]
    [InlineData("direct-messages-group.js", "direct-messages-group")]
    [InlineData("direct-messages-group-part1.js", "direct-messages-group")]
    [InlineData("follower-partx.js", "follower-partx")]
    [InlineData("follower.json", "")]
    public void Part_names_reduce_to_their_type(string name, string expected) =>
        Assert.Equal(expected, TwitterNames.BaseName(name));

    [Theory]
    [InlineData("data/js/tweets/2013_01.js", true)]
    [InlineData("js/tweets/2013_01.js", true)]
    [InlineData("archive/data/js/tweets/2018_12.js", true)]
    [InlineData("data/js/tweets/2013_1.js", false)]
    [InlineData("data/xjs/tweets/2013_01.js", false)]
    [InlineData("data/tweets.js", false)]
    public void Legacy_monthly_files_are_recognised_by_path(string path, bool expected) =>
        Assert.Equal(expected, TwitterNames.IsGrailbirdMonth(path));

    [Theory]
    [InlineData("window.YTD.direct_messages_group.part0 = [", nameof(HeadKind.Global), "direct_messages_group")]
    [InlineData("\uFEFF  window.YTD.tweets.part3 = [", nameof(HeadKind.Global), "tweets")]
    [InlineData("YTD.follower.part0 = [", nameof(HeadKind.Global), "follower")]
    [InlineData("window.__THAR_CONFIG = {", nameof(HeadKind.Manifest), "")]
    [InlineData("  \r\n", nameof(HeadKind.Blank), "")]
    [InlineData("[ {", nameof(HeadKind.Json), "")]
    [InlineData("var tweet_index = [", nameof(HeadKind.Other), "")]
    [InlineData("window.YTD.tweets = [", nameof(HeadKind.Other), "")]
    public void Heads_say_what_the_file_is(string head, string kind, string global)
    {
        Assert.Equal(kind, TwitterNames.ReadHead(Encoding.UTF8.GetBytes(head), out var found).ToString());
        Assert.Equal(global, found);
    }

    /// <summary>
    /// A conversation cut into entries that overlap (each message of an overlap repeated with its
    /// id), in any order of the entries: the file counts every distinct message once.
    /// </summary>
    [Property(MaxTest = 60, Arbitrary = [typeof(Arbitraries)])]
    public bool Overlapping_splits_count_each_message_once(SplitPlan plan)
    {
        using var dir = new TempDir();
        var entries = new List<string>();
        foreach (var (start, end) in plan.Ranges)
        {
            var messages = Enumerable.Range(start, end - start).Reverse().Select(k =>
                $$"""{ "messageCreate" : { "recipientId" : "{{(k % 2 == 0 ? "900" : "500")}}", "text" : "m{{k}}", "senderId" : "{{(k % 2 == 0 ? "500" : "900")}}", "id" : "{{1000 + k}}", "createdAt" : "2021-01-01T00:{{k / 60 % 60:00}}:{{k % 60:00}}.000Z" } }""");
            entries.Add($$"""{ "dmConversation" : { "conversationId" : "500-900", "messages" : [ {{string.Join(", ", messages)}} ] } }""");
        }

        dir.Write("data/account.js", """window.YTD.account.part0 = [ { "account" : { "accountId" : "500" } } ]""");
        dir.Write("data/direct-messages.js", "window.YTD.direct_messages.part0 = [ " + string.Join(", ", plan.Order.Select(i => entries[i])) + " ]");

        var distinct = plan.Ranges.SelectMany(r => Enumerable.Range(r.Start, r.End - r.Start)).Distinct().Count();
        return Run.Inspect(dir.Path).Counts(Platform.Twitter).Messages == distinct;
    }

    /// <summary>Entries [start, end) of one conversation and the order they are written in.</summary>
    public sealed record SplitPlan((int Start, int End)[] Ranges, int[] Order)
    {
        public override string ToString() => string.Join(" ", Order.Select(i => $"[{Ranges[i].Start},{Ranges[i].End})"));
    }

    public static class Arbitraries
    {
        public static Arbitrary<SplitPlan> SplitPlans() =>
            (from count in Gen.Choose(1, 5)
             from starts in Gen.ArrayOf(Gen.Choose(0, 40), count)
             from lengths in Gen.ArrayOf(Gen.Choose(1, 25), count)
             from keys in Gen.ArrayOf(Gen.Choose(0, 1000), count)
             select new SplitPlan(
                 [.. starts.Zip(lengths, (s, l) => (s, s + l))],
                 [.. Enumerable.Range(0, count).OrderBy(i => keys[i]).ThenBy(i => i)]))
            .ToArbitrary();
    }
}
