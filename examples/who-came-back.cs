#:package NetworkMetrics@0.1.0
// Who came back, who left, who is new, between an older and a newer export of the same platforms.
//   dotnet run who-came-back.cs -- ~/Downloads/Basic_LinkedInDataExport_06-01-2025.zip ~/Downloads/Basic_LinkedInDataExport_12-01-2025.zip
// Any export generations: a 2021 LinkedIn export against a 2025 one matches people by name, email or profile URL.
// Offline: nothing leaves this machine.
using NetworkMetrics;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: dotnet run who-came-back.cs -- <older export> <newer export>");
    return 2;
}

var before = await ExportImporter.ImportAsync([args[0]]);
var after = await ExportImporter.ImportAsync([args[1]]);
foreach (var problem in before.Diagnostics.Concat(after.Diagnostics).Where(d => d.Severity != DiagnosticSeverity.Info))
{
    Console.Error.WriteLine(problem);
}

foreach (var platform in before.Platforms.Intersect(after.Platforms))
{
    // The relationship the owner controls: connections and friends, else the accounts the owner follows.
    var old = Primary(before.Latest(platform)!);
    var now = Primary(after.Latest(platform)!);
    var matches = AccountMatcher.Match(old, now);
    Console.WriteLine($"{platform}: {old.Count} before, {now.Count} now — {matches.Matched.Length} in both, {matches.OnlyBefore.Length} left, {matches.OnlyAfter.Length} new");
    foreach (var account in matches.OnlyBefore.Take(10))
    {
        Console.WriteLine($"  - {account.Name ?? account.Id}");
    }

    foreach (var account in matches.OnlyAfter.Take(10))
    {
        Console.WriteLine($"  + {account.Name ?? account.Id}");
    }
}

return 0;

static List<Account> Primary(ExportSnapshot snapshot)
{
    var kind = snapshot.Ties.Any(t => t.Kind is TieKind.Connection or TieKind.Contact)
        ? new[] { TieKind.Connection, TieKind.Contact }
        : new[] { TieKind.Following };
    var keys = snapshot.Ties.Where(t => kind.Contains(t.Kind) && t.AccountKey is not null).Select(t => t.AccountKey!.Value).ToHashSet();
    return [.. snapshot.Accounts.Where(a => keys.Contains(a.Key))];
}
