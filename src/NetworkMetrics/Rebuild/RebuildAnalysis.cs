using System.Collections.Immutable;
using System.Globalization;
using NetworkMetrics.Scoring;
using NetworkMetrics.Statistics;

namespace NetworkMetrics.Rebuild;

/// <summary>
/// Measures a network's rebuild after a reset (docs/rebuild.md): per platform and per person, who came back,
/// who is new, who is lost; the daily regrowth with five growth curves fitted and projected back to the baseline;
/// time to reconnect (Kaplan–Meier); whether the best contacts came back first (Spearman, Harrell's C); the owner's
/// pace against the platforms' limits.
/// </summary>
/// <example>
/// <code>
/// var before = await ExportImporter.ImportAsync(beforePaths);
/// var after = await ExportImporter.ImportAsync(afterPaths);
/// var rebuild = RebuildAnalysis.Analyze(before, after, RebuildOptions.Default with { IncludeLists = true });
/// var linkedIn = rebuild.For(Platform.LinkedIn)!;
/// Console.WriteLine($"{linkedIn.Returning} of {linkedIn.Before} back ({linkedIn.Recovered:P0}), quality {linkedIn.QualityRecovered:P0}");
/// </code>
/// </example>
public static partial class RebuildAnalysis
{
    /// <summary>Analyses the rebuild between the exports taken before a reset and those taken after it.</summary>
    /// <param name="before">
    /// The exports of the baseline (taken before the reset). May hold no snapshot, or none of a platform: then that
    /// platform's baseline is the evidence in the after export (Facebook's removed friends, Instagram's recently
    /// unfollowed, LinkedIn's unfollows, with their removal times).
    /// </param>
    /// <param name="after">The exports taken after the reset (now).</param>
    /// <param name="options">The options; <see cref="RebuildOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The rebuild.</returns>
    /// <exception cref="ArgumentException">The after import holds no export, or no reset is given and none can be inferred, or the as-of date is before the reset.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static RebuildResult Analyze(ImportResult before, ImportResult after, RebuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        options ??= RebuildOptions.Default;
        options.Validate();
        if (after.Snapshots.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The after import holds no export.", nameof(after));
        }

        var (asOf, asOfInferred) = AsOfDate(after, options);
        var (reset, source) = ResetDate(before, after, asOf, options);
        if (asOf < reset)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The as-of date {asOf:u} is before the reset {reset:u}."), nameof(options));
        }

        var context = new Context(before, after, reset, asOf, options);
        var platforms = ImmutableArray.CreateBuilder<PlatformRebuild>();
        foreach (var platform in after.Platforms)
        {
            if (platform != Platform.AddressBook && context.Platform(platform) is { } rebuild)
            {
                platforms.Add(rebuild);
            }
        }

        return new RebuildResult(reset, source, asOf)
        {
            AsOfInferred = asOfInferred,
            Platforms = platforms.ToImmutable(),
            People = context.People(),
        };
    }

    /// <summary>The primary relationship of a platform: what the owner controls and resets.</summary>
    /// <param name="platform">The platform.</param>
    /// <returns><see cref="TieKind.Connection"/> on LinkedIn and Facebook, <see cref="TieKind.Following"/> on X, Instagram, Mastodon and Bluesky, <see cref="TieKind.Contact"/> for address books (never reset).</returns>
    public static TieKind PrimaryRelationship(Platform platform) => platform switch
    {
        Platform.LinkedIn or Platform.Facebook => TieKind.Connection,
        Platform.AddressBook => TieKind.Contact,
        _ => TieKind.Following,
    };

    private static (DateTimeOffset AsOf, bool Inferred) AsOfDate(ImportResult after, RebuildOptions options)
    {
        if (options.AsOf is { } given)
        {
            return (given.ToUniversalTime(), false);
        }

        // An archive's name gives a day, not an instant: it means the end of that day (as --as-of DATE does).
        DateTimeOffset? newest = null;
        foreach (var snapshot in after.Snapshots)
        {
            if (snapshot.ExportedAt is { } exported)
            {
                var at = snapshot.ExportedAtSource == ExportDateSource.ArchiveName && exported.UtcDateTime.TimeOfDay == TimeSpan.Zero
                    ? exported.ToUniversalTime().AddDays(1).AddTicks(-1)
                    : exported;
                newest = newest is null || at > newest ? at : newest;
            }
        }

        return newest is { } found
            ? (found.ToUniversalTime(), true)
            : throw new ArgumentException("The after exports carry no date: give the as-of date.", nameof(options));
    }

    /// <summary>Calendar days between two instants' UTC days.</summary>
    internal static int Days(DateTimeOffset from, DateTimeOffset to) => DayOf(to).DayNumber - DayOf(from).DayNumber;

    internal static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);

    private static string UndatedReason(Platform platform, TieKind kind) => platform switch
    {
        Platform.Twitter => "X follows carry no dates (following.js lists them undated; its order is not a date): the time-based statistics need dated ties",
        Platform.Mastodon => "Mastodon follows carry no dates (the follows CSV has none): the time-based statistics need dated ties",
        _ => string.Create(CultureInfo.InvariantCulture, $"the {platform} {kind} ties carry no dates: the time-based statistics need dated ties"),
    };

    /// <summary>One baseline contact of a platform.</summary>
    private sealed record Entry(string Person, AccountKey Key, string? Name, DateTimeOffset? BaselineSince, double Score)
    {
        public bool Returned { get; set; }

        public DateTimeOffset? Since { get; set; }

        /// <summary>The matched account's key in the after export.</summary>
        public AccountKey? AfterKey { get; set; }
    }

    private sealed class Context(ImportResult before, ImportResult after, DateTimeOffset reset, DateTimeOffset asOf, RebuildOptions options)
    {
        private readonly Dictionary<string, double> _scores = new(StringComparer.Ordinal);
        private readonly Dictionary<string, double> _baselinePeople = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int?> _afterPeople = new(StringComparer.Ordinal);
        private readonly HashSet<string> _datedBaseline = new(StringComparer.Ordinal);
        private bool _beforeScored;
        private bool _afterScored;

        private int LastDay => Days(reset, asOf);

        public PlatformRebuild? Platform(Platform platform)
        {
            var kind = PrimaryRelationship(platform);
            var now = after.Latest(platform)!;
            var current = CurrentTies(now, kind, out var hiddenAfter);
            var then = before.Latest(platform);
            var fromEvidence = then is null || !then.Ties.Any(t => t.Kind == kind);
            List<Entry> baseline;
            int hiddenBefore;
            List<(Account Account, DateTimeOffset? Since, Entry? Match)> afterAccounts;
            if (!fromEvidence)
            {
                baseline = Baseline(then!, kind, out hiddenBefore, out var baselineAccounts);
                afterAccounts = Match(baselineAccounts, baseline, current);
            }
            else
            {
                baseline = Evidence(now, out hiddenBefore);
                var byKey = baseline.ToDictionary(e => e.Key);
                afterAccounts = [.. current.Select(c => (c.Account, c.Since, byKey.GetValueOrDefault(c.Account.Key)))];
                foreach (var (_, since, match) in afterAccounts)
                {
                    if (match is not null)
                    {
                        match.Returned = true;
                        match.Since = since;
                        match.AfterKey = match.Key;
                    }
                }
            }

            if (baseline.Count + hiddenBefore == 0 && current.Count + hiddenAfter == 0)
            {
                return null;
            }

            var datedTies = current.Count(c => c.Since is not null);
            var dated = datedTies > 0 && datedTies * 2 >= current.Count;
            var returning = baseline.Count(e => e.Returned);
            var beforeCount = baseline.Count + hiddenBefore;
            var afterCount = current.Count + hiddenAfter;
            var total = baseline.Sum(e => e.Score);
            var rebuild = new PlatformRebuild(platform, kind)
            {
                FromEvidence = fromEvidence,
                Before = beforeCount,
                After = afterCount,
                Returning = returning,
                New = afterCount - returning,
                Lost = beforeCount - returning,
                Recovered = beforeCount == 0 ? 0 : (double)returning / beforeCount,
                QualityRecovered = total > 0 ? baseline.Where(e => e.Returned).Sum(e => e.Score) / total : null,
                Dated = dated,
                Reason = dated ? null : UndatedReason(platform, kind),
                Pacing = Pacing(now, platform),
            };

            foreach (var entry in baseline)
            {
                _baselinePeople[entry.Person] = Math.Max(entry.Score, _baselinePeople.GetValueOrDefault(entry.Person));
                if (dated)
                {
                    _datedBaseline.Add(entry.Person);
                }
            }

            foreach (var (account, since, match) in afterAccounts)
            {
                var mergedAccount = after.FindAccount(account.Key) ?? account;
                var person = options.PersonOf?.Invoke(mergedAccount) ?? match?.Person ?? ContactQuality.PersonId(mergedAccount);
                int? days = dated && since is { } s ? Math.Max(0, Days(reset, s)) : null;
                if (!_afterPeople.TryGetValue(person, out var known) || (days is { } d && (known is null || d < known)))
                {
                    _afterPeople[person] = days ?? known;
                }
            }

            if (dated)
            {
                rebuild = Timed(rebuild, baseline, current);
            }

            if (options.IncludeLists)
            {
                rebuild = rebuild with
                {
                    ReturningContacts = [.. baseline.Where(e => e.Returned).Select(e => Contact(e, dated)).OrderBy(c => c.Days ?? int.MaxValue).ThenBy(c => c.Name, StringComparer.Ordinal)],
                    NewContacts =
                    [
                        .. afterAccounts.Where(a => a.Match is null)
                            .Select(a => new RebuildContact(options.PersonOf?.Invoke(after.FindAccount(a.Account.Key) ?? a.Account) ?? ContactQuality.PersonId(after.FindAccount(a.Account.Key) ?? a.Account), a.Account.Key, a.Account.Name) { Since = a.Since })
                            .OrderBy(c => c.Since ?? DateTimeOffset.MaxValue).ThenBy(c => c.Name, StringComparer.Ordinal),
                    ],
                    LostContacts = [.. baseline.Where(e => !e.Returned).Select(e => Contact(e, dated)).OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal)],
                };
            }

            return rebuild;
        }

        private RebuildContact Contact(Entry entry, bool dated) => new(entry.Person, entry.AfterKey ?? entry.Key, entry.Name)
        {
            BaselineSince = entry.BaselineSince,
            Since = entry.Since,
            Days = dated && entry.Returned && entry.Since is { } since ? Math.Max(0, Days(reset, since)) : null,
            Score = entry.Score,
        };

        /// <summary>The current primary ties of a snapshot up to the as-of date, one per account (the earliest date), and the hidden ones counted.</summary>
        private List<(Account Account, DateTimeOffset? Since)> CurrentTies(ExportSnapshot snapshot, TieKind kind, out int hidden)
        {
            var accounts = Accounts(snapshot);
            var byKey = new Dictionary<AccountKey, int>();
            var list = new List<(Account Account, DateTimeOffset? Since)>();
            hidden = 0;
            foreach (var tie in snapshot.Ties)
            {
                if (tie.Kind != kind || tie.Since > asOf)
                {
                    continue;
                }

                if (tie.AccountKey is not { } key)
                {
                    hidden++;
                    continue;
                }

                var account = accounts.GetValueOrDefault(key) ?? snapshot.FindAccount(key) ?? new Account(key);
                if (byKey.TryGetValue(account.Key, out var index))
                {
                    if (tie.Since < list[index].Since || list[index].Since is null)
                    {
                        list[index] = (account, tie.Since ?? list[index].Since);
                    }

                    continue;
                }

                byKey.Add(account.Key, list.Count);
                list.Add((account, tie.Since));
            }

            return list;
        }

        private static Dictionary<AccountKey, Account> Accounts(ExportSnapshot snapshot)
        {
            var accounts = new Dictionary<AccountKey, Account>(snapshot.Accounts.Length);
            foreach (var account in snapshot.Accounts)
            {
                accounts[account.Key] = account;
            }

            return accounts;
        }

        /// <summary>The baseline of a before snapshot: its primary ties' accounts, scored as of the reset.</summary>
        private List<Entry> Baseline(ExportSnapshot snapshot, TieKind kind, out int hidden, out List<Account> accounts)
        {
            var ties = CurrentTiesAt(snapshot, kind, out hidden);
            accounts = [.. ties.Select(t => t.Account)];
            return [.. ties.Select(t => Entry(before, t.Account, t.Since, ref _beforeScored))];
        }

        private List<(Account Account, DateTimeOffset? Since)> CurrentTiesAt(ExportSnapshot snapshot, TieKind kind, out int hidden)
        {
            // The baseline is every primary tie of the before export, whatever its date (the export was taken before the reset).
            var accounts = Accounts(snapshot);
            var seen = new HashSet<AccountKey>();
            var list = new List<(Account Account, DateTimeOffset? Since)>();
            hidden = 0;
            foreach (var tie in snapshot.Ties)
            {
                if (tie.Kind != kind)
                {
                    continue;
                }

                if (tie.AccountKey is not { } key)
                {
                    hidden++;
                    continue;
                }

                var account = accounts.GetValueOrDefault(key) ?? snapshot.FindAccount(key) ?? new Account(key);
                if (seen.Add(account.Key))
                {
                    list.Add((account, tie.Since));
                }
            }

            return list;
        }

        /// <summary>Without a before export: the ties the after export records as ended around the reset are the baseline.</summary>
        private List<Entry> Evidence(ExportSnapshot snapshot, out int hidden)
        {
            var accounts = Accounts(snapshot);
            var from = new DateTimeOffset(reset.UtcDateTime.Date, TimeSpan.Zero);
            var to = reset + options.ResetWindow;
            var seen = new HashSet<AccountKey>();
            var list = new List<Entry>();
            hidden = 0;
            foreach (var tie in snapshot.Ties)
            {
                if (tie.Kind is not (TieKind.Removed or TieKind.Unfollowed) || tie.EndedAt is not { } ended || ended < from || ended >= to)
                {
                    continue;
                }

                if (tie.AccountKey is not { } key)
                {
                    hidden++;
                    continue;
                }

                var account = accounts.GetValueOrDefault(key) ?? snapshot.FindAccount(key) ?? new Account(key);
                if (seen.Add(account.Key))
                {
                    list.Add(Entry(after, account, ended, ref _afterScored));
                }
            }

            return list;
        }

        private Entry Entry(ImportResult source, Account account, DateTimeOffset? since, ref bool scored)
        {
            if (!scored)
            {
                scored = true;
                var scores = ContactQuality.Score(source, reset, options.ScoringOptions, options.PersonOf);
                foreach (var person in scores.People)
                {
                    _scores.TryAdd(person.Id, person.Score);
                }
            }

            var merged = source.FindAccount(account.Key) ?? account;
            var id = ContactQuality.PersonId(merged, options.PersonOf);
            return new Entry(id, account.Key, account.Name ?? merged.Name, since, _scores.GetValueOrDefault(id));
        }

        /// <summary>Matches the baseline accounts with the current ones (any export generations: <see cref="AccountMatcher"/>).</summary>
        private static List<(Account Account, DateTimeOffset? Since, Entry? Match)> Match(
            List<Account> baselineAccounts, List<Entry> baseline, List<(Account Account, DateTimeOffset? Since)> current)
        {
            var matches = AccountMatcher.Match(baselineAccounts, [.. current.Select(c => c.Account)]);
            var entryOf = new Dictionary<Account, Entry>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < baselineAccounts.Count; i++)
            {
                entryOf[baselineAccounts[i]] = baseline[i];
            }

            var matchOf = new Dictionary<Account, Entry>(ReferenceEqualityComparer.Instance);
            foreach (var match in matches.Matched)
            {
                matchOf[match.After] = entryOf[match.Before];
            }

            var list = new List<(Account Account, DateTimeOffset? Since, Entry? Match)>(current.Count);
            foreach (var (account, since) in current)
            {
                var entry = matchOf.GetValueOrDefault(account);
                if (entry is not null)
                {
                    entry.Returned = true;
                    entry.Since = since;
                    entry.AfterKey = account.Key;
                }

                list.Add((account, since, entry));
            }

            return list;
        }

        /// <summary>The time-based statistics of a dated platform.</summary>
        private PlatformRebuild Timed(PlatformRebuild rebuild, List<Entry> baseline, List<(Account Account, DateTimeOffset? Since)> current)
        {
            var resetDay = DayOf(reset);
            var last = LastDay;
            var perDay = new int[last + 1];
            var sinceReset = 0;
            var lastFour = 0;
            foreach (var (_, since) in current)
            {
                if (since is not { } s)
                {
                    continue;
                }

                perDay[Math.Clamp(Days(reset, s), 0, last)]++;
                sinceReset += s >= reset ? 1 : 0;
                lastFour += s > asOf.AddDays(-28) ? 1 : 0;
            }

            var series = ImmutableArray.CreateBuilder<RebuildSeriesPoint>(last + 1);
            var t = new double[last + 1];
            var y = new double[last + 1];
            var count = 0;
            for (var d = 0; d <= last; d++)
            {
                count += perDay[d];
                series.Add(new RebuildSeriesPoint(resetDay.AddDays(d), d, count));
                t[d] = d;
                y[d] = count;
            }

            var weeks = (asOf - reset).TotalDays / 7;
            var fits = GrowthCurves.FitAll(t, y);
            var times = new List<double>(baseline.Count);
            var events = new List<bool>(baseline.Count);
            var scores = new List<double>(baseline.Count);
            var returnerScores = new List<double>();
            var returnerDays = new List<double>();
            foreach (var entry in baseline)
            {
                if (entry.Returned && entry.Since is null)
                {
                    continue; // back, but when is not known
                }

                var days = entry.Returned ? Math.Max(0, Days(reset, entry.Since!.Value)) : last;
                times.Add(days);
                events.Add(entry.Returned);
                scores.Add(entry.Score);
                if (entry.Returned)
                {
                    returnerScores.Add(entry.Score);
                    returnerDays.Add(days);
                }
            }

            return rebuild with
            {
                Series = series.MoveToImmutable(),
                RatePerWeek = weeks > 0 ? sinceReset / weeks : null,
                RatePerWeekLast4 = weeks > 0 ? lastFour / Math.Min(4, weeks) : null,
                Fits = fits,
                Projection = fits.Best is { } best && rebuild.Before > 0 ? Project(best, rebuild.Before, resetDay) : null,
                Survival = times.Count > 0 ? KaplanMeier.Estimate([.. times], [.. events]) : null,
                Spearman = RankCorrelation.Spearman([.. returnerScores], [.. returnerDays]),
                Concordance = Concordance.Harrell([.. scores], [.. times], [.. events]),
            };
        }

        public PeopleRebuild People()
        {
            var returning = 0;
            double total = 0, held = 0;
            var times = new List<double>();
            var events = new List<bool>();
            var scores = new List<double>();
            var returnerScores = new List<double>();
            var returnerDays = new List<double>();
            foreach (var (person, score) in _baselinePeople)
            {
                total += score;
                var back = _afterPeople.TryGetValue(person, out var days);
                if (back)
                {
                    returning++;
                    held += score;
                }

                if (!_datedBaseline.Contains(person))
                {
                    continue; // only on undated platforms before: no time to follow
                }

                if (back)
                {
                    if (days is null)
                    {
                        continue; // back, but only where ties carry no dates
                    }

                    returnerScores.Add(score);
                    returnerDays.Add(days.Value);
                }

                times.Add(back ? days!.Value : LastDay);
                events.Add(back);
                scores.Add(score);
            }

            var people = new PeopleRebuild(_baselinePeople.Count, _afterPeople.Count, returning, _afterPeople.Count - returning, _baselinePeople.Count - returning)
            {
                Recovered = _baselinePeople.Count == 0 ? 0 : (double)returning / _baselinePeople.Count,
                QualityRecovered = total > 0 ? held / total : null,
            };
            return times.Count == 0
                ? people
                : people with
                {
                    Survival = KaplanMeier.Estimate([.. times], [.. events]),
                    Spearman = RankCorrelation.Spearman([.. returnerScores], [.. returnerDays]),
                    Concordance = Concordance.Harrell([.. scores], [.. times], [.. events]),
                };
        }

        private ImmutableArray<PacingReport> Pacing(ExportSnapshot snapshot, Platform platform)
        {
            var reports = ImmutableArray.CreateBuilder<PacingReport>();
            foreach (var limit in options.PacingLimits)
            {
                if (limit.Platform != platform)
                {
                    continue;
                }

                var days = new List<int>();
                foreach (var tie in snapshot.Ties)
                {
                    if (tie.Kind == limit.Kind && tie.Since is { } since && since <= asOf)
                    {
                        days.Add(DayOf(since).DayNumber);
                    }
                }

                if (days.Count > 0)
                {
                    reports.Add(PacingAnalysis.Check(limit, days));
                }
            }

            return reports.ToImmutable();
        }
    }

    private static RebuildProjection Project(GrowthFit best, int target, DateOnly resetDay)
    {
        var projection = best.Project(target);
        DateOnly? Date(double? t) =>
            t is { } v && double.IsFinite(v) && v >= -resetDay.DayNumber && v <= DateOnly.MaxValue.DayNumber - resetDay.DayNumber
                ? resetDay.AddDays((int)Math.Round(v, MidpointRounding.AwayFromZero))
                : null;
        return new RebuildProjection(target, projection)
        {
            Date = Date(projection.Time),
            Lower = Date(projection.Lower),
            Upper = Date(projection.Upper),
            Statement = projection.Status switch
            {
                GrowthProjectionStatus.Reached => null,
                GrowthProjectionStatus.CeilingBelowTarget => string.Create(CultureInfo.InvariantCulture,
                    $"the fitted ceiling K = {projection.Ceiling:F0} lies below the baseline of {target}: at this pace the network levels off before it is back"),
                GrowthProjectionStatus.NotIncreasing => "the fitted curve does not rise: it never gets back to the baseline",
                GrowthProjectionStatus.TargetBelowRange => "the baseline lies below the fitted curve's range",
                _ => "the best fit did not converge: no projection",
            },
        };
    }
}
