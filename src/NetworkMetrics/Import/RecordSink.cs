namespace NetworkMetrics.Import;

/// <summary>
/// Where a parser's records go: collected for a materialised import, counted for
/// <c>inspect</c>, or streamed to the caller. One sink per file, used by one thread.
/// </summary>
internal abstract class RecordSink
{
    public abstract void OnAccount(Account account);

    public abstract void OnTie(Tie tie);

    /// <summary>An interaction, with a hash of its text (0 when it has none) that recognises the same message in overlapping snapshots.</summary>
    public abstract void OnInteraction(Interaction interaction, ulong contentHash);

    /// <summary>A conversation as one file states it (a thread split across files is stated by each).</summary>
    public abstract void OnConversation(Conversation conversation);

    /// <summary>
    /// A message the file holds whose date cannot be read: it counts in the messages (it existed)
    /// but is no interaction, which must have a time (<see cref="ParseContext.CountUndatedMessage"/>).
    /// </summary>
    public abstract void OnUndatedMessage();

    /// <summary>The owner; a higher <paramref name="confidence"/> wins over a lower one (a profile file beats an inference from threads).</summary>
    public abstract void OnOwner(Account owner, int confidence);

    /// <summary>The owner's own email addresses and phone numbers, from a file that lists them (LinkedIn's Email Addresses.csv): added to the owner of the snapshot.</summary>
    public virtual void OnOwnerDetails(System.Collections.Immutable.ImmutableArray<EmailAddress> emails, System.Collections.Immutable.ImmutableArray<PhoneNumber> phones)
    {
    }

    /// <summary>The export's own date, when the file states it (X's manifest).</summary>
    public abstract void OnExportDate(DateTimeOffset exportedAt);
}
