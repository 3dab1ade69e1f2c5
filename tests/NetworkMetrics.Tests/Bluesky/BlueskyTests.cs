using NetworkMetrics.Tests.TestSupport;
using System.Formats.Cbor;

namespace NetworkMetrics.Tests.Bluesky;

public sealed class BlueskyTests
{
    private static string RepoCar => Fixtures.Path("Bluesky/2024/repo.car");

    /// <summary>Each committed repository fixture, by folder, and the builder that writes it.</summary>
    public static TheoryData<string> CommittedFixtures() => ["2024", "walked", "duplicate-follows", "2022"];

    private static byte[] Build(string folder) => folder switch
    {
        "2024" => BlueskyFixture.Repo(),
        "walked" => BlueskyFixture.Walked(),
        "duplicate-follows" => BlueskyFixture.DuplicateFollows(),
        "2022" => BlueskyFixture.Era2022(),
        _ => throw new ArgumentOutOfRangeException(nameof(folder), folder, "no builder"),
    };

    [Theory]
    [MemberData(nameof(CommittedFixtures))]
    public void The_committed_fixture_is_what_the_builder_writes(string folder)
    {
        var expected = Build(folder);
        if (Environment.GetEnvironmentVariable("NETMETRICS_WRITE_FIXTURES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(BlueskyFixture.SourcePath(folder))!);
            File.WriteAllBytes(BlueskyFixture.SourcePath(folder), expected);
        }

        Assert.Equal(expected, File.ReadAllBytes(Fixtures.Path($"Bluesky/{folder}/repo.car")));
    }

    [Fact]
    public void A_repository_is_read_through_its_tree_and_blocks_outside_it_are_ignored()
    {
        var path = Fixtures.Path("Bluesky/walked/repo.car");
        var result = Run.Import(path);
        var snapshot = result.Latest(Platform.Bluesky)!;

        Assert.Equal(
            [BlueskyFixture.Bob, BlueskyFixture.Eunji, BlueskyFixture.Chloe],
            snapshot.Ties.Where(t => t.Kind == TieKind.Following).Select(t => t.Id()!).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(snapshot.Ties, t => t.Id() == BlueskyFixture.Troll); // deleted before the export
        Assert.Equal("Léa Martin", snapshot.Owner?.Name); // the profile in the tree, not the one it replaced
        Assert.Equal(BlueskyFixture.WalkedOwner, snapshot.Owner?.Id);
        Assert.Equal(
            [(InteractionChannel.Mention, BlueskyFixture.Eunji), (InteractionChannel.Reaction, BlueskyFixture.Chloe)],
            snapshot.Interactions.Select(i => (i.Channel, i.Ids().Single())).Order());
        Assert.Equal(6, result.Files.Single().Records);
        var unreachable = Assert.Single(result.Diagnostics, d => d.Code == "bluesky.unreachable-blocks");
        Assert.Equal(DiagnosticSeverity.Info, unreachable.Severity);
        Assert.StartsWith("5 ", unreachable.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Fact]
    public void Several_follow_records_of_one_account_are_one_following_dated_by_the_earliest()
    {
        var path = Fixtures.Path("Bluesky/duplicate-follows/repo.car");
        var summary = Run.Inspect(path);
        var result = Run.Import(path);
        var snapshot = result.Latest(Platform.Bluesky)!;

        Assert.Equal(4, summary.Counts(Platform.Bluesky).Following); // Bob, Eunji, Chloe, the troll
        Assert.Equal(4, snapshot.Counts.Following);
        Assert.Equal(
            [(BlueskyFixture.Bob, new DateTimeOffset(2023, 2, 1, 9, 0, 0, TimeSpan.Zero)),
             (BlueskyFixture.Eunji, new DateTimeOffset(2023, 7, 15, 10, 0, 0, TimeSpan.Zero)),
             (BlueskyFixture.Chloe, new DateTimeOffset(2023, 6, 1, 11, 30, 0, TimeSpan.Zero)),
             (BlueskyFixture.Troll, new DateTimeOffset(2023, 12, 1, 10, 0, 0, TimeSpan.Zero))],
            snapshot.Ties.Where(t => t.Kind == TieKind.Following).Select(t => (t.Id()!, t.Since!.Value)));
        var block = Assert.Single(snapshot.Ties, t => t.Kind == TieKind.Blocked);
        Assert.Equal((BlueskyFixture.Troll, new DateTimeOffset(2024, 1, 1, 8, 0, 0, TimeSpan.Zero)), (block.Id()!, block.Since!.Value));
        Assert.Equal(9, result.Files.Single().Records); // every record was read
        var info = Assert.Single(result.Diagnostics, d => d.Code == "bluesky.duplicate-follows");
        Assert.StartsWith("4 ", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_of_2022_are_read_follow_subjects_as_objects_and_mentions_as_entities()
    {
        var result = Run.Import(Fixtures.Path("Bluesky/2022/repo.car"));
        var snapshot = result.Latest(Platform.Bluesky)!;

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(
            [(BlueskyFixture.Bob, new DateTimeOffset(2022, 11, 17, 8, 0, 0, TimeSpan.Zero)), (BlueskyFixture.Chloe, new DateTimeOffset(2023, 6, 1, 11, 30, 0, TimeSpan.Zero))],
            snapshot.Ties.Select(t => (t.Id()!, t.Since!.Value)));
        var mentions = snapshot.Interactions.Where(i => i.Channel == InteractionChannel.Mention).OrderBy(i => i.At).ToList();
        Assert.Equal(
            [[BlueskyFixture.Eunji], [BlueskyFixture.Chloe], [BlueskyFixture.Eunji]],
            mentions.Select(m => m.Ids().ToArray()));
        Assert.Equal<string>([BlueskyFixture.Bob], snapshot.Interactions.Single(i => i.Channel == InteractionChannel.Reply).Ids());
        Assert.Equal(6, result.Files.Single().Records);
    }

    [Fact]
    public void The_walk_does_not_depend_on_the_order_of_the_blocks()
    {
        using var dir = new TempDir();
        var bytes = File.ReadAllBytes(Fixtures.Path("Bluesky/walked/repo.car"));
        var reversed = dir.WriteBytes("reversed.car", Reverse(bytes));

        var a = Run.Import(Fixtures.Path("Bluesky/walked/repo.car")).Latest(Platform.Bluesky)!;
        var b = Run.Import(reversed);

        Assert.Equal(a.Counts, b.Latest(Platform.Bluesky)!.Counts);
        Assert.Equal(a.Owner, b.Latest(Platform.Bluesky)!.Owner);
        Assert.Equal(a.Interactions.Select(i => i.SourceId).Order(StringComparer.Ordinal), b.Latest(Platform.Bluesky)!.Interactions.Select(i => i.SourceId).Order(StringComparer.Ordinal));
        Assert.StartsWith("5 ", b.Diagnostics.Single(d => d.Code == "bluesky.unreachable-blocks").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_whose_tree_is_not_in_the_file_is_read_block_by_block_with_an_info()
    {
        using var dir = new TempDir();
        var car = new CarBuilder();
        var missingTree = CarBuilder.Cid([0xA0], 0x71);
        car.Add(CarBuilder.Commit(BlueskyFixture.Owner, missingTree, "3kzexample3333"));
        car.Record("app.bsky.graph.follow", ("subject", BlueskyFixture.Bob), ("createdAt", "2023-05-01T10:00:00.000Z"));
        var path = dir.WriteBytes("repo.car", car.Build());

        var summary = Run.Inspect(path);

        Assert.Equal(1, summary.Counts(Platform.Bluesky).Following);
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(summary.Diagnostics, d => d.Code == "bluesky.no-tree").Severity);
    }

    /// <summary>The same CAR with its blocks in reverse order (the header first still).</summary>
    private static byte[] Reverse(byte[] car)
    {
        var sections = new List<byte[]>();
        var position = 0;
        while (position < car.Length)
        {
            Assert.True(NetworkMetrics.Import.Bluesky.CarReader.TryVarint(car.AsSpan(position), out var length, out var used));
            sections.Add(car[position..(position + used + (int)length)]);
            position += used + (int)length;
        }

        return [.. sections[0], .. sections.Skip(1).Reverse().SelectMany(s => s)];
    }

    [Fact]
    public void The_repository_counts_follows_only()
    {
        var summary = Run.Inspect(RepoCar);

        var counts = summary.Counts(Platform.Bluesky);
        Assert.Equal(3, counts.Following);
        Assert.Null(counts.Followers);
        Assert.Null(counts.Messages);
        Assert.Null(counts.Connections);
        Assert.Equal("Ana Sousa 🌻", summary.Platforms.Single().Owner?.Name);
        var file = summary.Files.Single();
        Assert.Equal("bluesky.repo.car-v1", file.Format);
        Assert.Equal(13, file.Records);
        Assert.Equal(0, file.Skipped);
        Assert.DoesNotContain(summary.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(3, Run.InspectStrict(RepoCar).Counts(Platform.Bluesky).Following); // infos never fail strict mode
    }

    [Fact]
    public void The_repository_gives_follows_blocks_and_interactions()
    {
        var result = Run.Import(RepoCar);
        var snapshot = result.Latest(Platform.Bluesky)!;

        Assert.Equal(BlueskyFixture.Owner, snapshot.Owner!.Id);
        Assert.Equal("Ana Sousa 🌻", snapshot.Owner.Name);
        Assert.Equal(
            [(BlueskyFixture.Bob, new DateTimeOffset(2023, 5, 1, 10, 0, 0, TimeSpan.Zero)),
             (BlueskyFixture.Chloe, new DateTimeOffset(2023, 6, 1, 11, 30, 0, TimeSpan.Zero)),
             (BlueskyFixture.Eunji, new DateTimeOffset(2024, 1, 2, 8, 0, 0, TimeSpan.Zero))],
            snapshot.Ties.Where(t => t.Kind == TieKind.Following).Select(t => (t.Id()!, t.Since!.Value)));
        var block = Assert.Single(snapshot.Ties, t => t.Kind == TieKind.Blocked);
        Assert.Equal(BlueskyFixture.Troll, block.Id());

        Assert.Equal(5, snapshot.Interactions.Length);
        Assert.All(snapshot.Interactions, i => Assert.Equal(InteractionDirection.Outgoing, i.Direction));
        Assert.DoesNotContain(snapshot.Interactions, i => i.Ids().Contains(BlueskyFixture.Owner));

        var reply = Assert.Single(snapshot.Interactions, i => i.Channel == InteractionChannel.Reply);
        Assert.Equal<string>([BlueskyFixture.Bob], reply.Ids());
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 8, 15, 0, TimeSpan.Zero), reply.At);
        Assert.Equal(BlueskyFixture.Post(BlueskyFixture.Bob, "3kroot1"), reply.ConversationId);
        Assert.Equal("@bob.example agreed, and @chloe.example too", reply.Content);
        Assert.StartsWith("bafyrei", reply.SourceId, StringComparison.Ordinal);

        var mentions = snapshot.Interactions.Where(i => i.Channel == InteractionChannel.Mention).ToList();
        Assert.Equal(2, mentions.Count);
        Assert.Equal<string>([BlueskyFixture.Chloe], mentions[0].Ids()); // bob is the replied-to author
        Assert.Equal(reply.SourceId, mentions[0].SourceId);
        Assert.Equal<string>([BlueskyFixture.Eunji], mentions[1].Ids()); // the owner's self-mention is dropped
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 7, 0, 0, TimeSpan.Zero), mentions[1].At);
        Assert.Equal("@eunji.example 안녕하세요 and me @ana.example", mentions[1].Content);

        var like = Assert.Single(snapshot.Interactions, i => i.Channel == InteractionChannel.Reaction);
        Assert.Equal<string>([BlueskyFixture.Chloe], like.Ids());
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 10, 0, 0, TimeSpan.Zero), like.At);
        var repost = Assert.Single(snapshot.Interactions, i => i.Channel == InteractionChannel.Repost);
        Assert.Equal<string>([BlueskyFixture.Eunji], repost.Ids());

        var chloe = snapshot.Accounts.Single(a => a.Id == BlueskyFixture.Chloe);
        Assert.Equal("https://bsky.app/profile/did:web:chloe.example", chloe.ProfileUrl);
        Assert.Contains(result.Diagnostics, d => d.Code == "bluesky.not-a-did" && d.Message.StartsWith("1 ", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "bluesky.other-records" && d.Message.Contains("app.bsky.feed.threadgate ×1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_repository_under_any_name_is_recognised_by_its_header_and_zipped_too()
    {
        using var dir = new TempDir();
        dir.WriteBytes("export/did-plc-anasousa-20240601", File.ReadAllBytes(RepoCar));
        dir.Write("export/notes.txt", "not a car");
        var zip = dir.ZipBytes("bluesky.zip", ("backup/repo.car", File.ReadAllBytes(RepoCar)));

        Assert.Equal(3, Run.Inspect(Path.Combine(dir.Path, "export")).Counts(Platform.Bluesky).Following);
        Assert.Equal(3, Run.Inspect(zip).Counts(Platform.Bluesky).Following);
    }

    [Fact]
    public void An_empty_repository_file_is_an_error_naming_the_file()
    {
        using var dir = new TempDir();
        var path = dir.WriteBytes("repo.car", []);

        var summary = Run.Inspect(path);

        var error = Assert.Single(summary.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(path, error.File);
    }

    [Fact]
    public void A_varint_overflow_stops_the_file_with_an_error()
    {
        using var dir = new TempDir();
        var bytes = new CarBuilder();
        bytes.Record("app.bsky.graph.follow", ("subject", BlueskyFixture.Bob), ("createdAt", "2023-05-01T10:00:00.000Z"));
        var path = dir.WriteBytes("repo.car", [.. bytes.Build(), .. Enumerable.Repeat((byte)0xFF, 12)]);

        var summary = Run.Inspect(path);

        Assert.Equal(1, summary.Counts(Platform.Bluesky).Following); // the block before is kept
        var error = Assert.Single(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("bluesky.bad-varint", error.Code);
        Assert.Equal(path, error.File);
        Assert.Throws<ExportFormatException>(() => Run.InspectStrict(path));
    }

    [Fact]
    public void A_block_longer_than_the_file_stops_it_with_an_error()
    {
        using var dir = new TempDir();
        var bytes = File.ReadAllBytes(RepoCar);
        var path = dir.WriteBytes("repo.car", bytes[..^20]);

        var summary = Run.Inspect(path);

        var error = Assert.Single(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("bluesky.block-beyond-file", error.Code);
        Assert.Equal(path, error.File);
        Assert.Equal(3, summary.Counts(Platform.Bluesky).Following);
        Assert.Equal(12, summary.Files.Single().Records);
    }

    [Fact]
    public void A_truncated_repository_inside_a_tar_is_reported()
    {
        using var dir = new TempDir();
        var bytes = File.ReadAllBytes(RepoCar);
        var zip = dir.ZipBytes("bluesky.zip", ("repo.car", bytes[..^20]));

        var summary = Run.Inspect(zip);

        Assert.Contains(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.File!.EndsWith("repo.car", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_that_is_not_valid_cbor_is_skipped_and_the_rest_is_read()
    {
        using var dir = new TempDir();
        var car = new CarBuilder();
        car.Record("app.bsky.graph.follow", ("subject", BlueskyFixture.Bob), ("createdAt", "2023-05-01T10:00:00.000Z"));
        car.AddRaw([0xA2, 0x65, (byte)'$', (byte)'t', (byte)'y', (byte)'p', (byte)'e', 0x78], codec: 0x71); // ends inside a text string
        car.Record("app.bsky.graph.follow", ("subject", 42), ("createdAt", "2023-05-01T10:00:00.000Z"));
        car.Record("app.bsky.graph.follow", ("subject", BlueskyFixture.Chloe), ("createdAt", "last tuesday"));
        car.Record("app.bsky.feed.like", ("subject", "at://did:plc:x/app.bsky.feed.post/1"), ("createdAt", "2023-05-01T10:00:00.000Z"));
        car.Record("app.bsky.graph.follow", ("subject", BlueskyFixture.Eunji), ("createdAt", "2024-01-02T08:00:00.000Z"));
        var path = dir.WriteBytes("repo.car", car.Build());

        var summary = Run.Inspect(path);

        Assert.Equal(2, summary.Counts(Platform.Bluesky).Following);
        Assert.Equal(4, summary.Files.Single().Skipped);
        Assert.Equal(
            ["bluesky.bad-date", "bluesky.bad-record", "bluesky.bad-subject", "bluesky.bad-subject"],
            summary.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.All(summary.Diagnostics, d => Assert.Equal(path, d.File));
        Assert.All(summary.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning), d => Assert.NotNull(d.Offset));
        var ex = Assert.Throws<ExportFormatException>(() => Run.InspectStrict(path));
        Assert.Equal("bluesky.bad-record", ex.Diagnostic.Code);
    }

    [Fact]
    public void A_car_v2_file_is_refused_with_a_clear_message()
    {
        using var dir = new TempDir();
        var header = new CborWriter(CborConformanceMode.Lax);
        header.WriteStartMap(1);
        header.WriteTextString("version");
        header.WriteInt32(2);
        header.WriteEndMap();
        using var stream = new MemoryStream();
        CarBuilder.WriteSection(stream, header.Encode());
        stream.Write(new byte[40]);
        var path = dir.WriteBytes("export/backup.bin", stream.ToArray());

        var summary = Run.Inspect(Path.Combine(dir.Path, "export"));

        var error = Assert.Single(summary.Diagnostics);
        Assert.Equal("bluesky.car-version", error.Code);
        Assert.Equal(path, error.File);
        Assert.Contains("CAR v1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_that_merely_start_with_small_bytes_are_not_taken_for_a_car()
    {
        using var dir = new TempDir();
        dir.WriteBytes("export/data.bin", [0x0A, 0xA2, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A]);
        dir.WriteBytes("export/empty", []);

        var summary = Run.Inspect(Path.Combine(dir.Path, "export"));

        Assert.Empty(summary.Files);
    }

    [Fact]
    public void The_sample_generator_writes_a_repository_the_parser_reads_exactly()
    {
        using var dir = new TempDir();
        var sample = NetworkMetrics.Samples.BlueskySample.Write(dir.Path, follows: 300, posts: 400, likes: 250, seed: 7);

        var result = Run.Import(sample.Path);
        var snapshot = result.Latest(Platform.Bluesky)!;

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "bluesky.no-tree" or "bluesky.unreachable-blocks" or "bluesky.missing-blocks"); // walked, whole
        Assert.Equal(sample.Owner, snapshot.Owner!.Id);
        Assert.Equal(300, snapshot.Counts.Following);
        Assert.Equal(sample.Replies, snapshot.Interactions.Count(i => i.Channel == InteractionChannel.Reply));
        Assert.Equal(sample.Mentions, snapshot.Interactions.Count(i => i.Channel == InteractionChannel.Mention));
        Assert.Equal(250, snapshot.Interactions.Count(i => i.Channel == InteractionChannel.Reaction));
        Assert.Equal(sample.Reposts, snapshot.Interactions.Count(i => i.Channel == InteractionChannel.Repost));
        Assert.Equal(NetworkMetrics.Samples.BlueskySample.Write(Path.Combine(dir.Path, "again"), 300, 400, 250, 7).Path is { } again
            ? File.ReadAllBytes(again) : [], File.ReadAllBytes(sample.Path));
    }
}
