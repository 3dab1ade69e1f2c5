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

    /// <summary>The fixed starts of a notice's text: every notice starts with one of them or with its sender's name.</summary>
    private static readonly string[] Starts = [.. WholeTexts, .. WholePrefixes, "Reacted ", "You "];

    private static readonly int LongestStart = Starts.Max(s => s.Length);

    /// <summary>The first letters of <see cref="Starts"/>, in lower case.</summary>
    private static readonly System.Buffers.SearchValues<char> StartLetters = System.Buffers.SearchValues.Create([.. Starts.Select(s => char.ToLowerInvariant(s[0])).Distinct()]);

    /// <summary>
    /// The chars above ASCII that equal an ASCII letter ignoring case (<see cref="StringComparison.OrdinalIgnoreCase"/>)
    /// or whose invariant upper or lower case is ASCII: the dotted and dotless i, the long s, the Kelvin sign.
    /// A test checks every char against this list.
    /// </summary>
    internal const string AsciiLookalikes = "\u0130\u0131\u017F\u212A";

    /// <summary>
    /// Whether a text-only item could be a notice, judged from the first bytes of its JSON string as
    /// the file writes them (escaped, before repair), without decoding it: <see langword="false"/>
    /// only when <see cref="IsNotice"/> of the decoded, repaired text is surely false. The text then
    /// need not be decoded at all, which is what counting saves.
    /// </summary>
    /// <remarks>
    /// Every notice starts with one of the fixed <see cref="Starts"/> or with the sender's name, so
    /// the text's first chars decide. Plain ASCII before the first escape or non-ASCII byte is the
    /// text's own start (decoding and repair keep an ASCII prefix as it is); a text that starts with
    /// an escape <c>\u00XX</c> starts, once repaired, with that Latin-1 char or with the char its
    /// UTF-8 sequence of escapes decodes to, never ASCII. Anything else (whitespace first, another
    /// escape, invalid UTF-8, a char that ignoring case could equal an ASCII letter) says "maybe".
    /// </remarks>
    /// <param name="raw">The string's bytes as the file writes them.</param>
    /// <param name="wellFormed">Whether they decode without replacement (<see cref="JsonStreamReader.NoteString"/>).</param>
    /// <param name="sender">The sender's name, as <see cref="IsNotice"/> takes it.</param>
    public static bool MayBeNotice(ReadOnlySpan<byte> raw, bool wellFormed, string? sender)
    {
        if (raw.IsEmpty)
        {
            return false; // an empty text is never a notice
        }

        if (!wellFormed)
        {
            return true; // decoded from the raw bytes with replacement: judge the decoded text
        }

        // Only as many chars as the longest start (or the sender's name) can tell anything.
        var head = raw[..Math.Min(raw.Length, Math.Max(LongestStart, sender?.Length ?? 0))];
        var plain = 0;
        while (plain < head.Length && head[plain] is < 0x80 and not (byte)'\\')
        {
            plain++;
        }

        var prefix = head[..plain];
        if (!prefix.IsEmpty)
        {
            if (prefix[0] == (byte)' ')
            {
                return true; // trimmed away: the text starts later
            }

            // Most texts start with a letter no fixed start has.
            if ((char)(prefix[0] | 0x20) is var letter && StartLetters.Contains(letter))
            {
                foreach (var start in Starts)
                {
                    if (Agrees(prefix, start, ignoreCase: true))
                    {
                        return true;
                    }
                }
            }

            return !string.IsNullOrEmpty(sender) && Agrees(prefix, sender, ignoreCase: false);
        }

        if (raw[0] != (byte)'\\' || !TryLatin1Escape(raw, out var first))
        {
            return true; // raw non-ASCII, or an escape that is not \u0080–\u00FF
        }

        // The first char is the Latin-1 char itself (no repair) or the start of what the leading
        // escapes decode to as UTF-8 (repair).
        Span<byte> lead = stackalloc byte[4];
        var count = 0;
        var rest = raw;
        while (count < lead.Length && TryLatin1Escape(rest, out var b))
        {
            lead[count++] = b;
            rest = rest[6..];
        }

        if (MayStart((char)first, sender))
        {
            return true;
        }

        switch (System.Text.Rune.DecodeFromUtf8(lead[..count], out var rune, out _))
        {
            case System.Buffers.OperationStatus.Done:
                Span<char> chars = stackalloc char[2];
                rune.EncodeToUtf16(chars);
                return MayStart(chars[0], sender);
            case System.Buffers.OperationStatus.InvalidData:
                return false; // repair fails: the text keeps its Latin-1 first char
            default:
                return true; // the sequence may go on in a raw byte
        }
    }

    /// <summary>Whether <paramref name="prefix"/> (ASCII) and <paramref name="text"/> agree on their common length.</summary>
    private static bool Agrees(ReadOnlySpan<byte> prefix, string text, bool ignoreCase)
    {
        var n = Math.Min(prefix.Length, text.Length);
        for (var i = 0; i < n; i++)
        {
            var a = (char)prefix[i];
            var b = text[i];
            if (a != b && !(ignoreCase && char.IsAsciiLetter(a) && (a | 0x20) == (b | 0x20)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a non-ASCII first char could begin a notice: whitespace, a char equal to an ASCII one ignoring case (such as the Kelvin sign), or the sender's first char.</summary>
    private static bool MayStart(char c, string? sender) =>
        char.IsWhiteSpace(c) || AsciiLookalikes.Contains(c) || (!string.IsNullOrEmpty(sender) && sender[0] == c);

    /// <summary>Reads a leading <c>\u00XX</c> escape with XX from 80 to FF.</summary>
    private static bool TryLatin1Escape(ReadOnlySpan<byte> raw, out byte value)
    {
        value = 0;
        if (raw.Length < 6 || raw[0] != (byte)'\\' || raw[1] != (byte)'u' || raw[2] != (byte)'0' || raw[3] != (byte)'0')
        {
            return false;
        }

        var high = HexValue(raw[4]);
        var low = HexValue(raw[5]);
        if (high < 8 || low < 0)
        {
            return false;
        }

        value = (byte)((high << 4) | low);
        return true;
    }

    /// <summary>The value of a hexadecimal digit; -1 for another byte.</summary>
    private static int HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

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
