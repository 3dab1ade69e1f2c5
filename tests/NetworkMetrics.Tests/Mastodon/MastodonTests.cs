using NetworkMetrics.Tests.TestSupport;
using System.Formats.Tar;
using System.IO.Compression;

namespace NetworkMetrics.Tests.Mastodon;

public sealed class MastodonTests
{
    private static readonly DateTimeOffset Mar1 = new(2024, 3, 1, 8, 15, 0, TimeSpan.Zero);

    [Fact]
    public void V4_lists_count_following_only_and_hold_no_messages()
    {
        var summary = Run.Inspect(Fixtures.Path("Mastodon/v4"));

        var counts = summary.Counts(Platform.Mastodon);
        Assert.Equal(5, counts.Following);
        Assert.Null(counts.Messages);
        Assert.Null(counts.Followers);
        Assert.Null(counts.Connections);
        Assert.Empty(summary.Diagnostics);
        Assert.Equal(
            ["mastodon.blocked.headerless", "mastodon.following.v4", "mastodon.muted.header"],
            summary.Files.Select(f => f.Format).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void V4_lists_give_accounts_with_addresses_and_profile_urls()
    {
        var snapshot = Run.Import(Fixtures.Path("Mastodon/v4")).Latest(Platform.Mastodon)!;

        Assert.Equal(5, snapshot.Ties.Count(t => t.Kind == TieKind.Following));
        Assert.Equal(3, snapshot.Ties.Count(t => t.Kind == TieKind.Blocked));
        Assert.Equal(2, snapshot.Ties.Count(t => t.Kind == TieKind.Muted));
        Assert.All(snapshot.Ties, t => Assert.Null(t.Since));
        Assert.Contains(snapshot.Ties, t => t.Kind == TieKind.Following && t.Id() == "chloe@social.example");
        Assert.Contains(snapshot.Ties, t => t.Kind == TieKind.Blocked && t.Id() == "spammer@junk.example");

        var chloe = snapshot.Accounts.Single(a => a.Key.ToString() == "Mastodon:handle:chloe@social.example");
        Assert.Equal("chloe@social.example", chloe.Handle);
        Assert.Equal("https://social.example/@chloe", chloe.ProfileUrl);
        Assert.Equal("https://mastodon.gr.example/@giorgos", snapshot.Accounts.Single(a => a.Key.ToString() == "Mastodon:handle:giorgos@mastodon.gr.example").ProfileUrl);
    }

    [Fact]
    public void Older_header_with_bom_and_headerless_mutes_are_read()
    {
        var summary = Run.Inspect(Fixtures.Path("Mastodon/v2"));

        Assert.Equal(2, summary.Counts(Platform.Mastodon).Following);
        Assert.Empty(summary.Diagnostics);
        Assert.Equal<string>(["mastodon.following.header", "mastodon.muted.headerless"], summary.Files.Select(f => f.Format).Order(StringComparer.Ordinal));
        var snapshot = Run.Import(Fixtures.Path("Mastodon/v2")).Latest(Platform.Mastodon)!;
        Assert.Equal<string?>(["bob@fosstodon.example", "hiroshi@mstdn.jp.example"], snapshot.Ties.Where(t => t.Kind == TieKind.Following).Select(t => t.Id()));
        Assert.Equal<string?>(["loud@shouting.example"], snapshot.Ties.Where(t => t.Kind == TieKind.Muted).Select(t => t.Id()));
    }

    [Fact]
    public void A_renamed_follows_csv_is_recognised_by_its_header_and_other_csvs_are_left_alone()
    {
        using var dir = new TempDir();
        dir.Write("export/Mastodon follows (2).csv", "Account address,Show boosts,Notify on new posts,Languages\nbob@fosstodon.example,true,false,\n");
        dir.Write("export/mutes-backup.csv", "Account address,Hide notifications\nloud@shouting.example,true\n");
        dir.Write("export/people.csv", "Account,Email\nbob@fosstodon.example,bob@example.com\n");
        dir.Write("export/blocks.csv", "troll@bad.example\n");

        var summary = Run.Inspect(Path.Combine(dir.Path, "export"));

        Assert.Equal(1, summary.Counts(Platform.Mastodon).Following);
        Assert.Equal(2, summary.Files.Length);
        Assert.Equal<string>(["mastodon.following.v4", "mastodon.muted.header"], summary.Files.Select(f => f.Format).Order(StringComparer.Ordinal));
        Assert.Equal(2, summary.Inputs[0].UnrecognizedFiles);
    }

    [Fact]
    public void An_empty_follows_file_is_zero_records()
    {
        using var dir = new TempDir();
        var path = dir.Write("following_accounts.csv", string.Empty);

        var summary = Run.Inspect(path);

        Assert.Equal(0, summary.Counts(Platform.Mastodon).Following);
        Assert.Empty(summary.Diagnostics);
    }

    [Fact]
    public void The_zipped_lists_count_the_same()
    {
        using var dir = new TempDir();
        var zip = dir.ZipFixture("Mastodon/v4", "mastodon-lists.zip");

        Assert.Equal(5, Run.Inspect(zip).Counts(Platform.Mastodon).Following);
    }

    [Fact]
    public void A_bad_address_is_skipped_with_a_warning_naming_the_file_and_line()
    {
        using var dir = new TempDir();
        var path = dir.Write("following_accounts.csv", "Account address,Show boosts\nbob@fosstodon.example,true\nnot an address,true\nhttps://x.example/@y,true\n");

        var summary = Run.Inspect(path);

        Assert.Equal(1, summary.Counts(Platform.Mastodon).Following);
        Assert.Equal(2, summary.Files.Single().Skipped);
        var warning = summary.Diagnostics.First(d => d.Code == "mastodon.bad-address");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(path, warning.File);
        Assert.Equal(3, warning.Line);
        Assert.Throws<ExportFormatException>(() => Run.InspectStrict(path));
    }

    [Fact]
    public void The_archive_gives_the_owner_and_the_outbox_interactions()
    {
        using var dir = new TempDir();
        var archive = TarGz(Fixtures.Path("Mastodon/archive"), Path.Combine(dir.Path, "archive-20240601120000-abcdef0123456789.tar.gz"));

        var result = Run.Import(archive);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        var snapshot = result.Latest(Platform.Mastodon)!;
        Assert.Equal("ana@social.example", snapshot.Owner!.Id);
        Assert.Equal("Ana Sousa 🌻", snapshot.Owner.Name);
        Assert.Equal("https://social.example/@ana", snapshot.Owner.ProfileUrl);
        Assert.Equal(["LinkedIn:url:linkedin.com/in/ana-sousa-example"], snapshot.Owner.Links.Select(l => l.ToString())); // a profile on another platform: a link
        Assert.Empty(snapshot.Owner.Websites);
        Assert.Empty(snapshot.Ties);
        Assert.Null(snapshot.Counts.Following); // the archive holds no follow list: unknown (the follows CSV is exported apart)
        Assert.Null(snapshot.Counts.Messages);

        var mentions = snapshot.Interactions.Where(i => i.Channel == InteractionChannel.Mention).ToList();
        Assert.Equal(5, mentions.Count);
        Assert.All(snapshot.Interactions, i => Assert.Equal(InteractionDirection.Outgoing, i.Direction));
        Assert.Equal<string>(["bob@fosstodon.example", "chloe@social.example"], mentions[0].Ids());
        Assert.Equal(2, mentions[0].Audience);
        Assert.Equal(new DateTimeOffset(2024, 2, 2, 12, 0, 0, TimeSpan.Zero), mentions[0].At);
        Assert.Equal("https://social.example/users/ana/statuses/111861773107200002", mentions[0].SourceId);
        Assert.Equal<string>(["dmitri@pleroma.example"], mentions[1].Ids());
        Assert.Equal(new DateTimeOffset(2024, 3, 15, 10, 0, 0, 123, TimeSpan.Zero), mentions[1].At);
        Assert.Equal("<p>Спасибо, Дмитрий!</p>", mentions[1].Content);
        Assert.Equal<string>(["eunji@mastodon.online"], mentions[2].Ids()); // the direct-visibility post
        Assert.Equal(InteractionVisibility.Private, mentions[2].Visibility); // a direct post is private, whatever its channel
        Assert.Equal(InteractionVisibility.Public, mentions[0].Visibility);
        Assert.Equal<string>(["fatima@hachyderm.example"], mentions[3].Ids()); // tag as a single object
        Assert.Equal<string>(["giorgos@mastodon.gr.example", "bob@fosstodon.example"], mentions[4].Ids()); // duplicate tag once
        Assert.Equal(2, mentions[4].Audience);

        var reply = Assert.Single(snapshot.Interactions, i => i.Channel == InteractionChannel.Reply);
        Assert.Equal<string>(["bob@fosstodon.example"], reply.Ids());
        Assert.Equal(Mar1, reply.At);
        Assert.Equal("tag:fosstodon.example,2024-03-01:objectId=77:objectType=Conversation", reply.ConversationId);

        var repost = Assert.Single(snapshot.Interactions, i => i.Channel == InteractionChannel.Repost);
        Assert.Equal<string>(["eunji@mastodon.online"], repost.Ids());
        Assert.Equal(new DateTimeOffset(2024, 4, 12, 19, 40, 30, TimeSpan.Zero), repost.At);

        var reactions = snapshot.Interactions.Where(i => i.Channel == InteractionChannel.Reaction).ToList();
        Assert.Equal(2, reactions.Count);
        Assert.Equal<string>(["bob@fosstodon.example"], reactions[0].Ids());
        Assert.Equal(Mar1, reactions[0].At); // the liked status' time, from its id
        Assert.Equal<string>(["eunji@mastodon.online"], reactions[1].Ids());
        Assert.Equal(new DateTimeOffset(2024, 4, 12, 19, 40, 30, TimeSpan.Zero), reactions[1].At);

        Assert.DoesNotContain(snapshot.Interactions, i => i.Ids().Contains("ana@social.example"));
        Assert.Equal(9, snapshot.Interactions.Length);
        Assert.Equal("https://mastodon.online/@eunji", snapshot.Accounts.Single(a => a.Key.ToString() == "Mastodon:handle:eunji@mastodon.online").ProfileUrl);

        var outbox = result.Files.Single(f => f.Format == "mastodon.outbox.activitypub");
        Assert.Equal(12, outbox.Records);
        Assert.Equal(0, outbox.Skipped);
        Assert.Equal(3, result.Files.Single(f => f.Format == "mastodon.likes.activitypub").Records);
        Assert.Equal(3, result.Files.Length); // bookmarks.json is not read
        Assert.Contains(result.Diagnostics, d => d.Code == "mastodon.direct-posts" && d.Message.StartsWith("1 ", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "mastodon.unknown-author" && d.Message.StartsWith("2 ", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "mastodon.likes-not-kept" && d.Message.StartsWith("2 ", StringComparison.Ordinal));
        Assert.Null(Run.InspectStrict(archive).Counts(Platform.Mastodon).Following); // infos never fail strict mode; no follow list: unknown
    }

    [Fact]
    public async Task Content_is_left_out_unless_asked_for()
    {
        var result = await ExportImporter.ImportAsync([Fixtures.Path("Mastodon/archive")]);

        var snapshot = result.Latest(Platform.Mastodon)!;
        Assert.Equal(9, snapshot.Interactions.Length);
        Assert.All(snapshot.Interactions, i => Assert.Null(i.Content));
    }

    [Fact]
    public void The_extracted_archive_and_the_follows_csv_in_one_folder_make_one_snapshot()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "mastodon"));
        foreach (var file in Directory.EnumerateFiles(Fixtures.Path("Mastodon/archive")))
        {
            File.Copy(file, Path.Combine(dir.Path, "mastodon", Path.GetFileName(file)));
        }

        File.Copy(Fixtures.Path("Mastodon/v4/following_accounts.csv"), Path.Combine(dir.Path, "mastodon", "following_accounts.csv"));

        var summary = Run.Inspect(Path.Combine(dir.Path, "mastodon"));

        var platform = Assert.Single(summary.Platforms);
        Assert.Equal(5, platform.Counts.Following);
        Assert.Equal("Ana Sousa 🌻", platform.Owner?.Name);
    }

    [Fact]
    public void Another_platforms_likes_json_is_not_taken_for_mastodon()
    {
        using var dir = new TempDir();
        dir.Write("export/likes.json", """{"media_likes": [["2019-01-01T10:00:00+00:00", "someone"]], "comment_likes": []}""");
        dir.Write("export/outbox.json", """{"items": []}""");

        var summary = Run.Inspect(Path.Combine(dir.Path, "export"));

        Assert.Empty(summary.Files);
    }

    [Fact]
    public void A_truncated_outbox_keeps_the_records_before_and_reports_the_file()
    {
        using var dir = new TempDir();
        var text = File.ReadAllText(Fixtures.Path("Mastodon/archive/outbox.json"));
        var cut = text.IndexOf("\"id\": \"https://social.example/users/ana/statuses/112200000000000006/activity\"", StringComparison.Ordinal);
        var path = dir.Write("archive/outbox.json", text[..(cut + 40)]);

        var result = Run.Import(Path.Combine(dir.Path, "archive"));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(path, error.File);
        Assert.Equal(5, result.Files.Single().Records);
        Assert.Equal(4, result.Latest(Platform.Mastodon)!.Interactions.Length);
        Assert.Throws<ExportFormatException>(() => Run.InspectStrict(Path.Combine(dir.Path, "archive")));
    }

    [Fact]
    public void An_activity_without_a_date_is_skipped_with_a_warning()
    {
        using var dir = new TempDir();
        var path = dir.Write("outbox.json", """
            {"@context": "https://www.w3.org/ns/activitystreams", "type": "OrderedCollection", "orderedItems": [
              {"type": "Create", "actor": "https://social.example/users/ana", "published": "yesterday",
               "object": {"id": "https://social.example/users/ana/statuses/1", "tag": [{"type": "Mention", "name": "@bob@fosstodon.example"}]}},
              42,
              {"type": "Announce", "actor": "https://social.example/users/ana", "published": "2024-01-01T00:00:00Z",
               "object": "https://fosstodon.example/users/bob/statuses/2"}
            ]}
            """);

        var result = Run.Import(path);

        Assert.Equal(2, result.Files.Single().Skipped);
        Assert.Equal(1, result.Files.Single().Records);
        var warning = result.Diagnostics.First(d => d.Code == "mastodon.bad-date");
        Assert.Equal(path, warning.File);
        Assert.Equal(1, warning.Record);
        Assert.Equal(2, result.Diagnostics.Single(d => d.Code == "mastodon.bad-activity").Record);
        Assert.Single(result.Latest(Platform.Mastodon)!.Interactions);
        Assert.Throws<ExportFormatException>(() => Run.InspectStrict(path));
    }

    [Theory]
    [InlineData("https://fosstodon.example/users/Bob/statuses/112019433062401234", "bob@fosstodon.example")]
    [InlineData("https://fosstodon.example/users/bob/statuses/1/activity", "bob@fosstodon.example")]
    [InlineData("https://mastodon.online/@eunji/112259945594881234", "eunji@mastodon.online")]
    [InlineData("https://social.example/@bob@fosstodon.example/112019433062401234", "bob@fosstodon.example")]
    [InlineData("https://pixelfed.example/p/kai/123", "kai@pixelfed.example")]
    [InlineData("https://fosstodon.example/users/bob", "bob@fosstodon.example")]
    [InlineData("https://pleroma.example/objects/3f9c2a4e", null)]
    [InlineData("https://misskey.example/notes/9q8w7e6r5t", null)]
    [InlineData("not a url", null)]
    [InlineData("mailto:bob@fosstodon.example", null)]
    public void The_author_is_derived_from_mastodon_style_urls(string url, string? author) =>
        Assert.Equal(author, NetworkMetrics.Import.Mastodon.MastodonAccounts.AuthorOf(url));

    [Theory]
    [InlineData("@Bob@Fosstodon.Example", "bob@fosstodon.example")]
    [InlineData(" bob@fosstodon.example ", "bob@fosstodon.example")]
    [InlineData("bob", null)]
    [InlineData("bob@", null)]
    [InlineData("@bob@a@b", null)]
    [InlineData("bob smith@x.example", null)]
    public void Addresses_are_normalised(string text, string? id) =>
        Assert.Equal(id, NetworkMetrics.Import.Mastodon.MastodonAccounts.ParseAddress(text));

    [Fact]
    public void The_sample_generator_writes_an_export_the_parsers_read_exactly()
    {
        using var dir = new TempDir();
        var sample = NetworkMetrics.Samples.MastodonSample.Write(dir.Path, following: 200, posts: 600, likes: 150, seed: 11);

        var result = Run.Import(sample.Archive, Path.Combine(dir.Path, "following_accounts.csv"));
        var summary = Run.Inspect(dir.Path);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(200, summary.Counts(Platform.Mastodon).Following);
        Assert.Equal(6, summary.Files.Length); // the three CSVs, and actor, outbox and likes from the archive beside them
        var archive = result.Snapshots.Single(s => s.Interactions.Length > 0);
        Assert.Equal(sample.Owner, archive.Owner!.Id);
        Assert.Equal(sample.Mentions, archive.Interactions.Count(i => i.Channel == InteractionChannel.Mention));
        Assert.Equal(sample.Replies, archive.Interactions.Count(i => i.Channel == InteractionChannel.Reply));
        Assert.Equal(sample.Reposts, archive.Interactions.Count(i => i.Channel == InteractionChannel.Repost));
        Assert.Equal(150, archive.Interactions.Count(i => i.Channel == InteractionChannel.Reaction));
        Assert.Equal(600, result.Files.Single(f => f.Format == "mastodon.outbox.activitypub").Records);
        Assert.True(sample.Mentions > 0 && sample.Replies > 0 && sample.Reposts > 0);
    }

    /// <summary>Packs a folder as Mastodon does: a gzip-compressed tar with the files at its root.</summary>
    internal static string TarGz(string folder, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        foreach (var entry in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            tar.WriteEntry(entry, Path.GetFileName(entry));
        }

        return path;
    }
}
