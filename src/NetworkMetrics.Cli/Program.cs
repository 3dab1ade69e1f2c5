using System.CommandLine;
using NetworkMetrics.Cli;

return await NetmetricsApp.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
