namespace NetworkMetrics;

/// <summary>Progress of a long import, reported after each file.</summary>
/// <param name="FilesDone">Files parsed so far.</param>
/// <param name="FilesTotal">Recognised files in all inputs.</param>
/// <param name="CurrentFile">The file just finished.</param>
public sealed record ImportProgress(int FilesDone, int FilesTotal, string CurrentFile);
