namespace NetworkMetrics.Import.Facebook;

/// <summary>
/// Messenger threads: <c>messages/&lt;section&gt;/&lt;thread&gt;/message_N.json</c> (2018–2023 at the
/// root; <c>message.json</c> in 2018), under <c>your_activity_across_facebook/</c> (2024) or
/// <c>your_facebook_activity/</c> (2024 on); sections <c>inbox</c>, <c>archived_threads</c>,
/// <c>filtered_threads</c>, <c>message_requests</c>, <c>e2ee_cutover</c>. Every part of a split
/// thread is its own file; the thread's folder is the conversation id. See
/// <see cref="MetaThreadReader"/> for direction, audience and the owner, and
/// <see cref="MetaNotices"/> for what is not a message.
/// </summary>
/// <remarks>
/// Instagram writes the same layout and schema. A path under <c>your_instagram_activity/</c> is
/// Instagram's; the shared root layout (<c>messages/inbox/…</c>) is Facebook's unless its first
/// bytes show Instagram (<see cref="MetaPaths.LooksInstagram"/>).
/// </remarks>
internal sealed class FacebookMessagesFormat : ExportFormat
{
    public override Platform Platform => Platform.Facebook;

    public override string Id => "facebook.messages";

    public override CountKinds Holds => CountKinds.Messages;

    public override PathMatch MatchPath(string path, string name) => MetaPaths.ThreadSide(path, name) switch
    {
        MetaSide.Facebook => PathMatch.Yes,
        MetaSide.Either => PathMatch.IfContent,
        _ => PathMatch.No,
    };

    public override bool MatchContent(ReadOnlySpan<byte> head) => !MetaPaths.LooksInstagram(head);

    /// <summary>A thread given on its own under any name (<c>chat.json</c>), when nothing in it or its path says Instagram.</summary>
    public override bool MatchLoneFile(ReadOnlySpan<byte> head, string inputPath) =>
        MetaPaths.LooksThread(head) && MetaPaths.LoneThreadSide(head, inputPath) == MetaSide.Facebook;

    public override void Parse(Stream stream, ParseContext context)
    {
        var path = context.Entry.Path.ToLowerInvariant();
        context.Format = Id + (path.Contains("your_facebook_activity/", StringComparison.Ordinal) || path.Contains("your_activity_across_facebook/", StringComparison.Ordinal)
            ? ".2024" : ".2018");
        var owner = context.Snapshot.Get<Account>(MetaJson.FacebookProfileOwner);
        MetaThreadReader.Read(stream, context, Text.Identifiers.NameKey(owner?.Name));
    }
}
