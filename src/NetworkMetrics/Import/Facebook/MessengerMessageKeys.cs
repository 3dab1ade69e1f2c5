namespace NetworkMetrics.Import.Facebook;

/// <summary>
/// The messages of an export's classic Messenger threads, by sender, time and text (a 64-bit key
/// each), kept only when the snapshot also holds end-to-end encrypted chats
/// (<see cref="MessengerE2eeFormat"/>): the chats are read after the classic threads (phase 2) and a
/// message both hold is counted once. The classic threads add their keys as each file ends, under a
/// lock; the chats only read them, once every classic thread is done.
/// </summary>
internal sealed class MessengerMessageKeys
{
    private const string Key = "facebook.classic-message-keys";
    private const string WantedKey = "facebook.e2ee-present";
    private static readonly object Yes = new();
    private static readonly object No = new();
    private readonly HashSet<ulong> _keys = [];

    /// <summary>Whether the snapshot holds end-to-end encrypted chats, so that the classic threads must leave their keys.</summary>
    public static bool Wanted(SnapshotState snapshot)
    {
        if (snapshot.Get<object>(WantedKey) is { } known)
        {
            return ReferenceEquals(known, Yes);
        }

        var wanted = false;
        foreach (var (format, _) in snapshot.Files)
        {
            wanted |= format is MessengerE2eeFormat;
        }

        snapshot.Set(WantedKey, wanted ? Yes : No);
        return wanted;
    }

    /// <summary>The keys the classic threads of the snapshot left, or <see langword="null"/> when they left none.</summary>
    public static MessengerMessageKeys? Of(SnapshotState snapshot) => snapshot.Get<MessengerMessageKeys>(Key);

    /// <summary>Adds the keys of one classic thread file.</summary>
    public static void Add(SnapshotState snapshot, List<ulong> keys)
    {
        lock (snapshot)
        {
            var set = snapshot.Get<MessengerMessageKeys>(Key);
            if (set is null)
            {
                set = new MessengerMessageKeys();
                snapshot.Set(Key, set);
            }

            set._keys.UnionWith(keys);
        }
    }

    /// <summary>Whether a classic thread holds the message (read only once the classic threads are done).</summary>
    public bool Contains(ulong key) => _keys.Contains(key);
}
