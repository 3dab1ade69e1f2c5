using System.Text.Json;

namespace NetworkMetrics.Tests.Report;

/// <summary>A DevTools protocol event: its method (<c>Network.requestWillBeSent</c>, …) and parameters.</summary>
internal sealed record CdpEvent(string Method, JsonElement Params);
