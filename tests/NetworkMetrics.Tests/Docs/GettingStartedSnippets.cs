using NetworkMetrics.Identity;
using NetworkMetrics.Rebuild;
using NetworkMetrics.Scoring;
using NetworkMetrics.Statistics;

namespace NetworkMetrics.Tests.Docs;

/// <summary>
/// The code of docs/getting-started.md, compiled with the tests: each <c>#region</c> is one snippet of the page, and
/// <see cref="GettingStartedTests"/> checks that the page shows exactly this code and runs it on the story sample.
/// </summary>
internal static class GettingStartedSnippets
{
    public static async Task<ImportResult> Import(string[] paths)
    {
        #region import
        // 1. Read the exports: zips as downloaded, folders or single files, any platform, any generation.
        ImportResult import = await ExportImporter.ImportAsync(paths);
        foreach (ImportDiagnostic problem in import.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
        {
            Console.Error.WriteLine(problem); // file, line, record and what was expected; nothing silently lost
        }
        #endregion
        return import;
    }

    public static PeopleNetwork People(ImportResult import)
    {
        #region people
        // 2. One person, many accounts: emails, phones, profile links and unique full names join them.
        PeopleNetwork people = PeopleResolver.Resolve(import);
        foreach (Person person in people.People.Where(p => p.Accounts.Length > 1).Take(3))
        {
            Console.WriteLine($"{person.Name}: {string.Join(", ", person.Platforms)}");
            foreach (IdentityEvidence evidence in person.Evidence)
                Console.WriteLine($"  {evidence.Kind} ({evidence.Confidence:0.00}): {evidence.Detail}");
        }
        #endregion
        return people;
    }

    public static ContactQualityResult Score(ImportResult import, PeopleNetwork people, DateTimeOffset asOf)
    {
        #region score
        // 3. Score every person as of a date you pass (never the clock): six explained factors, a layer, a today list.
        ContactQualityResult scores = ContactQuality.ScorePeople(import, people, asOf);
        PersonScore best = scores.People[0];
        Console.WriteLine(scores.Explain(best));          // factor by factor, with the evidence
        Console.WriteLine($"circle of {best.Layer}; quality-weighted size {scores.Network.QualityWeightedSize:0.0}");
        foreach (TodayAction action in scores.Today)
            Console.WriteLine($"{action.Kind} {action.Name}: {action.Reason}");
        #endregion
        return scores;
    }

    public static RebuildResult Rebuild(ImportResult before, ImportResult after)
    {
        #region rebuild
        // 4. Before and after a reset: who came back, how fast, and whether the closest came back first.
        RebuildResult rebuild = RebuildAnalysis.Analyze(before, after);
        foreach (NetworkMetrics.Rebuild.PlatformRebuild platform in rebuild.Platforms)
        {
            Console.WriteLine($"{platform.Platform}: {platform.Returning} of {platform.Before} back, {platform.New} new; "
                + $"quality back {platform.QualityRecovered:P0} against count {platform.Recovered:P0}; "
                + $"concordance {platform.Concordance?.Index:0.00}");
            if (platform.Projection is { } projection)
                Console.WriteLine(projection.Date is { } date ? $"  back to {projection.Target} on {date}" : $"  {projection.Statement}");
        }
        #endregion
        return rebuild;
    }

    public static GrowthFitSet Fit()
    {
        #region fit
        // 5. The statistics on their own: fit the five growth curves to any count series and project it.
        double[] days = [0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70];
        double[] followers = [0, 40, 75, 104, 128, 147, 162, 174, 183, 190, 195];
        GrowthFitSet fits = GrowthCurves.FitAll(days, followers);
        if (fits.Best is { } fit)
        {
            GrowthProjection projection = fit.Project(180);
            Console.WriteLine($"{fit.Name}: reaches 180 at day {projection.Time:0} (95% {projection.Lower:0} to {projection.Upper:0})");
        }
        #endregion
        return fits;
    }
}
