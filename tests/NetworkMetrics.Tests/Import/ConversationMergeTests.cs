using NetworkMetrics.Import;

namespace NetworkMetrics.Tests.Import;

/// <summary>
/// <c>SnapshotBuilder.MergeConversations</c>: the parts of one conversation (one per file, per snapshot) become one, with
/// its participants mapped to their accounts' primary keys, in key order once each, and its kind the one they imply; a
/// part that is already all that is kept as it is.
/// </summary>
public sealed class ConversationMergeTests
{
    private static readonly AccountKey Ana = AccountKey.Create(Platform.Facebook, AccountKeyKind.Name, "ana lima");
    private static readonly AccountKey Bruno = AccountKey.Create(Platform.Facebook, AccountKeyKind.Name, "bruno sato");
    private static readonly AccountKey AnaId = AccountKey.Create(Platform.Facebook, AccountKeyKind.Id, "100001");

    private static readonly Dictionary<AccountKey, AccountKey> NoMap = [];

    [Fact]
    public void A_part_already_merged_is_kept_as_it_is()
    {
        var part = new Conversation(Platform.Facebook, "t1") { Kind = ConversationKind.Group, Participants = [Ana, Bruno], Title = "Trip" };
        var merged = SnapshotBuilder.MergeConversations([part], NoMap);
        Assert.Same(part, Assert.Single(merged));
    }

    [Fact]
    public void A_lone_part_s_participants_are_mapped_to_their_accounts_keys()
    {
        var part = new Conversation(Platform.Facebook, "t1") { Kind = ConversationKind.OneToOne, Participants = [Ana] };
        var merged = Assert.Single(SnapshotBuilder.MergeConversations([part], new Dictionary<AccountKey, AccountKey> { [Ana] = AnaId }));
        Assert.Equal(new[] { AnaId }, merged.Participants.ToArray());
        Assert.Equal(ConversationKind.OneToOne, merged.Kind);
    }

    [Fact]
    public void A_lone_part_s_participants_come_out_in_key_order_once_each()
    {
        var part = new Conversation(Platform.Facebook, "t1") { Kind = ConversationKind.Group, Participants = [Bruno, Ana, Bruno] };
        var merged = Assert.Single(SnapshotBuilder.MergeConversations([part], NoMap));
        Assert.Equal(new[] { Ana, Bruno }, merged.Participants.ToArray());
        Assert.Equal(ConversationKind.Group, merged.Kind);
    }

    [Fact]
    public void A_lone_one_to_one_part_with_two_participants_is_a_group()
    {
        var part = new Conversation(Platform.Facebook, "t1") { Kind = ConversationKind.OneToOne, Participants = [Ana, Bruno] };
        var merged = Assert.Single(SnapshotBuilder.MergeConversations([part], NoMap));
        Assert.Equal(ConversationKind.Group, merged.Kind);
        Assert.Equal(new[] { Ana, Bruno }, merged.Participants.ToArray());
    }

    [Fact]
    public void Parts_of_one_conversation_become_one_with_every_participant_and_the_first_title_in_platform_and_id_order()
    {
        var parts = new[]
        {
            new Conversation(Platform.Facebook, "t2") { Kind = ConversationKind.OneToOne, Participants = [Bruno] },
            new Conversation(Platform.Facebook, "t1") { Kind = ConversationKind.OneToOne, Participants = [Ana] },
            new Conversation(Platform.Facebook, "t2") { Kind = ConversationKind.OneToOne, Participants = [Ana], Title = "Later title" },
            new Conversation(Platform.LinkedIn, "t0") { Kind = ConversationKind.OneToOne, Participants = [AccountKey.Create(Platform.LinkedIn, AccountKeyKind.Name, "ana lima")] },
        };
        var merged = SnapshotBuilder.MergeConversations(parts, NoMap);
        Assert.Equal([(Platform.LinkedIn, "t0"), (Platform.Facebook, "t1"), (Platform.Facebook, "t2")], merged.Select(c => (c.Platform, c.Id)));
        var t2 = merged.Single(c => c.Id == "t2");
        Assert.Equal(new[] { Ana, Bruno }, t2.Participants.ToArray());
        Assert.Equal(ConversationKind.Group, t2.Kind);
        Assert.Equal("Later title", t2.Title);
    }
}
