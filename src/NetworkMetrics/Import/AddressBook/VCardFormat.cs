using System.Text;

namespace NetworkMetrics.Import.AddressBook;

/// <summary>
/// vCard files (<c>*.vcf</c>, or any file that starts with <c>BEGIN:VCARD</c>), versions 2.1,
/// 3.0 and 4.0, many cards per file (Google Takeout: <c>Takeout/Contacts/&lt;label&gt;/&lt;label&gt;.vcf</c>).
/// Every card is one <see cref="TieKind.Contact"/> tie with its account: <c>FN</c> (else
/// <c>N</c>, <c>NICKNAME</c>, <c>ORG</c>) as the name, every <c>EMAIL</c>, <c>TEL</c>, <c>URL</c>
/// and web link of <c>X-SOCIALPROFILE</c>. Folded lines, quoted-printable values with soft line
/// breaks and charsets (2.1), backslash escapes, grouped properties (<c>item1.EMAIL</c>) and
/// UTF-16 files with a byte order mark are read.
/// </summary>
internal sealed class VCardFormat : ExportFormat
{
    private static readonly string[] VCardExtensions = [".vcf", ".vcard"];

    /// <summary>Extensions whose files are another format: their first bytes are not read.</summary>
    private static readonly string[] OtherExtensions =
    [
        ".json", ".js", ".csv", ".html", ".htm", ".xml", ".car", ".pdf", ".zip", ".gz",
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".heic", ".mp4", ".mov", ".webm", ".mp3", ".m4a", ".ogg",
    ];

    public override Platform Platform => Platform.AddressBook;

    /// <summary>Contacts are unioned across the files of the address book: parsed in path order, so the result never depends on timing.</summary>
    public override bool ParseInOrder => true;

    public override string Id => "addressbook.vcard";

    public override CountKinds Holds => CountKinds.Connections;

    public override PathMatch MatchPath(string path, string name)
    {
        if (VCardExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal)))
        {
            return PathMatch.Yes;
        }

        return OtherExtensions.Any(e => name.EndsWith(e, StringComparison.Ordinal)) ? PathMatch.No : PathMatch.IfContent;
    }

    /// <summary>A file whose text (UTF-8 or UTF-16 by its byte order mark) starts with <c>BEGIN:VCARD</c>.</summary>
    public override bool MatchContent(ReadOnlySpan<byte> head)
    {
        string text;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(head[2..(2 + Math.Min(64, (head.Length - 2) & ~1))]);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(head[2..(2 + Math.Min(64, (head.Length - 2) & ~1))]);
        }
        else
        {
            var start = head.StartsWith("\uFEFF"u8) ? 3 : 0;
            text = Encoding.UTF8.GetString(head[start..Math.Min(head.Length, start + 64)]);
        }

        return text.TrimStart().StartsWith("BEGIN:VCARD", StringComparison.OrdinalIgnoreCase);
    }

    public override void Parse(Stream stream, ParseContext context)
    {
        using var lines = new VCardLines(stream, Math.Min(context.Limits.MaxStringLength, 1 << 20));
        var emitter = new ContactEmitter(context);
        var contact = new ContactBuilder();
        var sawCard = false;
        var depth = 0;
        long cardLine = 0, record = 0, outside = 0, firstOutside = 0, malformed = 0, firstMalformed = 0;
        string? version = null;
        var v21 = false;
        while (lines.Next(out var text, out var number))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!ContentLine.TryParse(text, out var line))
            {
                if (depth > 0)
                {
                    malformed++;
                    firstMalformed = firstMalformed == 0 ? number : firstMalformed;
                }
                else
                {
                    outside++;
                    firstOutside = firstOutside == 0 ? number : firstOutside;
                }

                continue;
            }

            if (line.Is("BEGIN") && line.RawValue.Trim().Equals("VCARD", StringComparison.OrdinalIgnoreCase))
            {
                if (depth++ == 0)
                {
                    sawCard = true;
                    record++;
                    cardLine = number;
                    contact.Clear();
                    v21 = false;
                }

                continue;
            }

            if (depth == 0)
            {
                outside++;
                firstOutside = firstOutside == 0 ? number : firstOutside;
                continue;
            }

            if (line.Is("END") && line.RawValue.Trim().Equals("VCARD", StringComparison.OrdinalIgnoreCase))
            {
                if (--depth == 0)
                {
                    emitter.Emit(contact);
                }

                continue;
            }

            if (depth > 1)
            {
                continue; // a card nested in a property (2.1 AGENT): not a contact of the owner
            }

            Read(line, contact, ref version, ref v21);
        }

        if (depth > 0)
        {
            context.Report(DiagnosticSeverity.Warning, "addressbook.unterminated-card",
                "the last card has no END:VCARD (the file is truncated?); what it holds was read", cardLine, record);
            emitter.Emit(contact);
        }

        context.Format = Id + (version is null ? string.Empty : "." + version);
        if (!sawCard && outside > 0)
        {
            throw context.Fail("addressbook.not-vcard", "no BEGIN:VCARD in the file; expected vCard cards (BEGIN:VCARD … END:VCARD)", firstOutside);
        }

        if (outside > 0)
        {
            context.Report(DiagnosticSeverity.Warning, "addressbook.outside-card",
                FormattableString.Invariant($"{outside} line(s) outside BEGIN:VCARD … END:VCARD were ignored"), firstOutside);
        }

        if (malformed > 0)
        {
            context.Report(DiagnosticSeverity.Warning, "addressbook.bad-line",
                FormattableString.Invariant($"{malformed} line(s) inside cards are not vCard properties (NAME:value) and were ignored"), firstMalformed);
        }

        if (lines.TooLong > 0)
        {
            context.Report(DiagnosticSeverity.Warning, "addressbook.line-too-long",
                FormattableString.Invariant($"{lines.TooLong} property line(s) longer than the limit were cut"));
        }

        emitter.Finish();
    }

    private static void Read(ContentLine line, ContactBuilder contact, ref string? version, ref bool v21)
    {
        switch (line.Name)
        {
            case "VERSION":
                var value = line.RawValue.Trim();
                version ??= value is { Length: > 0 and < 8 } ? value : null;
                v21 = value == "2.1";
                break;
            case "FN":
                contact.FullName ??= ContentLine.Unescape(line.Value(), v21);
                break;
            case "N":
                contact.ComposedName ??= ComposeName(ContentLine.SplitStructured(line.Value(), v21));
                break;
            case "NICKNAME":
                contact.Nickname ??= ContentLine.Unescape(line.Value(), v21).Split(',')[0];
                break;
            case "ORG":
                contact.Organization ??= ContentLine.SplitStructured(line.Value(), v21) is [var org, ..] ? org : null;
                break;
            case "EMAIL":
                contact.AddEmail(ContentLine.Unescape(line.Value(), v21));
                break;
            case "TEL":
                contact.AddPhone(ContentLine.Unescape(line.Value(), v21));
                break;
            case "URL":
                contact.AddUrl(ContentLine.Unescape(line.Value(), v21));
                break;
            case "X-SOCIALPROFILE":
                var link = ContentLine.Unescape(line.Value(), v21).Trim();
                if (link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                {
                    contact.AddUrl(link);
                }

                break;
        }
    }

    /// <summary><c>N</c> (family;given;additional;prefix;suffix) as "given additional family".</summary>
    private static string? ComposeName(string[] parts)
    {
        string Part(int i) => i < parts.Length ? parts[i].Replace(',', ' ').Trim() : string.Empty;
        var name = string.Join(' ', new[] { Part(1), Part(2), Part(0) }.Where(p => p.Length > 0));
        return name.Length == 0 ? null : name;
    }
}

/// <summary>One vCard property: <c>[group.]NAME[;PARAM=value…]:value</c>.</summary>
internal readonly struct ContentLine
{
    private readonly string[] _parameters;

    private ContentLine(string name, string[] parameters, string rawValue)
    {
        Name = name;
        _parameters = parameters;
        RawValue = rawValue;
    }

    /// <summary>The property name, upper case, without its group.</summary>
    public string Name { get; }

    /// <summary>The value as written (still encoded and escaped).</summary>
    public string RawValue { get; }

    public bool Is(string name) => Name == name;

    public static bool TryParse(string text, out ContentLine line)
    {
        line = default;
        var colon = -1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == ':' && !quoted)
            {
                colon = i;
                break;
            }
        }

        if (colon <= 0)
        {
            return false;
        }

        var head = SplitOutsideQuotes(text[..colon]);
        var name = head[0].Trim();
        name = name[(name.LastIndexOf('.') + 1)..];
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            return false;
        }

        line = new ContentLine(name.ToUpperInvariant(), head[1..], text[(colon + 1)..]);
        return true;
    }

    /// <summary>The value decoded (quoted-printable or base64 in the parameter's charset), not yet unescaped.</summary>
    public string Value()
    {
        string? encoding = null, charset = null;
        foreach (var parameter in _parameters)
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? null : parameter[..equals].Trim().ToUpperInvariant();
            var value = (equals < 0 ? parameter : parameter[(equals + 1)..]).Trim().Trim('"');
            if (key == "ENCODING" || (key is null && value.ToUpperInvariant() is "QUOTED-PRINTABLE" or "BASE64" or "B"))
            {
                encoding = value.ToUpperInvariant();
            }
            else if (key == "CHARSET")
            {
                charset = value;
            }
        }

        return encoding switch
        {
            "QUOTED-PRINTABLE" or "QP" => Charset(charset).GetString(QuotedPrintable(RawValue)),
            "B" or "BASE64" => DecodeBase64(RawValue, charset),
            _ => RawValue,
        };
    }

    /// <summary>
    /// Backslash escapes undone: <c>\,</c> <c>\;</c> <c>\:</c> <c>\\</c> and <c>\n</c> (a newline) in
    /// vCard 3.0 and 4.0; only <c>\;</c> in vCard 2.1, whose writers leave other backslashes as they are.
    /// </summary>
    public static string Unescape(string value, bool v21 = false)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\' && i + 1 < value.Length && (!v21 || value[i + 1] == ';'))
            {
                var next = value[++i];
                builder.Append(next is 'n' or 'N' ? '\n' : next);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A structured value (<c>N</c>, <c>ORG</c>) split at unescaped <c>;</c>, each component unescaped.</summary>
    public static string[] SplitStructured(string value, bool v21 = false)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && (!v21 || (i + 1 < value.Length && value[i + 1] == ';')))
            {
                i++;
            }
            else if (value[i] == ';')
            {
                parts.Add(Unescape(value[start..i], v21));
                start = i + 1;
            }
        }

        parts.Add(Unescape(value[start..], v21));
        return [.. parts];
    }

    private static string[] SplitOutsideQuotes(string text)
    {
        var parts = new List<string>();
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == ';' && !quoted)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return [.. parts];
    }

    private static byte[] QuotedPrintable(string value)
    {
        var bytes = new List<byte>(value.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '=' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
            {
                bytes.Add((byte)((Hex(value[i + 1]) << 4) | Hex(value[i + 2])));
                i += 2;
            }
            else if (c < 0x80)
            {
                bytes.Add((byte)c);
            }
            else
            {
                var n = Encoding.UTF8.GetBytes(value.AsSpan(i, char.IsHighSurrogate(c) && i + 1 < value.Length ? 2 : 1), utf8);
                for (var k = 0; k < n; k++)
                {
                    bytes.Add(utf8[k]);
                }

                i += char.IsHighSurrogate(c) && i + 1 < value.Length ? 1 : 0;
            }
        }

        return [.. bytes];

        static bool IsHex(char c) => char.IsAsciiHexDigit(c);

        static int Hex(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }

    private static string DecodeBase64(string value, string? charset)
    {
        try
        {
            return Charset(charset).GetString(Convert.FromBase64String(value.Trim()));
        }
        catch (FormatException)
        {
            return value;
        }
    }

    /// <summary>The encodings vCard files name: UTF-8 (the default), Latin-1 and its Windows variant (read as Latin-1), ASCII, UTF-16.</summary>
    private static Encoding Charset(string? name) => name?.ToUpperInvariant() switch
    {
        "ISO-8859-1" or "LATIN1" or "ISO8859-1" or "WINDOWS-1252" or "CP1252" => Encoding.Latin1,
        "US-ASCII" or "ASCII" => Encoding.ASCII,
        "UTF-16" or "UTF-16LE" => Encoding.Unicode,
        "UTF-16BE" => Encoding.BigEndianUnicode,
        _ => Encoding.UTF8,
    };
}
