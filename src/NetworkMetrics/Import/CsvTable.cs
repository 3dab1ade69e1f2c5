using CsvHelper;

namespace NetworkMetrics.Import;

/// <summary>
/// A CSV file read by header name over CsvHelper's streaming reader. The header is found
/// by content, not assumed on line 1 (LinkedIn's Notes preamble, Excel re-saves); BOM,
/// CRLF or LF are accepted; malformed quoting is reported as a warning.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    /// <summary>
    /// How far into the file the header may start. A preamble of notes can be any number of rows
    /// (LinkedIn's three-line Notes block, hand-edited files with more, or fewer, lines); the bound is in
    /// bytes so that a file that is not this family's is given up on after a bounded read.
    /// </summary>
    private const long MaxPreambleBytes = 1 << 20;
    private readonly CsvReader _reader;
    private readonly ParseContext _context;
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private bool _pendingFirst;
    private bool _sawReplacement;
    private bool _headerFound;
    private (string Reason, bool Skipped, long? Line, long Record, long Offset)? _malformed;

    private CsvTable(CsvReader reader, ParseContext context)
    {
        _reader = reader;
        _context = context;
    }

    /// <summary>The header names, trimmed.</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>Whether the file held no records at all (an empty file is valid: zero records).</summary>
    public bool IsEmpty { get; private set; }

    /// <summary>The 1-based line where the current record starts.</summary>
    public long Line => _reader.LineNumber;

    /// <summary>The 1-based number of the current data record (the header and preamble are not counted).</summary>
    public long Record { get; private set; }

    /// <summary>The byte offset of the current record.</summary>
    public long Offset => _reader.ByteOffset;

    /// <summary>
    /// Opens a CSV entry and finds its header: the first row that <paramref name="isHeader"/>
    /// accepts (names trimmed, BOM removed) among the rows of the first MiB, whatever precedes it. A file whose first
    /// rows hold no such header is not this format: an <see cref="ExportFormatException"/>
    /// that says what was expected.
    /// </summary>
    public static CsvTable Open(Stream stream, ParseContext context, Func<IReadOnlyList<string>, bool> isHeader, string expected, bool hasHeader = true)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            PoolStrings = false,
            MaxRecordSize = context.Limits.MaxCsvRecordSize,
        };
        CsvTable? table = null;
        options = options with
        {
            OnMalformedRecord = record => table!._malformed = (record.Reason.ToString(), record.Skipped, record.LineNumber == 0 ? null : record.LineNumber, record.RecordNumber, record.ByteOffset),
        };
        var reader = CsvReader.Create(stream, options, leaveOpen: true);
        table = new CsvTable(reader, context);
        try
        {
            table.FindHeader(isHeader, expected, hasHeader);
            return table;
        }
        catch
        {
            table.Dispose();
            throw;
        }
    }

    /// <summary>The index of the first column with one of the names (case-insensitive), or -1.</summary>
    public int Column(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(name, out var index))
            {
                return index;
            }
        }

        return -1;
    }

    /// <summary>Whether the header has a column of that name.</summary>
    public bool Has(string name) => _columns.ContainsKey(name);

    /// <summary>
    /// Moves to the next data record; rows whose every field is empty are passed over. A malformed record (an
    /// unterminated quote, which swallows the lines after it) is never returned as data: it is skipped and counted,
    /// with a warning naming its line (a record that cannot be read as what it claims to be is not a person).
    /// </summary>
    public bool Read()
    {
        while (true)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            if (_pendingFirst)
            {
                _pendingFirst = false;
            }
            else if (!ReadRaw())
            {
                SkipMalformed();
                return false;
            }

            if (SkipMalformed() is { } current && !current)
            {
                continue;
            }

            if (!AllEmpty())
            {
                Record++;
                return true;
            }
        }
    }

    /// <summary>The field of the current record, trimmed; <see langword="null"/> when empty or when the column is absent.</summary>
    public string? Get(int column)
    {
        if (column < 0 || column >= _reader.FieldCount || _reader.IsEmpty(column))
        {
            return null;
        }

        var value = _reader.GetString(column);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!_sawReplacement && value.Contains('\uFFFD', StringComparison.Ordinal))
        {
            // Found in the fields a parser turns into text, not searched for in the others: checking
            // every record's bytes cost more than the counting path itself (measured: Connections.csv
            // 1.8x -> 3.2x the CSV floor).
            _sawReplacement = true;
            _context.Report(DiagnosticSeverity.Warning, "csv.invalid-utf8",
                "the file holds bytes that are not valid UTF-8 (first seen here); they were replaced by U+FFFD", Line, Record, Offset);
        }

        return value.Trim();
    }

    /// <summary>The raw UTF-8 bytes of a field (valid until the next read); empty when the column is absent.</summary>
    public ReadOnlySpan<byte> Span(int column) =>
        column < 0 || column >= _reader.FieldCount ? default : TrimBlanks(_reader.GetSpan(column), newLines: false);

    /// <summary>Whether a field equals an ASCII value, ignoring case (no string is made).</summary>
    public bool Is(int column, ReadOnlySpan<byte> asciiValue) => System.Text.Ascii.EqualsIgnoreCase(Span(column), asciiValue);

    /// <summary>A 64-bit hash of a field's bytes (0 when empty), to compare texts without keeping them.</summary>
    public ulong Hash(int column)
    {
        var span = Span(column);
        return span.IsEmpty ? 0 : NetworkMetrics.Text.FastHash.Hash64(span);
    }

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount => _reader.FieldCount;

    /// <summary>Skips the current record with a warning naming its line.</summary>
    public void Skip(string code, string message) => _context.Skip(code, message, Line, Record, Offset);

    public void Dispose() => _reader.Dispose();

    /// <summary>
    /// Skips the malformed record CsvHelper reported while reading, if any. Returns null when there was none,
    /// false when it is the current record (not to be returned), true when CsvHelper had dropped it already and
    /// the current record is another one.
    /// </summary>
    private bool? SkipMalformed()
    {
        if (_malformed is not { } bad)
        {
            return null;
        }

        _malformed = null;
        var message = bad.Reason == "UnterminatedQuote"
            ? "malformed CSV: a quote opened in this record is never closed, so it runs to the end of the file; the record (and the lines it swallowed) was skipped"
            : $"malformed CSV ({bad.Reason}); the record was skipped";
        if (!_headerFound)
        {
            _context.Report(DiagnosticSeverity.Warning, "csv.malformed", message, bad.Line, bad.Record, bad.Offset);
            return bad.Skipped;
        }

        _context.Skip("csv.malformed", message, bad.Line, Record + 1, bad.Offset);
        return bad.Skipped;
    }

    private bool ReadRaw()
    {
        try
        {
            return _reader.Read();
        }
        catch (CsvFormatException ex)
        {
            throw _context.Fail("csv.unreadable", $"the CSV cannot be read further: {ex.Message}",
                ex.LineNumber == 0 ? null : ex.LineNumber, ex.RecordNumber == 0 ? null : ex.RecordNumber, ex.ByteOffset == 0 ? null : ex.ByteOffset, ex);
        }
    }

    private bool AllEmpty()
    {
        for (var i = 0; i < _reader.FieldCount; i++)
        {
            if (!TrimBlanks(_reader.GetSpan(i), newLines: true).IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Spaces and tabs (and line breaks when asked) trimmed from both ends. Written out rather than
    /// <c>Trim(" \t"u8)</c>, which searches the set for every byte: this runs for every field read
    /// (measured: the set search was 9% of the counting path of messages.csv).
    /// </summary>
    private static ReadOnlySpan<byte> TrimBlanks(ReadOnlySpan<byte> span, bool newLines)
    {
        // Fields rarely start or end blank: two byte checks, then done.
        if (span.IsEmpty || (span[0] > (byte)' ' && span[^1] > (byte)' '))
        {
            return span;
        }

        var start = 0;
        while (start < span.Length && IsBlank(span[start], newLines))
        {
            start++;
        }

        var end = span.Length;
        while (end > start && IsBlank(span[end - 1], newLines))
        {
            end--;
        }

        return span[start..end];

        static bool IsBlank(byte b, bool newLines) => b is (byte)' ' or (byte)'\t' || (newLines && b is (byte)'\r' or (byte)'\n');
    }

    private void FindHeader(Func<IReadOnlyList<string>, bool> isHeader, string expected, bool hasHeader)
    {
        for (var row = 0; _reader.ByteOffset < MaxPreambleBytes; row++)
        {
            if (!ReadRaw())
            {
                if (row == 0)
                {
                    IsEmpty = true;
                    return;
                }

                break;
            }

            var fields = new string[_reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = (_reader.GetString(i) ?? string.Empty).Trim().Trim('\uFEFF').Trim();
            }

            if (!isHeader(fields))
            {
                SkipMalformed();
                continue;
            }

            _headerFound = true;

            if (!hasHeader)
            {
                // Headerless files (Mastodon lists): the first matching row is data.
                _pendingFirst = true;
                return;
            }

            Header = fields;
            for (var i = 0; i < fields.Length; i++)
            {
                _columns.TryAdd(fields[i], i);
            }

            return;
        }

        throw _context.Fail("csv.missing-header", $"no header row found in the first {MaxPreambleBytes / 1024} KiB; expected {expected}", record: null);
    }
}
