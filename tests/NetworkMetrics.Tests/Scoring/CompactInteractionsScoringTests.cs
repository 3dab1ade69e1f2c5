using System.Globalization;
using NetworkMetrics.Identity;
using NetworkMetrics.Samples.Story;
using NetworkMetrics.Scoring;
using NetworkMetrics.Tests.Import;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>
/// <see cref="ImportOptions.KeepInteractionRecords"/> off keeps interactions as rows only (what <c>score</c> and
/// <c>graph</c> import with): the scores, counts, accounts, ties and conversations must be those of the full import,
/// for every fixture (hostile ones included) and across overlapping snapshots.
/// </summary>
public sealed class CompactInteractionsScoringTests
{
    private static readonly ImportOptions Compact = ImportOptions.Default with { KeepInteractionRecords = false };

    public static TheoryData<string> FixtureInputs() => CountingPathTests.FixtureInputs();

    [Theory]
    [MemberData(nameof(FixtureInputs))]
    public async Task Scores_from_rows_are_the_scores_from_records(string fixture)
    {
        var path = Fixtures.Path(fixture);
        var full = await ExportImporter.ImportAsync([path]);
        var compact = await ExportImporter.ImportAsync([path], Compact);

        AssertSameImport(full, compact);
        var asOf = full.Snapshots.Select(s => s.ExportedAt).Max() ?? new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(Describe(ContactQuality.Score(full, asOf)), Describe(ContactQuality.Score(compact, asOf)));
    }

    [Fact]
    public async Task Scores_from_rows_match_across_overlapping_snapshots_and_people()
    {
        // Before and after the reset: two snapshots of each platform, whose messages overlap and are counted once.
        using var temp = new TempDir();
        var manifest = StorySample.Write(temp.Path);
        string[] paths = [.. manifest.Before.All, .. manifest.After.All];
        var full = await ExportImporter.ImportAsync(paths);
        var compact = await ExportImporter.ImportAsync(paths, Compact);

        Assert.Contains(full.Summaries, s => s.Snapshots > 1);
        Assert.NotEmpty(full.Interactions);
        AssertSameImport(full, compact);
        var scoredFull = ContactQuality.ScorePeople(full, PeopleResolver.Resolve(full), manifest.AsOf);
        var scoredCompact = ContactQuality.ScorePeople(compact, PeopleResolver.Resolve(compact), manifest.AsOf);
        Assert.Equal(Describe(scoredFull), Describe(scoredCompact));
        Assert.True(scoredCompact.People.Sum(p => p.Interactions) > 0);
    }

    [Fact]
    public void A_builder_made_from_an_import_scores_what_ScorePeople_scores_under_any_options_and_outlives_the_import()
    {
        using var temp = new TempDir();
        var manifest = StorySample.Write(temp.Path);
        string[] paths = [.. manifest.Before.All, .. manifest.After.All];
        var clustering = ScoringOptions.Default with { LayerMethod = LayerMethod.Clustering };
        foreach (var options in new[] { ImportOptions.Default, Compact })
        {
            var (builder, import, expected) = BuilderOnly(paths, options, manifest.AsOf, clustering);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            // The builder keeps neither the import nor the people, and scores as often as asked.
            Assert.False(import.IsAlive);
            Assert.Equal(expected.Thresholds, Describe(builder.Score(manifest.AsOf)));
            Assert.Equal(expected.Clustering, Describe(builder.Score(manifest.AsOf, clustering)));
            Assert.NotEqual(expected.Thresholds, expected.Clustering);
        }
    }

    /// <summary>An import, its people and their scores by <see cref="ContactQuality.ScorePeople"/>, of which only a builder and the scores' descriptions are returned.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (ContactQualityBuilder Builder, WeakReference Import, (List<string> Thresholds, List<string> Clustering) Expected) BuilderOnly(
        string[] paths, ImportOptions options, DateTimeOffset asOf, ScoringOptions clustering)
    {
        var result = ExportImporter.ImportAsync(paths, options).GetAwaiter().GetResult();
        var people = PeopleResolver.Resolve(result);
        var expected = (Describe(ContactQuality.ScorePeople(result, people, asOf)), Describe(ContactQuality.ScorePeople(result, people, asOf, clustering)));
        return (ContactQuality.CreateBuilder(result, people, asOf), new WeakReference(result), expected);
    }

    [Fact]
    public async Task Snapshots_built_side_by_side_are_those_built_one_after_another()
    {
        // Twelve snapshots (six platforms before and after the reset, address books with phones among them) built on
        // one worker and on several: the same import, the same scores.
        using var temp = new TempDir();
        var manifest = StorySample.Write(temp.Path);
        string[] paths = [.. manifest.Before.All, .. manifest.After.All];
        var serial = await ExportImporter.ImportAsync(paths, Compact with { MaxDegreeOfParallelism = 1 });
        var parallel = await ExportImporter.ImportAsync(paths, Compact with { MaxDegreeOfParallelism = 8 });

        Assert.True(serial.Snapshots.Length > 2);
        Assert.Contains(serial.Accounts, a => !a.Phones.IsDefaultOrEmpty && a.Phones.Any(p => p.E164 is not null));
        AssertSameImport(serial, parallel);
        Assert.Equal(serial.Snapshots.Select(s => string.Join(';', s.Accounts.Select(Account))), parallel.Snapshots.Select(s => string.Join(';', s.Accounts.Select(Account))));
        Assert.Equal(Describe(ContactQuality.ScorePeople(serial, PeopleResolver.Resolve(serial), manifest.AsOf)),
            Describe(ContactQuality.ScorePeople(parallel, PeopleResolver.Resolve(parallel), manifest.AsOf)));
    }

    [Fact]
    public async Task Pseudonymising_rows_pseudonymises_like_records()
    {
        using var temp = new TempDir();
        var manifest = StorySample.Write(temp.Path);
        var pseudonymizer = new Pseudonymizer("a key for the test, 32 bytes long"u8);
        var full = pseudonymizer.Apply(await ExportImporter.ImportAsync(manifest.After.All));
        var compact = pseudonymizer.Apply(await ExportImporter.ImportAsync(manifest.After.All, Compact));

        var fromRecords = Describe(ContactQuality.Score(full, manifest.AsOf));
        Assert.Equal(fromRecords, Describe(ContactQuality.Score(compact, manifest.AsOf)));
        Assert.DoesNotContain(full.Accounts, a => compact.FindAccount(a.Key) is null);
    }

    [Fact]
    public async Task Contents_cannot_be_kept_without_records()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            ExportImporter.ImportAsync([Fixtures.Path("LinkedIn/2024")], Compact with { IncludeContent = true }));

        Assert.Contains("KeepInteractionRecords", error.Message, StringComparison.Ordinal);
        Assert.Equal("options", error.ParamName);
    }

    private static void AssertSameImport(ImportResult full, ImportResult compact)
    {
        Assert.Empty(compact.Interactions);
        Assert.All(compact.Snapshots, s => Assert.Empty(s.Interactions));
        Assert.Equal(full.Summaries.Select(s => (s.Platform, s.Owner?.Key, s.ExportedAt, s.ExportedAtSource, s.OwnerSource, s.Counts, s.Snapshots)),
            compact.Summaries.Select(s => (s.Platform, s.Owner?.Key, s.ExportedAt, s.ExportedAtSource, s.OwnerSource, s.Counts, s.Snapshots)));
        Assert.Equal(full.Snapshots.Select(s => (s.Platform, s.ExportedAt, s.ExportedAtSource, s.Counts)),
            compact.Snapshots.Select(s => (s.Platform, s.ExportedAt, s.ExportedAtSource, s.Counts)));
        Assert.Equal(full.Accounts.Select(Account), compact.Accounts.Select(Account));
        Assert.Equal(full.Conversations.Select(c => (c.Platform, c.Id, c.Kind, string.Join(',', c.Participants))),
            compact.Conversations.Select(c => (c.Platform, c.Id, c.Kind, string.Join(',', c.Participants))));
        Assert.Equal(full.Diagnostics.Select(d => d.ToString()), compact.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(full.Snapshots.Select(s => s.Ties.Length), compact.Snapshots.Select(s => s.Ties.Length));
    }

    private static string Account(Account a) =>
        string.Join('|', a.Key, a.Name, a.Kind, a.IsAmbiguous, string.Join(',', a.Keys), string.Join(',', a.Emails.Select(e => e.Address)),
            string.Join(',', a.Phones.Select(p => p.Written)));

    /// <summary>Everything a score says, as text (scores to the last bit), in rank order.</summary>
    private static List<string> Describe(ContactQualityResult result) =>
    [
        .. result.People.Select(p => string.Join('|',
            p.Rank, p.Id, p.Score.ToString("R", CultureInfo.InvariantCulture), p.Layer, p.Factors, p.FirstContact, p.LastContact,
            p.LastTwoWayContact, p.Interactions, string.Join(',', p.Channels), string.Join(',', p.Platforms), p.Given, p.Received,
            p.Conversations, p.Effort.ToString("R", CultureInfo.InvariantCulture), p.CallTime, p.OverdueRatio)),
        .. result.Today.Select(t => $"{t.Kind}|{t.PersonId}|{t.Reason}"),
        result.Network.ToString(),
    ];
}
