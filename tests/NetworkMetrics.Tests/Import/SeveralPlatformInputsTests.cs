using NetworkMetrics.Tests.TestSupport;
using NetworkMetrics.Tests.Mastodon;

namespace NetworkMetrics.Tests.Import;

/// <summary>Several inputs of platforms whose exports come in pieces: Mastodon's archive and CSV, several address books.</summary>
public sealed class SeveralPlatformInputsTests
{
    [Fact]
    public void A_mastodon_archive_and_its_follows_csv_given_apart_are_one_snapshot()
    {
        using var temp = new TempDir();
        var archive = MastodonTests.TarGz(Fixtures.Path("Mastodon/archive"), Path.Combine(temp.Path, "archive-20240301.tar.gz"));
        var csv = Fixtures.Path("Mastodon/v4/following_accounts.csv");

        var together = Run.Inspect(archive, csv);
        var platform = Assert.Single(together.Platforms);

        Assert.Equal(1, platform.Snapshots);
        Assert.Equal(Run.Inspect(csv).Counts(Platform.Mastodon).Following, platform.Counts.Following);
        Assert.NotNull(platform.Owner);
    }

    [Fact]
    public void A_mastodon_archive_in_a_folder_is_opened()
    {
        using var temp = new TempDir();
        MastodonTests.TarGz(Fixtures.Path("Mastodon/archive"), Path.Combine(temp.Path, "mastodon", "archive-20240301.tar.gz"));
        File.Copy(Fixtures.Path("Mastodon/v4/following_accounts.csv"), Path.Combine(temp.Path, "mastodon", "following_accounts.csv"));

        var folder = Run.Import(Path.Combine(temp.Path, "mastodon"));
        var snapshot = Assert.Single(folder.Snapshots);

        Assert.Contains(folder.Files, f => f.Path.Contains(".tar.gz!/outbox.json", StringComparison.Ordinal));
        Assert.Contains(snapshot.Interactions, i => i.Channel == InteractionChannel.Mention);
        Assert.Equal(5, snapshot.Counts.Following);
    }

    [Fact]
    public void Several_address_books_are_unioned()
    {
        var phone = Fixtures.Path("AddressBook/vcard-2.1");
        var google = Fixtures.Path("AddressBook/google-csv/current");

        var summary = Run.Inspect(phone, google);

        Assert.Equal(Run.Inspect(phone).Counts(Platform.AddressBook).Connections + Run.Inspect(google).Counts(Platform.AddressBook).Connections,
            summary.Counts(Platform.AddressBook).Connections);
        Assert.Equal(1, summary.Platforms[0].Snapshots);
    }

    [Fact]
    public void The_same_address_book_given_twice_counts_once()
    {
        var takeout = Fixtures.Path("AddressBook/vcard-3.0");

        Assert.Equal(Run.Inspect(takeout).Counts(Platform.AddressBook), Run.Inspect(takeout, takeout).Counts(Platform.AddressBook));
    }

    [Fact]
    public void Address_book_outputs_do_not_depend_on_thread_timing()
    {
        var inputs = new[] { Fixtures.Path("AddressBook/vcard-3.0"), Fixtures.Path("AddressBook/vcard-2.1"), Fixtures.Path("AddressBook/vcard-3.0") };

        var runs = Enumerable.Range(0, 8)
            .Select(_ => Run.Import(inputs))
            .Select(r => string.Join('\n', r.Snapshots.SelectMany(s => s.Ties).Select(t => t.Ref())) + string.Join('\n', r.Files.Select(f => f.Records)))
            .ToList();

        Assert.Single(runs.Distinct());
    }
}
