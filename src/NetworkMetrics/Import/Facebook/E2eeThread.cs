namespace NetworkMetrics.Import.Facebook;

/// <summary>
/// Messenger's end-to-end encrypted chats (2024 on, downloaded apart from the rest of the
/// export): one file per thread named after it (<c>Jane Doe_1.json</c>), <c>participants</c> as a
/// list of names, <c>threadName</c>, and messages of <c>{senderName, text, timestamp (ms), isUnsent,
/// media, reactions}</c>. Unsent messages are not messages; media counts only when the list has items.
/// </summary>
internal readonly struct E2eeThread : IThreadShape
{
    public static ReadOnlySpan<byte> Title => "threadName"u8;

    public static ReadOnlySpan<byte> SenderName => "senderName"u8;

    public static ReadOnlySpan<byte> Milliseconds => "timestamp"u8;

    public static ReadOnlySpan<byte> Seconds => [];

    public static ReadOnlySpan<byte> Text => "text"u8;

    public static ReadOnlySpan<byte> Unsent => "isUnsent"u8;

    public static bool IsEncrypted => true;

    public static bool ThreadPerFile => true;

    public static bool EmptyAttachmentCounts => false;

    public static bool IsAttachment(ReadOnlySpan<byte> name) => name.SequenceEqual("media"u8);
}
