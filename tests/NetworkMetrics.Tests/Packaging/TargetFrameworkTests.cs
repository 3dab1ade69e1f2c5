using System.Runtime.InteropServices;

namespace NetworkMetrics.Tests.Packaging;

/// <summary>The suite runs once per framework the package ships, each on its own runtime.</summary>
public sealed class TargetFrameworkTests
{
    [Fact]
    public void The_tests_run_on_the_runtime_of_their_target_framework()
    {
        var library = typeof(ExportImporter).Assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false)
            .Cast<System.Runtime.Versioning.TargetFrameworkAttribute>().Single().FrameworkName;
#if NET10_0_OR_GREATER
        Assert.Equal(".NETCoreApp,Version=v10.0", library);
        Assert.Equal(10, Environment.Version.Major);
#else
        Assert.Equal(".NETCoreApp,Version=v8.0", library);
        Assert.Equal(8, Environment.Version.Major); // the self-contained .NET 8 runtime, not a roll-forward onto .NET 10
#endif
        Assert.StartsWith(".NET ", RuntimeInformation.FrameworkDescription, StringComparison.Ordinal);
    }
}
