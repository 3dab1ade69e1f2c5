using System.Globalization;
using System.Text.RegularExpressions;

namespace NetworkMetrics.Import;

/// <summary>
/// Groups recognised files into snapshots: one per platform per input, each with the
/// export's date when the input's name carries it.
/// </summary>
internal static partial class SnapshotPlanner
{
    public static List<SnapshotPlan> Plan(IReadOnlyList<PlannedFile> files, IReadOnlyList<string> paths)
    {
        var plans = new Dictionary<(int Input, Platform Platform), SnapshotPlan>();
        var ordered = new List<SnapshotPlan>();
        foreach (var file in files.OrderBy(f => f.InputIndex).ThenBy(f => f.Entry.Path, StringComparer.Ordinal))
        {
            var key = (file.InputIndex, file.Format.Platform);
            if (!plans.TryGetValue(key, out var plan))
            {
                plan = new SnapshotPlan(file.Format.Platform, ExportDateFromName(file.Format.Platform, paths[file.InputIndex]), file.InputIndex);
                plans.Add(key, plan);
                ordered.Add(plan);
            }

            plan.Files.Add(file);
        }

        foreach (var group in ordered.GroupBy(p => p.Platform))
        {
            var count = group.Count();
            foreach (var plan in group)
            {
                plan.PlatformSnapshots = count;
            }
        }

        return ordered;
    }

    /// <summary>
    /// The export's date in an archive's name: LinkedIn's <c>…DataExport_MM-DD-YYYY.zip</c>,
    /// Facebook's and Instagram's <c>facebook-user-YYYY-MM-DD-….zip</c>.
    /// </summary>
    internal static DateTimeOffset? ExportDateFromName(Platform platform, string path)
    {
        var name = Path.GetFileName(path.TrimEnd('/', '\\'));
        if (platform == Platform.LinkedIn && LinkedInName().Match(name) is { Success: true } linkedIn
            && DateTime.TryParseExact(linkedIn.Groups[1].Value, "MM-dd-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        if (platform is Platform.Facebook or Platform.Instagram && MetaName().Match(name) is { Success: true } meta
            && DateTime.TryParseExact(meta.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        return null;
    }

    [GeneratedRegex(@"DataExport_(\d{2}-\d{2}-\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkedInName();

    [GeneratedRegex(@"^(?:facebook|instagram|meta)-.*?(\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaName();
}
