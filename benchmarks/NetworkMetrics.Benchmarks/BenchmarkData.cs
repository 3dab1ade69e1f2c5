using System.Globalization;
using System.Text.Json;
using CsvHelper;
using NetworkMetrics.Archives;
using NetworkMetrics.Import;

namespace NetworkMetrics.Benchmarks;

/// <summary>Sizes, generated exports and the floors the parsers are measured against.</summary>
internal static class BenchmarkData
{
    /// <summary>
    /// The scale of the synthetic exports: 1 (the default) is the size the issues name;
    /// CI's smoke run sets NETMETRICS_BENCH_SCALE=0.01.
    /// </summary>
    public static double Scale { get; } =
        double.TryParse(Environment.GetEnvironmentVariable("NETMETRICS_BENCH_SCALE"), NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0 ? scale : 1;

    public static int Scaled(int size) => Math.Max(10, (int)(size * Scale));

    /// <summary>A folder for generated data, reused across runs of the same size.</summary>
    public static string Folder(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "netmetrics-bench", FormattableString.Invariant($"{name}-{Scale:0.####}"));
        return path;
    }

    /// <summary>Generates once into a folder (kept for later runs) and returns it.</summary>
    public static string Generate(string name, Action<string> write)
    {
        var folder = Folder(name);
        var done = Path.Combine(folder, ".complete");
        if (!File.Exists(done))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            write(folder);
            File.WriteAllText(done, "ok");
        }

        return folder;
    }

    /// <summary>Parses bytes with one of the library's formats into a counting sink, as inspect does (the counting path).</summary>
    public static int Parse(ExportFormat format, byte[] bytes, string path) => Run(format, bytes, path, new CountingSink(keepMessageFingerprints: false));

    /// <summary>Parses bytes into a collecting sink, as ImportAsync does: every record built and kept (the record path).</summary>
    public static int Read(ExportFormat format, byte[] bytes, string path) => Run(format, bytes, path, new CollectingSink());

    private static int Run(ExportFormat format, byte[] bytes, string path, RecordSink sink)
    {
        var context = new ParseContext(new ArchiveEntry(0, path, path, bytes.Length, null), format, ImportOptions.Default, sink, null, CancellationToken.None);
        using var stream = new MemoryStream(bytes, writable: false);
        format.Parse(stream, context);
        return context.Records;
    }

    /// <summary>The CSV floor: CsvHelper reading every field of every record as a span, on one thread.</summary>
    public static long CsvFloor(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { Separator = ',', HasHeader = false });
        long total = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetSpan(i).Length;
            }
        }

        return total;
    }

    /// <summary>The JSON floor: bare Utf8JsonReader over the bytes, on one thread, touching every token.</summary>
    public static long JsonFloor(byte[] bytes)
    {
        var start = bytes.AsSpan().IndexOfAny((byte)'[', (byte)'{');
        var reader = new Utf8JsonReader(bytes.AsSpan(Math.Max(0, start)), new JsonReaderOptions { AllowTrailingCommas = true });
        long total = 0;
        while (reader.Read())
        {
            total += reader.ValueSpan.Length;
            if (reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
            {
                break;
            }
        }

        return total;
    }
}
