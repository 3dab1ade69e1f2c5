namespace NetworkMetrics;

/// <summary>
/// Progress of a long import: reported after each file and, inside a large file, every few megabytes read.
/// Reports come from the worker threads, in no particular order: keep the largest <see cref="BytesRead"/> if order matters.
/// </summary>
/// <param name="FilesDone">Files parsed so far.</param>
/// <param name="FilesTotal">Recognised files in all inputs.</param>
/// <param name="CurrentFile">The file just finished, or being read.</param>
public sealed record ImportProgress(int FilesDone, int FilesTotal, string CurrentFile)
{
    /// <summary>Bytes of the recognised files read so far (decompressed).</summary>
    public long BytesRead { get; init; }

    /// <summary>The size of all recognised files (decompressed), when every archive states it; <see langword="null"/> otherwise.</summary>
    public long? BytesTotal { get; init; }

    /// <summary>Records read and kept in the files finished so far.</summary>
    public long Records { get; init; }
}
