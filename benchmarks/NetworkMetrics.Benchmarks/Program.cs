using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NetworkMetrics.Samples;

namespace NetworkMetrics.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/NetworkMetrics.Benchmarks -- --filter *</c>.
/// <c>-- generate DIR [scale]</c> writes the end-to-end export set (LinkedIn at its cap with
/// 500,000 messages, Facebook with 5,000 friends and 1,000,000 messages over 2,000 threads,
/// X with 100,000 followers and 500,000 DMs) into DIR/linkedin, DIR/facebook and DIR/twitter
/// for benchmarks/end-to-end/run.sh. <c>-- loop Class.Method [count]</c> runs one benchmark
/// method in a plain loop (after its global setup), for a profiler such as dotnet-trace.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "generate")
        {
            var scale = args.Length >= 3 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1.0;
            int Scaled(int n) => Math.Max(10, (int)(n * scale));
            LinkedInSample.Write(Path.Combine(args[1], "linkedin"), Scaled(30_000), Scaled(500_000));
            FacebookSample.Write(Path.Combine(args[1], "facebook"), Scaled(5_000), Math.Max(10, Scaled(2_000)), Scaled(1_000_000));
            TwitterSample.Write(Path.Combine(args[1], "twitter"), Scaled(100_000), Scaled(2_000), Scaled(5_000), Scaled(500_000));
            return 0;
        }

        if (args.Length >= 2 && args[0] == "loop")
        {
            return Loop(args[1], args.Length >= 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20);
        }

        // BenchmarkDotNet builds a project of its own for the runs; its default timeout (2 minutes) is too short on a
        // busy 2-core machine (seen: the CI smoke run failed to build in time while other builds ran).
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)));
        return 0;
    }

    private static int Loop(string name, int count)
    {
        var dot = name.LastIndexOf('.');
        var type = typeof(Program).Assembly.GetType("NetworkMetrics.Benchmarks." + name[..dot]);
        var method = type?.GetMethod(name[(dot + 1)..]);
        if (type is null || method is null)
        {
            Console.Error.WriteLine($"no benchmark method {name} (expected Class.Method, e.g. LinkedInBenchmarks.MessagesParser)");
            return 2;
        }

        var instance = Activator.CreateInstance(type);
        type.GetMethods().FirstOrDefault(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.GlobalSetupAttribute), false))?.Invoke(instance, null);
        // Each run timed alone: on a shared machine the fastest run is the least disturbed one.
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = method.Invoke(instance, null);
            if (result is Task task)
            {
                task.GetAwaiter().GetResult();
            }

            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine($"{name}: {count} runs, fastest {times[0]:F1} ms, median {times[count / 2]:F1} ms (indicative only; measure with BenchmarkDotNet)");
        return 0;
    }
}
