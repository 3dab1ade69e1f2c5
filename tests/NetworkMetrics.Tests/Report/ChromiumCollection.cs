namespace NetworkMetrics.Tests.Report;

/// <summary>The browser tests: one Chromium between them, run one at a time and not beside other tests (a 2-core machine).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
