using NetworkMetrics.Tests.TestSupport;
namespace NetworkMetrics.Tests.Import;

/// <summary>
/// A message whose date cannot be read at all still counts in <c>messages</c> (it existed), with a
/// warning naming it, but is not kept as an interaction, which must have a time; on the counting
/// path and the record path alike.
/// </summary>
public sealed class UndatedMessagesTests
{
    [Fact]
    public void Linkedin_messages_without_a_readable_date_are_counted_with_a_warning_and_not_kept()
    {
        // Fixtures/LinkedIn/undated: a 2024-shape messages.csv with one dated message, one with an empty
        // DATE, one dated "sometime in September", and a draft without a date (a draft is never a message).
        var path = Fixtures.Path("LinkedIn/undated");
        var summary = Run.Inspect(path);
        var result = Run.Import(path);

        Assert.Equal(3, summary.Counts(Platform.LinkedIn).Messages);
        Assert.Equal(3, result.Latest(Platform.LinkedIn)!.Counts.Messages);
        var kept = Assert.Single(result.Latest(Platform.LinkedIn)!.Interactions);
        Assert.Equal(new DateTimeOffset(2024, 9, 2, 10, 15, 0, TimeSpan.Zero), kept.At);
        var warnings = summary.Diagnostics.Where(d => d.Code == "linkedin.bad-date").ToList();
        Assert.Equal([3L, 4L], warnings.Select(d => d.Line!.Value));
        Assert.All(warnings, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("'sometime in September'", warnings[1].Message, StringComparison.Ordinal);
        var file = summary.Files.Single(f => f.Format.StartsWith("linkedin.messages", StringComparison.Ordinal));
        Assert.Equal((3, 0), (file.Records, file.Skipped));
        Assert.Equal("linkedin.bad-date", Assert.Throws<ExportFormatException>(() => Run.InspectStrict(path)).Code);
    }

    [Fact]
    public void A_thread_item_without_a_timestamp_counts_unless_it_is_a_notice()
    {
        using var temp = new TempDir();
        temp.Write("your_facebook_activity/messages/inbox/kemal_1/message_1.json", """
            {"participants": [{"name": "Kemal Yıldız"}, {"name": "Aylin Şahin"}],
             "messages": [
               {"sender_name": "Kemal Yıldız", "timestamp_ms": 1700000100000, "content": "dated"},
               {"sender_name": "Kemal Yıldız", "content": "no date, still a message"},
               {"sender_name": "Aylin Şahin", "photos": [{"uri": "p.jpg"}]},
               {"sender_name": "Aylin Şahin", "content": "You are now connected on Messenger"},
               {"sender_name": "Aylin Şahin", "call_duration": 30}
             ],
             "title": "Kemal Yıldız"}
            """);

        var summary = Run.Inspect(temp.Path);
        var snapshot = Run.Import(temp.Path).Latest(Platform.Facebook)!;

        Assert.Equal(3, summary.Counts(Platform.Facebook).Messages);
        Assert.Equal(3, snapshot.Counts.Messages);
        Assert.Single(snapshot.Interactions);
        Assert.Equal([2L, 3L], summary.Diagnostics.Where(d => d.Code == "meta.message-no-date").Select(d => d.Record!.Value));
    }

    [Fact]
    public void Undated_messages_of_several_snapshots_count_as_the_snapshot_with_the_most_of_them()
    {
        using var temp = new TempDir();
        const string Header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n";
        const string Dated = "2-YQ==,,Ana Lima,,Rafael Costa,,2024-01-05 10:00:00 UTC,,oi,INBOX\n";
        const string Undated = "2-YQ==,,Rafael Costa,,Ana Lima,,,,sem data,INBOX\n";
        var older = temp.Zip("Basic_LinkedInDataExport_02-01-2024.zip", ("messages.csv", Header + Dated + Undated));
        var newer = temp.Zip("Basic_LinkedInDataExport_03-01-2024.zip", ("messages.csv", Header + Dated + Undated + Undated));

        var summary = Run.Inspect(older, newer);
        var result = Run.Import(older, newer);

        Assert.Equal(2, summary.Platforms.Single().Snapshots);
        Assert.Equal(3, summary.Counts(Platform.LinkedIn).Messages); // one dated message, once; two undated ones
        Assert.Equal(3, result.Summaries.Single().Counts.Messages);
    }
}
