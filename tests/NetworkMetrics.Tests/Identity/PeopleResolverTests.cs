using NetworkMetrics.Identity;
using static NetworkMetrics.Tests.Identity.IdentityWorld;

namespace NetworkMetrics.Tests.Identity;

/// <summary>Identity resolution on synthetic multi-platform worlds: the evidence ladder, its traps, the owner, overrides and ids.</summary>
public sealed class PeopleResolverTests
{
    private const string AnaLinkedIn = "LinkedIn:url:linkedin.com/in/ana-lima";
    private const string AnaFacebook = "Facebook:name:ana lima";
    private const string AnaCard = "AddressBook:id:ana lima <ana@example.com>";

    [Fact]
    public void The_same_email_and_the_same_phone_join_accounts_across_platforms()
    {
        var network = new IdentityWorld()
            .Add(AnaLinkedIn, "Ana Lima", emails: ["Ana@Example.com"])
            .Add(AnaCard, "Ana L.", emails: ["ana@example.com"], phones: ["+351912345678"])
            .Add("Instagram:handle:analima", "A. Lima", phones: ["+351912345678"], handle: "analima")
            .Resolve();

        var ana = network.Of(AnaLinkedIn);
        Assert.Same(ana, network.Of(AnaCard));
        Assert.Same(ana, network.Of("Instagram:handle:analima"));
        Assert.Equal([Platform.LinkedIn, Platform.Instagram, Platform.AddressBook], ana.Platforms);
        Assert.Contains(ana.Evidence, e => e.Kind == EvidenceKind.SameEmail && e.Detail == "email ana@example.com" && e.Confidence == 0.95);
        Assert.Contains(ana.Evidence, e => e.Kind == EvidenceKind.SamePhone && e.Detail.Contains("+351912345678", StringComparison.Ordinal));
        Assert.Equal("Ana L.", ana.Name); // the address book's name first
        Assert.Single(network.People);
    }

    [Fact]
    public void A_profile_url_on_a_card_joins_the_account_it_names()
    {
        var network = new IdentityWorld()
            .Add("AddressBook:id:mira kovač <mira@example.hr>", "Mira Kovač", emails: ["mira@example.hr"],
                links: ["LinkedIn:url:linkedin.com/in/mira-kovac", "Twitter:handle:mira_k"])
            .Add("LinkedIn:url:linkedin.com/in/mira-kovac", "Mira Kovac")
            .Add("Twitter:id:4242", "Mira", handle: "mira_k")
            .Resolve();

        var mira = network.Of("Twitter:handle:mira_k");
        Assert.Equal(3, mira.Accounts.Length);
        Assert.Equal(2, mira.Evidence.Count(e => e.Kind == EvidenceKind.ProfileLink));
        Assert.Contains(mira.Evidence, e => e.Detail == "AddressBook names Twitter:handle:mira_k");
    }

    [Fact]
    public void A_unique_full_name_joins_by_default_and_not_under_a_strong_only_threshold()
    {
        var world = new IdentityWorld().Add(AnaLinkedIn, "Ana Lima").Add(AnaFacebook, "Ana Lima");

        var byDefault = world.Resolve();
        var strongOnly = world.Resolve(IdentityOptions.Default with { MinimumConfidence = 0.8 });

        var ana = byDefault.Of(AnaFacebook);
        Assert.Same(ana, byDefault.Of(AnaLinkedIn));
        Assert.Equal(EvidenceKind.SameName, Assert.Single(ana.Evidence).Kind);
        Assert.False(strongOnly.Together(AnaLinkedIn, AnaFacebook));
        Assert.Equal(EvidenceKind.SameName, Assert.Single(strongOnly.Candidates).Kind);
    }

    [Fact]
    public void An_ambiguous_name_never_merges_on_the_name()
    {
        var network = new IdentityWorld()
            .Add("LinkedIn:url:linkedin.com/in/john-smith-1", "John Smith")
            .Add("LinkedIn:url:linkedin.com/in/john-smith-2", "John Smith")
            .Add("Facebook:name:john smith", "John Smith")
            .Add("Facebook:name:kim park", "Kim Park", ambiguous: true)
            .Add("AddressBook:name:kim park", "Kim Park")
            .Resolve();

        Assert.Equal(5, network.People.Length);
        Assert.Contains(network.Diagnostics, d => d.Code == "identity.ambiguous-name" && d.Message.Contains("john smith", StringComparison.Ordinal));
        Assert.Contains(network.Diagnostics, d => d.Code == "identity.ambiguous-name" && d.Message.Contains("kim park", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_word_name_never_merges_on_the_name_alone()
    {
        var network = new IdentityWorld()
            .Add("Facebook:name:anna", "Anna")
            .Add("Twitter:id:77", "Anna", handle: "anna_writes")
            .Resolve(IdentityOptions.Default with { MergeWeakEvidence = true, MinimumConfidence = 0 });

        Assert.Equal(2, network.People.Length);
        Assert.Empty(network.Candidates);
    }

    [Fact]
    public void A_household_email_on_two_cards_does_not_join_anyone_and_is_reported()
    {
        var network = new IdentityWorld()
            .Add("AddressBook:id:sam rivera <home@rivera.example>", "Sam Rivera", emails: ["home@rivera.example"])
            .Add("AddressBook:id:alex rivera <home@rivera.example>", "Alex Rivera", emails: ["home@rivera.example"])
            .Add("LinkedIn:url:linkedin.com/in/sam-rivera", "Sam Rivera", emails: ["home@rivera.example"])
            .Resolve();

        Assert.DoesNotContain(network.People.SelectMany(p => p.Evidence), e => e.Kind == EvidenceKind.SameEmail);
        Assert.Contains(network.Diagnostics, d => d.Code == "identity.shared-email" && d.Severity == DiagnosticSeverity.Info);
        Assert.Single(network.Of("AddressBook:id:alex rivera <home@rivera.example>").Accounts);
        var sam = network.Of("LinkedIn:url:linkedin.com/in/sam-rivera"); // Sam is still Sam, on the name unique on both sides
        Assert.Same(sam, network.Of("AddressBook:id:sam rivera <home@rivera.example>"));
        Assert.Equal(EvidenceKind.SameName, Assert.Single(sam.Evidence).Kind);
    }

    [Fact]
    public void A_shared_email_between_two_differently_named_people_on_two_platforms_does_not_join_them()
    {
        var network = new IdentityWorld()
            .Add("AddressBook:id:tom weber <weber@family.example>", "Tom Weber", emails: ["weber@family.example"])
            .Add("LinkedIn:url:linkedin.com/in/anna-weber", "Anna Weber", emails: ["weber@family.example"])
            .Resolve();

        Assert.Equal(2, network.People.Length);
        Assert.Contains(network.Diagnostics, d => d.Code == "identity.shared-email");
    }

    [Fact]
    public void Diacritics_are_weak_evidence_and_merge_only_when_asked()
    {
        var world = new IdentityWorld().Add("Facebook:name:chloé fontaine", "Chloé Fontaine").Add("AddressBook:name:chloe fontaine", "Chloe Fontaine");

        var byDefault = world.Resolve();
        var weak = world.Resolve(IdentityOptions.Default with { MergeWeakEvidence = true });

        Assert.Equal(2, byDefault.People.Length);
        Assert.Equal(EvidenceKind.SameNameFolded, Assert.Single(byDefault.Candidates).Kind);
        var chloe = Assert.Single(weak.People);
        Assert.Equal("Chloe Fontaine", chloe.Name);
        Assert.Equal(0.55, Assert.Single(chloe.Evidence).Confidence);
    }

    [Theory]
    [InlineData("Łucja Wiśniewska", "lucja wisniewska")]
    [InlineData("Nguyễn Thu Hà", "nguyen thu ha")]
    [InlineData("Hans Müßig", "hans mussig")]
    public void Names_fold_to_their_letters_without_diacritics(string name, string folded) =>
        Assert.Equal(folded, NameFolding.Fold(name.ToLowerInvariant().Normalize()));

    [Fact]
    public void A_handle_shared_across_platforms_merges_only_when_asked_and_never_against_a_different_name()
    {
        var world = new IdentityWorld()
            .Add("Twitter:id:501", "Mira Kovač", handle: "mira_k")
            .Add("Instagram:handle:mira_k", "Miriam Katz", handle: "mira_k")
            .Add("Twitter:id:502", null, handle: "bo.chen")
            .Add("Instagram:handle:bo.chen", "Bo Chen", handle: "bo.chen")
            .Add("Mastodon:handle:bo.chen@social.example", null, handle: "bo.chen@social.example");

        var byDefault = world.Resolve();
        var weak = world.Resolve(IdentityOptions.Default with { MergeWeakEvidence = true });

        Assert.Equal(5, byDefault.People.Length);
        Assert.All(byDefault.Candidates, e => Assert.Equal(EvidenceKind.SameHandle, e.Kind));
        Assert.False(weak.Together("Twitter:id:501", "Instagram:handle:mira_k"));
        var bo = weak.Of("Instagram:handle:bo.chen");
        Assert.Equal(3, bo.Accounts.Length);
        Assert.All(bo.Evidence, e => Assert.Equal(EvidenceKind.SameHandle, e.Kind));
    }

    [Fact]
    public void Overrides_split_a_wrong_merge_and_add_a_missing_one()
    {
        var world = new IdentityWorld()
            .Add(AnaLinkedIn, "Ana Lima").Add(AnaFacebook, "Ana Lima")
            .Add("Twitter:id:900", "analima_photo", handle: "analima_photo").Add(AnaCard, "Ana Lima", emails: ["ana@example.com"]);
        var overrides = IdentityOverrides.Parse(new StringReader("""
            relation,a,b
            # the Facebook Ana Lima is someone else
            different,Facebook:name:Ana Lima,LinkedIn:url:https://www.linkedin.com/in/ana-lima/
            same,Twitter:handle:analima_photo,AddressBook:email:ana@example.com
            same,Twitter:id:404,LinkedIn:url:linkedin.com/in/nobody
            sane,x,y
            """), "links.csv");

        var network = world.Resolve(IdentityOptions.Default with { Overrides = overrides });

        Assert.False(network.Together(AnaLinkedIn, AnaFacebook));
        Assert.True(network.Together("Twitter:id:900", AnaCard));
        Assert.Contains(network.Of("Twitter:id:900").Evidence, e => e.Kind == EvidenceKind.Override && e.Detail == "overrides line 4");
        var unknown = Assert.Single(network.Diagnostics, d => d.Code == "identity.override-unknown-key");
        Assert.Equal((DiagnosticSeverity.Warning, "links.csv", 5L), (unknown.Severity, unknown.File, unknown.Line));
        var malformed = Assert.Single(network.Diagnostics, d => d.Code == "identity.override-malformed");
        Assert.Equal(6, malformed.Line);
    }

    [Theory]
    [InlineData("same,LinkedIn:url:linkedin.com/in/a", 1)]
    [InlineData("maybe,LinkedIn:url:linkedin.com/in/a,Facebook:name:b", 1)]
    [InlineData("same,LinkedIn:url:linkedin.com/in/a,Facebook-name-b", 1)]
    [InlineData("same,\"LinkedIn:url:linkedin.com/in/a,Facebook:name:b", 1)]
    [InlineData("same,\"Facebook:name:smith, jane\",LinkedIn:url:linkedin.com/in/jane", 0)]
    [InlineData("  # a comment\n\nSAME , LinkedIn:url:linkedin.com/in/a , Facebook:name:b", 0)]
    public void The_overrides_file_reports_every_malformed_line(string text, int problems)
    {
        var overrides = IdentityOverrides.Parse(new StringReader(text), "links.csv");

        Assert.Equal(problems, overrides.Diagnostics.Length);
        Assert.Equal(1 - problems, overrides.Items.Length);
        Assert.All(overrides.Diagnostics, d => Assert.Equal(("identity.override-malformed", 1L), (d.Code, d.Line!.Value)));
    }

    [Fact]
    public void A_same_override_that_contradicts_a_different_one_loses_with_a_warning()
    {
        var overrides = new IdentityOverrides([
            new IdentityOverride(OverrideRelation.Same, AccountKey.Parse(AnaLinkedIn), AccountKey.Parse(AnaFacebook)),
            new IdentityOverride(OverrideRelation.Different, AccountKey.Parse(AnaFacebook), AccountKey.Parse(AnaLinkedIn)),
        ]);

        var network = new IdentityWorld().Add(AnaLinkedIn, "Ana Lima").Add(AnaFacebook, "Ana Lima").Resolve(IdentityOptions.Default with { Overrides = overrides });

        Assert.False(network.Together(AnaLinkedIn, AnaFacebook));
        Assert.Contains(network.Diagnostics, d => d.Code == "identity.override-conflict");
    }

    [Fact]
    public void The_owner_is_recognised_on_every_platform_and_kept_apart()
    {
        var network = new IdentityWorld()
            .Owner(Account("LinkedIn:url:linkedin.com/in/avery-quill", "Avery Quill", emails: ["avery@quill.example"]))
            .Owner(Account("Facebook:url:facebook.com/averyquill", "Avery Quill", phones: ["+14155550134"]))
            .Owner(Account("Twitter:id:1000", "Avery", handle: "averyquill"))
            .Add("AddressBook:id:avery quill <avery@quill.example>", "Avery Quill", emails: ["avery@quill.example"])
            .Add("Instagram:handle:avery.q", "Avery Quill", phones: ["+14155550134"], handle: "avery.q")
            .Add("Mastodon:handle:averyquill@social.example", "Avery Quill", handle: "averyquill@social.example")
            .Add("Bluesky:id:did:plc:avery", "Avery Quill")
            .Add(AnaLinkedIn, "Ana Lima")
            .Resolve(IdentityOptions.Default with { MergeWeakEvidence = true });

        var owner = Assert.IsType<Person>(network.Owner);
        Assert.True(owner.IsOwner);
        Assert.Equal([Platform.LinkedIn, Platform.Facebook, Platform.Twitter, Platform.Instagram, Platform.AddressBook], owner.Platforms);
        Assert.Same(owner, network.Find(AccountKey.Parse("Twitter:handle:averyquill")));
        Assert.Contains(owner.Evidence, e => e.Kind == EvidenceKind.Owner);
        Assert.DoesNotContain(network.People, p => p.IsOwner || p.Accounts.Any(a => owner.Accounts.Contains(a)));
        // A namesake, a handle alike and a name alone never join the owner: only strong evidence does.
        Assert.False(network.Together("Mastodon:handle:averyquill@social.example", "Twitter:id:1000"));
        Assert.False(network.Together("Bluesky:id:did:plc:avery", "LinkedIn:url:linkedin.com/in/avery-quill"));
        Assert.Equal(2, network.People.Length); // Mastodon and Bluesky Avery Quill (one person, on the name unique to them), and Ana
    }

    [Fact]
    public void Merges_are_transitive_only_through_evidence_above_the_threshold()
    {
        var network = new IdentityWorld()
            .Add(AnaLinkedIn, "Ana Lima", emails: ["ana@example.com"])
            .Add(AnaCard, "Ana Lima", emails: ["ana@example.com"])
            .Add("Facebook:name:ana líma", "Ana Líma")
            .Resolve(IdentityOptions.Default with { MinimumConfidence = 0.8 });

        Assert.True(network.Together(AnaLinkedIn, AnaCard));
        Assert.False(network.Together(AnaCard, "Facebook:name:ana líma"));
    }

    [Fact]
    public void Two_accounts_of_one_platform_are_never_joined_by_evidence()
    {
        var network = new IdentityWorld()
            .Add(AnaCard, "Ana Lima", emails: ["ana@example.com"], links: ["LinkedIn:url:linkedin.com/in/ana-lima-2"])
            .Add(AnaLinkedIn, "Ana Lima", emails: ["ana@example.com"])
            .Add("LinkedIn:url:linkedin.com/in/ana-lima-2", "Ana Lima")
            .Resolve();

        Assert.True(network.Together(AnaLinkedIn, AnaCard)); // the email (0.95) before the link (0.9)
        Assert.False(network.Together(AnaLinkedIn, "LinkedIn:url:linkedin.com/in/ana-lima-2"));
        Assert.Contains(network.Diagnostics, d => d.Code == "identity.merge-refused");
    }

    [Fact]
    public void Ids_are_stable_and_do_not_change_when_an_unrelated_export_is_added()
    {
        var world = new IdentityWorld()
            .Add(AnaLinkedIn, "Ana Lima").Add(AnaFacebook, "Ana Lima").Add("Twitter:id:77", "Bo Chen").Add("AddressBook:name:kim park", "Kim Park");
        var first = world.Resolve();
        var again = world.Resolve();
        var more = world.Add("Mastodon:handle:zoe@social.example", "Zoë Adler").Add("Bluesky:id:did:plc:xyz", "Yan Li").Resolve();

        Assert.Equal(first.People.Select(p => p.Id), again.People.Select(p => p.Id));
        Assert.All(first.People, p => Assert.Equal(p.Id, more.Find(p.Accounts[0].Key)!.Id));
        Assert.All(first.People, p => Assert.Matches("^p-[0-9a-f]{12}$", p.Id));
        Assert.Equal(PeopleNetwork.IdOf(AccountKey.Parse(AnaLinkedIn)), first.Of(AnaFacebook).Id); // the URL key is stronger than the name
        Assert.Equal(first.People.Select(p => p.Id).Order(StringComparer.Ordinal), first.People.Select(p => p.Id));
    }

    [Fact]
    public void Find_knows_every_key_of_every_account()
    {
        var network = new IdentityWorld().Add(AnaLinkedIn, "Ana Lima", emails: ["ana@example.com"]).Add(AnaCard, "Ana Lima", emails: ["ana@example.com"]).Resolve();

        var ana = network.Of(AnaCard);
        Assert.All(ana.Accounts.SelectMany(a => a.Keys), k => Assert.Same(ana, network.Find(k)));
        Assert.Null(network.Find(AccountKey.Parse("LinkedIn:url:linkedin.com/in/nobody")));
    }

    [Fact]
    public void A_pseudonymised_network_names_nobody_and_keeps_its_shape()
    {
        var world = new IdentityWorld()
            .Owner(Account("LinkedIn:url:linkedin.com/in/avery-quill", "Avery Quill", emails: ["avery@quill.example"]))
            .Add(AnaLinkedIn, "Ana Lima", emails: ["ana@example.com"]).Add(AnaCard, "Ana Lima", emails: ["ana@example.com"]).Add(AnaFacebook, "Ana Lima");
        var network = world.Resolve(IdentityOptions.Default with
        {
            Overrides = IdentityOverrides.Parse(new StringReader("same,Twitter:id:1,Facebook:name:ana lima"), "/home/avery/links.csv"),
        });

        var shared = network.Pseudonymize(new Pseudonymizer("a key of sixteen bytes or more"u8));

        var text = string.Join("\n", shared.People.Prepend(shared.Owner!).SelectMany(p => p.Accounts.SelectMany(a => a.Keys.Select(k => k.ToString()))
            .Concat(p.Evidence.Select(e => $"{e.A} {e.B} {e.Detail}")).Append(p.Name ?? string.Empty).Append(p.Id))
            .Concat(shared.Diagnostics.Select(d => d.ToString())));
        foreach (var secret in new[] { "ana", "lima", "avery", "quill", "example", "links.csv" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(network.People.Select(p => p.Accounts.Length).Order(), shared.People.Select(p => p.Accounts.Length).Order());
        Assert.DoesNotContain(shared.People.Select(p => p.Id), network.People.Select(p => p.Id).Contains);
        Assert.Equal(shared.People.Select(p => p.Id), network.Pseudonymize(new Pseudonymizer("a key of sixteen bytes or more"u8)).People.Select(p => p.Id));
    }

    [Fact]
    public void Options_validate_themselves()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IdentityOptions.Default with { MinimumConfidence = 1.01 });
        Assert.Throws<ArgumentOutOfRangeException>(() => IdentityOptions.Default with { MinimumConfidence = double.NaN });
        Assert.Throws<ArgumentNullException>(() => IdentityOptions.Default with { Overrides = null! });
        Assert.Equal(0.5, IdentityOptions.Default.MinimumConfidence);
        Assert.False(IdentityOptions.Default.MergeWeakEvidence);
    }
}
