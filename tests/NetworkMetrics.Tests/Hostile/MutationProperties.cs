using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NetworkMetrics.Tests.Import;

namespace NetworkMetrics.Tests.Hostile;

/// <summary>How a fixture is damaged.</summary>
public enum Damage
{
    FlipByte,
    Truncate,
    TruncateAtStructure,
    InsertByte,
    DeleteRange,
    DuplicateRange,
    Utf16,
    Latin1,
    ZipThenFlip,
}

/// <summary>One damaged fixture: which file, how, where.</summary>
public sealed record Mutation(int File, Damage Damage, int Position, byte Value, int Length)
{
    public override string ToString() => FormattableString.Invariant($"{MutationProperties.Files[File % MutationProperties.Files.Count]} {Damage} at {Position} value {Value} length {Length}");
}

/// <summary>Generators for <see cref="Mutation"/> (wrapped in a record so that ints keep their own generators).</summary>
public static class MutationArbitraries
{
    public static Arbitrary<Mutation> Mutations() =>
        (from file in Gen.Choose(0, Math.Max(0, MutationProperties.Files.Count - 1))
         from damage in Gen.Elements(Enum.GetValues<Damage>())
         from position in Gen.Choose(0, int.MaxValue - 1)
         from value in Gen.Choose(0, 255)
         from length in Gen.Choose(1, 64)
         select new Mutation(file, damage, position, (byte)value, length)).ToArbitrary();
}

/// <summary>
/// Fuzzing as a property: every fixture of every platform, damaged at random (byte flips,
/// truncation anywhere and at structural characters, inserted, deleted and duplicated bytes,
/// other encodings, a damaged zip), under its real file name. Parsing must end in records or
/// the bad-input exception, never anything else, counting (inspect) and reading (import) must
/// agree, and nothing may hang (a generous timeout catches
/// hangs only: this is not a performance test).
/// </summary>
public sealed class MutationProperties
{
    /// <summary>Every fixture file, relative to the fixtures folder.</summary>
    public static IReadOnlyList<string> Files { get; } = Directory.Exists(Fixtures.Path(string.Empty))
        ? [.. Directory.EnumerateFiles(Fixtures.Path(string.Empty), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Fixtures.Path(string.Empty), f).Replace('\\', '/'))
            .Where(f => new FileInfo(Fixtures.Path(f)).Length < 1 << 20)
            .Order(StringComparer.Ordinal)]
        : [];

    private static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public void There_are_fixtures_to_damage()
    {
        Assert.True(Files.Count >= 10, $"only {Files.Count} fixtures found");
    }

    [Property(MaxTest = 400, Arbitrary = [typeof(MutationArbitraries)])]
    public void Damaged_fixtures_end_in_records_or_the_bad_input_exception(Mutation mutation)
    {
        var relative = Files[mutation.File % Files.Count];
        using var temp = new TempDir();
        var input = Write(temp, relative, mutation);

        // Lenient: never throws; problems are diagnostics.
        var lenient = RunWithTimeout(() => ExportImporter.InspectAsync([input]));
        Assert.True(lenient.Exception is null, $"{mutation}: lenient import threw {lenient.Exception}");

        // Strict: records, or ExportFormatException, nothing else.
        var strict = RunWithTimeout(() => ExportImporter.InspectAsync([input], ImportOptions.Default with { Strict = true }));
        Assert.True(strict.Exception is null or ExportFormatException, $"{mutation}: strict import threw {strict.Exception}");

        // Materialised, with contents: the same guarantee.
        var full = RunWithTimeout(() => ExportImporter.ImportAsync([input], ImportOptions.Default with { IncludeContent = true }));
        Assert.True(full.Exception is null, $"{mutation}: import threw {full.Exception}");

        // inspect's counting path counts what the import reads, damaged input included.
        var counted = (ImportSummary)lenient.Result!;
        var read = (ImportResult)full.Result!;
        Assert.Equal(read.Summaries.Select(p => (p.Platform, p.Counts)), counted.Platforms.Select(p => (p.Platform, p.Counts)));
        Assert.Equal(CountingPathTests.Describe(read.Diagnostics), CountingPathTests.Describe(counted.Diagnostics));
    }

    private static string Write(TempDir temp, string relative, Mutation mutation)
    {
        var original = File.ReadAllBytes(Fixtures.Path(relative));
        // Keep the path below the generation folder (Platform/generation/...), so detection sees the real layout.
        var parts = relative.Split('/');
        var inner = string.Join('/', parts.Skip(Math.Min(2, parts.Length - 1)));
        if (mutation.Damage == Damage.ZipThenFlip)
        {
            var zipped = ZipOf(inner, original);
            return temp.WriteBytes("export.zip", Apply(zipped, Damage.FlipByte, mutation));
        }

        temp.WriteBytes("export/" + inner, Apply(original, mutation.Damage, mutation));
        return Path.Combine(temp.Path, "export");
    }

    internal static byte[] Apply(byte[] bytes, Damage damage, Mutation m)
    {
        var n = bytes.Length;
        var at = n == 0 ? 0 : m.Position % n;
        switch (damage)
        {
            case Damage.FlipByte:
                if (n > 0)
                {
                    bytes = (byte[])bytes.Clone();
                    bytes[at] ^= (byte)(m.Value | 1);
                }

                return bytes;
            case Damage.Truncate:
                return bytes[..at];
            case Damage.TruncateAtStructure:
                var structural = Enumerable.Range(0, n).Where(i => bytes[i] is (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)'"' or (byte)',' or (byte)':' or (byte)'\n').ToList();
                return structural.Count == 0 ? bytes : bytes[..(structural[m.Position % structural.Count] + (m.Value % 2))];
            case Damage.InsertByte:
                return [.. bytes[..at], m.Value, .. bytes[at..]];
            case Damage.DeleteRange:
                return [.. bytes[..at], .. bytes[Math.Min(n, at + m.Length)..]];
            case Damage.DuplicateRange:
                return [.. bytes[..Math.Min(n, at + m.Length)], .. bytes[at..]];
            case Damage.Utf16:
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes))];
            case Damage.Latin1:
                return Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(bytes));
            default:
                return bytes;
        }
    }

    private static byte[] ZipOf(string entry, byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(entry).Open();
            stream.Write(bytes);
        }

        return buffer.ToArray();
    }

    private static (object? Result, Exception? Exception) RunWithTimeout<T>(Func<Task<T>> run)
    {
        var task = Task.Run(run);
        if (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(HangTimeout))
        {
            throw new TimeoutException($"the import did not finish within {HangTimeout}: a hang");
        }

        return task.IsFaulted ? (null, task.Exception!.InnerException) : (task.Result, null);
    }
}
