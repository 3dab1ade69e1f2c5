using BenchmarkDotNet.Running;
using NetworkMetrics.Samples;

namespace NetworkMetrics.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/NetworkMetrics.Benchmarks -- --filter *</c>.
/// <c>-- generate DIR [scale]</c> writes the end-to-end export set (LinkedIn at its cap with
/// 500,000 messages, Facebook with 5,000 friends and 1,000,000 messages over 2,000 threads,
/// X with 100,000 followers and 500,000 DMs) into DIR/linkedin, DIR/facebook and DIR/twitter
/// for benchmarks/end-to-end/run.sh.
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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
