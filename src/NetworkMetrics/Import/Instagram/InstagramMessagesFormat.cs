using NetworkMetrics.Import.Facebook;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import.Instagram;

/// <summary>
/// Instagram direct messages: <c>messages/inbox/&lt;user&gt;_&lt;id&gt;/message_N.json</c> (2020–2023)
/// or <c>your_instagram_activity/messages/inbox/…</c> (2024 on), also <c>message_requests/</c>:
/// Facebook's thread schema and mojibake, read by <see cref="MetaThreadReader"/>.
/// </summary>
/// <remarks>
/// Threads name people by display name only, never by username, and the thread folder's prefix is
/// derived from a display name too: a participant's account is keyed by name (<c>name:…</c>, as on
/// Facebook), with the display name, and is not merged with the username-keyed accounts of the
/// follower lists (identity resolution may link them by name). The owner is recognised by the display
/// name of the personal information file. The shared root layout (<c>messages/inbox/…</c>) is
/// Instagram's when its first bytes show Instagram (links to instagram.com, "Liked a message").
/// </remarks>
internal sealed class InstagramMessagesFormat : ExportFormat
{
    public override Platform Platform => Platform.Instagram;

    public override string Id => "instagram.messages";

    public override CountKinds Holds => CountKinds.Messages;

    public override PathMatch MatchPath(string path, string name) => MetaPaths.ThreadSide(path, name) switch
    {
        MetaSide.Instagram => PathMatch.Yes,
        MetaSide.Either => PathMatch.IfContent,
        _ => PathMatch.No,
    };

    public override bool MatchContent(ReadOnlySpan<byte> head) => MetaPaths.LooksInstagram(head);

    /// <summary>A thread given on its own under any name, when its content or a folder of its path says Instagram.</summary>
    public override bool MatchLoneFile(ReadOnlySpan<byte> head, string inputPath) =>
        MetaPaths.LooksThread(head) && MetaPaths.LoneThreadSide(head, inputPath) == MetaSide.Instagram;

    public override void Parse(Stream stream, ParseContext context)
    {
        context.Format = Id + (context.Entry.Path.Contains("your_instagram_activity/", StringComparison.OrdinalIgnoreCase) ? ".2024" : ".2020");
        var owner = context.Snapshot.Get<Account>(MetaJson.InstagramProfileOwner);
        MetaThreadReader.Read(stream, context, Identifiers.NameKey(owner?.Name));
    }
}
