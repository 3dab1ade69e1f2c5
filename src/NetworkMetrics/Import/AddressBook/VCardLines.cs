using System.Text;

namespace NetworkMetrics.Import.AddressBook;

/// <summary>
/// The logical lines of a vCard file: physical lines (CRLF, LF or CR) unfolded (a line that
/// starts with a space or tab continues the previous one, RFC 6350 §3.2) and, for
/// quoted-printable values (vCard 2.1), joined at <c>=</c> soft line breaks. The text encoding
/// comes from the byte order mark (UTF-8, or UTF-16 as Windows writes it), UTF-8 without one.
/// Values of binary properties (<c>PHOTO</c>, <c>LOGO</c>, <c>SOUND</c>, <c>KEY</c>) are dropped as
/// they are read, and no line grows past the limit, so memory stays flat.
/// </summary>
internal sealed class VCardLines : IDisposable
{
    private static readonly string[] BinaryProperties = ["PHOTO", "LOGO", "SOUND", "KEY"];
    private readonly TextReader _reader;
    private readonly int _maxLine;
    private readonly StringBuilder _physical = new();
    private readonly StringBuilder _pending = new();
    private readonly char[] _buffer = new char[8192];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _hasPending;
    private bool _pendingQuotedPrintable;
    private bool _pendingDropped;
    private long _pendingLine;
    private long _lineNumber;
    private bool _cut;

    public VCardLines(Stream stream, int maxLine)
    {
        _reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen: true);
        _maxLine = maxLine;
    }

    /// <summary>How many logical lines were cut at the limit.</summary>
    public int TooLong { get; private set; }

    /// <summary>The next logical line and the physical line it starts on; <see langword="false"/> at the end.</summary>
    public bool Next(out string line, out long lineNumber)
    {
        while (ReadPhysical() is { } physical)
        {
            if (_hasPending)
            {
                if (_pendingQuotedPrintable && _pending.Length > 0 && _pending[^1] == '=')
                {
                    _pending.Length--;
                    Append(physical, 0);
                    continue;
                }

                if (physical.Length > 0 && physical[0] is ' ' or '\t')
                {
                    Append(physical, 1);
                    continue;
                }

                line = _pending.ToString();
                lineNumber = _pendingLine;
                Start(physical);
                return true;
            }

            Start(physical);
        }

        if (_hasPending)
        {
            line = _pending.ToString();
            lineNumber = _pendingLine;
            _hasPending = false;
            return true;
        }

        line = string.Empty;
        lineNumber = _lineNumber;
        return false;
    }

    public void Dispose() => _reader.Dispose();

    private void Start(string physical)
    {
        _pending.Clear();
        if (physical.Length == 0)
        {
            _hasPending = false;
            return;
        }

        _hasPending = true;
        _pendingLine = _lineNumber;
        var colon = physical.IndexOf(':', StringComparison.Ordinal);
        var head = colon < 0 ? physical : physical[..colon];
        _pendingQuotedPrintable = head.Contains("QUOTED-PRINTABLE", StringComparison.OrdinalIgnoreCase);
        var name = head.Split(';')[0];
        name = name[(name.LastIndexOf('.') + 1)..];
        _pendingDropped = colon >= 0 && BinaryProperties.Contains(name, StringComparer.OrdinalIgnoreCase);
        _pending.Append(_pendingDropped ? physical.AsSpan(0, colon + 1) : physical);
        if (_cut && !_pendingDropped)
        {
            TooLong++;
            _pendingDropped = true;
        }
    }

    private void Append(string physical, int from)
    {
        if (_pendingDropped)
        {
            return;
        }

        var room = _maxLine - _pending.Length;
        var take = Math.Min(room, physical.Length - from);
        if (take < physical.Length - from || _cut)
        {
            TooLong++;
            _pendingDropped = true;
        }

        if (take > 0)
        {
            _pending.Append(physical, from, take);
        }
    }

    /// <summary>One physical line without its terminator (cut at the limit); <see langword="null"/> at the end.</summary>
    private string? ReadPhysical()
    {
        _physical.Clear();
        var any = false;
        _cut = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_eof || (_end = _reader.Read(_buffer, 0, _buffer.Length)) == 0)
                {
                    _eof = true;
                    _start = _end = 0;
                    if (!any)
                    {
                        return null;
                    }

                    break;
                }

                _start = 0;
            }

            any = true;
            var span = _buffer.AsSpan(_start, _end - _start);
            var stop = span.IndexOfAny('\r', '\n');
            var chunk = stop < 0 ? span : span[..stop];
            var room = _maxLine - _physical.Length;
            if (chunk.Length > room)
            {
                _cut = true;
            }

            _physical.Append(chunk[..Math.Min(room, chunk.Length)]);
            if (stop < 0)
            {
                _start = _end;
                continue;
            }

            var cr = span[stop] == '\r';
            _start += stop + 1;
            if (cr)
            {
                // CRLF, and CR CR LF (an iPhone export ends its lines so): one line break each, or every
                // folded line would be followed by an empty one. The LF may be in the next block.
                if (Peek(0) == '\n')
                {
                    _start++;
                }
                else if (Peek(0) == '\r' && Peek(1) == '\n')
                {
                    _start += 2;
                }
            }

            break;
        }

        _lineNumber++;
        return _physical.ToString();
    }

    /// <summary>The character <paramref name="ahead"/> places after the next unread one, reading on when the buffer ends first; -1 at the end of the file.</summary>
    private int Peek(int ahead)
    {
        while (_end - _start <= ahead && !_eof)
        {
            // Keep what is unread at the front, and fill the rest.
            var left = _end - _start;
            Array.Copy(_buffer, _start, _buffer, 0, left);
            _start = 0;
            _end = left;
            var n = _reader.Read(_buffer, left, _buffer.Length - left);
            _end += n;
            _eof = n == 0;
        }

        return _end - _start > ahead ? _buffer[_start + ahead] : -1;
    }
}
