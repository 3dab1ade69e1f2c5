#:package NetworkMetrics@0.1.0
// Score my LinkedIn export: who matters most, why (factor by factor), and what to do today.
//   dotnet run score-my-linkedin.cs -- ~/Downloads/Basic_LinkedInDataExport_12-01-2025.zip [2025-12-01]
// The optional date is the day to score as of (default: the export's date). Works with any platform's export,
// or several at once. Offline: nothing leaves this machine.
using System.Globalization;
using NetworkMetrics;
using NetworkMetrics.Scoring;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: dotnet run score-my-linkedin.cs -- <export> [as-of date, yyyy-MM-dd]");
    return 2;
}

var import = await ExportImporter.ImportAsync([args[0]]);
foreach (var problem in import.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info))
{
    Console.Error.WriteLine(problem);
}

// Score as of a date you choose (never the clock): the end of the given day, else the export's own date.
DateTimeOffset? asOf = args.Length > 1
    ? new DateTimeOffset(DateOnly.ParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero)
    : import.Snapshots.Max(s => s.ExportedAt);
if (asOf is null)
{
    Console.Error.WriteLine("The export states no date: pass the as-of date.");
    return 1;
}

var scores = ContactQuality.Score(import, asOf.Value);
Console.WriteLine($"{scores.People.Length} contacts scored as of {asOf.Value:yyyy-MM-dd}; quality-weighted size {scores.Network.QualityWeightedSize:0.0}");
foreach (var layer in scores.Layers)
{
    Console.WriteLine($"  layer {layer.Nominal}: {layer.People} people");
}

foreach (var person in scores.People.Take(5))
{
    // Each score explains itself: the six factors, their weighted contributions, the evidence.
    Console.WriteLine(scores.Explain(person));
}

Console.WriteLine("Today:");
foreach (var action in scores.Today)
{
    Console.WriteLine($"  {action.Kind}: {action.Name ?? action.PersonId}: {action.Reason}");
}

return 0;
