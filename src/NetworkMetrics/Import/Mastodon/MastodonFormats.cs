using System.Collections.Immutable;

namespace NetworkMetrics.Import.Mastodon;

/// <summary>The Mastodon file families the library reads, in detection order.</summary>
internal static class MastodonFormats
{
    public static ImmutableArray<ExportFormat> All { get; } =
    [
        new ActorFormat(),
        new OutboxFormat(),
        new LikesFormat(),
        new AccountListFormat("mastodon.muted", "muted_accounts.csv", TieKind.Muted, "Hide notifications"),
        new AccountListFormat("mastodon.blocked", "blocked_accounts.csv", TieKind.Blocked, secondColumn: null),
        new AccountListFormat("mastodon.following", "following_accounts.csv", TieKind.Following, "Show boosts"),
    ];
}
