using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NetworkMetrics.Cli;

/// <summary>
/// Writes a JSON document to the command's output as it is serialised, in chunks, instead of as one string: the
/// output of <c>score --json</c> on a large network is hundreds of megabytes, which as a string would cost its size
/// twice over (UTF-16) on top of the serialiser's buffer.
/// </summary>
internal static class JsonOutput
{
    /// <summary>Serialises <paramref name="value"/> to <paramref name="writer"/>, then a newline (what <c>WriteLine(Serialize(…))</c> wrote).</summary>
    public static Task WriteLineAsync<T>(TextWriter writer, T value, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken) =>
        WriteToAsync(writer, stream => JsonSerializer.SerializeAsync(stream, value, typeInfo, cancellationToken), cancellationToken);

    /// <summary>
    /// Writes a document through <paramref name="write"/>, which writes one JSON value to the writer it is given (flushing
    /// it when it likes), then a line end, to the same places as the overload above.
    /// </summary>
    public static Task WriteLineAsync(TextWriter writer, Action<Utf8JsonWriter> write, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        var writerOptions = new JsonWriterOptions
        {
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            Encoder = options.Encoder,
            MaxDepth = options.MaxDepth,
        };
        return WriteToAsync(writer, stream =>
        {
            using var json = new Utf8JsonWriter(stream, writerOptions);
            write(json);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="write"/> on a UTF-8 stream into <paramref name="writer"/>, then ends the line: the program's own
    /// standard output (Program.cs) is UTF-8 already, so the bytes go to its stream as they are, after what the writer
    /// holds; any other writer gets them decoded.
    /// </summary>
    private static async Task WriteToAsync(TextWriter writer, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        if (writer is StreamWriter { Encoding: UTF8Encoding utf8 } direct && utf8.GetPreamble().Length == 0)
        {
            await direct.FlushAsync(cancellationToken).ConfigureAwait(false);
            await write(direct.BaseStream).ConfigureAwait(false);
        }
        else
        {
            await using var stream = new TextWriterStream(writer);
            await write(stream).ConfigureAwait(false);
        }

        await writer.WriteLineAsync().ConfigureAwait(false);
    }

    /// <summary>A write-only stream that decodes UTF-8 into a text writer (a sequence split across writes is carried over).</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false, true).GetDecoder();
        private char[] _chars = [];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            var chars = Decode(buffer);
            writer.Write(_chars, 0, chars);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var chars = Decode(buffer.Span);
            await writer.WriteAsync(_chars.AsMemory(0, chars), cancellationToken).ConfigureAwait(false);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private int Decode(ReadOnlySpan<byte> bytes)
        {
            var needed = _decoder.GetCharCount(bytes, flush: false);
            if (_chars.Length < needed)
            {
                _chars = new char[Math.Max(needed, 16 * 1024)];
            }

            return _decoder.GetChars(bytes, _chars, flush: false);
        }
    }
}
