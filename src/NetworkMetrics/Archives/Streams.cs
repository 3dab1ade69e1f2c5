namespace NetworkMetrics.Archives;

/// <summary>A read-only stream that forwards to another.</summary>
internal class ReadOnlyWrapperStream(Stream inner) : Stream
{
    protected Stream Inner { get; } = inner;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Inner.Read(buffer);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Inner.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>
/// Refuses an entry whose inflated size passes both the size threshold and the
/// compression-ratio threshold (a zip bomb), as soon as it does: memory stays flat and the
/// refusal is quick.
/// </summary>
internal sealed class BombGuardStream(Stream inner, ArchiveEntry entry, ImportLimits limits) : ReadOnlyWrapperStream(inner)
{
    private long _read;

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        Check(n);
        return n;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var n = await Inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Check(n);
        return n;
    }

    private void Check(int n)
    {
        _read += n;
        if (_read <= limits.MaxEntrySize)
        {
            return;
        }

        var compressed = Math.Max(1, entry.CompressedLength ?? _read);
        if (_read / (double)compressed > limits.MaxCompressionRatio)
        {
            var message = entry.CompressedLength is null
                ? FormattableString.Invariant($"the entry is larger than {limits.MaxEntrySize} bytes (ImportLimits.MaxEntrySize); refused")
                : FormattableString.Invariant($"the entry inflates past {limits.MaxEntrySize} bytes from {compressed} compressed bytes (ratio over {limits.MaxCompressionRatio}); refused as a likely zip bomb");
            throw new ExportFormatException(new ImportDiagnostic(DiagnosticSeverity.Error, "archive.bomb", message) { File = entry.DisplayPath, Offset = _read });
        }
    }
}
