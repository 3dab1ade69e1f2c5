using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;

namespace NetworkMetrics.Import;

/// <summary>
/// <see cref="Utf8JsonReader"/> over a stream, with flat memory: the buffer is refilled as
/// tokens are consumed, the reader state is carried across refills (a token that straddles
/// two blocks is read whole), and the buffer grows only for a single token longer than itself,
/// up to <see cref="ImportLimits.MaxStringLength"/>. Also reads the JavaScript wrappers of X
/// archives (<c>window.YTD.follower.part0 = [ … ]</c>): everything before the first
/// <c>[</c> or <c>{</c> after <c>=</c> is skipped, and whatever follows the root value (a
/// <c>;</c>) is ignored.
/// </summary>
/// <remarks>
/// A token's value (<see cref="GetString"/>, <see cref="ValueTextEquals"/>…) is valid until the
/// next <see cref="Read"/>. Use it with <c>using var json = …</c>; it returns its buffer to the pool.
/// </remarks>
internal ref struct JsonStreamReader
{
    private const int InitialBufferSize = 64 * 1024;
    private readonly Stream _stream;
    private readonly ParseContext _context;
    private readonly int _maxToken;
    private byte[] _buffer;
    private byte[] _names = [];
    private int _length;
    private bool _final;
    private long _consumedBefore;
    private bool _rootDone;
    private Utf8JsonReader _reader;

    private JsonStreamReader(Stream stream, ParseContext context, bool javaScript)
    {
        _stream = stream;
        _context = context;
        _maxToken = Math.Max(InitialBufferSize, context.Limits.MaxStringLength);
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        _length = 0;
        _final = false;
        Fill();
        var start = SkipPreamble(javaScript);
        _consumedBefore = start;
        if (start > 0)
        {
            // Keep offsets simple: move the data to the front once.
            Buffer.BlockCopy(_buffer, start, _buffer, 0, _length - start);
            _length -= start;
        }

        // An empty file (or a wrapper with nothing after it) holds no value: Read() returns false, no error.
        _rootDone = _final && IsWhitespace(_buffer.AsSpan(0, _length));
        _reader = new Utf8JsonReader(_buffer.AsSpan(0, _length), _final, new JsonReaderState(Options(context)));
    }

    /// <summary>Whether any string read so far held invalid UTF-8 (replaced by U+FFFD).</summary>
    public bool SawInvalidUtf8 { get; private set; }

    public readonly JsonTokenType TokenType => _reader.TokenType;

    public readonly int CurrentDepth => _reader.CurrentDepth;

    /// <summary>The byte offset of the current position in the (decompressed) file.</summary>
    public readonly long Offset => _consumedBefore + _reader.BytesConsumed;

    /// <summary>Opens a JSON file (or an X archive's JavaScript file when <paramref name="javaScript"/>).</summary>
    public static JsonStreamReader Create(Stream stream, ParseContext context, bool javaScript = false) => new(stream, context, javaScript);

    public static JsonReaderOptions Options(ParseContext context) => new()
    {
        MaxDepth = context.Limits.MaxJsonDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Moves to the next token; <see langword="false"/> after the root value (or at the end of an empty file).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Read()
    {
        // The usual case, inlined: a token inside the root value, already in the buffer. A reader
        // that returns false leaves its state unchanged, so the full path below starts over.
        if (_reader.TokenType != JsonTokenType.None && !_rootDone && _reader.Read())
        {
            if (_reader.CurrentDepth == 0)
            {
                NoteRootEnd();
            }

            return true;
        }

        return ReadSlowly();
    }

    private bool ReadSlowly()
    {
        if (_rootDone || (_final && _reader.TokenType == JsonTokenType.None && ((_length == 0 && _consumedBefore == 0) || (_reader.BytesConsumed == 0 && IsWhitespace(_buffer.AsSpan(0, _length))))))
        {
            return false; // an empty file (or one of whitespace only) is zero records, not an error
        }

        while (!_reader.Read())
        {
            if (_final)
            {
                if (_reader.BytesConsumed < _length && !IsWhitespace(_buffer.AsSpan((int)_reader.BytesConsumed, _length - (int)_reader.BytesConsumed)))
                {
                    throw new JsonException("the JSON ends in the middle of a value (the file is truncated)", null, null, Offset);
                }

                return false;
            }

            Refill();
        }

        if (_reader.CurrentDepth == 0)
        {
            NoteRootEnd();
        }

        return true;
    }

    /// <summary>At depth 0: the root value ends with this token unless it opens the root.</summary>
    private void NoteRootEnd()
    {
        if (_reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject or JsonTokenType.String
            or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
        {
            _rootDone = true;
        }
    }

    /// <summary>
    /// Inside an object: moves to the value of the next property named <paramref name="name"/>
    /// whose value is an array, passing over every other property (and a same-named one that is
    /// not an array); <see langword="false"/> at the end of the object.
    /// </summary>
    public bool SeekArrayProperty(ReadOnlySpan<byte> name)
    {
        while (Read() && TokenType == JsonTokenType.PropertyName)
        {
            if (!ValueTextEquals(name))
            {
                Skip();
                continue;
            }

            Read();
            if (TokenType == JsonTokenType.StartArray)
            {
                return true;
            }

            Skip();
        }

        return false;
    }

    /// <summary>Inside an array: moves to the next element that is an object, passing over the others; <see langword="false"/> at the end of the array.</summary>
    public bool NextObject()
    {
        while (Read() && TokenType != JsonTokenType.EndArray)
        {
            if (TokenType == JsonTokenType.StartObject)
            {
                return true;
            }

            Skip();
        }

        return false;
    }

    /// <summary>Reads the next token and requires it to be of a type; a diagnostic-bearing exception otherwise.</summary>
    public void Expect(JsonTokenType type, string what)
    {
        if (!Read() || TokenType != type)
        {
            throw _context.Fail("json.unexpected", $"expected {what}", offset: Offset);
        }
    }

    /// <summary>Skips the value of the current token (the whole object or array when it opens one).</summary>
    public void Skip()
    {
        if (TokenType == JsonTokenType.PropertyName)
        {
            Read();
        }

        if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var depth = CurrentDepth;
            while (Read() && CurrentDepth > depth)
            {
            }
        }
    }

    /// <summary>The string value, with invalid UTF-8 replaced (and noted in <see cref="SawInvalidUtf8"/>); null for a JSON null.</summary>
    public string? GetString()
    {
        if (_reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (_reader.TokenType is JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False)
        {
            return Encoding.UTF8.GetString(_reader.HasValueSequence ? _reader.ValueSequence.ToArray() : _reader.ValueSpan);
        }

        try
        {
            return _reader.GetString();
        }
        catch (InvalidOperationException)
        {
            SawInvalidUtf8 = true;
            return Encoding.UTF8.GetString(_reader.ValueSpan);
        }
    }

    /// <summary>
    /// Passes over the current string without decoding it, for a counting path that has no use for
    /// the value, yet notes invalid UTF-8 (in <see cref="SawInvalidUtf8"/>) exactly as
    /// <see cref="GetString"/> would, so that the file's diagnostics stay the same. Nothing for
    /// another token type (<see cref="GetString"/> notes nothing for those either). Returns whether
    /// the string decodes without replacement (always <see langword="true"/> for another token type).
    /// </summary>
    /// <remarks>
    /// Valid UTF-8 bytes whose escapes name no surrogate (<c>\ud…</c>, <c>\uD…</c>, the only
    /// escapes that can decode to invalid UTF-16) always decode: checking that is a vectorised scan.
    /// Anything else takes <see cref="GetString"/> itself.
    /// </remarks>
    public bool NoteString()
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            return true;
        }

        var raw = _reader.ValueSpan;
        if ((Ascii.IsValid(raw) || System.Text.Unicode.Utf8.IsValid(raw)) && !(_reader.ValueIsEscaped && HasSurrogateEscape(raw)))
        {
            return true;
        }

        var seen = SawInvalidUtf8;
        SawInvalidUtf8 = false;
        GetString();
        var invalid = SawInvalidUtf8;
        SawInvalidUtf8 |= seen;
        return !invalid;
    }

    /// <summary>Whether raw JSON string bytes may hold a <c>\u</c> escape of a UTF-16 surrogate (a false positive only costs a decode).</summary>
    internal static bool HasSurrogateEscape(ReadOnlySpan<byte> raw)
    {
        // One pass for both cases of the d: \u followed by d or D, 16 positions at a time.
        var i = 0;
        if (Vector128.IsHardwareAccelerated && raw.Length >= 18)
        {
            ref var start = ref MemoryMarshal.GetReference(raw);
            var backslash = Vector128.Create((byte)'\\');
            var u = Vector128.Create((byte)'u');
            var d = Vector128.Create((byte)'d');
            var lower = Vector128.Create((byte)0x20);
            for (; i + 18 <= raw.Length; i += 16)
            {
                var match = Vector128.Equals(Vector128.LoadUnsafe(ref start, (nuint)i), backslash)
                    & Vector128.Equals(Vector128.LoadUnsafe(ref start, (nuint)(i + 1)), u)
                    & Vector128.Equals(Vector128.LoadUnsafe(ref start, (nuint)(i + 2)) | lower, d);
                if (match != Vector128<byte>.Zero)
                {
                    return true;
                }
            }
        }

        for (; i + 2 < raw.Length; i++)
        {
            if (raw[i] == (byte)'\\' && raw[i + 1] == (byte)'u' && (raw[i + 2] | 0x20) == (byte)'d')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value as a 64-bit integer, also from a string of digits (X writes numbers as strings).</summary>
    public bool TryGetInt64(out long value)
    {
        if (_reader.TokenType == JsonTokenType.Number)
        {
            if (_reader.TryGetInt64(out value))
            {
                return true;
            }

            if (_reader.TryGetDouble(out var d) && d is >= long.MinValue and <= long.MaxValue)
            {
                value = (long)d;
                return true;
            }

            return false;
        }

        value = 0;
        return _reader.TokenType == JsonTokenType.String && !_reader.ValueIsEscaped &&
            System.Buffers.Text.Utf8Parser.TryParse(_reader.ValueSpan, out value, out var used) && used == _reader.ValueSpan.Length;
    }

    /// <summary>
    /// The length in bytes of the current value as the file writes it (escapes included): an upper
    /// bound of its length in chars once unescaped, so enough room for <see cref="CopyString(Span{char})"/>.
    /// </summary>
    public readonly int ValueLength => _reader.ValueSpan.Length;

    /// <summary>
    /// Copies the current string or property name, unescaped, into <paramref name="destination"/>
    /// (at least <see cref="ValueLength"/> chars) without allocating; invalid UTF-8 is replaced as
    /// <see cref="GetString"/> does. Returns the number of chars written.
    /// </summary>
    /// <exception cref="InvalidOperationException">The current token is not a string or a property name.</exception>
    public int CopyString(Span<char> destination)
    {
        if (_reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new InvalidOperationException("CopyString needs a string or a property name");
        }

        var written = CopyString(ref _reader, destination, out var invalid);
        SawInvalidUtf8 |= invalid;
        return written;
    }

    /// <summary>
    /// Copies a reader's current string, unescaped, into <paramref name="destination"/>; invalid
    /// UTF-8 (or an escape that is not valid UTF-16) is replaced as <see cref="GetString"/> does
    /// and reported in <paramref name="invalid"/>. For strings kept as raw bytes and decoded later.
    /// </summary>
    public static int CopyString(ref Utf8JsonReader reader, Span<char> destination, out bool invalid)
    {
        try
        {
            invalid = false;
            return reader.CopyString(destination);
        }
        catch (InvalidOperationException)
        {
            invalid = true;
            return Encoding.UTF8.GetChars(reader.ValueSpan, destination);
        }
    }

    /// <summary>
    /// The bytes of the current value as the file writes them, escapes included (no quotes); valid
    /// until the next <see cref="Read"/>. Equal bytes always decode to equal strings.
    /// </summary>
    public readonly ReadOnlySpan<byte> RawValue => _reader.ValueSpan;

    /// <summary>
    /// The UTF-8 bytes of the current string when it holds no escape (the usual case for dates and
    /// ids), without allocating; valid until the next <see cref="Read"/>. False otherwise: use <see cref="GetString"/>.
    /// </summary>
    public readonly bool TryGetUtf8(out ReadOnlySpan<byte> value)
    {
        if (_reader.TokenType == JsonTokenType.String && !_reader.ValueIsEscaped && !_reader.HasValueSequence)
        {
            value = _reader.ValueSpan;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>
    /// The current property name (or string), unescaped, as UTF-8: the way to test one name against
    /// several (<c>name.SequenceEqual("id"u8)</c>), each test then a comparison of lengths at most.
    /// Valid until the next <see cref="Read"/>. Equal to a text exactly when
    /// <see cref="ValueTextEquals"/> says it is: a name whose escapes are not valid UTF-16 comes back
    /// as a byte no UTF-8 text holds.
    /// </summary>
    public ReadOnlySpan<byte> Name
    {
        get
        {
            if (IsPlainText)
            {
                return _reader.ValueSpan;
            }

            return UnescapedName();
        }
    }

    /// <summary>Whether the current token is a property name or string written without escapes, in one span: its bytes are its text.</summary>
    private readonly bool IsPlainText =>
        _reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String && !_reader.ValueIsEscaped && !_reader.HasValueSequence;

    private ReadOnlySpan<byte> UnescapedName()
    {
        if (_reader.TokenType is not (JsonTokenType.PropertyName or JsonTokenType.String))
        {
            throw new InvalidOperationException("Name needs a property name or a string");
        }

        if (_names.Length < _reader.ValueSpan.Length)
        {
            if (_names.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_names);
            }

            _names = ArrayPool<byte>.Shared.Rent(Math.Max(64, _reader.ValueSpan.Length));
        }

        try
        {
            return _names.AsSpan(0, _reader.CopyString(_names));
        }
        catch (InvalidOperationException)
        {
            return [0xFF];
        }
    }

    /// <summary>Whether the current property name or string equals <paramref name="utf8"/>.</summary>
    /// <remarks>
    /// An escape that is not valid UTF-16 (a lone surrogate such as <c>\ude00</c>) equals no
    /// name: <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> would throw
    /// <see cref="InvalidOperationException"/>, which is not a bad-input exception (found by fuzzing).
    /// </remarks>
    public readonly bool ValueTextEquals(ReadOnlySpan<byte> utf8)
    {
        // The usual case, a name without escapes, is a plain comparison of bytes: inlined, no try.
        if (IsPlainText)
        {
            return _reader.ValueSpan.SequenceEqual(utf8);
        }

        return EscapedTextEquals(utf8);
    }

    private readonly bool EscapedTextEquals(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return _reader.ValueTextEquals(utf8);
        }
        catch (InvalidOperationException) when (_reader.ValueIsEscaped)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        if (_names.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_names);
            _names = [];
        }

        if (SawInvalidUtf8)
        {
            SawInvalidUtf8 = false;
            _context.Report(DiagnosticSeverity.Warning, "json.invalid-utf8", "the file holds invalid UTF-8; the bad bytes were replaced by U+FFFD");
        }
    }

    private static bool IsWhitespace(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)';'))
            {
                return false;
            }
        }

        return true;
    }

    private void Fill()
    {
        while (_length < _buffer.Length)
        {
            var n = _stream.Read(_buffer, _length, _buffer.Length - _length);
            if (n == 0)
            {
                _final = true;
                return;
            }

            _length += n;
        }
    }

    private void Refill()
    {
        var consumed = (int)_reader.BytesConsumed;
        var state = _reader.CurrentState;
        var leftover = _length - consumed;
        if (consumed == 0 && _length == _buffer.Length)
        {
            // One token is longer than the buffer: grow, within the limit.
            if (_buffer.Length >= _maxToken)
            {
                throw _context.Fail("json.token-too-large",
                    FormattableString.Invariant($"a single JSON value is longer than {_maxToken} bytes (ImportLimits.MaxStringLength)"), offset: Offset);
            }

            var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, _maxToken + 1));
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _length);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        else
        {
            Buffer.BlockCopy(_buffer, consumed, _buffer, 0, leftover);
            _length = leftover;
            _consumedBefore += consumed;
        }

        Fill();
        _reader = new Utf8JsonReader(_buffer.AsSpan(0, _length), _final, state);
    }

    /// <summary>Finds where the JSON starts: after a BOM, and for JavaScript after <c>… =</c>.</summary>
    private readonly int SkipPreamble(bool javaScript)
    {
        var span = _buffer.AsSpan(0, _length);
        var start = span.StartsWith("\uFEFF"u8) ? 3 : 0;
        if (!javaScript)
        {
            return start;
        }

        var equals = span[start..].IndexOf((byte)'=');
        var first = span[start..].IndexOfAny((byte)'[', (byte)'{');
        if (equals >= 0 && (first < 0 || equals < first))
        {
            var after = start + equals + 1;
            var open = span[after..].IndexOfAny((byte)'[', (byte)'{');
            return open >= 0 ? after + open : after;
        }

        return first >= 0 ? start + first : start;
    }
}
