using NetworkMetrics.Import;

namespace NetworkMetrics.Fuzz;

/// <summary>
/// One fuzzing target: takes the bytes of one input and runs a part of the library on them.
/// Expected outcomes (records, diagnostics, the bad-input exceptions) return normally; anything
/// else escapes, so that AFL++ records the input as a crash.
/// </summary>
internal abstract class FuzzTarget
{
    /// <summary>The target's name on the command line (a format id, or <c>json-reader</c>, <c>zip</c>, <c>tar.gz</c>).</summary>
    public abstract string Name { get; }

    /// <summary>What the target runs, for <c>--list</c>.</summary>
    public abstract string Description { get; }

    /// <summary>The dictionary file (in fuzz/dictionaries) that suits the target's inputs, if any.</summary>
    public virtual string? Dictionary => null;

    /// <summary>The entry path the input is given (parsers may look at the file name), when the target has one.</summary>
    public string? EntryPath { get; set; }

    /// <summary>Runs the input; returns normally for every expected outcome.</summary>
    public abstract void Run(byte[] input);

    /// <summary>
    /// The bad-input outcomes: <see cref="ExportFormatException"/>, and the data exceptions that
    /// the import engine turns into diagnostics (<see cref="ImportEngine.IsDataError"/>).
    /// </summary>
    public static bool IsExpected(Exception ex) => ex is ExportFormatException || ImportEngine.IsDataError(ex);

    /// <summary>Runs an action and swallows only the expected exceptions.</summary>
    protected static void Expecting(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            // Bad input, reported the way the library promises: not a finding.
        }
    }
}

/// <summary>A library invariant broken by a record: always a finding.</summary>
internal sealed class InvariantViolationException(string message) : Exception(message);
