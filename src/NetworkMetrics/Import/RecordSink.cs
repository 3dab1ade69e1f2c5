namespace NetworkMetrics.Import;

/// <summary>
/// Where a parser's records go: collected for a materialised import, counted for
/// <c>inspect</c>, or streamed to the caller. One sink per file, used by one thread.
/// </summary>
internal abstract class RecordSink
{
    public abstract void OnAccount(Account account);

    public abstract void OnTie(Tie tie);

    public abstract void OnInteraction(Interaction interaction);

    /// <summary>
    /// A message the file holds whose date cannot be read: it counts in the messages (it existed)
    /// but is no interaction, which must have a time (<see cref="ParseContext.CountUndatedMessage"/>).
    /// </summary>
    public abstract void OnUndatedMessage();

    /// <summary>The owner; a higher <paramref name="confidence"/> wins over a lower one (a profile file beats an inference from threads).</summary>
    public abstract void OnOwner(Account owner, int confidence);

    /// <summary>The export's own date, when the file states it (X's manifest).</summary>
    public abstract void OnExportDate(DateTimeOffset exportedAt);
}
