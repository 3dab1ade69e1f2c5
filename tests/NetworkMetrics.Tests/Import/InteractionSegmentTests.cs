using NetworkMetrics.Import;

namespace NetworkMetrics.Tests.Import;

/// <summary>
/// A file's interaction rows (<see cref="InteractionSegment.Builder"/>) come in segments of at most a chunk of rows, so
/// that a large file's rows are never copied as they grow; the segments together are the rows in order, with the file's
/// key sets and conversation ids shared, and the messages and newest date of each.
/// </summary>
public sealed class InteractionSegmentTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly AccountKey Ana = AccountKey.Create(Platform.Facebook, AccountKeyKind.Name, "ana lima");
    private static readonly AccountKey Bruno = AccountKey.Create(Platform.Facebook, AccountKeyKind.Name, "bruno sato");

    private static List<Interaction> Interactions(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Interaction(
            Platform.Facebook, i % 3 == 2 ? InteractionChannel.Reaction : InteractionChannel.DirectMessage,
            i % 2 == 0 ? InteractionDirection.Incoming : InteractionDirection.Outgoing,
            Start.AddMinutes(i % 5 == 4 ? -i : i))
        {
            AccountKeys = i % 4 == 0 ? [Ana, Bruno] : [i % 2 == 0 ? Ana : Bruno],
            ConversationId = $"t{i % 3}",
        })];

    private static List<InteractionSegment> Build(IEnumerable<Interaction> interactions, int chunkRows)
    {
        var builder = new InteractionSegment.Builder(fingerprints: false, chunkRows);
        foreach (var interaction in interactions)
        {
            builder.Add(interaction, 0);
        }

        return builder.Build();
    }

    [Theory]
    [InlineData(0, 4, 1)]
    [InlineData(3, 4, 1)]
    [InlineData(4, 4, 1)]
    [InlineData(5, 4, 2)]
    [InlineData(23, 4, 6)]
    [InlineData(23, 1, 23)]
    [InlineData(200, 64, 4)]
    public void The_segments_are_the_rows_in_order_a_chunk_at_most_each(int count, int chunkRows, int segments)
    {
        var interactions = Interactions(count);
        var built = Build(interactions, chunkRows);
        Assert.Equal(segments, built.Count);
        Assert.All(built, s => Assert.InRange(s.Rows.Length, 0, chunkRows));

        var rows = built.SelectMany(s => s.Rows.ToArray().Select(r => (s, r))).ToList();
        Assert.Equal(count, rows.Count);
        for (var i = 0; i < count; i++)
        {
            var (segment, row) = rows[i];
            Assert.Equal(interactions[i].At.UtcTicks, row.Ticks);
            Assert.Equal((byte)interactions[i].Channel, row.Channel);
            Assert.Equal((byte)interactions[i].Direction, row.Direction);
            Assert.Equal(interactions[i].AccountKeys.ToArray(), segment.KeySets[row.Keys].ToArray());
            Assert.Equal(interactions[i].ConversationId, segment.ConversationIds[row.Conversation]);
        }

        // One file's segments share its key sets and conversation ids (rewritten once for all of them).
        Assert.All(built, s => Assert.True(s.KeySets == built[0].KeySets && s.ConversationIds == built[0].ConversationIds));
    }

    [Theory]
    [InlineData(23, 4)]
    [InlineData(23, 1000)]
    public void Each_segment_counts_its_messages_and_the_newest_of_them_all_is_the_file_s(int count, int chunkRows)
    {
        var interactions = Interactions(count);
        var built = Build(interactions, chunkRows);
        Assert.Equal(interactions.Count(i => i.Channel == InteractionChannel.DirectMessage), built.Sum(s => s.Messages));
        Assert.Equal(interactions.Max(i => i.At), built.Select(s => s.Newest).Max());
        var offset = 0;
        foreach (var segment in built)
        {
            var mine = interactions.Skip(offset).Take(segment.Rows.Length).ToList();
            Assert.Equal(mine.Count(i => i.Channel == InteractionChannel.DirectMessage), segment.Messages);
            Assert.Equal(mine.Max(i => i.At), segment.Newest);
            offset += segment.Rows.Length;
        }
    }

    [Fact]
    public void Segments_that_share_key_sets_share_them_rewritten()
    {
        var built = Build(Interactions(23), 4);
        var primary = AccountKey.Create(Platform.Facebook, AccountKeyKind.Id, "100001");
        var map = new Dictionary<AccountKey, AccountKey> { [Ana] = primary };
        var rewritten = InteractionSegment.WithKeys(built, map);
        Assert.All(rewritten, s => Assert.True(s.KeySets == rewritten[0].KeySets));
        Assert.False(rewritten[0].KeySets == built[0].KeySets);
        Assert.DoesNotContain(Ana, rewritten[0].KeySets.SelectMany(k => k));
        Assert.Contains(primary, rewritten[0].KeySets.SelectMany(k => k));
        Assert.Equal(built.Select(s => s.Rows.Length), rewritten.Select(s => s.Rows.Length));

        // A map that changes nothing keeps every segment as it is.
        Assert.Equal(built, InteractionSegment.WithKeys(built, new Dictionary<AccountKey, AccountKey>()));
    }
}
