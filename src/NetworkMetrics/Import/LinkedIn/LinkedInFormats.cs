using System.Collections.Immutable;

namespace NetworkMetrics.Import.LinkedIn;

/// <summary>The LinkedIn file families the library reads, in detection order.</summary>
internal static class LinkedInFormats
{
    public static ImmutableArray<ExportFormat> All { get; } =
    [
        new ProfileFormat(),
        new OwnerContactsFormat(phones: false),
        new OwnerContactsFormat(phones: true),
        new ConnectionsFormat(),
        new MessagesFormat(),
        new CoachMessagesFormat(),
        new InvitationsFormat(),
        new EndorsementsFormat(received: true),
        new EndorsementsFormat(received: false),
        new RecommendationsFormat(received: true),
        new RecommendationsFormat(received: false),
        new MemberFollowsFormat(),
        new CompanyFollowsFormat(),
    ];
}
