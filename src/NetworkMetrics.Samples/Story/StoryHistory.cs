namespace NetworkMetrics.Samples.Story;

/// <summary>
/// Plants the interactions: each tiered person's exchanges on their main platform at their tier's
/// rhythm (and a few on their other platforms), calls on Facebook, the two group conversations,
/// endorsements, recommendations, tweets; after the reset, contact resumes once a person is back.
/// Then every conversation is made to end with the owner, except the planted owed reply.
/// </summary>
internal static class StoryHistory
{
    /// <summary>Mean days between contact days, by tier (weekly…yearly); each gap is drawn from <see cref="Jitter"/> times it.</summary>
    /// <remarks>
    /// Yearly contacts come a little more often than once a year, so that contacts ÷ years between the first and the
    /// last contact stays above 1 ("active") whatever the draw.
    /// </remarks>
    private static readonly double[] GapDays = [4.6, 36, 91, 330];

    /// <summary>The spread of the gaps, by tier: (lowest, highest) multiple of the mean gap.</summary>
    private static readonly (double Low, double High)[] Jitter = [(0.6, 1.4), (0.6, 1.4), (0.7, 1.3), (0.75, 1.25)];

    /// <summary>Extra contact days a year on a person's other platforms, by tier.</summary>
    private static readonly double[] SecondaryPerYear = [1.0, 1.0, 0.25, 0];

    /// <summary>How far before the as-of date the overdue friend falls silent.</summary>
    public const int OverdueSilentDays = 62;

    public static void Generate(StoryWorld world)
    {
        var history = new Planter(world);
        history.Run();
    }

    private sealed class Planter(StoryWorld world)
    {
        private readonly List<StoryEvent> _events = world.Events;

        public void Run()
        {
            foreach (var person in world.People)
            {
                if (person.Tier != StoryTier.Silent && !person.IsHidden)
                {
                    Contacts(person, Chance.For(world.Seed, 20, person.Number));
                }
            }

            Groups();
            Endorsements();
            Recommendations();
            Tweets();

            // Nothing after the after exports were taken (contact days are placed in the day's waking hours, which may pass it).
            _events.RemoveAll(e => e.Ms >= world.AsOfMs - 60_000);
            NameEveryTieredXAccount();
            EndWithTheOwner();
            OwedReply();
            var ordered = _events.Select((e, i) => (e, i)).OrderBy(x => x.e.Ms).ThenBy(x => x.i).Select(x => x.e).ToList();
            _events.Clear();
            _events.AddRange(ordered);
            Count();
        }

        private long Stop(CastPerson person) =>
            person == world.OverduePerson ? world.AsOfMs - (OverdueSilentDays * StoryWorld.Day)
            : person == world.OwedReplyPerson ? world.AsOfMs - (12 * StoryWorld.Day)
            : world.AsOfMs - (2 * 3_600_000L);

        private void Contacts(CastPerson person, Random r)
        {
            var tier = (int)person.Tier;
            var gap = GapDays[tier] * StoryWorld.Day;
            var primary = person.On(person.Primary)!;
            var start = Math.Max(world.HistoryStartMs, primary.SinceMs) + r.NextInt64(StoryWorld.Day, 60 * StoryWorld.Day);
            person.ContactStartMs = start;
            var (low, high) = Jitter[tier];
            for (var t = start; t < world.BeforeMs - (3 * 3_600_000L); t += (long)(gap * Chance.Between(r, low, high)))
            {
                Exchange(person, person.Primary, t, world.BeforeMs, r);
            }

            // After the reset: where the person came back, from the day they did.
            var resume = primary.ReturnMs is not null ? primary : person.Accounts
                .Where(a => a.Platform != StoryPlatform.AddressBook && a.ReturnMs is not null)
                .OrderBy(a => a.ReturnMs).FirstOrDefault();
            var stop = Stop(person);
            if (resume is not null)
            {
                for (var t = resume.ReturnMs!.Value + (long)(Chance.Between(r, 0.05, 1.5) * StoryWorld.Day); t < stop; t += (long)(gap * Chance.Between(r, low, high)))
                {
                    Exchange(person, resume.Platform, t, stop, r);
                }

                // A close friend who is not the planted overdue one has written in the last few days, not only called.
                if (person.Tier == StoryTier.Weekly && person != world.OverduePerson &&
                    !_events.Any(e => e.Person == person.Number && e.Group == 0 && e.Kind == StoryEventKind.Text && e.Ms > world.AsOfMs - (5 * StoryWorld.Day)))
                {
                    Texts(person, resume.Platform, world.AsOfMs - (long)(Chance.Between(r, 1, 4) * StoryWorld.Day), r, [false, true]);
                }
            }

            // A little contact on the other platforms too (media multiplexity).
            var perYear = SecondaryPerYear[tier];
            if (perYear <= 0)
            {
                return;
            }

            foreach (var account in person.Accounts)
            {
                if (account.Platform == StoryPlatform.AddressBook || account.Platform == person.Primary || account.IsNew)
                {
                    continue;
                }

                var every = 365.25 / perYear * StoryWorld.Day;
                var t = Math.Max(start, account.SinceMs) + (long)(every * r.NextDouble());
                for (; t < world.BeforeMs - (3 * 3_600_000L); t += (long)(every * Chance.Between(r, 0.5, 1.5)))
                {
                    Light(person, account.Platform, t, r);
                }

                if (account.ReturnMs is { } back && account != resume)
                {
                    for (t = back + (long)(every * r.NextDouble()); t < stop; t += (long)(every * Chance.Between(r, 0.5, 1.5)))
                    {
                        Light(person, account.Platform, t, r);
                    }
                }
            }
        }

        /// <summary>A moment of the day people write at (08:00–23:00 UTC) on the day of <paramref name="t"/>.</summary>
        private static long Daytime(long t, Random r) => StoryWorld.DayOf(t) + (8 * 3_600_000L) + r.NextInt64(0, 15 * 3_600_000L);

        /// <summary>One contact day: a few messages, a call, or a tweet, depending on the tier and the platform; over four hours before <paramref name="limit"/>.</summary>
        private void Exchange(CastPerson person, StoryPlatform platform, long t, long limit, Random r)
        {
            var at = Math.Min(Daytime(t, r), limit - (4 * 3_600_000L) - r.NextInt64(0, 3_600_000L));
            switch (platform)
            {
                case StoryPlatform.Facebook when Chance.Odds(r, person.Tier switch { StoryTier.Weekly => 0.22, StoryTier.Monthly => 0.04, _ => 0 }):
                    Call(person, at, r);
                    break;
                case StoryPlatform.Twitter when !Chance.Odds(r, person.Tier <= StoryTier.Quarterly ? 0.75 : 0.4):
                    Tweet(person, at, r);
                    break;
                default:
                    Texts(person, platform, at, r, Pattern(person.Tier, r));
                    break;
            }
        }

        /// <summary>A single message or tweet on a secondary platform.</summary>
        private void Light(CastPerson person, StoryPlatform platform, long t, Random r)
        {
            var at = Daytime(t, r);
            if (platform == StoryPlatform.Twitter && r.Next(2) == 0)
            {
                Tweet(person, at, r);
            }
            else
            {
                Texts(person, platform, at, r, r.Next(3) == 0 ? [false, true] : [true]);
            }
        }

        /// <summary>Who writes, in order (true: the owner), for one contact day.</summary>
        private static bool[] Pattern(StoryTier tier, Random r)
        {
            if (tier == StoryTier.Weekly)
            {
                var length = 1 + r.Next(4);
                var owner = r.Next(100) >= 55;
                var pattern = new bool[length];
                for (var i = 0; i < length; i++, owner = !owner)
                {
                    pattern[i] = owner;
                }

                return pattern;
            }

            var roll = r.Next(100);
            return tier switch
            {
                StoryTier.Monthly => roll < 30 ? [true] : roll < 60 ? [false] : roll < 90 ? [false, true] : [true, false],
                StoryTier.Quarterly => roll < 45 ? [true] : roll < 80 ? [false] : roll < 95 ? [false, true] : [true, false],
                _ => roll < 50 ? [true] : roll < 90 ? [false] : [false, true],
            };
        }

        private void Texts(CastPerson person, StoryPlatform platform, long at, Random r, bool[] pattern)
        {
            var texts = platform switch
            {
                StoryPlatform.Facebook => StoryTexts.Messenger.Length,
                StoryPlatform.LinkedIn => StoryTexts.LinkedInIn.Length * StoryTexts.LinkedInOut.Length,
                _ => StoryTexts.Dm.Length,
            };
            var reactions = platform switch
            {
                StoryPlatform.Facebook => 0.12,
                StoryPlatform.Twitter => 0.06,
                _ => 0,
            };
            foreach (var owner in pattern)
            {
                _events.Add(new StoryEvent(at, platform, StoryEventKind.Text, person.Number, 0, owner, r.Next(texts),
                    Reaction: Chance.Odds(r, reactions) ? 1 + r.Next(3) : 0));
                at += r.NextInt64(60_000, 45 * 60_000);
            }
        }

        /// <summary>A Messenger call; a missed one is returned a few minutes later.</summary>
        private void Call(CastPerson person, long at, Random r)
        {
            var owner = r.Next(2) == 0;
            var video = r.Next(100) < 35;
            if (r.Next(100) < 12)
            {
                _events.Add(new StoryEvent(at, StoryPlatform.Facebook, StoryEventKind.MissedCall, person.Number, 0, owner, 0, 0, video));
                at += r.NextInt64(2 * 60_000, 20 * 60_000);
                owner = !owner;
            }

            _events.Add(new StoryEvent(at, StoryPlatform.Facebook, StoryEventKind.Call, person.Number, 0, owner, 0, 60 + r.Next(3000), video));
        }

        private void Tweet(CastPerson person, long at, Random r) =>
            _events.Add(new StoryEvent(at, StoryPlatform.Twitter, r.Next(2) == 0 ? StoryEventKind.Mention : StoryEventKind.Reply, person.Number, 0, true,
                r.Next(Math.Max(StoryTexts.Mentions.Length, StoryTexts.Replies.Length))));

        /// <summary>The Sunday dinners (three weekly people, every few days for years) and the 2019 workshop (eight people, one week).</summary>
        private void Groups()
        {
            var r = Chance.For(world.Seed, 21, 0);
            for (var g = 0; g < world.Groups.Count; g++)
            {
                var group = world.Groups[g];
                var workshop = StoryWorld.Ms(new DateOnly(world.ResetDate.Year - 6, 3, 10), 9, 30);
                if (g != 0 && group.Members.Count == 0)
                {
                    // The workshop's members: the eight quarterly Facebook friends in touch longest; it took place once all were.
                    group.Members.AddRange(world.People.Where(p => p.Tier == StoryTier.Quarterly && p.Facebook is not null && p.Role is null)
                        .OrderBy(p => p.ContactStartMs).ThenBy(p => p.Number).Take(8));
                    workshop = Math.Max(workshop, StoryWorld.DayOf(group.Members[^1].ContactStartMs + (30 * StoryWorld.Day)) + (9 * 3_600_000L) + (30 * 60_000L));
                    group.Title += " " + StoryWorld.At(workshop).Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ✍️";
                }

                if (g == 0)
                {
                    var start = Math.Max(world.HistoryStartMs, StoryWorld.Ms(new DateOnly(world.ResetDate.Year - 8, 3, 1), 0, 0));
                    for (var t = start; t < world.AsOfMs - StoryWorld.Day; t += (long)(6 * StoryWorld.Day * Chance.Between(r, 0.5, 1.5)))
                    {
                        var at = Daytime(t, r);
                        var count = 1 + r.Next(4);
                        for (var m = 0; m < count; m++)
                        {
                            var owner = r.Next(100) < 25;
                            var sender = owner ? 0 : group.Members[r.Next(group.Members.Count)].Number;
                            _events.Add(new StoryEvent(at, group.Platform, StoryEventKind.Text, sender, g + 1, owner, r.Next(StoryTexts.Group.Length),
                                Reaction: Chance.Odds(r, 0.1) ? 1 + r.Next(3) : 0, Photo: r.Next(100) < 6));
                            at += r.NextInt64(60_000, 30 * 60_000);
                        }
                    }
                }
                else
                {
                    var at = workshop;
                    for (var m = 0; m < 18; m++)
                    {
                        var owner = m is 0 or 11;
                        var sender = owner ? 0 : group.Members[m <= group.Members.Count ? m - 1 : r.Next(group.Members.Count)].Number;
                        _events.Add(new StoryEvent(at, group.Platform, StoryEventKind.Text, sender, g + 1, owner, m == 0 ? 0 : 1 + r.Next(StoryTexts.Workshop.Length - 1)));
                        at += r.NextInt64(20 * 60_000, 14 * 3_600_000L);
                    }
                }
            }
        }

        /// <summary>
        /// LinkedIn endorsements: received from 18 people per scale unit, given to 12 (seven of whom endorsed the owner);
        /// the others who endorsed the owner were never endorsed back (reciprocity owed).
        /// </summary>
        private void Endorsements()
        {
            var r = Chance.For(world.Seed, 22, 0);
            var candidates = world.People
                .Where(p => p.LinkedIn is { InBefore: true } && !p.IsHidden && p.Role is null && p.Tier is StoryTier.Quarterly or StoryTier.Yearly)
                .OrderBy(p => Chance.Mix(world.Seed, 23, p.Number)).ToList();
            var s = world.Scale;
            var endorsers = candidates.Take(18 * s).ToList();
            var endorsees = endorsers.Take(7 * s).Concat(candidates.Skip(18 * s).Take(5 * s)).ToList();
            foreach (var person in endorsers)
            {
                var from = Math.Max(person.ContactStartMs, person.LinkedIn!.SinceMs + (30 * StoryWorld.Day));
                var at = Daytime(r.NextInt64(from, world.BeforeMs - StoryWorld.Day), r);
                var skills = 1 + (r.Next(10) < 4 ? 1 : 0);
                var first = r.Next(StoryTexts.Skills.Length);
                for (var k = 0; k < skills; k++)
                {
                    _events.Add(new StoryEvent(at + (k * 1000), StoryPlatform.LinkedIn, StoryEventKind.Endorsement, person.Number, 0, false, (first + k) % StoryTexts.Skills.Length));
                }

                if (person.LinkedIn.ReturnMs is { } back && r.Next(6) == 0 && back + (20 * StoryWorld.Day) < world.AsOfMs)
                {
                    _events.Add(new StoryEvent(Daytime(back + r.NextInt64(StoryWorld.Day, 20 * StoryWorld.Day), r), StoryPlatform.LinkedIn, StoryEventKind.Endorsement,
                        person.Number, 0, false, (first + 3) % StoryTexts.Skills.Length));
                }
            }

            foreach (var person in endorsees)
            {
                var from = Math.Max(person.ContactStartMs, person.LinkedIn!.SinceMs + (30 * StoryWorld.Day));
                _events.Add(new StoryEvent(Daytime(r.NextInt64(from, world.BeforeMs - StoryWorld.Day), r), StoryPlatform.LinkedIn, StoryEventKind.Endorsement,
                    person.Number, 0, true, r.Next(StoryTexts.Skills.Length)));
            }

            world.UnreciprocatedEndorsers.AddRange(endorsers.Except(endorsees).Select(p => p.Number).Order());
        }

        /// <summary>Recommendations: received from the editor and two others, given to Sam Rivera and one other.</summary>
        private void Recommendations()
        {
            var r = Chance.For(world.Seed, 24, 0);
            var linkedIn = world.People.Where(p => p.LinkedIn is { InBefore: true } && p.Role is null && !p.IsHidden).ToList();
            var monthly = linkedIn.First(p => p.Tier == StoryTier.Monthly);
            var quarterly = linkedIn.Where(p => p.Tier == StoryTier.Quarterly).Take(2).ToList();
            var sam = world.People.First(p => p.Name == "Sam Rivera");
            (CastPerson Person, double YearsAgo, bool Given)[] plan =
            [
                (world.OwedReplyPerson, 5.5, false), (monthly, 3.2, false), (quarterly[0], 1.5, false), (sam, 4.6, true), (quarterly[1], 2.2, true),
            ];
            for (var i = 0; i < plan.Length; i++)
            {
                var (person, yearsAgo, given) = plan[i];
                var at = Daytime(Math.Max(person.ContactStartMs + StoryWorld.Day, world.BeforeMs - (long)(yearsAgo * 365.25 * StoryWorld.Day)), r);
                _events.Add(new StoryEvent(at, StoryPlatform.LinkedIn, StoryEventKind.Recommendation, person.Number, 0, given, i));
            }
        }

        /// <summary>The owner's tweets that name nobody (about one a week), and a one-off mention of some public accounts.</summary>
        private void Tweets()
        {
            var r = Chance.For(world.Seed, 25, 0);
            for (var t = world.HistoryStartMs + StoryWorld.Day; t < world.AsOfMs - StoryWorld.Day; t += (long)(7 * StoryWorld.Day * Chance.Between(r, 0.3, 1.7)))
            {
                _events.Add(new StoryEvent(Daytime(t, r), StoryPlatform.Twitter, StoryEventKind.Tweet, 0, 0, true, r.Next(StoryTexts.Tweets.Length)));
            }

            foreach (var person in world.People.Where(p => p.IsPublic && p.Twitter is { InBefore: true }))
            {
                if (r.Next(100) < 12)
                {
                    _events.Add(new StoryEvent(Daytime(r.NextInt64(world.HistoryStartMs, world.BeforeMs - StoryWorld.Day), r), StoryPlatform.Twitter,
                        StoryEventKind.Mention, person.Number, 0, true, r.Next(StoryTexts.Mentions.Length)));
                }
            }
        }

        /// <summary>Every tiered person on X is mentioned at least once, so that the archive names their account.</summary>
        private void NameEveryTieredXAccount()
        {
            var r = Chance.For(world.Seed, 26, 0);
            var mentioned = new HashSet<int>(_events.Where(e => e.Kind is StoryEventKind.Mention or StoryEventKind.Reply).Select(e => e.Person));
            foreach (var person in world.People)
            {
                if (person.Twitter is { InBefore: true } account && person.Tier != StoryTier.Silent && !mentioned.Contains(person.Number))
                {
                    var from = Math.Max(person.ContactStartMs, account.SinceMs);
                    _events.Add(new StoryEvent(Daytime(r.NextInt64(from, world.BeforeMs - StoryWorld.Day), r), StoryPlatform.Twitter, StoryEventKind.Mention,
                        person.Number, 0, true, r.Next(StoryTexts.Mentions.Length)));
                }
            }

            foreach (var e in _events)
            {
                if (e.Kind is StoryEventKind.Mention or StoryEventKind.Reply)
                {
                    world.Person(e.Person).Twitter!.Named = true;
                }
            }
        }

        /// <summary>
        /// Every conversation's last message is the owner's (whatever calls follow it): no reply is owed but the planted one.
        /// </summary>
        private void EndWithTheOwner()
        {
            var lastText = new Dictionary<(StoryPlatform, int, int), StoryEvent>();
            var lastAny = new Dictionary<(StoryPlatform, int, int), long>();
            foreach (var e in _events)
            {
                if (e.Kind is StoryEventKind.Text or StoryEventKind.Call or StoryEventKind.MissedCall)
                {
                    var key = (e.Platform, e.Group == 0 ? e.Person : 0, e.Group);
                    lastAny[key] = Math.Max(lastAny.GetValueOrDefault(key), e.Ms);
                    if (e.Kind == StoryEventKind.Text && (!lastText.TryGetValue(key, out var seen) || e.Ms >= seen.Ms))
                    {
                        lastText[key] = e;
                    }
                }
            }

            var r = Chance.For(world.Seed, 27, 0);
            foreach (var ((platform, person, group), e) in lastText.OrderBy(kv => kv.Key))
            {
                if (!e.Outgoing)
                {
                    var texts = group != 0 ? StoryTexts.Group.Length : platform switch
                    {
                        StoryPlatform.Facebook => StoryTexts.Messenger.Length,
                        StoryPlatform.LinkedIn => StoryTexts.LinkedInOut.Length,
                        _ => StoryTexts.Dm.Length,
                    };
                    var after = lastAny[(platform, person, group)];
                    var at = Math.Min(after + r.NextInt64(5 * 60_000, 90 * 60_000), world.AsOfMs - 30_000); // every event is before AsOf - 60 s
                    _events.Add(new StoryEvent(at, platform, StoryEventKind.Text, person, group, true, r.Next(texts)));
                }
            }
        }

        /// <summary>The editor's message three days before the as-of date, which the owner has not answered.</summary>
        private void OwedReply()
        {
            world.OwedReplyMs = StoryWorld.DayOf(world.AsOfMs - (3 * StoryWorld.Day)) + (18 * 3_600_000L) + (40 * 60_000L);
            _events.Add(new StoryEvent(world.OwedReplyMs, StoryPlatform.Facebook, StoryEventKind.Text, world.OwedReplyPerson.Number, 0, false, -1));
        }

        /// <summary>The planted interactions of every account, before and after the before export.</summary>
        private void Count()
        {
            foreach (var e in _events)
            {
                var category = e.Kind switch
                {
                    StoryEventKind.Text => 0,
                    StoryEventKind.Call or StoryEventKind.MissedCall => 1,
                    StoryEventKind.Tweet => -1,
                    _ => 2,
                };
                if (category < 0)
                {
                    continue;
                }

                if (e.Group != 0)
                {
                    var members = e.Outgoing ? world.Groups[e.Group - 1].Members : [world.Person(e.Person)];
                    foreach (var member in members)
                    {
                        Tally(member.On(e.Platform), e.Ms, category);
                    }
                }
                else
                {
                    Tally(world.Person(e.Person).On(e.Platform), e.Ms, category);
                }
            }

            foreach (var invitation in world.InvitationsBefore)
            {
                Tally(invitation.Person.LinkedIn, invitation.Ms, 2);
            }

            foreach (var invitation in world.InvitationsAfter)
            {
                Tally(invitation.Person.LinkedIn, invitation.Ms, 2);
            }
        }

        private void Tally(CastAccount? account, long ms, int category)
        {
            if (account is not null)
            {
                (ms < world.BeforeMs ? account.Before : account.After)[category]++;
            }
        }
    }
}
