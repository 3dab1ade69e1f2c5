namespace NetworkMetrics.Import.Facebook;

/// <summary>
/// The notices Messenger and Instagram write into a thread on their own, as items that look like
/// messages: calls, people joining or leaving, the group's name, photo, theme, emoji or nicknames
/// changing, "You are now connected on Messenger", Instagram's "Liked a message". They are not
/// messages: nobody wrote them to anyone.
/// </summary>
/// <remarks>
/// The rule: an item that carries an attachment (photos, videos, audio, gifs, files, a sticker, a
/// share) is always a message. A text-only item is a notice when its whole text is one of the fixed
/// sentences below, or is "&lt;actor&gt; &lt;fixed phrase&gt;" where the actor is the item's own sender
/// (as the thread names them) or "You". Matching whole texts, anchored on the sender's name, keeps
/// real messages that merely contain such words. Only the English texts are known: an export in
/// another language keeps its notices as messages, except calls and membership events, which the
/// item's <c>type</c> (<c>Call</c>, <c>Subscribe</c>, <c>Unsubscribe</c>) or <c>call_duration</c>
/// give away in any language.
/// </remarks>
internal static class MetaNotices
{
    private static readonly string[] WholeTexts =
    [
        "You are now connected on Messenger", "Liked a message", "Call ended", "Audio call ended", "Video call ended",
        "Video chat ended", "The video chat ended", "The call ended", "The video call ended", "The audio call ended",
    ];

    private static readonly string[] WholePrefixes =
    [
        "You can now message and call each other", "You can now call each other", "Say hi to your new Facebook friend",
        "You're now friends with ", "You are now friends with ",
    ];

    private static readonly string[] ActorPhrases =
    [
        "joined the video chat", "joined the call", "joined the video call", "joined the audio call",
        "started a video chat", "started a call", "started a video call", "started an audio call",
        "started sharing video", "stopped sharing video", "left the video chat", "left the call",
        "ended the call", "ended the video chat", "left the group", "removed the group name",
        "changed the group photo", "changed the chat theme", "changed the theme", "called you",
        "missed your call", "missed your video chat", "missed your video call", "missed your audio call",
        "missed a call", "missed an audio call", "missed a video call", "missed a video chat",
        "cleared your nickname", "cleared his own nickname", "cleared her own nickname", "cleared their own nickname",
    ];

    private static readonly string[] ActorPrefixes =
    [
        "named the group ", "changed the group name to ", "changed the theme to ", "set the emoji to ",
        "changed the emoji to ", "set the quick reaction to ", "changed the quick reaction to ",
        "set the nickname for ", "set your nickname to ", "set his own nickname to ", "set her own nickname to ",
        "set their own nickname to ", "set its own nickname to ", "cleared the nickname for ",
        "missed a call from ", "missed a video chat with ", "missed a video call from ", "missed an audio call from ",
    ];

    private static readonly (string Start, string End)[] ActorFrames =
    [
        ("added ", " to the group"), ("removed ", " from the group"), ("made ", " an admin"), ("made ", " a group admin"),
        ("removed ", " as an admin"), ("removed ", " as a group admin"), ("reacted ", " to your message"),
    ];

    /// <summary>Whether a text-only item from <paramref name="sender"/> is one of the platform's own notices.</summary>
    public static bool IsNotice(ReadOnlySpan<char> text, string? sender)
    {
        text = text.Trim().TrimEnd(".!").TrimEnd();
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var whole in WholeTexts)
        {
            if (text.Equals(whole, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var prefix in WholePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (text.Length > "Reacted  to your message".Length && text.StartsWith("Reacted ", StringComparison.OrdinalIgnoreCase)
            && text.EndsWith(" to your message", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        ReadOnlySpan<char> rest;
        if (!string.IsNullOrEmpty(sender) && text.Length > sender.Length + 1 && text.StartsWith(sender, StringComparison.Ordinal) && text[sender.Length] == ' ')
        {
            rest = text[(sender.Length + 1)..];
        }
        else if (text.StartsWith("You ", StringComparison.Ordinal))
        {
            rest = text[4..];
        }
        else
        {
            return false;
        }

        foreach (var phrase in ActorPhrases)
        {
            if (rest.Equals(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var prefix in ActorPrefixes)
        {
            if (rest.Length > prefix.Length && rest.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var (start, end) in ActorFrames)
        {
            if (rest.Length > start.Length + end.Length && rest.StartsWith(start, StringComparison.OrdinalIgnoreCase)
                && rest.EndsWith(end, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
