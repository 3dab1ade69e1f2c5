namespace NetworkMetrics;

/// <summary>One file that was recognised and read.</summary>
/// <param name="Path">The file as the user gave it, or <c>archive.zip!/path/in/archive</c> for an archive entry.</param>
/// <param name="Platform">The platform the file belongs to.</param>
/// <param name="Format">The format and generation, such as <c>linkedin.connections.2024</c>.</param>
/// <param name="Records">How many records were read and kept.</param>
/// <param name="Skipped">How many records were skipped (each with a diagnostic).</param>
public sealed record ImportedFile(string Path, Platform Platform, string Format, int Records, int Skipped);
