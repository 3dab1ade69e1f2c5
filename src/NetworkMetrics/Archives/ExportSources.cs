namespace NetworkMetrics.Archives;

/// <summary>Opens an input path as an <see cref="ExportSource"/>, recognising archives by their content, not their extension.</summary>
internal static class ExportSources
{
    public static ExportSource Open(string path, ImportLimits limits)
    {
        if (Directory.Exists(path))
        {
            return new FolderSource(path, limits.MaxEntries);
        }

        if (!File.Exists(path))
        {
            throw new ExportFormatException(new ImportDiagnostic(DiagnosticSeverity.Error, "input.not-found",
                "no such file or folder") { File = path });
        }

        Span<byte> magic = stackalloc byte[4];
        int read;
        using (var probe = File.OpenRead(path))
        {
            read = probe.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        }

        Stream OpenFile() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
        if (read >= 4 && magic[0] == 'P' && magic[1] == 'K' && (magic[2] is 3 or 5) && (magic[3] is 4 or 6))
        {
            try
            {
                return new ZipSource(path, OpenFile, limits);
            }
            catch (InvalidDataException ex)
            {
                throw new ExportFormatException(new ImportDiagnostic(DiagnosticSeverity.Error, "archive.unreadable",
                    $"the zip archive cannot be read ({ex.Message}); expected a complete zip file as downloaded") { File = path }, ex);
            }
        }

        if (read >= 2 && magic[0] == 0x1F && magic[1] == 0x8B)
        {
            try
            {
                return new TarGzSource(path, OpenFile, limits);
            }
            catch (Exception ex) when (ex is InvalidDataException or FormatException or EndOfStreamException)
            {
                throw new ExportFormatException(new ImportDiagnostic(DiagnosticSeverity.Error, "archive.unreadable",
                    $"the tar.gz archive cannot be read ({ex.Message}); expected a complete .tar.gz file as downloaded") { File = path }, ex);
            }
        }

        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            throw new ExportFormatException(new ImportDiagnostic(DiagnosticSeverity.Error, "archive.unreadable",
                "the file is named .zip but is not a zip archive (it does not start with a zip signature)") { File = path });
        }

        return new SingleFileSource(path);
    }
}
