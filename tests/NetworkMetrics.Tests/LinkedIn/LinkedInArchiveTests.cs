using System.Text;

namespace NetworkMetrics.Tests.LinkedIn;

/// <summary>The same LinkedIn export zipped, re-zipped, made on Windows, broken, or given twice.</summary>
public sealed class LinkedInArchiveTests
{
    [Fact]
    public void A_zip_gives_the_same_counts_as_its_folder()
    {
        using var temp = new TempDir();
        var zip = temp.ZipFixture("LinkedIn/2024", "Complete_LinkedInDataExport_01-20-2025.zip");

        var fromZip = Run.Inspect(zip);
        var fromFolder = Run.Inspect(Fixtures.Path("LinkedIn/2024"));

        Assert.Equal(fromFolder.Counts(Platform.LinkedIn), fromZip.Counts(Platform.LinkedIn));
        Assert.Contains(fromZip.Files, f => f.Path == zip + "!/Connections.csv");
        Assert.Equal(new DateTimeOffset(2025, 1, 20, 0, 0, 0, TimeSpan.Zero), fromZip.Platforms[0].ExportedAt);
    }

    [Fact]
    public void Entries_are_matched_case_insensitively_at_any_depth()
    {
        using var temp = new TempDir();
        var connections = File.ReadAllText(Fixtures.Path("LinkedIn/2024/Connections.csv"));
        var zip = temp.Zip("rezipped.zip",
            ("Downloads/Basic_LinkedInDataExport_01-20-2025/CONNECTIONS.CSV", connections),
            ("Downloads/Basic_LinkedInDataExport_01-20-2025/Rich_Media/photo.jpg", "not a photo"));

        var summary = Run.Inspect(zip);

        Assert.Equal(4, summary.Counts(Platform.LinkedIn).Connections);
        var input = Assert.Single(summary.Inputs);
        Assert.Equal(1, input.RecognizedFiles);
        Assert.Equal(1, input.UnrecognizedFiles);
    }

    [Fact]
    public void A_windows_made_zip_with_backslashes_and_cp437_names_is_read()
    {
        using var temp = new TempDir();
        var path = Path.Combine(temp.Path, "windows.zip");
        var connections = File.ReadAllBytes(Fixtures.Path("LinkedIn/2018/Connections.csv"));
        // Write entry names as raw bytes: backslash separators, a CP437 'é' (0x82) in the folder name, no UTF-8 flag.
        WriteRawZip(path, [(Encoding.Latin1.GetBytes("Export\\R\x82sum\x82\\Connections.csv"), connections)]);

        var summary = Run.Inspect(path);

        Assert.Equal(4, summary.Counts(Platform.LinkedIn).Connections);
        Assert.Equal(path + "!/Export/Résumé/Connections.csv", Assert.Single(summary.Files).Path);
    }

    [Fact]
    public void Malformed_rows_become_diagnostics_with_line_numbers_and_the_rest_is_kept()
    {
        var summary = Run.Inspect(Fixtures.Path("LinkedIn/malformed"));

        Assert.Equal(2, summary.Counts(Platform.LinkedIn).Connections);
        Assert.Equal(1, summary.Counts(Platform.LinkedIn).Invitations);
        var badDate = Assert.Single(summary.Diagnostics, d => d.File!.EndsWith("Connections.csv", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, badDate.Severity);
        Assert.Equal(6, badDate.Line);
        Assert.Contains("the day we met", badDate.Message, StringComparison.Ordinal);
        var invitations = summary.Files.Single(f => f.Format == "linkedin.invitations.2018");
        Assert.Equal(1, invitations.Records);
        Assert.Equal(2, invitations.Skipped);
        Assert.Equal([3L, 4L], summary.Diagnostics.Where(d => d.File!.EndsWith("Invitations.csv", StringComparison.Ordinal)).Select(d => d.Line!.Value));
    }

    [Fact]
    public void Strict_mode_stops_at_the_first_problem()
    {
        var ex = Assert.Throws<ExportFormatException>(() => Run.InspectStrict(Fixtures.Path("LinkedIn/malformed")));

        Assert.EndsWith(".csv", ex.File, StringComparison.Ordinal);
        Assert.NotNull(ex.Line);
        Assert.StartsWith("linkedin.", ex.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_csv_under_a_linkedin_name_is_an_error_not_zero_records()
    {
        using var temp = new TempDir();
        var path = temp.Write("Connections.csv", "id,label\n1,a\n2,b\n");

        var summary = Run.Inspect(path);

        var error = Assert.Single(summary.Diagnostics);
        Assert.Equal("csv.missing-header", error.Code);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains("First Name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_zero_records_not_an_error()
    {
        using var temp = new TempDir();
        var path = temp.Write("Connections.csv", string.Empty);

        var summary = Run.Inspect(path);

        Assert.Equal(0, summary.Counts(Platform.LinkedIn).Connections);
        Assert.Empty(summary.Diagnostics);
    }

    [Fact]
    public void Crlf_lf_and_bom_variants_read_the_same()
    {
        using var temp = new TempDir();
        var text = File.ReadAllText(Fixtures.Path("LinkedIn/2024/Connections.csv"));
        var lf = temp.Write("lf/Connections.csv", text.Replace("\r\n", "\n", StringComparison.Ordinal));
        var bom = temp.Write("bom/Connections.csv", text, new UTF8Encoding(true));

        Assert.Equal(4, Run.Inspect(lf).Counts(Platform.LinkedIn).Connections);
        Assert.Equal(4, Run.Inspect(bom).Counts(Platform.LinkedIn).Connections);
    }

    [Fact]
    public void A_missing_path_or_a_folder_without_an_export_is_an_error()
    {
        using var temp = new TempDir();
        temp.Write("notes/readme.txt", "nothing to see");

        var summary = Run.Inspect(Path.Combine(temp.Path, "missing.zip"), Path.Combine(temp.Path, "notes"));

        Assert.Empty(summary.Platforms);
        Assert.Equal(["input.not-found", "input.no-export"], summary.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Diagnostics_come_input_by_input()
    {
        using var temp = new TempDir();
        var missing = Path.Combine(temp.Path, "missing.zip");

        var summary = Run.Inspect(Fixtures.Path("LinkedIn/malformed"), missing);

        Assert.Equal(4, summary.Diagnostics.Length);
        Assert.All(summary.Diagnostics.Take(3), d => Assert.StartsWith(Fixtures.Path("LinkedIn/malformed"), d.File, StringComparison.Ordinal));
        Assert.Equal("input.not-found", summary.Diagnostics[3].Code);
    }

    [Fact]
    public void Random_bytes_named_zip_and_an_empty_zip_are_clear_errors()
    {
        using var temp = new TempDir();
        var random = temp.WriteBytes("random.zip", [.. Enumerable.Range(0, 512).Select(i => (byte)(i * 37 % 251))]);
        var empty = temp.ZipBytes("empty.zip");

        var summary = Run.Inspect(random, empty);

        Assert.Equal(["archive.unreadable", "input.no-export"], summary.Diagnostics.Select(d => d.Code));
        Assert.All(summary.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public async Task The_streaming_api_yields_every_record()
    {
        var records = new List<ExportRecord>();
        await foreach (var record in ExportImporter.ReadAsync([Fixtures.Path("LinkedIn/2024")]))
        {
            records.Add(record);
        }

        Assert.Equal(4, records.OfType<Tie>().Count(t => t.Kind == TieKind.Connection));
        Assert.Equal(3, records.OfType<Interaction>().Count(i => i.Channel == InteractionChannel.DirectMessage));
        Assert.Equal("Sam Porter", Assert.Single(records.OfType<ExportOwner>()).Account.Name);
    }

    [Fact]
    public async Task Cancellation_stops_the_import()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ExportImporter.ImportAsync([Fixtures.Path("LinkedIn/2024")], cancellationToken: cts.Token));
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    /// <summary>A minimal stored (uncompressed) zip with raw entry-name bytes and no UTF-8 flag, as old Windows tools write.</summary>
    private static void WriteRawZip(string path, (byte[] Name, byte[] Data)[] entries)
    {
        using var file = File.Create(path);
        using var w = new BinaryWriter(file);
        var central = new MemoryStream();
        using var c = new BinaryWriter(central);
        foreach (var (name, data) in entries)
        {
            var offset = (uint)file.Position;
            var crc = Crc32(data);
            w.Write(0x04034b50u); w.Write((ushort)20); w.Write((ushort)0); w.Write((ushort)0); w.Write(0u);
            w.Write(crc); w.Write((uint)data.Length); w.Write((uint)data.Length); w.Write((ushort)name.Length); w.Write((ushort)0);
            w.Write(name); w.Write(data);
            c.Write(0x02014b50u); c.Write((ushort)20); c.Write((ushort)20); c.Write((ushort)0); c.Write((ushort)0); c.Write(0u);
            c.Write(crc); c.Write((uint)data.Length); c.Write((uint)data.Length); c.Write((ushort)name.Length); c.Write((ushort)0);
            c.Write((ushort)0); c.Write((ushort)0); c.Write((ushort)0); c.Write(0u); c.Write(offset); c.Write(name);
        }

        var centralOffset = (uint)file.Position;
        c.Flush();
        w.Write(central.ToArray());
        w.Write(0x06054b50u); w.Write((ushort)0); w.Write((ushort)0); w.Write((ushort)entries.Length); w.Write((ushort)entries.Length);
        w.Write((uint)central.Length); w.Write(centralOffset); w.Write((ushort)0);
    }
}
