using System.IO.Compression;
using System.Text;

namespace NetworkMetrics.Tests.TestSupport;

/// <summary>A temporary folder for one test, deleted when disposed.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "netmetrics-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a text file (UTF-8 without BOM unless the text starts with one) below the folder and returns its path.</summary>
    public string Write(string relative, string text, Encoding? encoding = null)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, encoding ?? new UTF8Encoding(false));
        return full;
    }

    /// <summary>Writes bytes below the folder and returns the path.</summary>
    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    /// <summary>Writes a zip whose entries are the given (path, UTF-8 text) pairs and returns its path.</summary>
    public string Zip(string relative, params (string Entry, string Text)[] entries) =>
        ZipBytes(relative, [.. entries.Select(e => (e.Entry, Encoding.UTF8.GetBytes(e.Text)))]);

    /// <summary>Writes a zip whose entries are the given (path, bytes) pairs and returns its path.</summary>
    public string ZipBytes(string relative, params (string Entry, byte[] Bytes)[] entries)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        using var file = File.Create(full);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (entry, bytes) in entries)
        {
            using var stream = zip.CreateEntry(entry).Open();
            stream.Write(bytes);
        }

        return full;
    }

    /// <summary>Copies a fixture folder or file (tests/NetworkMetrics.Tests/Fixtures/…) into a zip of its contents.</summary>
    public string ZipFixture(string fixture, string zipName)
    {
        var root = Fixtures.Path(fixture);
        var entries = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => (System.IO.Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .ToArray();
        return ZipBytes(zipName, entries);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>Paths of the synthetic fixtures copied beside the test assembly.</summary>
public static class Fixtures
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);
}

/// <summary>Runs imports the way the CLI does, for assertions.</summary>
public static class Run
{
    public static ImportSummary Inspect(params string[] paths) => ExportImporter.InspectAsync(paths).GetAwaiter().GetResult();

    public static ImportSummary Inspect(ImportLimits limits, params string[] paths) =>
        ExportImporter.InspectAsync(paths, ImportOptions.Default with { Limits = limits }).GetAwaiter().GetResult();

    public static ImportSummary InspectStrict(params string[] paths) =>
        ExportImporter.InspectAsync(paths, ImportOptions.Default with { Strict = true }).GetAwaiter().GetResult();

    public static ImportResult Import(params string[] paths) =>
        ExportImporter.ImportAsync(paths, ImportOptions.Default with { IncludeContent = true }).GetAwaiter().GetResult();

    /// <summary>Runs the <c>netmetrics</c> command in process, capturing its exit code, standard output and standard error.</summary>
    public static async Task<(int Code, string Stdout, string Stderr)> Cli(params string[] args)
    {
        using var stdout = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var code = await NetworkMetrics.Cli.NetmetricsApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The counts of one platform, failing the test when it is absent.</summary>
    public static NetworkCounts Counts(this ImportSummary summary, Platform platform) =>
        summary.Platforms.Single(p => p.Platform == platform).Counts;
}

/// <summary>The repository the tests run from (the folder that holds NetworkMetrics.sln), whatever the output folder's depth.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "NetworkMetrics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No NetworkMetrics.sln above {AppContext.BaseDirectory}");
    }
}
