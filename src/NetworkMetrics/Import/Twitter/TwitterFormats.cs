using System.Collections.Immutable;

namespace NetworkMetrics.Import.Twitter;

/// <summary>
/// The X / Twitter file families the library reads, in detection order: the legacy tweet
/// archive and the manifest first, then each data type by file name, then each data type by the
/// <c>window.YTD.&lt;name&gt;.partN</c> wrapper of a <c>.js</c> file of any other name.
/// </summary>
internal static class TwitterFormats
{
    public static ImmutableArray<ExportFormat> All { get; } =
    [
        new LegacyTweetsFormat(),
        new ManifestFormat(),
        .. DataTypes(byContent: false),
        .. DataTypes(byContent: true),
    ];

    private static ExportFormat[] DataTypes(bool byContent) =>
    [
        new AccountFormat(byContent),
        new FollowFormat(followers: false, byContent),
        new FollowFormat(followers: true, byContent),
        new DirectMessagesFormat(byContent),
        new GroupMessagesFormat(byContent),
        new TweetsFormat(byContent),
        new NoteTweetFormat(byContent),
    ];
}
