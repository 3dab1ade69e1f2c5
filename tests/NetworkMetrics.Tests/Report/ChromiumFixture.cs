namespace NetworkMetrics.Tests.Report;

/// <summary>
/// One headless Chromium shared by the browser tests, started on first use (so that a missing browser fails each test
/// with the installation hint rather than the whole run with a fixture error) and closed after the last test.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Starting Chromium on a loaded 2-core machine can take a while.</summary>
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(120);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private HeadlessChromium? _browser;

    internal async Task<HeadlessChromium> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _browser ??= await HeadlessChromium.StartAsync(s_startTimeout);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _gate.Dispose();
    }
}
