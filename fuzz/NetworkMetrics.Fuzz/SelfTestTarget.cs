namespace NetworkMetrics.Fuzz;

/// <summary>
/// Checks the pipeline itself (instrumentation, fork server, crash reporting): throws an
/// unexpected exception for inputs that start with "!", so a short run must save a crash.
/// </summary>
internal sealed class SelfTestTarget : FuzzTarget
{
    public override string Name => "selftest";

    public override string Description => "pipeline check: crashes on inputs starting with '!' (a run must report a crash)";

    public override void Run(byte[] input)
    {
        // Some instrumented code to run, or AFL++ sees no coverage at all.
        new JsonReaderTarget().Run(input);
        if (input.Length > 0 && input[0] == (byte)'!')
        {
            throw new InvalidOperationException("selftest: the harness reports unexpected exceptions as crashes");
        }
    }
}
