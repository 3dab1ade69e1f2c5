using System.Collections.Immutable;
using System.Numerics;

namespace NetworkMetrics.Scoring;

/// <summary>
/// What one score computed, kept as columns by person index: the tallies, factors, scores,
/// frequencies, layers, ties and the ranking. <see cref="ContactQualityResult.People"/> is built
/// from it on first use (one <see cref="PersonScore"/> per person, about a kilobyte each with its
/// arrays), so that a caller who reads only the network's value, the layers or the today list,
/// or a few people, does not pay for a hundred thousand objects (docs/performance.md). The
/// network's value and the today list are computed from the columns, with the same helpers the
/// objects use, so both views agree.
/// </summary>
internal sealed class ScoreSheet
{
    private readonly IReadOnlyList<string> _ids;
    private readonly IReadOnlyList<string?> _names;
    private readonly int[] _channelStart;
    private readonly int[] _channelCounts;
    private readonly double _scale;
    private readonly ScoreFactors _weights;
    private ImmutableArray<PersonScore> _people;
    private bool _built;
    private object? _gate;

    public ScoreSheet(
        IReadOnlyList<string> ids, IReadOnlyList<string?> names, PersonTally[] tallies, int[] channelStart, int[] channelCounts,
        ScoreFactors[] factors, double[] frequency, TieFloor ties, LayerAssignment layers, ScoringOptions options, long asOf)
    {
        _ids = ids;
        _names = names;
        Tallies = tallies;
        _channelStart = channelStart;
        _channelCounts = channelCounts;
        Factors = factors;
        Frequency = frequency;
        Ties = ties;
        LayerOf = layers;
        AsOf = asOf;
        _weights = options.Weights;
        _scale = 100 / _weights.Sum;

        Scores = new double[tallies.Length];
        for (var p = 0; p < Scores.Length; p++)
        {
            Scores[p] = Math.Clamp(Contributions(p).Sum, 0, 100);
        }

        Order = Ranking(Scores, ids);
        RankOf = new int[Order.Length];
        for (var r = 0; r < Order.Length; r++)
        {
            RankOf[Order[r]] = r;
        }
    }

    public int Count => Tallies.Length;

    public long AsOf { get; }

    public PersonTally[] Tallies { get; }

    public ScoreFactors[] Factors { get; }

    public double[] Frequency { get; }

    public double[] Scores { get; }

    public TieFloor Ties { get; }

    public LayerAssignment LayerOf { get; }

    /// <summary>People by rank: highest score first, ties by id (ordinal), then by index.</summary>
    public int[] Order { get; }

    /// <summary>Each person's position in <see cref="Order"/>, from 0.</summary>
    public int[] RankOf { get; }

    /// <summary>Everyone, ranked: built once, on first use, under a lock (the result is shared between threads).</summary>
    public ImmutableArray<PersonScore> People => LazyInitializer.EnsureInitialized(ref _people, ref _built, ref _gate, Build);

    public string Id(int p) => _ids[p];

    public string? Name(int p) => _names[p];

    /// <summary>Each factor times its weight, scaled so that they add up to the score.</summary>
    public ScoreFactors Contributions(int p)
    {
        var f = Factors[p];
        var w = _weights;
        var s = _scale;
        return new ScoreFactors(
            s * w.Recency * f.Recency, s * w.Frequency * f.Frequency, s * w.Reciprocity * f.Reciprocity,
            s * w.Intimacy * f.Intimacy, s * w.Duration * f.Duration, s * w.Multiplexity * f.Multiplexity);
    }

    /// <summary>The nominal size of the person's layer, or <see langword="null"/>.</summary>
    public int? Layer(int p) => LayerOf.Layer[p] is var layer and >= 0 ? Layers.Sizes[layer] : null;

    public double? DaysSinceLastContact(int p) => Tallies[p].Interactions > 0 ? (double)(AsOf - Tallies[p].Last) / TimeSpan.TicksPerDay : null;

    public double? ExpectedIntervalDays(int p) => LayerOf.Layer[p] is var layer and >= 0 ? LayerOf.IntervalDays[layer] : null;

    public double? OverdueDays(int p) => DaysSinceLastContact(p) is { } d && ExpectedIntervalDays(p) is { } i ? Math.Max(0, d - i) : null;

    public double? OverdueRatio(int p) => OverdueDays(p) is { } o && ExpectedIntervalDays(p) is { } i ? o / i : null;

    public GiveGet Given(int p) => GiveGetOf(in Tallies[p], incoming: false);

    public GiveGet Received(int p) => GiveGetOf(in Tallies[p], incoming: true);

    /// <summary>One person's score object; the platform arrays are shared through <paramref name="platformCache"/> (one per combination).</summary>
    private PersonScore Create(int p, Dictionary<ulong, ImmutableArray<Platform>> platformCache)
    {
        ref readonly var t = ref Tallies[p];
        var platformMask = t.PlatformMask | Ties.Platforms[p];
        if (!platformCache.TryGetValue(platformMask, out var platforms))
        {
            platforms = PlatformsOf(platformMask);
            platformCache.Add(platformMask, platforms);
        }

        return new PersonScore
        {
            Person = p,
            Rank = RankOf[p] + 1,
            Id = _ids[p],
            Name = _names[p],
            Score = Scores[p],
            Layer = Layer(p),
            Factors = Factors[p],
            Contributions = Contributions(p),
            FirstContact = t.Interactions > 0 ? Date(t.First) : null,
            LastContact = t.Interactions > 0 ? Date(t.Last) : null,
            LastTwoWayContact = t.LastIn != long.MinValue && t.LastOut != long.MinValue ? Date(Math.Min(t.LastIn, t.LastOut)) : null,
            TieSince = Ties.Since[p] != long.MaxValue ? Date(Ties.Since[p]) : null,
            Interactions = t.Interactions,
            Channels = Channels(p),
            Platforms = platforms,
            Given = Given(p),
            Received = Received(p),
            Conversations = t.Sessions,
            ContactsPerYear = Frequency[p],
            Effort = t.Effort,
            IncomingWeight = t.InWeight,
            OutgoingWeight = t.OutWeight,
            InteractionIntimacy = ContactScorer.InteractionIntimacy(in t),
            TieIntimacy = Ties.Intimacy[p],
            CallTime = TimeSpan.FromSeconds(t.CallSeconds),
            DaysSinceLastContact = DaysSinceLastContact(p),
            ExpectedIntervalDays = ExpectedIntervalDays(p),
            OverdueDays = OverdueDays(p),
            OverdueRatio = OverdueRatio(p),
        };
    }

    /// <summary>Quality-weighted size, give and get, and the share of effort on the top 5 and 15, from the columns.</summary>
    /// <remarks>The sums go by person index (the columns in memory order); only the top 15 are read by rank.</remarks>
    public NetworkValue Network()
    {
        var quality = 0.0;
        var contacted = 0;
        var given = default(GiveGet);
        var received = default(GiveGet);
        var effort = 0.0;
        for (var p = 0; p < Tallies.Length; p++)
        {
            ref readonly var t = ref Tallies[p];
            quality += Scores[p] / 100;
            contacted += t.Interactions > 0 ? 1 : 0;
            given = GiveGet.Add(given, Given(p));
            received = GiveGet.Add(received, Received(p));
            effort += t.Effort;
        }

        double top5 = 0, top15 = 0;
        for (var r = 0; r < Math.Min(15, Order.Length); r++)
        {
            var e = Tallies[Order[r]].Effort;
            top5 += r < 5 ? e : 0;
            top15 += e;
        }

        return new NetworkValue(
            Order.Length, contacted, quality, given, received,
            received.Total > 0 ? (double)given.Total / received.Total : null,
            effort > 0 ? Math.Min(1, top5 / effort) : 0,
            effort > 0 ? Math.Min(1, top15 / effort) : 0);
    }

    private ImmutableArray<PersonScore> Build()
    {
        var platformCache = new Dictionary<ulong, ImmutableArray<Platform>>();
        var ranked = ImmutableArray.CreateBuilder<PersonScore>(Order.Length);
        foreach (var p in Order)
        {
            ranked.Add(Create(p, platformCache));
        }

        return ranked.MoveToImmutable();
    }

    private ImmutableArray<ChannelCount> Channels(int p)
    {
        var mask = Tallies[p].ChannelMask;
        if (mask == 0)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<ChannelCount>(BitOperations.PopCount(mask));
        for (var i = _channelStart[p]; mask != 0; i++, mask &= mask - 1)
        {
            builder.Add(new ChannelCount((InteractionChannel)BitOperations.TrailingZeroCount(mask), _channelCounts[i]));
        }

        return builder.MoveToImmutable();
    }

    private static GiveGet GiveGetOf(in PersonTally t, bool incoming) => new(
        incoming ? t.StartedIn : t.StartedOut,
        incoming ? t.RepliesIn : t.RepliesOut,
        t.Act(Acts.Calls, incoming),
        t.Act(Acts.Endorsements, incoming),
        t.Act(Acts.Recommendations, incoming),
        t.Act(Acts.Reactions, incoming),
        t.Act(Acts.Reposts, incoming));

    private static ImmutableArray<Platform> PlatformsOf(ulong mask)
    {
        var builder = ImmutableArray.CreateBuilder<Platform>(BitOperations.PopCount(mask));
        while (mask != 0)
        {
            builder.Add((Platform)BitOperations.TrailingZeroCount(mask));
            mask &= mask - 1;
        }

        return builder.MoveToImmutable();
    }

    private static DateTimeOffset Date(long ticks) => new(ticks, TimeSpan.Zero);

    /// <summary>People by score, highest first; ties by id (ordinal), then by index.</summary>
    private static int[] Ranking(double[] scores, IReadOnlyList<string> ids)
    {
        var order = new int[scores.Length];
        var keys = new double[scores.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            keys[i] = -scores[i];
        }

        // A sort of primitive keys first (fast), then runs of equal scores by id and index.
        Array.Sort(keys, order);
        var start = 0;
        Comparer<int>? byId = null;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i == keys.Length || keys[i] != keys[start])
            {
                if (i - start > 1)
                {
                    byId ??= Comparer<int>.Create((a, b) =>
                    {
                        var c = string.CompareOrdinal(ids[a], ids[b]);
                        return c != 0 ? c : a.CompareTo(b);
                    });
                    Array.Sort(order, start, i - start, byId);
                }

                start = i;
            }
        }

        return order;
    }
}
