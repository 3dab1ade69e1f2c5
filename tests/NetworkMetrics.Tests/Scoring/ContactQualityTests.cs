using NetworkMetrics.Scoring;
using NetworkMetrics.Tests.Samples;

namespace NetworkMetrics.Tests.Scoring;

/// <summary>
/// The adapter from an import to the scoring core: people are the import's accounts (or groups by
/// personOf), ties come from the newest snapshot, interactions reach their person through any key.
/// </summary>
public sealed class ContactQualityTests
{
    private static readonly DateTimeOffset AsOf = new(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly AccountKey AnaUrl = AccountKey.Parse("LinkedIn:url:linkedin.com/in/ana-lima");
    private static readonly AccountKey AnaName = AccountKey.Parse("LinkedIn:name:ana lima");
    private static readonly AccountKey BoName = AccountKey.Parse("LinkedIn:name:bo chen");
    private static readonly AccountKey AnaFacebook = AccountKey.Parse("Facebook:name:ana lima");

    private static readonly Account Ana = new(AnaUrl) { Name = "Ana Lima", Keys = [AnaUrl, AnaName] };
    private static readonly Account Bo = new(BoName) { Name = "Bo Chen" };
    private static readonly Account AnaOnFacebook = new(AnaFacebook) { Name = "Ana Lima" };

    private static DateTimeOffset Day(int days) => AsOf.AddDays(-days);

    private static Interaction Message(Platform platform, InteractionDirection direction, int daysAgo, params AccountKey[] keys) =>
        new(platform, keys.Length > 1 ? InteractionChannel.GroupMessage : InteractionChannel.DirectMessage, direction, Day(daysAgo))
        {
            AccountKeys = [.. keys],
            Audience = keys.Length,
            SourceId = $"m{daysAgo}{direction}{platform}",
            ConversationId = keys.Length > 1 ? "group" : "c-" + keys[0].Value,
        };

    /// <summary>
    /// Two snapshots of LinkedIn (the older with a tie to Bo that the newer no longer has) and one of Facebook;
    /// the older LinkedIn snapshot knows Ana by her name only, as a 2018 export would.
    /// </summary>
    private static ImportResult Import()
    {
        Interaction[] interactions =
        [
            Message(Platform.LinkedIn, InteractionDirection.Outgoing, 40, AnaName), // a key that is not Ana's primary one
            Message(Platform.LinkedIn, InteractionDirection.Incoming, 39, AnaUrl),
            Message(Platform.LinkedIn, InteractionDirection.Outgoing, 10, AnaUrl, BoName),
            Message(Platform.LinkedIn, InteractionDirection.Incoming, 9, BoName),
            Message(Platform.Facebook, InteractionDirection.Incoming, 5, AnaFacebook),
            Message(Platform.Facebook, InteractionDirection.Outgoing, 4, AnaFacebook),
            Message(Platform.LinkedIn, InteractionDirection.Incoming, -3, AnaUrl), // after the as-of date
            Message(Platform.LinkedIn, InteractionDirection.Incoming, 2, AccountKey.Parse("LinkedIn:name:nobody known")),
        ];
        var old = new ExportSnapshot
        {
            Platform = Platform.LinkedIn,
            Counts = new NetworkCounts(),
            Accounts = [new Account(AnaName) { Name = "Ana Lima" }, Bo],
            Ties = [new Tie(Platform.LinkedIn, BoName, TieKind.Connection) { Since = Day(3000) }],
        };
        var linkedIn = new ExportSnapshot
        {
            Platform = Platform.LinkedIn,
            Counts = new NetworkCounts(),
            Accounts = [Ana],
            Ties =
            [
                new Tie(Platform.LinkedIn, AnaUrl, TieKind.Connection) { Since = Day(800) },
                new Tie(Platform.LinkedIn, BoName, TieKind.Removed) { EndedAt = Day(20) },
                new Tie(Platform.LinkedIn, AnaUrl, TieKind.Following) { Since = AsOf.AddDays(1) }, // after the as-of date
            ],
        };
        var facebook = new ExportSnapshot
        {
            Platform = Platform.Facebook,
            Counts = new NetworkCounts(),
            Accounts = [AnaOnFacebook],
            Ties = [new Tie(Platform.Facebook, AnaFacebook, TieKind.Connection) { Since = Day(2000) }],
        };
        return new ImportResult
        {
            Snapshots = [old, linkedIn, facebook],
            Accounts = [Ana, Bo, AnaOnFacebook],
            Interactions = [.. interactions],
            Inputs = [],
            Files = [],
            Diagnostics = [],
        };
    }

    [Fact]
    public void It_scores_exactly_what_the_builder_scores_when_fed_the_same_records_by_hand()
    {
        var result = ContactQuality.Score(Import(), AsOf);

        var builder = new ContactQualityBuilder();
        var ana = builder.AddPerson("LinkedIn:url:linkedin.com/in/ana-lima", "Ana Lima");
        var bo = builder.AddPerson("LinkedIn:name:bo chen", "Bo Chen");
        var anaFacebook = builder.AddPerson("Facebook:name:ana lima", "Ana Lima");
        builder.AddTie(ana, Platform.LinkedIn, TieKind.Connection, Day(800));
        builder.AddTie(bo, Platform.LinkedIn, TieKind.Removed, null); // the newest snapshot says the tie ended
        builder.AddTie(anaFacebook, Platform.Facebook, TieKind.Connection, Day(2000));
        var all = Import().Interactions;
        foreach (var (index, persons) in new[] { (0, new[] { ana }), (1, [ana]), (2, [ana, bo]), (3, [bo]), (4, [anaFacebook]), (5, [anaFacebook]) })
        {
            foreach (var person in persons)
            {
                builder.AddInteraction(person, all[index]);
            }
        }

        var expected = builder.Score(AsOf);

        Assert.Equal(expected.People.Select(p => (p.Id, p.Name, p.Score, p.Interactions, p.TieSince, p.Conversations)),
            result.People.Select(p => (p.Id, p.Name, p.Score, p.Interactions, p.TieSince, p.Conversations)));
        var anaScore = result.People.Single(p => p.Id == "LinkedIn:url:linkedin.com/in/ana-lima");
        Assert.Equal(3, anaScore.Interactions); // the name-keyed message found her; the later one did not count
        Assert.Equal(Day(800), anaScore.TieSince); // the newest snapshot's tie; the one after the as-of date is not there
        Assert.Null(result.People.Single(p => p.Id == "LinkedIn:name:bo chen").TieSince); // the 2018 connection is not current
    }

    [Fact]
    public void PersonOf_makes_one_person_of_accounts_on_two_platforms_and_counts_a_message_to_both_once()
    {
        var import = Import();
        string? PersonOf(Account account) => account.Name == "Ana Lima" ? "person:ana" : null;
        var withGroup = import with
        {
            Interactions = import.Interactions.Add(Message(Platform.LinkedIn, InteractionDirection.Outgoing, 1, AnaUrl, AnaName)),
        };

        var result = ContactQuality.Score(withGroup, AsOf, ScoringOptions.Default, PersonOf);

        Assert.Equal(["person:ana", "LinkedIn:name:bo chen"], result.People.OrderBy(p => p.Person).Select(p => p.Id));
        var ana = result.People.Single(p => p.Id == "person:ana");
        Assert.Equal([Platform.LinkedIn, Platform.Facebook], ana.Platforms.Order());
        Assert.Equal(6, ana.Interactions); // 3 on LinkedIn, 2 on Facebook, and the message naming both her keys once
        Assert.Equal(Day(2000), ana.TieSince); // the older of her two ties
        Assert.Equal("person:ana", ContactQuality.PersonId(Ana, PersonOf));
        Assert.Equal("LinkedIn:name:bo chen", ContactQuality.PersonId(Bo, PersonOf));
    }

    [Fact]
    public void Invalid_options_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ContactQuality.Score(Import(), AsOf, ScoringOptions.Default with { FrequencySaturation = -1 }));
    }
}

/// <summary>The adapter on the story's before exports: the weekly tier comes out on top.</summary>
public sealed class ContactQualityStoryTests(StoryFixture story) : IClassFixture<StoryFixture>
{
    [Fact]
    public void The_story_s_weekly_people_hold_the_top_scores_at_the_reset()
    {
        var manifest = story.Manifest;
        var people = new StoryPeople(manifest);
        var result = ContactQuality.Score(story.Before, manifest.BeforeExportedAt);
        var accounts = story.Before.Accounts.ToDictionary(a => a.Key.ToString());

        var top = result.People.OrderBy(p => p.Rank).Take(5).Select(p => people.Of(accounts[p.Id])).ToList();

        Assert.All(top, number => Assert.Equal(NetworkMetrics.Samples.Story.StoryTier.Weekly, manifest.People[number - 1].Tier));
        Assert.Equal(story.Before.Accounts.Length, result.People.Length);
    }
}
