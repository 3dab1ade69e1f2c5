using System.Collections.Immutable;

namespace NetworkMetrics.Scoring;

/// <summary>
/// The contact quality of a whole network as of a date: every person ranked by score, the
/// layer sizes, the network's value and the today list. Immutable.
/// </summary>
public sealed record ContactQualityResult
{
    private readonly ScoreSheet _sheet;

    internal ContactQualityResult(
        DateTimeOffset asOf, ScoringOptions options, ScoreSheet sheet, ImmutableArray<LayerSize> layers, int circles, NetworkValue network,
        ImmutableArray<TodayAction> today)
    {
        AsOf = asOf;
        Options = options;
        _sheet = sheet;
        Layers = layers;
        Circles = circles;
        Network = network;
        Today = today;
    }

    /// <summary>The as-of date: interactions after it were ignored.</summary>
    public DateTimeOffset AsOf { get; }

    /// <summary>The options the scores were computed with.</summary>
    public ScoringOptions Options { get; }

    /// <summary>Everyone, highest score first (ties by id, ordinal, then by index).</summary>
    /// <remarks>
    /// Built on first use (thread-safe; the same objects afterwards): the score itself keeps its numbers
    /// by person, so reading <see cref="Network"/>, <see cref="Layers"/> or <see cref="Today"/> alone does
    /// not allocate an object per person.
    /// </remarks>
    public ImmutableArray<PersonScore> People => _sheet.People;

    /// <summary>The six layers 5, 15, 50, 150, 500, 1500, innermost first, with cumulative sizes.</summary>
    public ImmutableArray<LayerSize> Layers { get; }

    /// <summary>For <see cref="LayerMethod.Clustering"/>, the number of circles the clustering chose (before circles with the same label were merged); 0 for thresholds.</summary>
    public int Circles { get; }

    /// <summary>Quality-weighted size, give/get balance and concentration of effort.</summary>
    public NetworkValue Network { get; }

    /// <summary>The ranked actions for today: replies owed, reconnections due, reciprocity owed, drifting; at most <see cref="ScoringOptions.TodayLimit"/>.</summary>
    public ImmutableArray<TodayAction> Today { get; }

    /// <summary>The score of a person by the index <see cref="ContactQualityBuilder.AddPerson"/> returned.</summary>
    /// <param name="person">The person's index.</param>
    /// <returns>That person's score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No such person.</exception>
    public PersonScore ForPerson(int person)
    {
        if ((uint)person >= (uint)_sheet.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(person), person, "No person has this index.");
        }

        return People[_sheet.RankOf[person]];
    }

    /// <summary>A readable explanation of one person's score: each factor, its weight, its contribution and the evidence behind it (invariant culture, English, several lines).</summary>
    /// <param name="person">A person of this result.</param>
    /// <returns>The explanation.</returns>
    public string Explain(PersonScore person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return Explanation.Write(person, AsOf, Options);
    }
}
