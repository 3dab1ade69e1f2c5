using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NetworkMetrics.Identity;

namespace NetworkMetrics.Scoring;

/// <summary>
/// Scores the contacts of an import as of a date: the adapter from an <see cref="ImportResult"/> to the
/// scoring core (<see cref="ContactQualityBuilder"/>, docs/scoring.md).
/// </summary>
/// <remarks>
/// <para>
/// People are the merged accounts of <see cref="ImportResult.Accounts"/> (the owners are not among them),
/// or, with <c>personOf</c>, the groups of accounts it maps to one id. Ties come from the newest snapshot
/// of each platform (<see cref="ImportResult.Latest"/>): its kind and <see cref="Tie.Since"/>. Interactions
/// (<see cref="ImportResult.Interactions"/>, each once across overlapping snapshots) go to the people their
/// <see cref="Interaction.AccountKeys"/> name, once per person (a group message to two accounts of one
/// person counts once for that person), with their conversation ids. Ties that began after the as-of date and
/// interactions after it are ignored; so are keys that name no account or several.
/// </para>
/// <para>
/// One pass over the accounts, ties and interactions, with dictionaries by key: no account is searched
/// for twice.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var import = await ExportImporter.ImportAsync(paths);
/// var scores = ContactQuality.Score(import, asOf);
/// foreach (var person in scores.People.Take(5)) Console.WriteLine(scores.Explain(person));
/// </code>
/// </example>
public static class ContactQuality
{
    /// <summary>Scores the contacts of an import as of a date.</summary>
    /// <param name="result">The import.</param>
    /// <param name="asOf">The as-of date (never the clock: pass it); later interactions and ties are ignored.</param>
    /// <param name="options">The scoring model's options; <see cref="ScoringOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="personOf">
    /// Maps an account to a cross-platform person id (identity resolution); accounts it maps to the same id
    /// are one person. <see langword="null"/>, or a <see langword="null"/> value for an account, makes the
    /// account its own person.
    /// </param>
    /// <returns>The scores; each <see cref="PersonScore.Id"/> is <see cref="PersonId"/> of the person's accounts.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static ContactQualityResult Score(ImportResult result, DateTimeOffset asOf, ScoringOptions? options = null, Func<Account, string?>? personOf = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Score(result, asOf, options, account => (PersonId(account, personOf), account.Name));
    }

    /// <summary>
    /// Scores the people of an import as identity resolution built them (<see cref="PeopleResolver.Resolve"/>): each
    /// person once, with the ties and interactions of all their accounts, under the person's id and name. The owner's
    /// accounts (every platform's, and the cards or accounts resolution recognised as the owner's) are not scored;
    /// accounts the network does not know are their own person, as in the other overload.
    /// </summary>
    /// <param name="result">The import the people were resolved from.</param>
    /// <param name="people">The people (<see cref="PeopleResolver.Resolve"/> over <paramref name="result"/>).</param>
    /// <param name="asOf">The as-of date (never the clock: pass it); later interactions and ties are ignored.</param>
    /// <param name="options">The scoring model's options; <see cref="ScoringOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The scores; each <see cref="PersonScore.Id"/> is a <see cref="Person.Id"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static ContactQualityResult ScorePeople(ImportResult result, PeopleNetwork people, DateTimeOffset asOf, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(people);
        return Score(result, asOf, options, PersonOf(people));
    }

    /// <summary>
    /// What <see cref="ScorePeople"/> scores, gathered into a builder, to score later with
    /// <see cref="ContactQualityBuilder.Score(DateTimeOffset, ScoringOptions)"/>: once per set of options without reading
    /// the import again, or after letting the import go. The builder holds neither <paramref name="result"/> nor
    /// <paramref name="people"/>: a large import's rows can be collected before the scores are computed, which is what the
    /// <c>score</c> command does.
    /// </summary>
    /// <param name="result">The import the people were resolved from.</param>
    /// <param name="people">The people (<see cref="PeopleResolver.Resolve"/> over <paramref name="result"/>).</param>
    /// <param name="asOf">The as-of date: what is dated after it is left out, so score the builder as of this date.</param>
    /// <returns>The builder, with every person, tie and interaction <see cref="ScorePeople"/> would score.</returns>
    /// <example>
    /// <code>
    /// var builder = ContactQuality.CreateBuilder(result, people, asOf);
    /// var byThresholds = builder.Score(asOf, ScoringOptions.Default);
    /// var byClustering = builder.Score(asOf, ScoringOptions.Default with { LayerMethod = LayerMethod.Clustering });
    /// </code>
    /// </example>
    public static ContactQualityBuilder CreateBuilder(ImportResult result, PeopleNetwork people, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(people);
        return Prepare(result, asOf, PersonOf(people));
    }

    /// <summary>An account's person as <paramref name="people"/> resolved it: none for the owner's, itself for an account the network does not know.</summary>
    private static Func<Account, (string Id, string? Name)?> PersonOf(PeopleNetwork people) => account => people.Find(account.Key) switch
    {
        { IsOwner: true } => null,
        { } person => (person.Id, person.Name),
        null => (account.Key.ToString(), account.Name),
    };

    private static ContactQualityResult Score(ImportResult result, DateTimeOffset asOf, ScoringOptions? options, Func<Account, (string Id, string? Name)?> personOf)
    {
        options ??= ScoringOptions.Default;
        options.Validate();
        return Prepare(result, asOf, personOf).Score(asOf, options);
    }

    private static ContactQualityBuilder Prepare(ImportResult result, DateTimeOffset asOf, Func<Account, (string Id, string? Name)?> personOf)
    {
        var builder = new ContactQualityBuilder(result.Interactions.Length);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        var byKey = new Dictionary<AccountKey, int>(result.Accounts.Length);
        foreach (var account in result.Accounts)
        {
            if (personOf(account) is not var (id, name))
            {
                byKey[account.Key] = -1; // the owner's: not a contact
                continue;
            }

            if (!byId.TryGetValue(id, out var person))
            {
                person = builder.AddPerson(id, name);
                byId.Add(id, person);
            }

            byKey[account.Key] = person;
        }

        // A key of any snapshot to its person: the merged account's primary key directly, any other
        // key through the import's index (once per key).
        int PersonOfKey(AccountKey key)
        {
            if (byKey.TryGetValue(key, out var person))
            {
                return person;
            }

            person = result.FindAccount(key) is { } account && byKey.TryGetValue(account.Key, out var found) ? found : -1;
            byKey[key] = person;
            return person;
        }

        foreach (var platform in result.Platforms)
        {
            foreach (var tie in result.Latest(platform)!.Ties)
            {
                if (tie.AccountKey is { } key && (tie.Since is null || tie.Since <= asOf) && PersonOfKey(key) is var person and >= 0)
                {
                    builder.AddTie(person, tie.Platform, tie.Kind, tie.Since);
                }
            }
        }

        // The messages of one conversation come one after another with the same keys and conversation id: the last
        // of each is remembered, so that most interactions cost a comparison rather than a lookup per key.
        var asOfTicks = asOf.UtcTicks;
        Span<int> seen = stackalloc int[16];
        var lastKeys = ImmutableArray<AccountKey>.Empty;
        var count = 0;
        string? lastConversationId = null;
        var lastConversationPlatform = default(Platform);
        var lastConversation = -1;
        foreach (var interaction in result.Interactions)
        {
            if (interaction.At.UtcTicks > asOfTicks || interaction.AccountKeys.IsDefaultOrEmpty)
            {
                continue;
            }

            var keys = interaction.AccountKeys;
            var distinct = keys.Length <= seen.Length ? seen[..keys.Length] : new int[keys.Length];
            if (keys.Length > seen.Length || !Sequences.Equal(keys, lastKeys))
            {
                count = 0;
                foreach (var key in keys)
                {
                    var person = PersonOfKey(key);
                    if (person >= 0 && !distinct[..count].Contains(person))
                    {
                        distinct[count++] = person;
                    }
                }

                lastKeys = keys.Length <= seen.Length ? keys : ImmutableArray<AccountKey>.Empty;
            }

            if (count == 0)
            {
                continue;
            }

            var seconds = interaction.Duration is { } duration ? (int)Math.Clamp(duration.TotalSeconds, 0, int.MaxValue) : 0;
            var dedupe = interaction.SourceId is null ? 0 : ContactQualityBuilder.SourceKey(interaction.SourceId);
            if (interaction.ConversationId is not { } conversationId)
            {
                lastConversation = -1;
                lastConversationId = null;
            }
            else if (!ReferenceEquals(conversationId, lastConversationId) || interaction.Platform != lastConversationPlatform)
            {
                lastConversation = builder.Conversation(interaction.Platform, conversationId);
                lastConversationId = conversationId;
                lastConversationPlatform = interaction.Platform;
            }

            foreach (var person in distinct[..count])
            {
                builder.AddInteraction(person, interaction.At.UtcTicks, interaction.Channel, interaction.Direction, interaction.Visibility,
                    interaction.Audience, interaction.Platform, seconds, interaction.Outcome, dedupe, lastConversation);
            }
        }

        // Without interaction records (ImportOptions.KeepInteractionRecords off): the same, from the rows, in two passes.
        // The first resolves each segment's key sets to people (once each, when a row first refers to them) and counts
        // the rows the people get, so that the builder is sized once: grown by doubling, its copy of a large import's
        // rows (a group message is a row for each of its people) would briefly be held three times over.
        var segments = result.InteractionSegments;
        var sets = new SegmentPeople[segments.Length];
        var total = 0L;
        for (var s = 0; s < segments.Length; s++)
        {
            sets[s] = SegmentPeople.Resolve(segments[s], asOfTicks, PersonOfKey, ref total);
        }

        builder.Reserve(checked((int)Math.Min(total, Array.MaxLength)));
        for (var s = 0; s < segments.Length; s++)
        {
            var segment = segments[s];
            var people = sets[s];
            var rows = segment.Rows;
            var conversations = new int[segment.ConversationIds.Length];
            conversations.AsSpan().Fill(-1);
            for (var i = 0; i < rows.Length; i++)
            {
                ref readonly var row = ref rows[i];
                if (row.Ticks > asOfTicks || !segment.IsKept(i))
                {
                    continue;
                }

                var persons = people.Of(row.Keys);
                if (persons.IsEmpty)
                {
                    continue;
                }

                var platform = (Platform)row.Platform;
                var conversation = -1;
                if (row.Conversation >= 0)
                {
                    ref var index = ref conversations[row.Conversation];
                    if (index < 0)
                    {
                        index = builder.Conversation(platform, segment.ConversationIds[row.Conversation]);
                    }

                    conversation = index;
                }

                foreach (var person in persons)
                {
                    builder.AddInteraction(person, row.Ticks, (InteractionChannel)row.Channel, (InteractionDirection)row.Direction,
                        (InteractionVisibility)row.Visibility, row.Audience, platform, row.CallSeconds, (CallOutcome)row.Outcome, row.SourceKey, conversation);
                }
            }
        }

        return builder;
    }

    /// <summary>The id <see cref="Score(ImportResult, DateTimeOffset, ScoringOptions?, Func{Account, string?}?)"/> gives the person of an account: <paramref name="personOf"/>'s value, else the account's primary key (<see cref="AccountKey.ToString"/>, <c>Platform:kind:value</c>).</summary>
    /// <param name="account">The account.</param>
    /// <param name="personOf">The mapping to a person id, if any.</param>
    /// <returns>The person id.</returns>
    public static string PersonId(Account account, Func<Account, string?>? personOf = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        return personOf?.Invoke(account) ?? account.Key.ToString();
    }
}

/// <summary>
/// The people each key set of one <see cref="Import.InteractionSegment"/> names (distinct, in key order), resolved for the
/// key sets its rows up to the as-of date refer to; the others stay unresolved and name nobody.
/// </summary>
internal readonly struct SegmentPeople
{
    private readonly int[] _first;
    private readonly int[] _end;
    private readonly int[] _people;

    private SegmentPeople(int[] first, int[] end, int[] people)
    {
        _first = first;
        _end = end;
        _people = people;
    }

    /// <summary>The people of key set <paramref name="set"/> (empty for none, or when no row kept refers to it).</summary>
    public ReadOnlySpan<int> Of(int set) => _people.AsSpan(_first[set], _end[set] - _first[set]);

    /// <summary>Resolves the key sets the kept rows up to <paramref name="asOfTicks"/> refer to, adding to <paramref name="rows"/> a row per person of each.</summary>
    public static SegmentPeople Resolve(Import.InteractionSegment segment, long asOfTicks, Func<AccountKey, int> personOfKey, ref long rows)
    {
        var sets = segment.KeySets;
        var first = new int[sets.Length];
        var end = new int[sets.Length];
        first.AsSpan().Fill(-1);
        var people = new List<int>();
        var segmentRows = segment.Rows;
        for (var i = 0; i < segmentRows.Length; i++)
        {
            ref readonly var row = ref segmentRows[i];
            if (row.Ticks > asOfTicks || !segment.IsKept(i))
            {
                continue;
            }

            var set = row.Keys;
            if (first[set] < 0)
            {
                first[set] = people.Count;
                foreach (var key in sets[set])
                {
                    var person = personOfKey(key);
                    if (person >= 0 && !CollectionsMarshal.AsSpan(people)[first[set]..].Contains(person))
                    {
                        people.Add(person);
                    }
                }

                end[set] = people.Count;
            }

            rows += end[set] - first[set];
        }

        // Key sets no kept row refers to name nobody.
        for (var set = 0; set < first.Length; set++)
        {
            if (first[set] < 0)
            {
                first[set] = 0;
            }
        }

        return new SegmentPeople(first, end, [.. people]);
    }
}
