namespace NetworkMetrics;

/// <summary>One input the user gave: an archive, a folder or a single file.</summary>
/// <param name="Path">The path as given.</param>
/// <param name="RecognizedFiles">How many of its files belong to a recognised export.</param>
/// <param name="UnrecognizedFiles">How many of its files (media, other data) were not read.</param>
public sealed record ImportInput(string Path, int RecognizedFiles, int UnrecognizedFiles);
