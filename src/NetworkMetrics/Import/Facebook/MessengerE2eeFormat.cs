namespace NetworkMetrics.Import.Facebook;

/// <summary>
/// Messenger's end-to-end encrypted chats (2024 on): since Messenger moved to end-to-end
/// encryption, "Download your information" leaves these chats out and Messenger gives them in a
/// download of their own, one JSON file per thread named after it (<c>Jane Doe_1.json</c>, with a
/// <c>media/</c> folder beside): <c>{participants: [names], threadName, messages: [{senderName, text,
/// timestamp (ms), isUnsent, media, reactions}]}</c>. Read as Facebook messages by
/// <see cref="MetaThreadReader"/> with the <see cref="E2eeThread"/> shape: unsent messages are not
/// counted, media-only ones are, notices are not; the file is the conversation.
/// </summary>
/// <remarks>
/// Recognised by content only (no name tells): a JSON object with <c>threadName</c> or
/// <c>senderName</c> and none of the classic <c>sender_name</c>. Registered after every format that
/// claims files by name, so that only unclaimed <c>.json</c> files are looked into. Parsed after the
/// classic threads (phase 2): a message that a classic thread of the same snapshot holds too (same
/// sender, time and text) is counted once (<see cref="MessengerMessageKeys"/>). Given as an input of
/// its own beside a Facebook export, it joins that export's snapshot (<see cref="ExportFormat.CompletesExport"/>).
/// </remarks>
internal sealed class MessengerE2eeFormat : ExportFormat
{
    public override Platform Platform => Platform.Facebook;

    public override string Id => "facebook.e2ee-messages";

    public override CountKinds Holds => CountKinds.Messages;

    public override int Phase => 2;

    public override bool CompletesExport => true;

    public override PathMatch MatchPath(string path, string name) =>
        name.EndsWith(".json", StringComparison.Ordinal) ? PathMatch.IfContent : PathMatch.No;

    public override bool MatchContent(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        head = head.TrimStart(" \t\r\n"u8);
        return !head.IsEmpty && head[0] == (byte)'{' && head.IndexOf("\"sender_name\""u8) < 0 &&
            (head.IndexOf("\"threadName\""u8) >= 0 || head.IndexOf("\"senderName\""u8) >= 0);
    }

    public override bool MatchLoneFile(ReadOnlySpan<byte> head, string inputPath) => MatchContent(head);

    public override void Parse(Stream stream, ParseContext context)
    {
        context.Format = Id + ".2024";
        var owner = context.Snapshot.Get<Account>(MetaJson.FacebookProfileOwner);
        MetaThreadReader.Read<E2eeThread>(stream, context, Text.Identifiers.NameKey(owner?.Name));
    }
}
