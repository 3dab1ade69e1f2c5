using System.Globalization;
using NetworkMetrics.Samples.Story;

namespace NetworkMetrics.Tests.Samples;

/// <summary>How the story is written: byte for byte the same for the same options, in any culture; options checked; scaled.</summary>
public sealed class StoryWritingTests
{
    [Fact]
    public void The_same_options_write_the_same_bytes_whatever_the_culture()
    {
        using var a = new TempDir();
        using var b = new TempDir();
        using var c = new TempDir();
        var original = CultureInfo.CurrentCulture;
        StoryManifest first, second;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-SA");
            first = StorySample.Write(a.Path);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            second = StorySample.Write(b.Path);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }

        var other = StorySample.Write(c.Path, StoryOptions.Default with { Seed = 7 });

        var files = Files(a.Path);
        Assert.Equal(8, files.Count);
        Assert.Equal(files, Files(b.Path));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(a.Path, f)), File.ReadAllBytes(Path.Combine(b.Path, f))));
        Assert.Equal(first.People.Select(p => p.Name), second.People.Select(p => p.Name));
        Assert.Equal(first.AfterCounts, second.AfterCounts);

        // Another seed is another story, with the same headlines.
        Assert.NotEqual(File.ReadAllBytes(first.Before.LinkedIn), File.ReadAllBytes(other.Before.LinkedIn));
        Assert.Equal((401, 306, 486), (other.BeforeCounts.LinkedInConnections, other.BeforeCounts.FacebookFriends, other.BeforeCounts.TwitterFollowing));
    }

    [Fact]
    public void Zip_entries_carry_the_export_time_not_the_clock()
    {
        using var temp = new TempDir();
        var manifest = StorySample.Write(temp.Path);

        using var zip = System.IO.Compression.ZipFile.OpenRead(manifest.After.Twitter);
        Assert.All(zip.Entries, e => Assert.Equal(manifest.AsOf.UtcDateTime, e.LastWriteTime.DateTime));
        Assert.All(zip.Entries, e => Assert.StartsWith("data/", e.FullName, StringComparison.Ordinal));
    }

    [Fact]
    public void Writing_again_into_the_same_folder_replaces_the_earlier_story()
    {
        using var temp = new TempDir();
        StorySample.Write(temp.Path, StoryOptions.Default with { Reset = new DateOnly(2024, 3, 11), Seed = 3 });
        File.WriteAllText(Path.Combine(temp.Path, "before", "notes.txt"), "mine");
        var manifest = StorySample.Write(temp.Path);

        var expected = manifest.Before.All.Select(Path.GetFileName).Append("notes.txt").Order(StringComparer.Ordinal);
        Assert.Equal(expected, Directory.EnumerateFiles(manifest.Before.Directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(4, Directory.EnumerateFiles(manifest.After.Directory).Count());
        Assert.Equal(401, Run.Inspect(manifest.Before.Directory).Counts(Platform.LinkedIn).Connections);
    }

    [Fact]
    public void Scale_multiplies_the_people_and_the_history()
    {
        using var one = new TempDir();
        using var two = new TempDir();
        var small = StorySample.Write(one.Path);
        var large = StorySample.Write(two.Path, StoryOptions.Default with { Scale = 2 });

        Assert.Equal((802, 612, 972), (large.BeforeCounts.LinkedInConnections, large.BeforeCounts.FacebookFriends, large.BeforeCounts.TwitterFollowing));
        Assert.Equal(10, large.People.Count(p => p.Tier == StoryTier.Weekly));
        Assert.Equal(200, large.People.Count(p => p.Tier == StoryTier.Yearly));
        Assert.InRange(large.BeforeCounts.LinkedInMessages, 1.5 * small.BeforeCounts.LinkedInMessages, 2.5 * small.BeforeCounts.LinkedInMessages);
        Assert.InRange(large.BeforeCounts.FacebookMessages, 1.5 * small.BeforeCounts.FacebookMessages, 2.5 * small.BeforeCounts.FacebookMessages);

        var summary = Run.Inspect([.. large.Before.All]);
        Assert.Equal(802, summary.Counts(Platform.LinkedIn).Connections);
        Assert.Equal(large.BeforeCounts.FacebookMessages, summary.Counts(Platform.Facebook).Messages);
        Assert.DoesNotContain(summary.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);

        // Names stay unique at any scale, but for the planted same-name traps.
        Assert.Equal(["Anna", "John Smith"], large.People.GroupBy(p => p.Name).Where(g => g.Count() > 1).Select(g => g.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Another_reset_date_moves_the_whole_story()
    {
        using var temp = new TempDir();
        var manifest = StorySample.Write(temp.Path, StoryOptions.Default with { Reset = new DateOnly(2024, 3, 11) });

        Assert.Equal("Basic_LinkedInDataExport_03-10-2024.zip", Path.GetFileName(manifest.Before.LinkedIn));
        Assert.Equal(new DateOnly(2024, 9, 11), DateOnly.FromDateTime(manifest.AsOf.UtcDateTime));
        var summary = Run.Inspect([.. manifest.After.All]);
        Assert.Equal(306, summary.Counts(Platform.Facebook).Removed);
        Assert.DoesNotContain(summary.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData(0, "Scale")]
    [InlineData(StoryOptions.MaxScale + 1, "Scale")]
    public void A_scale_out_of_range_is_refused_with_its_name(int scale, string name)
    {
        using var temp = new TempDir();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => StorySample.Write(temp.Path, StoryOptions.Default with { Scale = scale }));
        Assert.Equal(name, error.ParamName);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_reset_too_early_for_nine_years_of_history_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => (StoryOptions.Default with { Reset = new DateOnly(2012, 1, 1) }).Validate());
        Assert.Equal("Reset", error.ParamName);
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
}
