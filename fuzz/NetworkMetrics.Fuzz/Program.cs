using System.Diagnostics;
using System.Formats.Tar;
using System.Globalization;
using System.IO.Compression;
using NetworkMetrics.Archives;
using NetworkMetrics.Import;
using SharpFuzz;

namespace NetworkMetrics.Fuzz;

// The fuzzing harness (docs/fuzzing.md):
//   NetworkMetrics.Fuzz --list
//   NetworkMetrics.Fuzz <target> [--path <entry path>] [--in-process]     (under afl-fuzz: the fork server; else one input from stdin)
//   NetworkMetrics.Fuzz <target> --replay <file-or-folder> [--path <entry path>] [--timeout <seconds>]
//   NetworkMetrics.Fuzz --make-corpus <fixtures folder> <corpus folder>

/// <summary>The command line of the harness.</summary>
internal static class Program
{
    private const int MaxSeedSize = 64 * 1024;

    public static int Main(string[] args)
    {
        // The instrumented assemblies write coverage into SharpFuzz's map from their first
        // instruction on, but SharpFuzz sets the map only inside Fuzzer.Run: give them a scratch
        // map first (replay, --list, target lookup), which Fuzzer.Run then replaces with AFL's.
        UseScratchCoverageMap();
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine("usage: NetworkMetrics.Fuzz --list | <target> [--path <entry path>] [--in-process] | <target> --replay <file-or-folder> [--path <entry path>] [--timeout <seconds>] | --make-corpus <fixtures> <corpus>");
            return 2;
        }

        if (args[0] == "--list")
        {
            foreach (var target in Targets())
            {
                Console.WriteLine($"{target.Name,-34} {target.Description}");
            }

            return 0;
        }

        if (args[0] == "--make-corpus" && args.Length == 3)
        {
            return MakeCorpus(args[1], args[2]);
        }

        var chosen = Targets().FirstOrDefault(t => string.Equals(t.Name, args[0], StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            Console.Error.WriteLine($"unknown target '{args[0]}'; --list shows the targets");
            return 2;
        }

        chosen.EntryPath = Option(args, "--path");
        if (Option(args, "--replay") is { } replay)
        {
            var timeout = TimeSpan.FromSeconds(double.Parse(Option(args, "--timeout") ?? "30", CultureInfo.InvariantCulture));
            return Replay(chosen, replay, timeout);
        }

        Action<Stream> run = stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            chosen.Run(buffer.ToArray());
        };
        if (args.Contains("--in-process"))
        {
            Fuzzer.Run(run);
        }
        else
        {
            Fuzzer.OutOfProcess.Run(run);
        }

        return 0;
    }

    private static unsafe void UseScratchCoverageMap()
    {
        if (SharpFuzz.Common.Trace.SharedMem == null)
        {
            SharpFuzz.Common.Trace.SharedMem = (byte*)System.Runtime.InteropServices.NativeMemory.AllocZeroed(1 << 16);
        }
    }

    /// <summary>Every target: one per registered format (so new parsers are covered automatically), plus the shared readers and the archives.</summary>
    public static IReadOnlyList<FuzzTarget> Targets() =>
    [
        .. FormatRegistry.All.GroupBy(f => f.Id, StringComparer.Ordinal).Select(g => new FormatTarget([.. g])),
        new JsonReaderTarget(),
        new ArchiveTarget("zip", "export.zip"),
        new ArchiveTarget("tar.gz", "export.tar.gz"),
        new SelfTestTarget(),
    ];

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>Runs inputs without AFL: every file of a folder (AFL's bookkeeping files aside), each with a hang timeout.</summary>
    private static int Replay(FuzzTarget target, string path, TimeSpan timeout)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(path, f).Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.')))
                .Where(f => Path.GetFileName(f) != "README.txt")
                .Order(StringComparer.Ordinal)
                .ToList()
            : [path];
        var defaultPath = target.EntryPath;
        var failures = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        foreach (var file in files)
        {
            // A regression fixture carries its real export file name: parse it under that name.
            if (defaultPath is null && target is FormatTarget format)
            {
                var name = Path.GetFileName(file);
                target.EntryPath = format.Format.MatchPath(name.ToLowerInvariant(), name.ToLowerInvariant()) != PathMatch.No ? name : null;
            }

            var input = File.ReadAllBytes(file);
            var task = Task.Factory.StartNew(() => target.Run(input), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            if (Task.WhenAny(task, Task.Delay(timeout)).GetAwaiter().GetResult() != task)
            {
                failures++;
                Console.WriteLine($"HANG  {file} (over {timeout.TotalSeconds} s)");
                continue;
            }

            if (task.Exception?.InnerException is { } ex)
            {
                failures++;
                var where = ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty;
                Console.WriteLine(distinct.Add(ex.GetType().FullName + " " + where)
                    ? $"CRASH {file}{Environment.NewLine}{ex}"
                    : $"CRASH {file}: {ex.GetType().FullName} (same place as an earlier one)");
                continue;
            }

            Console.WriteLine($"ok    {file}");
        }

        Console.WriteLine($"{files.Count} inputs, {failures} crashes or hangs ({distinct.Count} distinct exceptions), {clock.Elapsed.TotalSeconds:F1} s");
        if (target is IDisposable disposable)
        {
            disposable.Dispose();
        }

        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// Seeds from the test fixtures: each fixture goes to the corpus of the format the registry
    /// detects for it (and <c>&lt;target&gt;.path</c> lists the entry paths seen, most common
    /// first); JSON and JavaScript files also seed <c>json-reader</c>; each fixture folder, zipped
    /// and tarred, seeds <c>zip</c> and <c>tar.gz</c>.
    /// </summary>
    private static int MakeCorpus(string fixtures, string corpus)
    {
        fixtures = Path.GetFullPath(fixtures);
        using var source = new FolderSource(fixtures, ImportLimits.Default.MaxEntries);
        var paths = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var seeds = 0;
        foreach (var entry in source.Entries)
        {
            var file = Path.Combine(fixtures, entry.Path);
            if (new FileInfo(file).Length is 0 or > MaxSeedSize)
            {
                continue;
            }

            var seedName = entry.Path.Replace('/', '_');
            if (FormatRegistry.Detect(source, entry)?.Format is { } format)
            {
                Copy(file, Path.Combine(corpus, format.Id, seedName));
                seeds++;
                // Platform/generation/<export path>, or Fuzz/target/finding/<export path>.
                var parts = entry.Path.Split('/');
                var inner = string.Join('/', parts.Skip(Math.Min(parts[0] == "Fuzz" ? 3 : 2, parts.Length - 1)));
                if (!paths.TryGetValue(format.Id, out var list))
                {
                    paths[format.Id] = list = [];
                }

                list.Add(inner);
            }

            if (entry.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || entry.Name.EndsWith(".js", StringComparison.OrdinalIgnoreCase))
            {
                Copy(file, Path.Combine(corpus, "json-reader", seedName));
                seeds++;
            }
        }

        foreach (var (id, list) in paths)
        {
            var ordered = list.GroupBy(p => p, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key);
            File.WriteAllLines(Path.Combine(corpus, id + ".path"), ordered);
        }

        // Archives: one per folder that holds files (a platform's generation folder), paths relative to it.
        foreach (var folder in source.Entries.Select(e => Path.GetDirectoryName(Path.Combine(fixtures, e.Path))!).Distinct(StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
            if (files.Sum(f => new FileInfo(f).Length) > MaxSeedSize * 4)
            {
                continue;
            }

            var seedName = Path.GetRelativePath(fixtures, folder).Replace(Path.DirectorySeparatorChar, '_');
            Directory.CreateDirectory(Path.Combine(corpus, "zip"));
            using (var zip = ZipFile.Open(Path.Combine(corpus, "zip", seedName + ".zip"), ZipArchiveMode.Create))
            {
                foreach (var f in files.Order(StringComparer.Ordinal))
                {
                    zip.CreateEntryFromFile(f, Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'), CompressionLevel.SmallestSize);
                }
            }

            Directory.CreateDirectory(Path.Combine(corpus, "tar.gz"));
            using (var gz = new GZipStream(File.Create(Path.Combine(corpus, "tar.gz", seedName + ".tar.gz")), CompressionLevel.SmallestSize))
            using (var tar = new TarWriter(gz, TarEntryFormat.Pax))
            {
                foreach (var f in files.Order(StringComparer.Ordinal))
                {
                    tar.WriteEntry(f, Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'));
                }
            }

            seeds += 2;
        }

        Console.WriteLine($"{seeds} seeds written to {corpus}");
        return 0;
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to, overwrite: true);
    }
}
