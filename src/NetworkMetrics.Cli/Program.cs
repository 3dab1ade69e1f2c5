using System.CommandLine;
using NetworkMetrics.Cli;

return await NetmetricsApp.RunAsync(args, Console.Out, Console.Error, default, stderrIsTerminal: !Console.IsErrorRedirected).ConfigureAwait(false);
