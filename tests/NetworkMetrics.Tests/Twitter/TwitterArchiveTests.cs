using NetworkMetrics.Tests.TestSupport;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace NetworkMetrics.Tests.Twitter;

/// <summary>The X archive as a whole: manifest checks, containers, damaged files, strict mode, owner inference.</summary>
public sealed class TwitterArchiveTests
{
    [Fact]
    public void Zipped_copy_counts_like_the_folder()
    {
        using var dir = new TempDir();
        var zip = dir.ZipFixture("Twitter/2023", "twitter-2023-03-14-abc123.zip");

        var folder = Run.Inspect(Fixtures.Path("Twitter/2023"));
        var zipped = Run.Inspect(zip);

        Assert.Equal(folder.Counts(Platform.Twitter), zipped.Counts(Platform.Twitter));
        Assert.Equal(folder.Platforms.Single().Owner, zipped.Platforms.Single().Owner);
        Assert.Equal(folder.Files.Select(f => f.Format).Order(StringComparer.Ordinal), zipped.Files.Select(f => f.Format).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(zipped.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Archive_below_a_top_folder_in_a_zip_is_read_at_any_depth()
    {
        using var dir = new TempDir();
        var root = Fixtures.Path("Twitter/2023");
        var entries = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => ("twitter-2023-03-14/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .ToArray();
        var zip = dir.ZipBytes("nested.zip", entries);

        var summary = Run.Inspect(zip);

        Assert.Equal((5, 6, 16), Triple(summary.Counts(Platform.Twitter)));
        Assert.DoesNotContain(summary.Diagnostics, d => d.Code.StartsWith("twitter.manifest", StringComparison.Ordinal));
    }

    [Fact]
    public void Tarball_reads_the_manifest_and_account_first()
    {
        using var dir = new TempDir();
        var root = Fixtures.Path("Twitter/2023");
        var tar = Path.Combine(dir.Path, "twitter.tar.gz");
        using (var file = File.Create(tar))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var writer = new TarWriter(gzip))
        {
            // Phase-0 files last in the stream: they must still be parsed before the others.
            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).OrderByDescending(p => p.Contains("manifest", StringComparison.Ordinal) || p.Contains("account", StringComparison.Ordinal) ? 1 : 0))
            {
                writer.WriteEntry(path, Path.GetRelativePath(root, path).Replace('\\', '/'));
            }
        }

        var result = Run.Import(tar);
        var snapshot = result.Latest(Platform.Twitter)!;

        Assert.Equal((5, 6, 16), Triple(snapshot.Counts));
        Assert.Equal("1200000001", snapshot.Owner!.Id);
        Assert.Equal(new DateTimeOffset(2023, 3, 14, 9, 26, 53, 589, TimeSpan.Zero), snapshot.ExportedAt);
        Assert.Equal(5, snapshot.Interactions.Count(i => i.ConversationId == "1550000000000000001" && i.Channel != InteractionChannel.Reaction));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Manifest_count_mismatch_is_a_warning_naming_the_part()
    {
        using var dir = new TempDir();
        var archive = CopyFixture(dir, "Twitter/2023");
        File.WriteAllText(Path.Combine(archive, "data", "follower-part1.js"),
            "window.YTD.follower.part1 = [\n  {\n    \"follower\" : {\n      \"accountId\" : \"2100000008\"\n    }\n  }\n]");

        var summary = Run.Inspect(archive);

        Assert.Equal(5, summary.Counts(Platform.Twitter).Followers);
        var warning = Assert.Single(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("twitter.manifest-count", warning.Code);
        Assert.EndsWith("follower-part1.js", warning.File, StringComparison.Ordinal);
        Assert.Contains("lists 2 record(s)", warning.Message, StringComparison.Ordinal);
        Assert.Contains("holds 1", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_count_mismatch_throws_in_strict_mode()
    {
        using var dir = new TempDir();
        var archive = CopyFixture(dir, "Twitter/2023");
        File.WriteAllText(Path.Combine(archive, "data", "following.js"), "window.YTD.following.part0 = []");

        var ex = Assert.Throws<ExportFormatException>(() => Run.InspectStrict(archive));

        Assert.Equal("twitter.manifest-count", ex.Diagnostic.Code);
        Assert.EndsWith("following.js", ex.Diagnostic.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Part_listed_by_the_manifest_but_missing_is_reported()
    {
        using var dir = new TempDir();
        var archive = CopyFixture(dir, "Twitter/2023");
        File.Delete(Path.Combine(archive, "data", "tweets-part1.js"));

        var summary = Run.Inspect(archive);

        var warning = Assert.Single(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("twitter.manifest-missing-part", warning.Code);
        Assert.EndsWith("manifest.js", warning.File, StringComparison.Ordinal);
        Assert.Contains("data/tweets-part1.js (3 record(s))", warning.Message, StringComparison.Ordinal);
        Assert.Equal((5, 6, 16), Triple(summary.Counts(Platform.Twitter)));
    }

    [Fact]
    public void Part_with_an_unusual_name_is_recognised_by_its_wrapper()
    {
        using var dir = new TempDir();
        var archive = CopyFixture(dir, "Twitter/2023");
        var data = Path.Combine(archive, "data");
        File.Move(Path.Combine(data, "follower-part1.js"), Path.Combine(data, "follower-b.js"));
        var manifest = Path.Combine(data, "manifest.js");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("data/follower-part1.js", "data/follower-b.js", StringComparison.Ordinal));

        var summary = Run.Inspect(archive);

        Assert.Equal(6, summary.Counts(Platform.Twitter).Followers);
        Assert.Contains(summary.Files, f => f.Path.EndsWith("follower-b.js", StringComparison.Ordinal) && f.Format == "twitter.follower.2020");
        Assert.DoesNotContain(summary.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Truncated_file_is_a_diagnostic_naming_it_and_the_other_files_are_kept()
    {
        using var dir = new TempDir();
        var archive = CopyFixture(dir, "Twitter/2023");
        var path = Path.Combine(archive, "data", "direct-messages.js");
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text[..text.IndexOf("1620000000000000202", StringComparison.Ordinal)]);

        var summary = Run.Inspect(archive);

        var error = Assert.Single(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("json.invalid", error.Code);
        Assert.EndsWith("direct-messages.js", error.File, StringComparison.Ordinal);
        var counts = summary.Counts(Platform.Twitter);
        Assert.Equal((5, 6), (counts.Following, counts.Followers));

        // Three messages with Kwame and one with Yuhan were read before the cut; the group file is whole.
        Assert.Equal(4 + 8, counts.Messages);
    }

    [Fact]
    public void Truncated_file_throws_in_strict_mode()
    {
        using var dir = new TempDir();
        var archive = CopyFixture(dir, "Twitter/2023");
        var path = Path.Combine(archive, "data", "follower.js");
        File.WriteAllText(path, File.ReadAllText(path)[..200]);

        var ex = Assert.Throws<ExportFormatException>(() => Run.InspectStrict(archive));

        Assert.EndsWith("follower.js", ex.Diagnostic.File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_list_stops_with_a_diagnostic()
    {
        using var dir = new TempDir();
        var file = dir.Write("data/following.js", "window.YTD.following.part0 = { \"following\" : { \"accountId\" : \"1\" } }");

        var summary = Run.Inspect(Path.GetDirectoryName(Path.GetDirectoryName(file))!);

        var error = Assert.Single(summary.Diagnostics);
        Assert.Equal(("twitter.not-a-list", DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.EndsWith("following.js", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_records_are_skipped_with_their_position_and_throw_in_strict_mode()
    {
        using var dir = new TempDir();
        dir.Write("follower.js", """
            window.YTD.follower.part0 = [
              { "follower" : { "accountId" : "5001" } },
              { "follower" : { "userLink" : "https://twitter.com/intent/user?user_id=" } },
              { "follower" : { "accountId" : "not-an-id" } },
              { "follower" : { "accountId" : "5004" } }
            ]
            """);

        var summary = Run.Inspect(dir.Path);

        Assert.Equal(2, summary.Counts(Platform.Twitter).Followers);
        Assert.Equal([2L, 3L], summary.Diagnostics.Where(d => d.Code == "twitter.missing-id").Select(d => d.Record!.Value));
        Assert.Equal(2, summary.Files.Single().Skipped);
        Assert.Throws<ExportFormatException>(() => Run.InspectStrict(dir.Path));
    }

    [Fact]
    public void Message_with_a_bad_date_is_counted_with_a_warning_but_is_no_interaction()
    {
        using var dir = new TempDir();
        dir.Write("direct-messages.js", """
            window.YTD.direct_messages.part0 = [ { "dmConversation" : { "conversationId" : "11-22", "messages" : [
              { "messageCreate" : { "recipientId" : "22", "text" : "ok", "senderId" : "11", "id" : "3", "createdAt" : "yesterday" } },
              { "messageCreate" : { "recipientId" : "11", "text" : "hi", "senderId" : "22", "id" : "2", "createdAt" : "2020-11-27T06:35:00.465Z" } }
            ] } } ]
            """);
        dir.Write("account.js", """window.YTD.account.part0 = [ { "account" : { "accountId" : "11", "username" : "eleven" } } ]""");

        var summary = Run.Inspect(dir.Path);
        var snapshot = Run.Import(dir.Path).Latest(Platform.Twitter)!;

        Assert.Equal(2, summary.Counts(Platform.Twitter).Messages); // the undated message existed
        Assert.Equal(2, snapshot.Counts.Messages);
        Assert.Single(snapshot.Interactions, i => i.Channel == InteractionChannel.DirectMessage); // an interaction needs a time
        var warning = Assert.Single(summary.Diagnostics);
        Assert.Equal("twitter.bad-date", warning.Code);
        Assert.Contains("'yesterday'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(0, summary.Files.Single(f => f.Format.StartsWith("twitter.direct-messages", StringComparison.Ordinal)).Skipped);
    }

    [Fact]
    public void Bom_crlf_and_a_bare_list_without_wrapper_are_read()
    {
        using var dir = new TempDir();
        dir.Write("following.js", "\uFEFFwindow.YTD.following.part0 = [\r\n  {\r\n    \"following\" : {\r\n      \"accountId\" : \"77\"\r\n    }\r\n  }\r\n];\r\n");
        dir.Write("follower.js", "[ { \"follower\" : { \"accountId\" : \"78\" } }, { \"accountId\" : \"79\" } ]");

        var counts = Run.Inspect(dir.Path).Counts(Platform.Twitter);

        Assert.Equal((1, 2), (counts.Following, counts.Followers));
    }

    [Fact]
    public void Empty_file_is_valid_and_has_no_records()
    {
        using var dir = new TempDir();
        var file = dir.Write("follower.js", string.Empty);

        var summary = Run.Inspect(file);

        Assert.Equal(0, summary.Counts(Platform.Twitter).Followers);
        Assert.Equal("twitter.follower.empty", summary.Files.Single().Format);
        Assert.Empty(summary.Diagnostics);
    }

    [Fact]
    public void Javascript_files_of_other_kinds_are_not_taken_for_x_data()
    {
        using var dir = new TempDir();
        dir.Write("site/js/account.js", "export function account() { return 1; }");
        dir.Write("site/manifest.js", "module.exports = { name: 'app' };");
        dir.Write("site/lib.js", "window.YTD.like.part0 = []");

        var summary = Run.Inspect(dir.Path);

        Assert.Empty(summary.Files);
    }

    [Fact]
    public void Without_account_or_manifest_the_owner_is_the_id_in_every_conversation()
    {
        using var dir = new TempDir();
        dir.Write("direct-messages.js", """
            window.YTD.direct_messages.part0 = [
              { "dmConversation" : { "conversationId" : "500-900", "messages" : [
                { "messageCreate" : { "recipientId" : "500", "text" : "a", "senderId" : "900", "id" : "13", "createdAt" : "2021-01-03T00:00:00.000Z" } },
                { "messageCreate" : { "recipientId" : "900", "text" : "b", "senderId" : "500", "id" : "12", "createdAt" : "2021-01-02T00:00:00.000Z" } } ] } },
              { "dmConversation" : { "conversationId" : "300-500", "messages" : [
                { "messageCreate" : { "recipientId" : "300", "text" : "c", "senderId" : "500", "id" : "11", "createdAt" : "2021-01-01T00:00:00.000Z" } } ] } }
            ]
            """);

        var result = Run.Import(dir.Path);
        var snapshot = result.Latest(Platform.Twitter)!;

        Assert.Equal("500", snapshot.Owner!.Id);
        Assert.Equal(
            [("13", InteractionDirection.Incoming, "900"), ("12", InteractionDirection.Outgoing, "900"), ("11", InteractionDirection.Outgoing, "300")],
            snapshot.Interactions.Select(i => (i.SourceId!, i.Direction, i.Ids().Single())));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "twitter.owner-guessed");
    }

    [Fact]
    public void Without_owner_and_a_single_counterpart_the_direction_is_a_reported_guess()
    {
        using var dir = new TempDir();
        dir.Write("direct-messages.js", """
            window.YTD.direct_messages.part0 = [ { "dmConversation" : { "conversationId" : "500-900", "messages" : [
              { "messageCreate" : { "recipientId" : "500", "text" : "a", "senderId" : "900", "id" : "13", "createdAt" : "2021-01-03T00:00:00.000Z" } } ] } } ]
            """);

        var summary = Run.Inspect(dir.Path);

        Assert.Equal(1, summary.Counts(Platform.Twitter).Messages);
        Assert.Equal("twitter.owner-guessed", Assert.Single(summary.Diagnostics).Code);
    }

    [Fact]
    public void A_message_in_both_dm_files_counts_once()
    {
        using var dir = new TempDir();
        dir.Write("data/account.js", """window.YTD.account.part0 = [ { "account" : { "accountId" : "500", "username" : "me" } } ]""");
        dir.Write("data/direct-messages.js", """
            window.YTD.direct_messages.part0 = [ { "dmConversation" : { "conversationId" : "500-900", "messages" : [
              { "messageCreate" : { "recipientId" : "500", "text" : "a", "senderId" : "900", "id" : "13", "createdAt" : "2021-01-03T00:00:00.000Z" } } ] } } ]
            """);
        dir.Write("data/direct-messages-group.js", """
            window.YTD.direct_messages_group.part0 = [ { "dmConversation" : { "conversationId" : "77", "messages" : [
              { "messageCreate" : { "text" : "b", "senderId" : "901", "id" : "14", "createdAt" : "2021-01-04T00:00:00.000Z" } },
              { "messageCreate" : { "text" : "a", "senderId" : "900", "id" : "13", "createdAt" : "2021-01-03T00:00:00.000Z" } } ] } } ]
            """);

        var summary = Run.Inspect(dir.Path);

        Assert.Equal(2, summary.Counts(Platform.Twitter).Messages);
        Assert.Contains(summary.Diagnostics, d => d.Code == "twitter.dm-duplicates" && d.File!.EndsWith("direct-messages.js", StringComparison.Ordinal) && d.Message.Contains("1 were already in the group file", StringComparison.Ordinal));
    }

    [Fact]
    public void Group_file_alone_reads_messages_even_without_a_known_owner()
    {
        using var dir = new TempDir();
        dir.Write("direct-messages-group.js", """
            window.YTD.direct_messages_group.part0 = [ { "dmConversation" : { "conversationId" : "77", "messages" : [
              { "messageCreate" : { "text" : "b", "senderId" : "901", "id" : "14", "createdAt" : "2021-01-04T00:00:00.000Z" } },
              { "messageCreate" : { "text" : "a", "senderId" : "900", "id" : "13", "createdAt" : "2021-01-03T00:00:00.000Z" } } ] } } ]
            """);

        var summary = Run.Inspect(dir.Path);

        Assert.Equal(2, summary.Counts(Platform.Twitter).Messages);
        Assert.Equal("twitter.owner-unknown", Assert.Single(summary.Diagnostics).Code);
    }

    [Fact]
    public void Group_file_alone_takes_the_owner_from_the_participant_of_every_conversation()
    {
        using var dir = new TempDir();
        dir.Write("direct-messages-group.js", """
            window.YTD.direct_messages_group.part0 = [
              { "dmConversation" : { "conversationId" : "77", "messages" : [
                { "messageCreate" : { "text" : "b", "senderId" : "500", "id" : "14", "createdAt" : "2021-01-04T00:00:00.000Z" } },
                { "messageCreate" : { "text" : "a", "senderId" : "900", "id" : "13", "createdAt" : "2021-01-03T00:00:00.000Z" } },
                { "joinConversation" : { "initiatingUserId" : "900", "participantsSnapshot" : [ "900", "901", "500" ], "createdAt" : "2021-01-02T00:00:00.000Z" } } ] } },
              { "dmConversation" : { "conversationId" : "78", "messages" : [
                { "messageCreate" : { "text" : "c", "senderId" : "902", "id" : "15", "createdAt" : "2021-01-05T00:00:00.000Z" } },
                { "messageCreate" : { "text" : "d", "senderId" : "500", "id" : "16", "createdAt" : "2021-01-04T00:00:00.000Z" } },
                { "messageCreate" : { "text" : "e", "senderId" : "903", "id" : "17", "createdAt" : "2021-01-03T00:00:00.000Z" } } ] } }
            ]
            """);

        var result = Run.Import(dir.Path);
        var messages = result.Latest(Platform.Twitter)!.Interactions.ToDictionary(i => i.SourceId!);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "twitter.owner-unknown");
        Assert.Equal((InteractionDirection.Outgoing, 2), (messages["14"].Direction, messages["14"].Audience));
        Assert.Equal(["900", "901"], messages["14"].Ids().ToArray());
        Assert.Equal((InteractionDirection.Incoming, 2), (messages["13"].Direction, messages["13"].Audience));
        Assert.Equal((InteractionDirection.Outgoing, 2), (messages["16"].Direction, messages["16"].Audience));
        Assert.Equal(["902", "903"], messages["16"].Ids().ToArray());
    }

    [Fact]
    public void Reply_without_a_user_id_and_without_a_matching_mention_is_keyed_by_handle()
    {
        using var dir = new TempDir();
        dir.Write("tweets.js", """
            window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "9", "created_at" : "Sat Feb 18 12:33:11 +0000 2023",
              "full_text" : "@Ghost_Writer agreed", "in_reply_to_screen_name" : "Ghost_Writer", "in_reply_to_user_id_str" : null,
              "entities" : { "user_mentions" : [ ] } } } ]
            """);

        var snapshot = Run.Import(dir.Path).Latest(Platform.Twitter)!;

        var reply = Assert.Single(snapshot.Interactions);
        Assert.Equal((InteractionChannel.Reply, "@ghost_writer"), (reply.Channel, reply.Ids().Single()));
        Assert.Equal("Ghost_Writer", snapshot.Accounts.Single(a => a.Key.ToString() == "Twitter:handle:ghost_writer").Handle);
        Assert.Equal(new DateTimeOffset(2023, 2, 18, 12, 33, 11, TimeSpan.Zero), reply.At);
    }

    [Fact]
    public void Streaming_read_yields_the_same_records()
    {
        var records = ExportImporter.ReadAsync([Fixtures.Path("Twitter/2023")]).ToBlockingEnumerable().ToList();

        Assert.Equal(16, records.OfType<Interaction>().Count(i => i.Channel is InteractionChannel.DirectMessage or InteractionChannel.GroupMessage));
        Assert.Equal(11, records.OfType<Tie>().Count());
    }

    private static (int?, int?, int?) Triple(NetworkCounts counts) => (counts.Following, counts.Followers, counts.Messages);

    private static string CopyFixture(TempDir dir, string fixture)
    {
        var source = Fixtures.Path(fixture);
        var target = Path.Combine(dir.Path, Path.GetFileName(fixture));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
