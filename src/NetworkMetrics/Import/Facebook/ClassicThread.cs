namespace NetworkMetrics.Import.Facebook;

/// <summary>
/// The classic thread file of Messenger and Instagram (<c>message_N.json</c>, 2018 on):
/// <c>title</c>, and messages of <c>{sender_name, timestamp_ms (timestamp in seconds before 2018),
/// content, photos, videos, audio_files, gifs, files, sticker, share}</c>.
/// </summary>
internal readonly struct ClassicThread : IThreadShape
{
    public static ReadOnlySpan<byte> Title => "title"u8;

    public static ReadOnlySpan<byte> SenderName => "sender_name"u8;

    public static ReadOnlySpan<byte> Milliseconds => "timestamp_ms"u8;

    public static ReadOnlySpan<byte> Seconds => "timestamp"u8;

    public static ReadOnlySpan<byte> Text => "content"u8;

    public static ReadOnlySpan<byte> Unsent => [];

    public static bool IsEncrypted => false;

    public static bool ThreadPerFile => false;

    public static bool EmptyAttachmentCounts => true;

    public static bool IsAttachment(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("photos"u8) || name.SequenceEqual("videos"u8) || name.SequenceEqual("audio_files"u8)
        || name.SequenceEqual("gifs"u8) || name.SequenceEqual("files"u8) || name.SequenceEqual("sticker"u8)
        || name.SequenceEqual("share"u8);
}
