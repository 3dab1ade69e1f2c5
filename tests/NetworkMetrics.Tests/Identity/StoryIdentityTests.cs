using NetworkMetrics.Identity;
using NetworkMetrics.Samples.Story;
using NetworkMetrics.Tests.Samples;
using Xunit.Abstractions;

namespace NetworkMetrics.Tests.Identity;

/// <summary>
/// End to end on the story sample (docs/samples.md): its LinkedIn connections, Facebook friends, X follows and cards
/// are one persona's people. Resolution joins a fair share of them across platforms, joins nobody wrongly by the
/// manifest, never merges the owner and walks around every planted trap.
/// </summary>
public sealed class StoryIdentityTests(StoryFixture story, ITestOutputHelper output) : IClassFixture<StoryFixture>
{
    [Fact]
    public void The_story_resolves_into_its_people_without_a_wrong_merge_and_without_the_owner()
    {
        var truth = new StoryPeople(story.Manifest);
        var network = PeopleResolver.Resolve(story.Before);

        // Precision: no person holds accounts of two different story people.
        var wrong = network.People.Where(p => p.Accounts.Select(truth.Of).Where(n => n > 0).Distinct().Count() > 1).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Select(p => string.Join(" | ", p.Accounts.Select(a => $"{a.Key} #{truth.Of(a)}")))));

        // Recall: the story people with accounts on several platforms in the export, and how many are joined in full.
        var byNumber = story.Before.Accounts.Where(a => truth.Of(a) > 0).GroupBy(truth.Of).Where(g => g.Select(a => a.Platform).Distinct().Count() > 1).ToList();
        var joined = byNumber.Count(g => g.Select(a => network.Find(a.Key)).Distinct().Count() == 1);
        var share = joined / (double)byNumber.Count;
        output.WriteLine($"{story.Before.Accounts.Length} accounts, {network.People.Length} people, {network.People.Count(p => p.Accounts.Length > 1)} on several accounts; "
            + $"{byNumber.Count} story people on several platforms, {joined} joined in full ({share:P0}); {network.Candidates.Length} candidates");
        Assert.True(share >= 0.6, $"only {share:P0} of the story people on several platforms were joined");

        // The owner: on every platform that states one, with none of the story's people.
        var owner = Assert.IsType<Person>(network.Owner);
        Assert.Superset(new HashSet<Platform> { Platform.LinkedIn, Platform.Facebook, Platform.Twitter }, owner.Platforms.ToHashSet());
        Assert.All(owner.Accounts, a => Assert.Equal(0, truth.Of(a)));
        Assert.DoesNotContain(network.People, p => p.Accounts.Any(a => story.Before.Snapshots.Any(s => s.Owner?.Key == a.Key)));
        Assert.Equal(story.Before.Accounts.Length, network.People.Sum(p => p.Accounts.Length) + owner.Accounts.Count(a => !story.Before.Snapshots.Any(s => s.Owner?.Key == a.Key)));
    }

    [Fact]
    public void The_planted_traps_do_not_merge_people_even_with_weak_evidence()
    {
        var truth = new StoryPeople(story.Manifest);
        var network = PeopleResolver.Resolve(story.Before, IdentityOptions.Default with { MergeWeakEvidence = true });

        foreach (var trap in story.Manifest.HardCases.Where(h => h.Kind is StoryHardCaseKind.SameFullName or StoryHardCaseKind.SingleTokenName
            or StoryHardCaseKind.SharedEmail or StoryHardCaseKind.ReusedHandle))
        {
            var people = trap.People.Select(n => network.People.Where(p => p.Accounts.Any(a => truth.Of(a) == n)).ToHashSet()).ToList();
            for (var i = 0; i < people.Count; i++)
            {
                for (var j = i + 1; j < people.Count; j++)
                {
                    Assert.False(people[i].Overlaps(people[j]), $"{trap.Kind}: {trap.Description}");
                }
            }
        }

        var wrong = network.People.Count(p => p.Accounts.Select(truth.Of).Where(n => n > 0).Distinct().Count() > 1);
        output.WriteLine($"with weak evidence: {network.People.Count(p => p.Accounts.Length > 1)} people on several accounts, {wrong} wrong merges");
        Assert.Contains(network.Diagnostics, d => d.Code == "identity.shared-email");
    }
}
