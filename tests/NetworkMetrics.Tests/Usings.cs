global using NetworkMetrics.Tests.TestSupport;
