using System.Globalization;
using System.Text.RegularExpressions;
using NetworkMetrics.Archives;

namespace NetworkMetrics.Import;

/// <summary>
/// Groups recognised files into snapshots. The rules (docs/formats.md, "Several inputs"):
/// <list type="bullet">
/// <item>Inputs of one platform whose names carry the same export date are one export
/// (a zip and its unzipped folder, or the parts of a split export): their files are unioned,
/// and a file present in both (same path below the export's root) is read once.</item>
/// <item>Inputs of one platform without such a date whose files do not overlap are parts of
/// one export too (Connections.csv and messages.csv given one by one, a split archive).</item>
/// <item>Address books are one snapshot whatever the number of inputs (every card counts; only
/// the label files of one Google Takeout export share their contacts, see <c>ContactUnion</c>).</item>
/// <item>Otherwise each input is a snapshot of its own, ordered later by the export's date
/// (name, else the date a file states, else its newest record, else argument order).</item>
/// <item>An input whose files of a platform all complete an export (<see cref="ExportFormat.CompletesExport"/>:
/// Messenger's encrypted chats, downloaded apart) joins the newest other snapshot of that platform
/// (by the date in its name, else the last given), when there is one.</item>
/// </list>
/// </summary>
internal static partial class SnapshotPlanner
{
    public static List<SnapshotPlan> Plan(IReadOnlyList<PlannedFile> files, List<(int Input, ImportDiagnostic Diagnostic)> notes)
    {
        var wrappers = new Dictionary<ExportSource, string>();
        var perInput = files
            .OrderBy(f => f.InputIndex).ThenBy(f => f.Entry.Path, StringComparer.Ordinal)
            .GroupBy(f => (f.InputIndex, f.Source, f.Format.Platform))
            .Select(g => new InputPart(g.Key.InputIndex, g.Key.Platform, ExportDateFromName(g.Key.Platform, g.Key.Source.InputPath),
                [.. g.Select(f => (File: f, Key: UnionsAllInputs(f.Format.Platform) ? f.Entry.DisplayPath : ExportRelativePath(f, wrappers)))]))
            .ToList();

        var groups = new List<(SnapshotPlan Plan, HashSet<string> Keys)>();
        foreach (var part in perInput)
        {
            var group = groups.FirstOrDefault(g => g.Plan.Platform == part.Platform && SameExport(g.Plan, g.Keys, part));
            if (group.Plan is null)
            {
                group = (new SnapshotPlan(part.Platform, part.Date, part.InputIndex), new HashSet<string>(StringComparer.OrdinalIgnoreCase));
                groups.Add(group);
            }

            group.Plan.ExportedAtHint ??= part.Date;
            foreach (var (file, key) in part.Files)
            {
                if (group.Keys.Add(key))
                {
                    group.Plan.Files.Add(file);
                }
                else
                {
                    notes.Add((file.InputIndex, new ImportDiagnostic(DiagnosticSeverity.Info, "input.duplicate-file",
                        $"the same export was given more than once; this copy of '{key}' was not read again") { File = file.Entry.DisplayPath }));
                }
            }
        }

        var plans = groups.Select(g => g.Plan).ToList();
        JoinCompletingParts(plans);
        foreach (var platform in plans.GroupBy(p => p.Platform))
        {
            var count = platform.Count();
            foreach (var plan in platform)
            {
                plan.PlatformSnapshots = count;
            }
        }

        return plans;
    }

    /// <summary>Moves each snapshot made only of files that complete an export into the newest other snapshot of its platform.</summary>
    private static void JoinCompletingParts(List<SnapshotPlan> plans)
    {
        foreach (var part in plans.Where(p => p.Files.TrueForAll(f => f.Format.CompletesExport)).ToList())
        {
            var export = plans
                .Where(p => p.Platform == part.Platform && !p.Files.TrueForAll(f => f.Format.CompletesExport))
                .OrderBy(p => p.ExportedAtHint ?? DateTimeOffset.MinValue).ThenBy(p => p.Order)
                .LastOrDefault();
            if (export is not null)
            {
                export.Files.AddRange(part.Files);
                plans.Remove(part);
            }
        }
    }

    /// <summary>
    /// Address books have no "export at a date": every vCard or contacts CSV given is part of one
    /// address-book snapshot (a phone's cards, Google's labels); a contact counts once only across
    /// the label files of one Takeout export.
    /// </summary>
    private static bool UnionsAllInputs(Platform platform) => platform == Platform.AddressBook;

    private static bool SameExport(SnapshotPlan plan, HashSet<string> keys, InputPart part)
    {
        if (UnionsAllInputs(part.Platform))
        {
            return plan.ExportedAtHint is null || part.Date is null || plan.ExportedAtHint == part.Date;
        }

        if (plan.ExportedAtHint is { } a && part.Date is { } b)
        {
            return a == b;
        }

        if (plan.ExportedAtHint is not null || part.Date is not null)
        {
            return false;
        }

        return !part.Files.Any(f => keys.Contains(f.Key));
    }

    /// <summary>
    /// A file's path below its export's root: an input whose every entry sits in one top folder
    /// (an export re-zipped inside a folder) has that folder stripped.
    /// </summary>
    private static string ExportRelativePath(PlannedFile file, Dictionary<ExportSource, string> wrappers)
    {
        if (!wrappers.TryGetValue(file.Source, out var wrapper))
        {
            wrapper = CommonTopFolder(file.Source.Entries);
            wrappers.Add(file.Source, wrapper);
        }

        return file.Entry.Path.StartsWith(wrapper, StringComparison.Ordinal) ? file.Entry.Path[wrapper.Length..] : file.Entry.Path;
    }

    private static string CommonTopFolder(IReadOnlyList<ArchiveEntry> entries)
    {
        string? top = null;
        foreach (var entry in entries)
        {
            var slash = entry.Path.IndexOf('/', StringComparison.Ordinal);
            if (slash < 0)
            {
                return string.Empty;
            }

            var first = entry.Path[..(slash + 1)];
            if (top is null)
            {
                top = first;
            }
            else if (top != first)
            {
                return string.Empty;
            }
        }

        return top ?? string.Empty;
    }

    /// <summary>
    /// The export's date in an archive's (or its folder's) name: LinkedIn's
    /// <c>…DataExport_MM-DD-YYYY</c>; Facebook's and Instagram's <c>facebook-user-YYYY-MM-DD-…</c>;
    /// X's <c>twitter-YYYY-MM-DD-…</c>; Google Takeout's <c>takeout-YYYYMMDDTHHMMSSZ-001</c>.
    /// </summary>
    internal static DateTimeOffset? ExportDateFromName(Platform platform, string path)
    {
        var name = Path.GetFileName(path.TrimEnd('/', '\\'));
        var (regex, format) = platform switch
        {
            Platform.LinkedIn => (LinkedInName(), "MM-dd-yyyy"),
            Platform.Facebook or Platform.Instagram => (MetaName(), "yyyy-MM-dd"),
            Platform.Twitter => (TwitterName(), "yyyy-MM-dd"),
            Platform.AddressBook => (TakeoutName(), "yyyyMMdd'T'HHmmss'Z'"),
            _ => (null, null),
        };
        if (regex is not null && regex.Match(name) is { Success: true } match
            && DateTime.TryParseExact(match.Groups[1].Value, format, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            return new DateTimeOffset(date, TimeSpan.Zero);
        }

        return null;
    }

    [GeneratedRegex(@"DataExport_(\d{2}-\d{2}-\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkedInName();

    [GeneratedRegex(@"^(?:facebook|instagram|meta)-.*?(\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaName();

    [GeneratedRegex(@"^twitter-(\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TwitterName();

    [GeneratedRegex(@"^takeout-(\d{8}T\d{6}Z)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TakeoutName();

    private sealed record InputPart(int InputIndex, Platform Platform, DateTimeOffset? Date, List<(PlannedFile File, string Key)> Files);
}
