using Spectre.Console;

namespace NetworkMetrics.Cli;

/// <summary>
/// The progress bar on stderr while exports are read: shown only when stderr is a terminal and the output is not
/// JSON (a pipe, a file or a script sees nothing of it). Drawn with Spectre.Console from the library's
/// <see cref="IProgress{T}"/> reports (files, bytes, records).
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, with a progress bar when <paramref name="show"/>.</summary>
    public static async Task<T> RunAsync<T>(bool show, TextWriter stderr, string label, Func<IProgress<ImportProgress>?, Task<T>> work)
    {
        if (!show)
        {
            return await work(null).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stderr),
            Ansi = AnsiSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        T result = default!;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: 1);
                var reporter = new Reporter(task, label);
                result = await work(reporter).ConfigureAwait(false);
                reporter.Finish();
            }).ConfigureAwait(false);
        return result;
    }

    /// <summary>Turns reports (from worker threads, in any order) into the bar: bytes when the total is known, else files.</summary>
    private sealed class Reporter(ProgressTask task, string label) : IProgress<ImportProgress>
    {
        private readonly object _gate = new();
        private long _bytes;

        public void Report(ImportProgress value)
        {
            lock (_gate)
            {
                _bytes = Math.Max(_bytes, value.BytesRead);
                if (value.BytesTotal is { } total && total > 0)
                {
                    task.MaxValue = total;
                    task.Value = Math.Min(_bytes, total);
                }
                else
                {
                    task.MaxValue = Math.Max(1, value.FilesTotal);
                    task.Value = value.FilesDone;
                }

                task.Description = FormattableString.Invariant($"{label} {value.FilesDone}/{value.FilesTotal} files, {value.Records:N0} records");
            }
        }

        public void Finish()
        {
            lock (_gate)
            {
                task.Value = task.MaxValue;
                task.StopTask();
            }
        }
    }
}
