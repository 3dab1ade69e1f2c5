using NetworkMetrics.Tests.TestSupport;
namespace NetworkMetrics.Tests.Facebook;

/// <summary>
/// Messenger's end-to-end encrypted chats (2024 on), downloaded apart from the rest of the export:
/// one JSON file per thread (<c>{participants: [names], threadName, messages: [{senderName, text,
/// timestamp, isUnsent, media, reactions}]}</c>), recognised by content, read as Facebook messages, and
/// combined with the classic inbox of the same export without counting a message twice.
/// </summary>
/// <remarks>
/// <c>Fixtures/Facebook/e2ee</c>: a 2024 export (profile of Aroha Ngata; a classic one-to-one thread
/// with Tamati Paki of 4 messages, mojibake-escaped as Meta writes them, one photo-only) and, under
/// <c>messenger_secure_storage/</c>, the encrypted chats in plain UTF-8: with Tamati Paki (the
/// photo-only message and "Kia ora e hoa! 👋" that the classic thread also holds, 3 new messages, one
/// media-only, one unsent, the same greeting again at another time) and the group "Whānau" (3 messages
/// and a notice). <c>Fixtures/Facebook/e2ee-download</c>: one chat alone, as Messenger gives it.
/// </remarks>
public sealed class MessengerE2eeTests
{
    private static string Combined => Fixtures.Path("Facebook/e2ee");

    private static string Download => Fixtures.Path("Facebook/e2ee-download");

    [Fact]
    public void Encrypted_chats_and_the_classic_inbox_count_each_message_once_on_both_paths()
    {
        var summary = Run.Inspect(Combined);
        var result = Run.Import(Combined);
        var snapshot = result.Latest(Platform.Facebook)!;

        Assert.Equal(11, summary.Counts(Platform.Facebook).Messages); // 4 classic + 4 new with Tamati + 3 in the group
        Assert.Equal(11, snapshot.Counts.Messages);
        Assert.Equal(11, snapshot.Interactions.Length);
        Assert.Equal(
            ["facebook.e2ee-messages.2024", "facebook.e2ee-messages.2024", "facebook.messages.2024", "facebook.profile.2021"],
            summary.Files.Select(f => f.Format).Order(StringComparer.Ordinal));
        var duplicates = Assert.Single(summary.Diagnostics, d => d.Code == "facebook.e2ee-duplicates");
        Assert.StartsWith("2 ", duplicates.Message, StringComparison.Ordinal);
        Assert.EndsWith("Tamati Paki_1.json", duplicates.File, StringComparison.Ordinal);
        Assert.StartsWith("1 ", Assert.Single(summary.Diagnostics, d => d.Code == "facebook.e2ee-unsent").Message, StringComparison.Ordinal);
        Assert.All(summary.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
    }

    [Fact]
    public void Encrypted_messages_are_directed_by_the_owner_and_each_file_is_a_conversation()
    {
        var snapshot = Run.Import(Combined).Latest(Platform.Facebook)!;

        var chat = snapshot.Interactions.Where(i => i.ConversationId == "tamati paki_1").OrderBy(i => i.At).ToList();
        Assert.Equal(4, chat.Count);
        Assert.Equal(
            [InteractionDirection.Outgoing, InteractionDirection.Incoming, InteractionDirection.Incoming, InteractionDirection.Outgoing],
            chat.Select(i => i.Direction));
        Assert.All(chat, i => Assert.Equal<string>(["Facebook:name:tamati paki"], i.Refs()));
        Assert.Equal("Kia ora e hoa! 👋", chat[^1].Content);

        var group = snapshot.Interactions.Where(i => i.ConversationId == "whānau_2").ToList();
        Assert.Equal(3, group.Count);
        Assert.All(group, i => Assert.Equal((InteractionChannel.GroupMessage, 2), (i.Channel, i.Audience)));
        Assert.Equal<string>(["Facebook:name:hēmi tūhoe", "Facebook:name:mere whaanga"], group.Single(i => i.Direction == InteractionDirection.Outgoing).Refs().Order(StringComparer.Ordinal));
        Assert.Contains(snapshot.Accounts, a => a.Key.ToString() == "Facebook:name:hēmi tūhoe" && a.Name == "Hēmi Tūhoe");
    }

    [Fact]
    public void Without_the_encrypted_chats_the_classic_thread_counts_alone()
    {
        using var temp = new TempDir();
        foreach (var file in Directory.EnumerateFiles(Combined, "*", SearchOption.AllDirectories).Where(f => !f.Contains("messenger_secure_storage", StringComparison.Ordinal)))
        {
            temp.WriteBytes(Path.GetRelativePath(Combined, file), File.ReadAllBytes(file));
        }

        Assert.Equal(4, Run.Inspect(temp.Path).Counts(Platform.Facebook).Messages);
    }

    [Fact]
    public void The_download_alone_is_recognised_by_content_and_infers_its_owner_from_the_thread_name()
    {
        var summary = Run.Inspect(Download);

        Assert.Equal(2, summary.Counts(Platform.Facebook).Messages);
        Assert.Equal("Aroha Ngata", summary.Platforms.Single().Owner?.Name);
        var single = Run.Inspect(Path.Combine(Download, "Sione Tupou_1.json"));
        Assert.Equal("facebook.e2ee-messages.2024", Assert.Single(single.Files).Format);
    }

    [Fact]
    public void The_download_given_beside_a_dated_export_joins_its_snapshot()
    {
        using var temp = new TempDir();
        var export = temp.ZipFixture("Facebook/2024", "facebook-sofia-2024-08-01-abcd.zip");

        var summary = Run.Inspect(export, Download);
        var alone = Run.Inspect(export);

        var facebook = Assert.Single(summary.Platforms);
        Assert.Equal(1, facebook.Snapshots);
        Assert.Equal(alone.Counts(Platform.Facebook).Messages + 2, facebook.Counts.Messages);
        Assert.Equal(alone.Counts(Platform.Facebook).Connections, facebook.Counts.Connections);
        Assert.Equal(facebook.Counts, Run.Import(export, Download).Summaries.Single().Counts);
    }

    [Fact]
    public void Other_json_files_are_not_taken_for_encrypted_chats()
    {
        using var temp = new TempDir();
        temp.Write("export/settings.json", """{"threadNames": [], "theme": "dark"}""");
        temp.Write("export/classic.json", """{"messages": [{"sender_name": "A", "senderName": "A", "timestamp_ms": 1}]}""");
        temp.Write("export/list.json", """[{"senderName": "A"}]""");

        Assert.Empty(Run.Inspect(Path.Combine(temp.Path, "export")).Files);
    }
}
