using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace NetworkMetrics.Tests.Hostile;

/// <summary>Archives made to hurt: bombs, traversal, links, nesting. They end in diagnostics, quickly, with flat memory.</summary>
public sealed class HostileArchiveTests
{
    private const string Connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,,,,,01 Dec 2024\n";

    [Fact]
    public void A_zip_bomb_is_refused_by_size_and_ratio_and_the_other_entries_are_kept()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "bomb.zip");
        using (var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create))
        {
            using (var entry = zip.CreateEntry("messages.csv", CompressionLevel.SmallestSize).Open())
            {
                entry.Write("FROM,TO,DATE,SUBJECT,CONTENT,DIRECTION,FOLDER\n"u8);
                var zeros = new byte[1 << 20];
                for (var i = 0; i < 64; i++)
                {
                    entry.Write(zeros); // 64 MiB of zeros, about 64 KiB compressed
                }
            }

            using var writer = new StreamWriter(zip.CreateEntry("Connections.csv").Open());
            writer.Write(Connections);
        }

        var limits = ImportLimits.Default with { MaxEntrySize = 8 << 20, MaxCompressionRatio = 100 };
        var summary = Run.Inspect(limits, path);

        var bomb = Assert.Single(summary.Diagnostics, d => d.Code == "archive.bomb");
        Assert.Equal(DiagnosticSeverity.Error, bomb.Severity);
        Assert.Equal(path + "!/messages.csv", bomb.File);
        Assert.Equal(1, summary.Counts(Platform.LinkedIn).Connections);
    }

    [Fact]
    public void A_large_entry_that_compresses_normally_is_not_a_bomb()
    {
        using var temp = new TempDir();
        var random = new Random(7);
        var text = new StringBuilder(Connections);
        for (var i = 0; i < 30_000; i++)
        {
            text.Append(FormattableString.Invariant($"P{random.Next()},Q{random.Next()},,,,,01 Dec 2024\n"));
        }

        var zip = temp.Zip("big.zip", ("Connections.csv", text.ToString()));
        var limits = ImportLimits.Default with { MaxEntrySize = 64 << 10 };

        var summary = Run.Inspect(limits, zip);

        Assert.Empty(summary.Diagnostics);
        Assert.Equal(30_001, summary.Counts(Platform.LinkedIn).Connections);
    }

    [Fact]
    public void Path_traversal_entries_are_reported_and_nothing_is_written()
    {
        using var temp = new TempDir();
        var zip = temp.Zip("traversal.zip", ("../../../../tmp/evil/Connections.csv", Connections), ("/etc/Connections.csv", Connections));
        var before = Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).Count();

        var summary = Run.Inspect(zip);

        Assert.Equal(2, summary.Diagnostics.Count(d => d.Code == "archive.suspicious-path" && d.Severity == DiagnosticSeverity.Warning));
        Assert.Equal(2, summary.Counts(Platform.LinkedIn).Connections);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).Count());
        Assert.All(summary.Files, f => Assert.DoesNotContain("..", f.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Links_in_a_tar_are_never_followed()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "archive.tar.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            tar.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "Connections.csv") { LinkName = "/etc/passwd" });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.HardLink, "messages.csv") { LinkName = "../../secret" });
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "export/Connections.csv") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(Connections)) };
            tar.WriteEntry(entry);
        }

        var summary = Run.Inspect(path);

        Assert.Equal(2, summary.Diagnostics.Count(d => d.Code == "archive.link-skipped"));
        Assert.Equal(1, summary.Counts(Platform.LinkedIn).Connections);
        Assert.Equal(path + "!/export/Connections.csv", Assert.Single(summary.Files).Path);
    }

    [Fact]
    public void An_oversized_tar_entry_is_refused_by_size()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "archive.tar.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            var big = Encoding.UTF8.GetBytes("First Name,Last Name,Connected On\n" + string.Concat(Enumerable.Repeat("Ana,Lima,01 Dec 2024\n", 100_000)));
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "a/Connections.csv") { DataStream = new MemoryStream(big) });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "b/Connections.csv") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(Connections)) });
        }

        var summary = Run.Inspect(ImportLimits.Default with { MaxEntrySize = 1 << 20 }, path);

        var refused = Assert.Single(summary.Diagnostics, d => d.Code == "archive.bomb");
        Assert.Equal(path + "!/a/Connections.csv", refused.File);
        Assert.Contains("MaxEntrySize", refused.Message, StringComparison.Ordinal);
        Assert.Contains(summary.Files, f => f.Path.EndsWith("b/Connections.csv", StringComparison.Ordinal) && f.Records == 1);
    }

    [Fact]
    public void A_zip_inside_a_zip_is_read_one_level_deep()
    {
        using var temp = new TempDir();
        var inner = File.ReadAllBytes(temp.Zip("Basic_LinkedInDataExport_02-01-2025.zip", ("Connections.csv", Connections)));
        var innermost = File.ReadAllBytes(temp.ZipBytes("deeper.zip", ("inner.zip", inner)));
        var outer = temp.ZipBytes("outer.zip", ("Downloads/Basic_LinkedInDataExport_02-01-2025.zip", inner), ("deeper.zip", innermost));

        var summary = Run.Inspect(outer);

        var file = Assert.Single(summary.Files);
        Assert.Equal(outer + "!/Downloads/Basic_LinkedInDataExport_02-01-2025.zip!/Connections.csv", file.Path);
        Assert.Equal(new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.Zero), summary.Platforms[0].ExportedAt);
        Assert.Equal(1, summary.Counts(Platform.LinkedIn).Connections);
    }

    [Fact]
    public void A_nested_zip_over_the_size_limit_is_not_buffered()
    {
        using var temp = new TempDir();
        var inner = File.ReadAllBytes(temp.Zip("inner.zip", ("Connections.csv", Connections)));
        var outer = temp.ZipBytes("outer.zip", ("inner.zip", inner), ("Connections.csv", Encoding.UTF8.GetBytes(Connections)));
        var limits = ImportLimits.Default with { MaxNestedArchiveSize = 16 };

        var summary = Run.Inspect(limits, outer);

        Assert.Single(summary.Diagnostics, d => d.Code == "archive.nested-too-large");
        Assert.Equal(1, summary.Counts(Platform.LinkedIn).Connections);
    }

    [Fact]
    public void Zips_in_a_folder_are_opened_in_place()
    {
        using var temp = new TempDir();
        temp.Zip("downloads/Basic_LinkedInDataExport_01-01-2025.zip", ("Connections.csv", Connections));
        temp.Zip("downloads/Basic_LinkedInDataExport_02-01-2025.zip", ("Connections.csv", Connections + "Bo,Berg,,,,,02 Jan 2025\n"));

        var summary = Run.Inspect(Path.Combine(temp.Path, "downloads"));

        Assert.Equal(2, summary.Platforms[0].Snapshots);
        Assert.Equal(2, summary.Counts(Platform.LinkedIn).Connections);
    }

    [Fact]
    public void Too_many_entries_are_cut_with_a_warning()
    {
        using var temp = new TempDir();
        var entries = Enumerable.Range(0, 50).Select(i => ($"media/{i}.jpg", "x")).Append(("Connections.csv", Connections)).ToArray();
        var zip = temp.Zip("many.zip", entries);
        var limits = ImportLimits.Default with { MaxEntries = 10 };

        var summary = Run.Inspect(limits, zip);

        Assert.Contains(summary.Diagnostics, d => d.Code == "archive.too-many-entries");
    }

    [Fact]
    public void An_overlong_csv_record_is_an_error_not_a_memory_blowup()
    {
        using var temp = new TempDir();
        var path = temp.Write("Connections.csv", "First Name,Last Name,Connected On\n\"" + new string('x', 200_000) + "\n");
        var limits = ImportLimits.Default with { MaxCsvRecordSize = 4096 };

        var summary = Run.Inspect(limits, path);

        Assert.Contains(summary.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.File == path);
    }

    [Fact]
    public void Invalid_utf8_in_a_csv_is_replaced_and_reported_where_the_text_is_read()
    {
        using var temp = new TempDir();
        var bytes = Encoding.UTF8.GetBytes("First Name,Last Name,Connected On\nAn").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("a,Lima,01 Dec 2024\n")).ToArray();
        var path = temp.WriteBytes("Connections.csv", bytes);

        var result = Run.Import(path);

        Assert.Equal("An\uFFFD(a Lima", Assert.Single(result.Snapshots[0].Accounts).Name);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("csv.invalid-utf8", warning.Code);
        Assert.Equal(2, warning.Line);

        // inspect counts the row; it reads no name, so it has no damaged text to report.
        Assert.Equal(1, Run.Inspect(path).Counts(Platform.LinkedIn).Connections);
    }

    [Fact]
    public void A_utf16_csv_with_bom_is_read()
    {
        using var temp = new TempDir();
        var path = temp.Write("Connections.csv", Connections, new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        Assert.Equal(1, Run.Inspect(path).Counts(Platform.LinkedIn).Connections);
    }
}
