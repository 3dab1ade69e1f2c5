using System.Globalization;
using System.Numerics;
using System.Text.Json;
using NetworkMetrics.Text;

namespace NetworkMetrics.Import.Twitter;

/// <summary>
/// The data types of an X archive that the library reads: their file names
/// (<c>follower.js</c>, <c>follower-part1.js</c> …) and the global names of their
/// JavaScript wrappers (<c>window.YTD.follower.part0</c>).
/// </summary>
internal sealed class TwitterDataType
{
    private TwitterDataType(string[] baseNames, string[] globals, string[] manifestTypes)
    {
        BaseNames = baseNames;
        Globals = globals;
        ManifestTypes = manifestTypes;
    }

    public static TwitterDataType Account { get; } = new(["account"], ["account"], ["account"]);

    public static TwitterDataType Following { get; } = new(["following"], ["following"], ["following"]);

    public static TwitterDataType Follower { get; } = new(["follower"], ["follower"], ["follower"]);

    /// <summary><c>direct-messages.js</c> since 2020, <c>direct-message.js</c> in the 2019 root layout.</summary>
    public static TwitterDataType DirectMessages { get; } =
        new(["direct-messages", "direct-message"], ["direct_messages", "direct_message"], ["directMessages", "directMessage"]);

    public static TwitterDataType GroupMessages { get; } =
        new(["direct-messages-group", "direct-message-group"], ["direct_messages_group", "direct_message_group"], ["directMessagesGroup", "directMessageGroup"]);

    /// <summary><c>tweets.js</c> since ~2022, <c>tweet.js</c> before.</summary>
    public static TwitterDataType Tweets { get; } = new(["tweets", "tweet"], ["tweets", "tweet"], ["tweets", "tweet"]);

    public static TwitterDataType NoteTweet { get; } = new(["note-tweet"], ["note_tweet"], ["noteTweet"]);

    /// <summary>Every type read, for the manifest's checks.</summary>
    public static IReadOnlyList<TwitterDataType> All { get; } = [Account, Following, Follower, DirectMessages, GroupMessages, Tweets, NoteTweet];

    /// <summary>File names without <c>-partN.js</c>, lower case.</summary>
    public string[] BaseNames { get; }

    /// <summary>Wrapper names: <c>window.YTD.&lt;global&gt;.partN</c>.</summary>
    public string[] Globals { get; }

    /// <summary>The keys of <c>dataTypes</c> in manifest.js.</summary>
    public string[] ManifestTypes { get; }

    /// <summary>Whether a lower-case file name is one of this type's parts (<c>tweets.js</c>, <c>tweets-part2.js</c>).</summary>
    public bool MatchesName(string name) => BaseNames.Contains(TwitterNames.BaseName(name), StringComparer.Ordinal);

    public bool MatchesGlobal(ReadOnlySpan<char> global)
    {
        foreach (var known in Globals)
        {
            if (global.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The type a manifest entry (its global name, else its data type key) belongs to.</summary>
    public static TwitterDataType? OfManifestEntry(string dataType, string? globalName)
    {
        if (globalName is not null && TwitterNames.GlobalOf(globalName) is { Length: > 0 } global)
        {
            return All.FirstOrDefault(t => t.MatchesGlobal(global));
        }

        return All.FirstOrDefault(t => t.ManifestTypes.Contains(dataType, StringComparer.OrdinalIgnoreCase));
    }
}

/// <summary>File names and JavaScript wrappers of X archives.</summary>
internal static class TwitterNames
{
    /// <summary>A lower-case file name without <c>.js</c> and without a <c>-partN</c> suffix.</summary>
    public static string BaseName(string name)
    {
        if (!name.EndsWith(".js", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var stem = name.AsSpan(0, name.Length - 3);
        var part = stem.LastIndexOf("-part", StringComparison.Ordinal);
        if (part > 0 && part + 5 < stem.Length && IsDigits(stem[(part + 5)..]))
        {
            stem = stem[..part];
        }

        return stem.ToString();
    }

    /// <summary>The legacy (2012–2018) monthly tweet files: <c>…/js/tweets/YYYY_MM.js</c>.</summary>
    public static bool IsGrailbirdMonth(string path)
    {
        if (!path.EndsWith(".js", StringComparison.Ordinal) || path.Length < "js/tweets/2013_01.js".Length)
        {
            return false;
        }

        var span = path.AsSpan();
        var file = span[^10..^3];
        var folder = span[..^10];
        return file.Length == 7 && IsDigits(file[..4]) && file[4] == '_' && IsDigits(file[5..]) &&
            folder.EndsWith("js/tweets/", StringComparison.Ordinal) && (folder.Length == 10 || folder[^11] == '/');
    }

    /// <summary>The global of <c>YTD.tweets.part0</c> or <c>window.YTD.tweets.part0</c>: <c>tweets</c>.</summary>
    public static string GlobalOf(string globalName)
    {
        var span = globalName.AsSpan().Trim();
        if (span.StartsWith("window.", StringComparison.Ordinal))
        {
            span = span[7..];
        }

        if (!span.StartsWith("YTD.", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        span = span[4..];
        var dot = span.IndexOf('.');
        return (dot < 0 ? span : span[..dot]).ToString();
    }

    /// <summary>
    /// What the first bytes of a file say: the global of a <c>window.YTD.&lt;global&gt;.partN =</c>
    /// wrapper, <c>__THAR_CONFIG</c> for the manifest, or nothing.
    /// </summary>
    public static HeadKind ReadHead(ReadOnlySpan<byte> head, out string global)
    {
        global = string.Empty;
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        var start = 0;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        head = head[start..];
        if (head.IsEmpty)
        {
            return HeadKind.Blank;
        }

        if (head[0] is (byte)'[' or (byte)'{')
        {
            return HeadKind.Json;
        }

        if (head.StartsWith("window."u8))
        {
            head = head[7..];
        }

        if (head.StartsWith("__THAR_CONFIG"u8))
        {
            return HeadKind.Manifest;
        }

        if (!head.StartsWith("YTD."u8))
        {
            return HeadKind.Other;
        }

        head = head[4..];
        var dot = head.IndexOf((byte)'.');
        if (dot <= 0 || dot > 100 || !head[(dot + 1)..].StartsWith("part"u8))
        {
            return HeadKind.Other;
        }

        global = System.Text.Encoding.ASCII.GetString(head[..dot]);
        return HeadKind.Global;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>What the head of a file is.</summary>
internal enum HeadKind
{
    /// <summary>Empty or white space.</summary>
    Blank,

    /// <summary>Plain JSON without a wrapper.</summary>
    Json,

    /// <summary><c>window.YTD.&lt;global&gt;.partN =</c>.</summary>
    Global,

    /// <summary><c>window.__THAR_CONFIG =</c>.</summary>
    Manifest,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>
/// The dates of X archives, parsed without culture and in UTC; the two shapes X writes are read
/// by hand from chars or straight from UTF-8 bytes (no string), anything else by the general parsers.
/// </summary>
internal static class TwitterDates
{
    private static readonly string[] CreatedAtFormats = ["ddd MMM dd HH:mm:ss zzz yyyy", "ddd MMM dd HH:mm:ss K yyyy", "ddd MMM d HH:mm:ss zzz yyyy"];

    /// <summary>Tweets' <c>created_at</c>: <c>Sat Feb 18 12:33:11 +0000 2023</c>.</summary>
    public static bool TryParseCreatedAt(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        return CreatedAt(s, out value) || DateParsing.TryParseExact(s, CreatedAtFormats, out value) || DateParsing.TryParseIso(s, out value);
    }

    /// <summary><c>created_at</c> from the UTF-8 bytes of the JSON value (the usual shape only).</summary>
    public static bool TryParseCreatedAt(ReadOnlySpan<byte> utf8, out DateTimeOffset value) => CreatedAt(utf8, out value);

    /// <summary>The ISO 8601 dates of DMs and the manifest: <c>2020-11-27T06:35:00.465Z</c>.</summary>
    public static bool TryParseIso(string? text, out DateTimeOffset value)
    {
        value = default;
        if (text is null)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        return Iso(s, out value) || DateParsing.TryParseIso(s, out value);
    }

    /// <summary>An ISO date from the UTF-8 bytes of the JSON value (the <c>…Z</c> shape X writes only).</summary>
    public static bool TryParseIso(ReadOnlySpan<byte> utf8, out DateTimeOffset value) => Iso(utf8, out value);

    private static bool CreatedAt<T>(ReadOnlySpan<T> s, out DateTimeOffset value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = default;
        if (s.Length == 30 && At(s, 3) == ' ' && At(s, 7) == ' ' && At(s, 10) == ' ' && At(s, 13) == ':' && At(s, 16) == ':' && At(s, 19) == ' ' && At(s, 25) == ' ' &&
            Month(At(s, 4), At(s, 5), At(s, 6)) is var month and > 0 &&
            Digits(s.Slice(8, 2), out var day) && Digits(s.Slice(11, 2), out var hour) && Digits(s.Slice(14, 2), out var minute) &&
            Digits(s.Slice(17, 2), out var second) && At(s, 20) is '+' or '-' && Digits(s.Slice(21, 2), out var offsetHours) &&
            Digits(s.Slice(23, 2), out var offsetMinutes) && Digits(s.Slice(26, 4), out var year) &&
            year >= 1 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && hour < 24 && minute < 60 && second < 60 &&
            offsetHours < 15 && offsetMinutes < 60)
        {
            var offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
            var ticks = At(s, 20) == '+' ? local.Ticks - offset.Ticks : local.Ticks + offset.Ticks;
            if (ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks)
            {
                value = new DateTimeOffset(ticks, TimeSpan.Zero);
                return true;
            }
        }

        return false;
    }

    private static bool Iso<T>(ReadOnlySpan<T> s, out DateTimeOffset value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = default;
        if (s.Length < 20 || At(s, s.Length - 1) != 'Z' || At(s, 4) != '-' || At(s, 7) != '-' || At(s, 10) != 'T' || At(s, 13) != ':' || At(s, 16) != ':' ||
            !Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day) ||
            !Digits(s.Slice(11, 2), out var hour) || !Digits(s.Slice(14, 2), out var minute) || !Digits(s.Slice(17, 2), out var second) ||
            year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour >= 24 || minute >= 60 || second >= 60)
        {
            return false;
        }

        long ticks = 0;
        var fraction = s[19..^1];
        if (!fraction.IsEmpty)
        {
            if (At(fraction, 0) != '.' || fraction.Length == 1 || fraction.Length > 10 || !Digits(fraction[1..], out var digits))
            {
                return false;
            }

            ticks = digits;
            for (var i = fraction.Length - 1; i < 7; i++)
            {
                ticks *= 10;
            }

            for (var i = 7; i < fraction.Length - 1; i++)
            {
                ticks /= 10;
            }
        }

        value = new DateTimeOffset(year, month, day, hour, minute, second, TimeSpan.Zero).AddTicks(ticks);
        return true;
    }

    private static char At<T>(ReadOnlySpan<T> s, int index)
        where T : unmanaged, IBinaryInteger<T> => (char)ushort.CreateTruncating(s[index]);

    private static int Month(char a, char b, char c) => (a, b, c) switch
    {
        ('J', 'a', 'n') => 1,
        ('F', 'e', 'b') => 2,
        ('M', 'a', 'r') => 3,
        ('A', 'p', 'r') => 4,
        ('M', 'a', 'y') => 5,
        ('J', 'u', 'n') => 6,
        ('J', 'u', 'l') => 7,
        ('A', 'u', 'g') => 8,
        ('S', 'e', 'p') => 9,
        ('O', 'c', 't') => 10,
        ('N', 'o', 'v') => 11,
        ('D', 'e', 'c') => 12,
        _ => 0,
    };

    private static bool Digits<T>(ReadOnlySpan<T> text, out int value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        if (text.IsEmpty || text.Length > 9)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = At(text, i);
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}

/// <summary>Reading single values of X's JSON, whatever the file holds in their place.</summary>
internal static class TwitterJson
{
    /// <summary>
    /// Moves from a property name to its value. A list or an object where a single value is
    /// expected is skipped whole (the reader then stands on its end, and the value reads as absent),
    /// so an odd value never puts the reader out of step.
    /// </summary>
    public static void Value(ref JsonStreamReader json)
    {
        json.Read();
        if (json.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            json.Skip();
        }
    }

    /// <summary>The property's value as text (a string, or a number's digits); null for anything else.</summary>
    public static string? Text(ref JsonStreamReader json)
    {
        Value(ref json);
        return Current(ref json);
    }

    /// <summary>The current value as text (a string, or a number's digits); null for anything else.</summary>
    public static string? Current(ref JsonStreamReader json) =>
        json.TokenType is JsonTokenType.String or JsonTokenType.Number ? json.GetString() : null;

    /// <summary>The property's value as a positive numeric id (X writes them as strings of digits).</summary>
    public static bool Id(ref JsonStreamReader json, out long id)
    {
        Value(ref json);
        return TwitterIds.TryRead(ref json, out id);
    }
}

/// <summary>Account ids of X archives.</summary>
internal static class TwitterIds
{
    /// <summary>
    /// The id of an account the archive names only by its handle (note tweets' mentions, a
    /// reply without a user id): <c>@handle</c> in lower case. Numeric ids are used wherever
    /// the archive gives one.
    /// </summary>
    public static string HandleKey(string handle) => "@" + handle.Trim().TrimStart('@').ToLowerInvariant();

    /// <summary>The key of an account id (digits) or of a handle-only account (<c>@handle</c>, as <see cref="HandleKey"/> writes it).</summary>
    public static AccountKey Key(string id) =>
        id.StartsWith('@') ? AccountKey.Normalized(Platform.Twitter, AccountKeyKind.Handle, id[1..]) : AccountKey.Normalized(Platform.Twitter, AccountKeyKind.Id, id);

    /// <summary>An account of X known by its id and, where the archive gives them, its handle and name.</summary>
    public static Account Account(string id, string? handle = null, string? name = null)
    {
        var key = Key(id);
        var account = new Account(key) { Handle = handle, Name = name };
        return handle is not null && key.Kind == AccountKeyKind.Id && Text.AccountKeys.HandleKey(Platform.Twitter, handle) is { } handleKey
            ? account with { Keys = [key, handleKey] }
            : account;
    }

    /// <summary>A positive numeric id, as X writes them (strings of digits).</summary>
    public static bool TryParse(string? text, out long id)
    {
        id = 0;
        return text is not null && long.TryParse(text.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }

    /// <summary>
    /// An id written as bare ASCII digits (UTF-8: no sign, no space), without making its string;
    /// accepts exactly what <see cref="TryParse(string?, out long)"/> accepts in that form. False
    /// says only "not in this form": the text may still be an id with spaces around it.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out long id) =>
        long.TryParse(utf8, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    public static string Format(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads an id value (string of digits or number); false for null, empty or non-numeric.</summary>
    public static bool TryRead(ref JsonStreamReader json, out long id)
    {
        if (json.TryGetInt64(out id) && id > 0)
        {
            return true;
        }

        if (json.TokenType == JsonTokenType.String)
        {
            return (json.TryGetUtf8(out var digits) && TryParse(digits, out id)) || TryParse(json.GetString(), out id);
        }

        id = 0;
        return false;
    }

    /// <summary>The owner's numeric id, when the snapshot's phase-0 files (or an inference) stated it.</summary>
    public static long? OwnerId(ParseContext context) =>
        context.Snapshot.Owner is { } owner && TryParse(owner.Id, out var id) ? id : null;
}

/// <summary>
/// The strings of account ids seen in one file, each made once, with its one-element
/// <see cref="Interaction.AccountKeys"/> array; a new id gives one <see cref="Account"/> record.
/// </summary>
internal sealed class AccountIdCache(ParseContext context)
{
    private readonly Dictionary<long, (AccountKey Key, System.Collections.Immutable.ImmutableArray<AccountKey> Single)> _ids = [];

    public AccountKey Key(long id) => Get(id).Key;

    public System.Collections.Immutable.ImmutableArray<AccountKey> Single(long id) => Get(id).Single;

    private (AccountKey Key, System.Collections.Immutable.ImmutableArray<AccountKey> Single) Get(long id)
    {
        if (!_ids.TryGetValue(id, out var entry))
        {
            var text = TwitterIds.Format(id);
            var key = TwitterIds.Key(text);
            entry = (key, [key]);
            _ids.Add(id, entry);
            context.Add(new Account(key));
        }

        return entry;
    }
}

/// <summary>Keys of what X's files share through <see cref="SnapshotState"/>, and a thread-safe get-or-add.</summary>
internal static class TwitterState
{
    public const string Manifest = "twitter.manifest";
    public const string DirectMessageIds = "twitter.dm-ids";
    public const string TweetIndex = "twitter.tweet-index";

    private static readonly object Gate = new();

    public static T GetOrAdd<T>(SnapshotState state, string key)
        where T : class, new()
    {
        lock (Gate)
        {
            var value = state.Get<T>(key);
            if (value is null)
            {
                value = new T();
                state.Set(key, value);
            }

            return value;
        }
    }

    /// <summary>Whether the snapshot's input holds a file of the type, by its file name (callers treat an unknown list of entries as "yes").</summary>
    public static bool HasFileOf(ParseContext context, TwitterDataType type)
    {
        foreach (var entry in context.Snapshot.Entries)
        {
            if (type.MatchesName(entry.Name.ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }
}
