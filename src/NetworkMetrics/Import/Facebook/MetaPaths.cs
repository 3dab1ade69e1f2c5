namespace NetworkMetrics.Import.Facebook;

/// <summary>A test on the first bytes of a file.</summary>
internal delegate bool HeadPredicate(ReadOnlySpan<byte> head);

/// <summary>Which Meta platform a path belongs to, when the path alone can tell.</summary>
internal enum MetaSide
{
    /// <summary>Not a Meta file of the kind asked about.</summary>
    None,

    /// <summary>A Facebook file.</summary>
    Facebook,

    /// <summary>An Instagram file.</summary>
    Instagram,

    /// <summary>Either: the layout is shared (<c>messages/inbox/…</c> before 2024); the content decides.</summary>
    Either,
}

/// <summary>
/// Path rules shared by the Facebook and Instagram formats. Paths are lower case with '/'
/// separators, relative to the archive root and matched at any depth (by the folders just above
/// the file, never by the full path).
/// </summary>
internal static class MetaPaths
{
    /// <summary>The sections of a Messenger or Instagram inbox that hold threads.</summary>
    private static readonly string[] Sections = ["inbox", "archived_threads", "filtered_threads", "message_requests", "e2ee_cutover"];

    /// <summary>
    /// The name of the folder <paramref name="up"/> levels above the file (0: the folder holding
    /// it); empty when the path is not that deep.
    /// </summary>
    public static ReadOnlySpan<char> Folder(string path, int up)
    {
        var end = path.LastIndexOf('/');
        for (var i = 0; i < up && end > 0; i++)
        {
            end = path.LastIndexOf('/', end - 1);
        }

        if (end <= 0)
        {
            return [];
        }

        var start = path.LastIndexOf('/', end - 1) + 1;
        return path.AsSpan(start, end - start);
    }

    /// <summary>Whether the folder holding the file is one of <paramref name="names"/>.</summary>
    public static bool ParentIs(string path, params string[] names)
    {
        var parent = Folder(path, 0);
        foreach (var name in names)
        {
            if (parent.SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the path has no folder (a file given on its own).</summary>
    public static bool IsBare(string path) => !path.Contains('/', StringComparison.Ordinal);

    /// <summary>Whether any folder of the path contains <paramref name="token"/>.</summary>
    public static bool AnyFolderContains(string path, string token)
    {
        var slash = path.LastIndexOf('/');
        return slash > 0 && path.AsSpan(0, slash).Contains(token, StringComparison.Ordinal);
    }

    /// <summary><c>message.json</c> (2018) or <c>message_N.json</c> (a part of a thread) with <paramref name="extension"/>.</summary>
    public static bool IsThreadFileName(string name, string extension = ".json")
    {
        if (!name.EndsWith(extension, StringComparison.Ordinal) || !name.StartsWith("message", StringComparison.Ordinal))
        {
            return false;
        }

        var middle = name.AsSpan("message".Length, name.Length - "message".Length - extension.Length);
        if (middle.IsEmpty)
        {
            return true;
        }

        if (middle.Length < 2 || middle[0] != '_')
        {
            return false;
        }

        foreach (var c in middle[1..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the path is a message thread file (<c>…/messages/&lt;section&gt;/&lt;thread&gt;/message_N.json</c>)
    /// and whose: <c>your_facebook_activity/</c> or <c>your_activity_across_facebook/</c> (2024 on)
    /// is Facebook, <c>your_instagram_activity/</c> is Instagram, a folder named after one platform
    /// (<c>instagram-jane-2022…/</c>) decides; otherwise the layout is shared.
    /// </summary>
    public static MetaSide ThreadSide(string path, string name, string extension = ".json")
    {
        if (!IsThreadFileName(name, extension) || !Folder(path, 2).SequenceEqual("messages"))
        {
            return MetaSide.None;
        }

        var section = Folder(path, 1);
        var known = false;
        foreach (var s in Sections)
        {
            known |= section.SequenceEqual(s);
        }

        if (!known)
        {
            return MetaSide.None;
        }

        var root = Folder(path, 3);
        if (root.SequenceEqual("your_facebook_activity") || root.SequenceEqual("your_activity_across_facebook"))
        {
            return MetaSide.Facebook;
        }

        if (root.SequenceEqual("your_instagram_activity"))
        {
            return MetaSide.Instagram;
        }

        var instagram = AnyFolderContains(path, "instagram");
        var facebook = AnyFolderContains(path, "facebook");
        return instagram == facebook ? MetaSide.Either : instagram ? MetaSide.Instagram : MetaSide.Facebook;
    }

    /// <summary>The thread's folder name: the conversation id shared by the parts of a split thread.</summary>
    public static string ThreadId(string path)
    {
        var folder = Folder(path.Replace('\\', '/'), 0);
        return folder.IsEmpty ? path.ToLowerInvariant() : folder.ToString().ToLowerInvariant();
    }

    /// <summary>The conversation id of a thread that is a file of its own (<c>Jane Doe_1.json</c>): its name without the extension, in lower case.</summary>
    public static string FileThreadId(string name) => Path.GetFileNameWithoutExtension(name).ToLowerInvariant();

    /// <summary>
    /// Whether the first bytes of a thread file show Instagram: links to instagram.com, the
    /// <c>original_content_owner</c> of a shared post, or Instagram's own notices ("Liked a message").
    /// </summary>
    public static bool LooksInstagram(ReadOnlySpan<byte> head) =>
        head.IndexOf("instagram.com"u8) >= 0 || head.IndexOf("\"original_content_owner\""u8) >= 0 ||
        head.IndexOf("Liked a message\""u8) >= 0;

    /// <summary>
    /// Whether the first bytes are a Messenger or Instagram thread (<c>{… "messages": [{"sender_name", "timestamp_ms" …}]}</c>),
    /// with or without a BOM, whether or not <c>participants</c> and <c>title</c> are there: for a thread file given on its own under another name.
    /// </summary>
    public static bool LooksThread(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        head = head.TrimStart(" \t\r\n"u8);
        return !head.IsEmpty && head[0] == (byte)'{' && head.IndexOf("\"messages\""u8) >= 0 && head.IndexOf("\"sender_name\""u8) >= 0 &&
            head.IndexOf("\"timestamp"u8) >= 0;
    }

    /// <summary>
    /// Whose a thread given on its own is: Instagram's when its first bytes show it
    /// (<see cref="LooksInstagram"/>) or when a segment of its path names Instagram and none names
    /// Facebook or Messenger; Facebook's otherwise.
    /// </summary>
    public static MetaSide LoneThreadSide(ReadOnlySpan<byte> head, string inputPath)
    {
        if (LooksInstagram(head))
        {
            return MetaSide.Instagram;
        }

        var instagram = false;
        var facebook = false;
        foreach (var segment in inputPath.Split('/'))
        {
            instagram |= segment.Contains("instagram", StringComparison.Ordinal);
            facebook |= segment.Contains("facebook", StringComparison.Ordinal) || segment.Contains("messenger", StringComparison.Ordinal);
        }

        return instagram && !facebook ? MetaSide.Instagram : MetaSide.Facebook;
    }

    /// <summary>Whether <paramref name="head"/> contains the ASCII <paramref name="lowerToken"/>, in any case.</summary>
    public static bool ContainsIgnoreCase(ReadOnlySpan<byte> head, ReadOnlySpan<byte> lowerToken)
    {
        if (lowerToken.IsEmpty)
        {
            return true;
        }

        var first = lowerToken[0];
        for (var i = 0; i + lowerToken.Length <= head.Length; i++)
        {
            if (Lower(head[i]) != first)
            {
                continue;
            }

            var match = true;
            for (var j = 1; j < lowerToken.Length && match; j++)
            {
                match = Lower(head[i + j]) == lowerToken[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;

        static byte Lower(byte b) => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
    }

    /// <summary><c>stem.json</c> or <c>stem_N.json</c>.</summary>
    public static bool IsNumbered(string name, string stem)
    {
        if (!name.StartsWith(stem, StringComparison.Ordinal) || !name.EndsWith(".json", StringComparison.Ordinal))
        {
            return false;
        }

        var middle = name.AsSpan(stem.Length, name.Length - stem.Length - ".json".Length);
        return middle.IsEmpty || (middle.Length > 1 && middle[0] == '_' && !middle[1..].ContainsAnyExceptInRange('0', '9'));
    }
}
