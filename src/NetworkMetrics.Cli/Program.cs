using System.Text;
using NetworkMetrics.Cli;

// Standard output through one buffered UTF-8 writer, flushed once at the end, instead of Console.Out (which flushes on
// every write); JSON is then serialised straight into its stream (JsonOutput). `score --json` on a large network writes
// hundreds of megabytes (docs/performance.md).
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024) { AutoFlush = false };
try
{
    return await NetmetricsApp.RunAsync(args, stdout, Console.Error, default, stderrIsTerminal: !Console.IsErrorRedirected).ConfigureAwait(false);
}
finally
{
    await stdout.FlushAsync().ConfigureAwait(false);
}
