namespace NetworkMetrics.Import.Facebook;

/// <summary>
/// How one generation of Meta's thread files names its fields: the classic
/// <c>message_N.json</c> of Messenger and Instagram (<see cref="ClassicThread"/>) and Messenger's
/// end-to-end encrypted chats (<see cref="E2eeThread"/>). <see cref="MetaThreadReader"/> reads
/// both with one walk, specialised per shape (the shapes are structs, so the names are constants
/// in each specialisation and the classic walk costs what it did).
/// </summary>
internal interface IThreadShape
{
    /// <summary>The thread's title (the other person in a one-to-one thread).</summary>
    static abstract ReadOnlySpan<byte> Title { get; }

    /// <summary>A message's sender, by name.</summary>
    static abstract ReadOnlySpan<byte> SenderName { get; }

    /// <summary>A message's time in milliseconds since 1970.</summary>
    static abstract ReadOnlySpan<byte> Milliseconds { get; }

    /// <summary>A message's time in seconds since 1970 (older files); empty when the shape has none.</summary>
    static abstract ReadOnlySpan<byte> Seconds { get; }

    /// <summary>A message's text.</summary>
    static abstract ReadOnlySpan<byte> Text { get; }

    /// <summary>The flag of a message its sender took back; empty when the shape has none (classic: unsent messages count).</summary>
    static abstract ReadOnlySpan<byte> Unsent { get; }

    /// <summary>Whether these are Messenger's end-to-end encrypted chats, read after the classic threads of the export and matched against them.</summary>
    static abstract bool IsEncrypted { get; }

    /// <summary>Whether each file is a thread of its own (its name is the conversation), rather than a part of the thread its folder names.</summary>
    static abstract bool ThreadPerFile { get; }

    /// <summary>Whether a property is an attachment (a photo, a sticker, media…).</summary>
    static abstract bool IsAttachment(ReadOnlySpan<byte> name);

    /// <summary>Whether an attachment property counts even when it is an empty list (classic: its presence is enough).</summary>
    static abstract bool EmptyAttachmentCounts { get; }
}
