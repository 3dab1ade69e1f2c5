using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NetworkMetrics.Scoring;

namespace NetworkMetrics.Benchmarks;

/// <summary>
/// The contact-quality model over 10,000,000 interactions of 100,000 people (scaled by
/// NETMETRICS_BENCH_SCALE), fed in random order as a streaming reader would feed them.
/// <c>Score</c> is one scoring pass (the rows already grouped by person, as after the first
/// score) against <c>Floor</c>, a loop that only sums every field of the same rows: the gate is a
/// Ratio of at most 3 with Allocated not growing with the number of interactions (<c>Pass</c> is
/// the per-person walks alone; <c>ScoreAndPeople</c> also builds every person's object, which
/// <c>Score</c> leaves until they are read; <c>ScoreClustering</c> is Score with the research layers). <c>Build</c>
/// adds every interaction through the primitive overload and groups them (its memory is the rows
/// themselves). <c>Layers…</c> place 100,000 people (aim: under 100 ms) beside a floor that copies
/// and sorts their frequencies.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ScoringBenchmarks
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private ContactQualityBuilder _builder = new();
    private Columns _columns = new(0);
    private byte[] _states = [];
    private double[] _frequencies = [];

    [GlobalSetup]
    public void Setup()
    {
        var people = BenchmarkData.Scaled(100_000);
        var interactions = BenchmarkData.Scaled(10_000_000);
        _columns = Columns.Generate(people, interactions, seed: 42);
        _builder = _columns.Build(people);
        _builder.Score(AsOf, ScoringOptions.Default); // groups the rows once, as the first score does

        var random = new Random(7);
        var layered = BenchmarkData.Scaled(100_000);
        _states = new byte[layered];
        _frequencies = new double[layered];
        for (var i = 0; i < layered; i++)
        {
            _states[i] = random.Next(10) == 0 ? LayerState.Contacted : LayerState.Placeable;
            _frequencies[i] = Math.Exp(Math.Log(0.1) + (random.NextDouble() * Math.Log(3000)));
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("score")]
    public long Floor()
    {
        long total = 0;
        foreach (ref readonly var row in _builder.Rows)
        {
            total += row.Ticks + row.Key + row.Conversation + row.CallSeconds + row.Audience + row.Channel + row.Platform + row.Direction + row.Visibility + row.Outcome;
        }

        return total;
    }

    /// <summary>The per-person walks alone, without factors, layers, ranking, results or today: where the time of Score goes.</summary>
    [Benchmark, BenchmarkCategory("score")]
    public double Pass()
    {
        var tables = new ScoringTables(ScoringOptions.Default, AsOf.UtcTicks);
        Span<int> counts = stackalloc int[ScoringTables.CountSlots];
        counts.Clear();
        var rows = _builder.Rows;
        var offsets = _builder.Offsets;
        double total = 0;
        for (var p = 0; p < _builder.People; p++)
        {
            var t = PersonTally.Empty;
            ContactScorer.Tally(rows[offsets[p]..offsets[p + 1]], ref t, tables, counts);
            counts[ScoringTables.KindSlots..].Clear();
            total += t.Effort;
        }

        return total;
    }

    [Benchmark, BenchmarkCategory("score")]
    public double Score() => _builder.Score(AsOf, ScoringOptions.Default).Network.QualityWeightedSize;

    /// <summary>Score, then every person's object read (<see cref="ContactQualityResult.People"/> is built on first use): what a caller listing everyone pays.</summary>
    [Benchmark, BenchmarkCategory("score")]
    public double ScoreAndPeople() => _builder.Score(AsOf, ScoringOptions.Default).People[^1].Score;

    [Benchmark, BenchmarkCategory("score")]
    public double ScoreClustering() => _builder.Score(AsOf, ScoringOptions.Default with { LayerMethod = LayerMethod.Clustering }).Network.QualityWeightedSize;

    [Benchmark(Baseline = true), BenchmarkCategory("build")]
    public int BuildFloor() => _columns.Copy();

    [Benchmark, BenchmarkCategory("build")]
    public int Build()
    {
        var builder = _columns.Build(_builder.People);
        builder.Organise();
        return builder.Interactions;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("layers")]
    public double LayersFloor()
    {
        var copy = (double[])_frequencies.Clone();
        Array.Sort(copy);
        return copy[^1];
    }

    [Benchmark, BenchmarkCategory("layers")]
    public int LayersThresholds() => ContactLayers.Assign(LayerMethod.Thresholds, _states, _frequencies, 9).Sizes[^1].People;

    [Benchmark, BenchmarkCategory("layers")]
    public int LayersClustering() => ContactLayers.Assign(LayerMethod.Clustering, _states, _frequencies, 9).Sizes[^1].People;

    /// <summary>Synthetic interactions as plain columns, in random person order.</summary>
    private sealed class Columns(int count)
    {
        public int[] Person { get; } = new int[count];
        public long[] Ticks { get; } = new long[count];
        public byte[] Channel { get; } = new byte[count];
        public byte[] Direction { get; } = new byte[count];
        public byte[] Platform { get; } = new byte[count];
        public int[] Audience { get; } = new int[count];
        public int[] Conversation { get; } = new int[count];
        public int[] CallSeconds { get; } = new int[count];
        public byte[] Outcome { get; } = new byte[count];

        /// <summary>
        /// Interactions shaped like an export's: a few people get most of them (person = n·u²),
        /// each person's come in conversations of 1 to about 10 interactions minutes apart, in one
        /// channel (direct messages 60%, group messages 12%, reactions 10%, calls 5%, mentions and
        /// replies 5%, reposts 4%, endorsements, recommendations and invitations 4%), the sides
        /// mostly taking turns; conversations spread over five years, more of them recent. Then
        /// every row is shuffled: the builder receives them interleaved, as from a streaming reader.
        /// </summary>
        public static Columns Generate(int people, int count, int seed)
        {
            var random = new Random(seed);
            var columns = new Columns(count);
            var perPerson = new int[people];
            for (var i = 0; i < count; i++)
            {
                var u = random.NextDouble();
                perPerson[(int)(people * u * u)]++;
            }

            var span = TimeSpan.FromDays(5 * 365.25).Ticks;
            InteractionChannel[] mix =
            [
                .. Enumerable.Repeat(InteractionChannel.DirectMessage, 60), .. Enumerable.Repeat(InteractionChannel.GroupMessage, 12),
                .. Enumerable.Repeat(InteractionChannel.Reaction, 10), .. Enumerable.Repeat(InteractionChannel.Call, 5),
                .. Enumerable.Repeat(InteractionChannel.Mention, 3), .. Enumerable.Repeat(InteractionChannel.Reply, 2),
                .. Enumerable.Repeat(InteractionChannel.Repost, 4), .. Enumerable.Repeat(InteractionChannel.Endorsement, 2),
                InteractionChannel.Recommendation, InteractionChannel.Invitation,
            ];
            var row = 0;
            for (var p = 0; p < people; p++)
            {
                var left = perPerson[p];
                var conversation = 0;
                while (left > 0)
                {
                    var size = Math.Min(left, 1 + (int)(-Math.Log(1 - random.NextDouble()) * 2.5));
                    var channel = mix[random.Next(mix.Length)];
                    var at = AsOf.UtcTicks - (long)(random.NextDouble() * random.NextDouble() * span);
                    var direction = random.Next(2);
                    var platform = (byte)random.Next(3);
                    var audience = channel == InteractionChannel.GroupMessage ? 2 + random.Next(20) : 1;
                    for (var m = 0; m < size; m++, row++)
                    {
                        columns.Person[row] = p;
                        columns.Ticks[row] = Math.Min(AsOf.UtcTicks, at);
                        columns.Channel[row] = (byte)channel;
                        columns.Direction[row] = (byte)direction;
                        columns.Platform[row] = platform;
                        columns.Audience[row] = audience;
                        columns.Conversation[row] = channel is InteractionChannel.DirectMessage or InteractionChannel.GroupMessage ? conversation : -1;
                        columns.CallSeconds[row] = channel == InteractionChannel.Call ? random.Next(3600) : 0;
                        columns.Outcome[row] = channel == InteractionChannel.Call ? (byte)random.Next(4) : (byte)0;
                        at += TimeSpan.TicksPerMinute * (1 + random.Next(30));
                        direction = random.Next(10) < 7 ? 1 - direction : direction;
                    }

                    left -= size;
                    conversation++;
                }
            }

            // Interleave everyone's rows, as a reader of several exports delivers them.
            for (var i = count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                columns.Swap(i, j);
            }

            return columns;
        }

        private void Swap(int i, int j)
        {
            (Person[i], Person[j]) = (Person[j], Person[i]);
            (Ticks[i], Ticks[j]) = (Ticks[j], Ticks[i]);
            (Channel[i], Channel[j]) = (Channel[j], Channel[i]);
            (Direction[i], Direction[j]) = (Direction[j], Direction[i]);
            (Platform[i], Platform[j]) = (Platform[j], Platform[i]);
            (Audience[i], Audience[j]) = (Audience[j], Audience[i]);
            (Conversation[i], Conversation[j]) = (Conversation[j], Conversation[i]);
            (CallSeconds[i], CallSeconds[j]) = (CallSeconds[j], CallSeconds[i]);
            (Outcome[i], Outcome[j]) = (Outcome[j], Outcome[i]);
        }

        public ContactQualityBuilder Build(int people)
        {
            var builder = new ContactQualityBuilder(Person.Length);
            for (var p = 0; p < people; p++)
            {
                builder.AddPerson("p" + p.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
                builder.AddTie(p, NetworkMetrics.Platform.LinkedIn, TieKind.Connection, AsOf.AddDays(-p % 2000));
            }

            for (var i = 0; i < Person.Length; i++)
            {
                var channel = (InteractionChannel)Channel[i];
                var visibility = channel switch
                {
                    InteractionChannel.GroupMessage => InteractionVisibility.Group,
                    InteractionChannel.Mention or InteractionChannel.Reply or InteractionChannel.Repost or InteractionChannel.Endorsement or InteractionChannel.Recommendation => InteractionVisibility.Public,
                    _ => InteractionVisibility.Private,
                };
                builder.AddInteraction(
                    Person[i], Ticks[i], channel, (InteractionDirection)Direction[i], visibility, Audience[i], (NetworkMetrics.Platform)Platform[i],
                    CallSeconds[i], (CallOutcome)Outcome[i], i + 1, Conversation[i]);
            }

            return builder;
        }

        /// <summary>The build's floor: the same columns copied once into rows, without checks or grouping.</summary>
        public int Copy()
        {
            var rows = new InteractionRow[Person.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i].Ticks = Ticks[i];
                rows[i].Channel = Channel[i];
                rows[i].Key = i + 1;
            }

            return rows.Length;
        }
    }
}
