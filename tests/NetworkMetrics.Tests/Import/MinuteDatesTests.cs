using NetworkMetrics.Text;

namespace NetworkMetrics.Tests.Import;

/// <summary>
/// The minute-precision forms of the ISO 8601 dates the JSON exports write (X's DMs and manifest,
/// Mastodon, Bluesky, Instagram's connections) are dates: a dated message is never lost because its
/// date lacks seconds. LinkedIn's own forms are in LinkedInGenerationTests and FastDatesProperties.
/// </summary>
public sealed class MinuteDatesTests
{
    [Theory]
    [InlineData("2024-06-01T12:07Z", 2024, 6, 1, 12, 7)]
    [InlineData("2024-06-01T12:07+02:00", 2024, 6, 1, 10, 7)]
    [InlineData("2024-06-01T12:07", 2024, 6, 1, 12, 7)]
    [InlineData("2024-06-01 12:07Z", 2024, 6, 1, 12, 7)]
    public void Iso_dates_without_seconds_parse_as_utc(string text, int year, int month, int day, int hour, int minute)
    {
        Assert.True(DateParsing.TryParseIso(text, out var date));
        Assert.Equal(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero), date);
        Assert.Equal(TimeSpan.Zero, date.Offset);
    }

    [Fact]
    public void An_x_message_dated_to_the_minute_is_an_interaction()
    {
        using var dir = new TempDir();
        dir.Write("direct-messages.js", """
            window.YTD.direct_messages.part0 = [ { "dmConversation" : { "conversationId" : "11-22", "messages" : [
              { "messageCreate" : { "recipientId" : "22", "text" : "ok", "senderId" : "11", "id" : "3", "createdAt" : "2020-11-27T06:36Z" } },
              { "messageCreate" : { "recipientId" : "11", "text" : "hi", "senderId" : "22", "id" : "2", "createdAt" : "2020-11-27T06:35:00.465Z" } }
            ] } } ]
            """);
        dir.Write("account.js", """window.YTD.account.part0 = [ { "account" : { "accountId" : "11", "username" : "eleven" } } ]""");

        var result = Run.Import(dir.Path);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Latest(Platform.Twitter)!.Interactions, i => i.At == new DateTimeOffset(2020, 11, 27, 6, 36, 0, TimeSpan.Zero));
    }
}
