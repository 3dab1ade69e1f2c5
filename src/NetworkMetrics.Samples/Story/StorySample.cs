using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace NetworkMetrics.Samples.Story;

/// <summary>
/// The story of the demo as synthetic exports in the platforms' real formats: a writer resets their
/// online network to zero on purpose (401 LinkedIn connections, 306 Facebook friends, 486 X followings)
/// and rebuilds it over six months, closer contacts coming back sooner. Every person is invented.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Write"/> writes <c>before/</c> (exports taken the day before the reset: LinkedIn in the
/// 2021 generation, Facebook, X, a vCard address book) and <c>after/</c> (exports taken six months later:
/// LinkedIn in the 2024 generation, Facebook with the removed friends, X, the address book), and returns
/// the ground truth as a <see cref="StoryManifest"/>.
/// </para>
/// <para>
/// Planted for scoring: 5 weekly, 10 monthly, 35 quarterly and 100 yearly contacts (times
/// <see cref="StoryOptions.Scale"/>) with nine years of history, calls on Messenger, a small and a large
/// group conversation, endorsements never returned, one unanswered message and one close friend silent for
/// two months. Planted for identity: shared emails, profile URLs on cards, unique names across platforms,
/// X accounts named by mentions, and the traps of <see cref="StoryHardCaseKind"/>. Planted for the rebuild:
/// weekly contacts back within days, silent ties rarely, new people, and a week of too many LinkedIn invitations.
/// </para>
/// <para>Deterministic: the same options write byte-identical files on any machine, in any culture or time zone.</para>
/// </remarks>
public static class StorySample
{
    /// <summary>Writes the story's exports below <paramref name="directory"/> (created when missing).</summary>
    /// <param name="directory">
    /// The folder that receives <c>before/</c> and <c>after/</c>. The story's exports already there (an earlier story's
    /// <c>Basic_LinkedInDataExport_*.zip</c>, <c>facebook-averyquill-*.zip</c>, <c>twitter-*.zip</c>, <c>Contacts.vcf</c>)
    /// are replaced; other files are left alone.
    /// </param>
    /// <param name="options">The seed, the scale and the reset date; <see cref="StoryOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The ground truth of what was written.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static StoryManifest Write(string directory, StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        options ??= StoryOptions.Default;
        options.Validate();

        var world = new StoryWorld(options);
        StoryCastBuilder.Build(world);
        StoryHistory.Generate(world);

        var before = Paths(Path.Combine(Path.GetFullPath(directory), "before"), world.BeforeMs);
        var after = Paths(Path.Combine(Path.GetFullPath(directory), "after"), world.AsOfMs);
        var beforeCounts = WriteSide(world, before, after: false);
        var afterCounts = WriteSide(world, after, after: true);
        return Freeze(world, before, after, beforeCounts, afterCounts);
    }

    /// <summary>The names of the story's exports, whatever their dates: an earlier story's exports in the folder are removed first.</summary>
    private static readonly string[] OwnPatterns = ["Basic_LinkedInDataExport_*.zip", "facebook-" + StoryWorld.OwnerHandle + "-*.zip", "twitter-*.zip", "Contacts.vcf"];

    private static StoryExports Paths(string folder, long ms)
    {
        Directory.CreateDirectory(folder);
        foreach (var pattern in OwnPatterns)
        {
            foreach (var stale in Directory.EnumerateFiles(folder, pattern))
            {
                File.Delete(stale);
            }
        }

        // The names depend on the export's date only, as the platforms' do on the day of the request.
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(FormattableString.Invariant($"netmetrics-story/{ms}")));
        var hex = Convert.ToHexString(hash).ToLowerInvariant();
        const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        var tag = string.Create(8, hash, static (span, h) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Letters[h[i] % Letters.Length];
            }
        });
        return new StoryExports(
            folder,
            Path.Combine(folder, "Basic_LinkedInDataExport_" + StoryWorld.Date(ms, "MM-dd-yyyy") + ".zip"),
            Path.Combine(folder, "facebook-" + StoryWorld.OwnerHandle + "-" + StoryWorld.Date(ms, "yyyy-MM-dd") + "-" + tag + ".zip"),
            Path.Combine(folder, "twitter-" + StoryWorld.Date(ms, "yyyy-MM-dd") + "-" + hex + ".zip"),
            Path.Combine(folder, "Contacts.vcf"));
    }

    private static StoryCounts WriteSide(StoryWorld world, StoryExports exports, bool after)
    {
        var linkedIn = StoryLinkedInWriter.Write(world, exports.LinkedIn, after);
        var facebook = StoryFacebookWriter.Write(world, exports.Facebook, after);
        var twitter = StoryTwitterWriter.Write(world, exports.Twitter, after);
        var cards = StoryAddressBookWriter.Write(world, exports.AddressBook, after);
        return new StoryCounts(linkedIn.Connections, linkedIn.Messages, linkedIn.Invitations,
            facebook.Friends, facebook.Removed, facebook.Messages, facebook.Calls,
            twitter.Following, twitter.Followers, twitter.Messages, twitter.Tweets, cards);
    }

    private static StoryManifest Freeze(StoryWorld world, StoryExports before, StoryExports after, StoryCounts beforeCounts, StoryCounts afterCounts)
    {
        var people = world.People.Select(p => new StoryPerson(p.Number, p.Name, p.Tier)
        {
            Accounts = [.. p.Accounts.Select(a => Freeze(world, p, a))],
            Role = p.Role,
            IsPublicAccount = p.IsPublic,
            IsNew = p.IsNew,
            Primary = p.Tier == StoryTier.Silent ? StoryPlatform.AddressBook : p.Primary,
        }).ToImmutableArray();

        var regrowth = new[] { StoryPlatform.LinkedIn, StoryPlatform.Facebook, StoryPlatform.Twitter }.Select(platform =>
        {
            var accounts = world.People.Select(p => p.On(platform)).OfType<CastAccount>().ToList();
            var baseline = accounts.Count(a => a.InBefore);
            var returning = accounts.Count(a => a.InBefore && a.ReturnMs is not null);
            return new StoryRegrowth(platform, baseline, accounts.Count(a => a.InAfter), returning, accounts.Count(a => a.IsNew), baseline - returning);
        }).ToImmutableArray();

        var groups = world.Groups.Select((g, i) => new StoryGroup(g.Platform, g.Title, g.Folder.ToLowerInvariant(), [.. g.Members.Select(m => m.Number)],
            world.Events.Count(e => e.Group == i + 1 && e.Ms < world.BeforeMs),
            world.Events.Count(e => e.Group == i + 1 && e.Ms >= world.BeforeMs))).ToImmutableArray();

        var overdue = world.OverduePerson;
        var lastContact = world.Events.Where(e => e.Person == overdue.Number).Max(e => e.Ms);
        var burstEnd = world.BurstStartMs + (7 * StoryWorld.Day);
        var burst = world.InvitationsAfter.Where(i => i.Outgoing && i.Ms >= world.BurstStartMs && i.Ms < burstEnd).ToList();

        return new StoryManifest
        {
            Options = world.Options,
            ResetDate = world.ResetDate,
            ResetAt = StoryWorld.At(world.ResetMs),
            BeforeExportedAt = StoryWorld.At(world.BeforeMs),
            AsOf = StoryWorld.At(world.AsOfMs),
            Owner = new StoryOwner(StoryWorld.OwnerName, StoryWorld.OwnerSlug, StoryWorld.OwnerFacebookUser, StoryWorld.OwnerTwitterId, StoryWorld.OwnerHandle, [StoryWorld.OwnerEmail]),
            Before = before,
            After = after,
            BeforeCounts = beforeCounts,
            AfterCounts = afterCounts,
            Regrowth = regrowth,
            People = people,
            Groups = groups,
            HardCases = [.. world.HardCases],
            OwedReply = new StoryOwedReply(world.OwedReplyPerson.Number, StoryPlatform.Facebook, StoryWorld.At(world.OwedReplyMs), world.OwedReplyPerson.Tier),
            Overdue = new StoryOverdue(overdue.Number, StoryWorld.At(lastContact), (int)((world.AsOfMs - lastContact) / StoryWorld.Day)),
            UnreciprocatedEndorsers = [.. world.UnreciprocatedEndorsers],
            InvitationBurst = new StoryInvitationBurst(StoryWorld.At(burst.Min(i => i.Ms)), StoryWorld.At(burst.Max(i => i.Ms)), burst.Count),
        };
    }

    private static StoryAccount Freeze(StoryWorld world, CastPerson person, CastAccount account)
    {
        var platform = account.Platform;
        DateTimeOffset? Dated(long ms) => platform switch
        {
            StoryPlatform.LinkedIn => StoryWorld.At(StoryWorld.DayOf(ms)),
            StoryPlatform.Facebook => StoryWorld.At(ms / 1000 * 1000),
            StoryPlatform.Twitter => StoryWorld.At(ms),
            _ => null,
        };
        return new StoryAccount(platform)
        {
            Name = account.Name,
            WrittenName = platform == StoryPlatform.Facebook && account.Name is { } name ? MetaNames.Mojibake(name) : account.Name,
            Handle = account.Handle,
            AccountId = account.Id,
            ProfileUrl = platform switch
            {
                StoryPlatform.LinkedIn when account.Handle is not null => "https://www.linkedin.com/in/" + account.Handle,
                StoryPlatform.Twitter => "https://x.com/" + account.Handle,
                _ => null,
            },
            Emails = [.. account.Emails],
            Phones = [.. account.Phones],
            Urls = [.. account.Urls],
            IsNamedInExport = platform == StoryPlatform.Twitter ? account.Named : !person.IsHidden,
            InBefore = account.InBefore,
            Since = account.InBefore && platform is StoryPlatform.LinkedIn or StoryPlatform.Facebook ? Dated(account.SinceMs) : null,
            InAfter = account.InAfter,
            ReconnectedAt = account.ReturnMs is { } back ? Dated(back) : null,
            DaysToReconnect = account.ReturnMs is { } day ? world.DaysAfterReset(day) : null,
            IsNew = account.IsNew,
            NewSince = account.IsNew ? Dated(account.NewMs) : null,
            IsFollowerBefore = account.FollowerBefore,
            IsFollowerAfter = account.FollowerAfter,
            Before = new StoryActivity(account.Before[0], account.Before[1], account.Before[2]),
            After = new StoryActivity(account.After[0], account.After[1], account.After[2]),
        };
    }
}
