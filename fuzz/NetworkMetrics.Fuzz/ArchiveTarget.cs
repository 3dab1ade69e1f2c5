using NetworkMetrics.Import;

namespace NetworkMetrics.Fuzz;

/// <summary>
/// The whole import over one archive: the input bytes written to a scratch file named like a
/// downloaded export (<c>export.zip</c> or <c>export.tar.gz</c>), opened by
/// <c>ExportSources</c> (recognised by content), every entry detected and parsed by the
/// engine. Lenient imports must never throw; strict ones may throw only
/// <see cref="ExportFormatException"/>.
/// </summary>
internal sealed class ArchiveTarget(string name, string fileName) : FuzzTarget, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("netmetrics-fuzz-").FullName;

    public override string Name { get; } = name;

    public override string Description => $"the import engine over {fileName} (archives, detection, every parser)";

    public override void Run(byte[] input)
    {
        var path = Path.Combine(_folder, fileName);
        File.WriteAllBytes(path, input);
        var lenient = ImportOptions.Default with { MaxDegreeOfParallelism = 1 };

        // Lenient: diagnostics only, never an exception.
        _ = ExportImporter.InspectAsync([path], lenient).GetAwaiter().GetResult();
        _ = ExportImporter.ImportAsync([path], lenient with { IncludeContent = true }).GetAwaiter().GetResult();

        // Strict: records, or ExportFormatException.
        try
        {
            _ = ExportImporter.InspectAsync([path], lenient with { Strict = true }).GetAwaiter().GetResult();
        }
        catch (ExportFormatException)
        {
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
