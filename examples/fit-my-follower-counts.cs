#:package NetworkMetrics@0.1.0
// Fits growth curves to a follower count you kept by hand, and projects when it reaches a target.
//   dotnet run fit-my-follower-counts.cs -- counts.csv 500
// counts.csv: a header `date,count` (ISO dates) or `t,count` (days), then one row per observation.
using System.Globalization;
using NetworkMetrics.Statistics;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: dotnet run fit-my-follower-counts.cs -- <counts.csv> [target]");
    return 2;
}

var lines = File.ReadAllLines(args[0]).Where(l => l.Trim().Length > 0).ToList();
var byDate = lines[0].StartsWith("date", StringComparison.OrdinalIgnoreCase);
var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
var origin = byDate ? DateTimeOffset.Parse(rows[0][0], CultureInfo.InvariantCulture) : default;
double[] t = [.. rows.Select(r => byDate ? (DateTimeOffset.Parse(r[0], CultureInfo.InvariantCulture) - origin).TotalDays : double.Parse(r[0], CultureInfo.InvariantCulture))];
double[] y = [.. rows.Select(r => double.Parse(r[1], CultureInfo.InvariantCulture))];

var fits = GrowthCurves.FitAll(t, y);
foreach (var fit in fits.Fits)
{
    var parameters = fit.Converged ? string.Join(", ", fit.Parameters.Select(p => $"{p.Name} = {p.Value:G4} ± {p.StandardError:G2}")) : "did not converge";
    Console.WriteLine($"{fit.Name,-23} {parameters}{(fit.Aicc is { } aicc ? $"  (AICc {aicc:F1})" : "")}");
}

if (fits.Best is not { } best)
{
    Console.WriteLine("no model converged");
    return 1;
}

Console.WriteLine($"best by AICc: {best.Name}");
if (args.Length >= 2)
{
    var target = double.Parse(args[1], CultureInfo.InvariantCulture);
    var projection = best.Project(target);
    Console.WriteLine(projection.Status == GrowthProjectionStatus.Reached
        ? $"reaches {target} at t = {projection.Time:F0} days (95% interval {projection.Lower:F0} to {(projection.IsUpperUnbounded ? "never" : projection.Upper?.ToString("F0", CultureInfo.InvariantCulture))})"
        : $"does not reach {target}: {projection.Status}");
}

return 0;
