using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NetworkMetrics.Tests.Report;

/// <summary>
/// Debian's Chromium, headless, driven over the DevTools protocol (CDP). Chromium is started with
/// <c>--remote-debugging-port=0</c>: it picks a free loopback port and writes it to <c>DevToolsActivePort</c> in its
/// (new, empty) profile folder; the test connects a <see cref="ClientWebSocket"/> to 127.0.0.1 there. Every page gets
/// its own target and flat session; the session's events (console, log, network, load) are kept for the checks.
/// Only the tests use networking, and only to this loopback socket.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser; NETMETRICS_CHROMIUM overrides it.</summary>
    public static string ExecutablePath => Environment.GetEnvironmentVariable("NETMETRICS_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentQueue<string> _log;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<CdpEvent>> _events = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiving;
    private int _nextId;

    private HeadlessChromium(Process process, string profile, ClientWebSocket socket, ConcurrentQueue<string> log)
    {
        _process = process;
        _profile = profile;
        _socket = socket;
        _log = log;
        _receiving = Task.Run(ReceiveLoopAsync);
    }

    /// <summary>The browser's version line (<c>Browser.getVersion</c>).</summary>
    public string Version { get; private set; } = string.Empty;

    /// <summary>Starts Chromium and connects to it; fails with a clear message when it is not installed or does not start.</summary>
    public static async Task<HeadlessChromium> StartAsync(TimeSpan timeout)
    {
        var executable = ExecutablePath;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {executable}: the report's browser tests need Debian's chromium package "
                + "(`apt-get update && apt-get install -y chromium`; .ci/run installs it when missing), or NETMETRICS_CHROMIUM set to a Chromium binary.");
        }

        var profile = Path.Combine(Path.GetTempPath(), "netmetrics-chromium", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0",
            "--disable-dev-shm-usage", "--no-default-browser-check", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
            "--force-color-profile=srgb", "about:blank",
        })
        {
            start.ArgumentList.Add(arg);
        }

        var log = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, e) => Keep(log, e.Data);
        process.OutputDataReceived += (_, e) => Keep(log, e.Data);
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            // DevToolsActivePort: the port on the first line, the browser target's path on the second.
            var portFile = Path.Combine(profile, "DevToolsActivePort");
            string[] lines = [];
            while (lines.Length < 2)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} before it listened:\n{string.Join('\n', log)}");
                }

                await Task.Delay(100, cts.Token);
                if (File.Exists(portFile))
                {
                    lines = (await File.ReadAllTextAsync(portFile, cts.Token)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                }
            }

            var socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0].Trim()}{lines[1].Trim()}"), cts.Token);
            var browser = new HeadlessChromium(process, profile, socket, log);
            var version = await browser.SendAsync("Browser.getVersion", null, null, timeout);
            browser.Version = version.GetProperty("product").GetString() ?? string.Empty;
            return browser;
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            throw new TimeoutException($"Chromium did not open its DevTools port within {timeout.TotalSeconds:F0} s:\n{string.Join('\n', log)}");
        }
        catch
        {
            Stop(process);
            throw;
        }
    }

    /// <summary>The last lines Chromium wrote on stdout and stderr (for failure messages).</summary>
    public string Log => string.Join('\n', _log);

    /// <summary>Sends a command (to the browser, or to a page's session) and returns its result.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, string? sessionId, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sendGate.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
        }
        finally
        {
            _sendGate.Release();
        }

        var done = await Task.WhenAny(reply.Task, Task.Delay(timeout));
        _pending.TryRemove(id, out _);
        if (done != reply.Task)
        {
            throw new TimeoutException($"Chromium did not answer {method} within {timeout.TotalSeconds:F0} s.\n{Log}");
        }

        return await reply.Task;
    }

    /// <summary>The events received so far for a session, in order.</summary>
    public IReadOnlyList<CdpEvent> Events(string sessionId) =>
        _events.TryGetValue(sessionId, out var queue) ? [.. queue] : [];

    /// <summary>Waits until the session has received an event of <paramref name="method"/>.</summary>
    public async Task<CdpEvent> WaitForEventAsync(string sessionId, string method, TimeSpan timeout)
    {
        var until = Stopwatch.StartNew();
        while (until.Elapsed < timeout)
        {
            if (Events(sessionId).FirstOrDefault(e => e.Method == method) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No {method} within {timeout.TotalSeconds:F0} s.\n{Log}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await SendAsync("Browser.close", null, null, TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is TimeoutException or WebSocketException or OperationCanceledException or InvalidOperationException)
        {
            // Closing: the process is stopped below either way.
        }

        if (!_process.WaitForExit(15_000))
        {
            Stop(_process);
        }

        await _stop.CancelAsync();
        try
        {
            await _receiving;
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The socket closes with the browser.
        }

        _socket.Dispose();
        _process.Dispose();
        _stop.Dispose();
        _sendGate.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile file still held a moment after the exit: left in the temp folder.
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            using (var json = JsonDocument.Parse(message.GetBuffer().AsMemory(0, (int)message.Length)))
            {
                var root = json.RootElement;
                if (root.TryGetProperty("id", out var id))
                {
                    if (_pending.TryGetValue(id.GetInt32(), out var reply))
                    {
                        if (root.TryGetProperty("error", out var error))
                        {
                            reply.TrySetException(new InvalidOperationException($"CDP error: {error.GetRawText()}"));
                        }
                        else
                        {
                            reply.TrySetResult(root.GetProperty("result").Clone());
                        }
                    }
                }
                else if (root.TryGetProperty("method", out var method))
                {
                    var session = root.TryGetProperty("sessionId", out var s) ? s.GetString() ?? string.Empty : string.Empty;
                    var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
                    _events.GetOrAdd(session, _ => new ConcurrentQueue<CdpEvent>()).Enqueue(new CdpEvent(method.GetString() ?? string.Empty, parameters));
                }
            }

            message.SetLength(0);
        }
    }

    private static void Keep(ConcurrentQueue<string> log, string? line)
    {
        if (line is null)
        {
            return;
        }

        log.Enqueue(line);
        while (log.Count > 60)
        {
            log.TryDequeue(out _);
        }
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
