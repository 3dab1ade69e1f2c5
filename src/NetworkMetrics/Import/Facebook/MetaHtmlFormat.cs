using System.Collections.Immutable;

namespace NetworkMetrics.Import.Facebook;

/// <summary>
/// A Facebook or Instagram export downloaded in HTML rather than JSON. Its markup changes with
/// every export, so it is not read; it is recognised so that the user learns, in one error per
/// export, to request it again in JSON, instead of hearing that nothing was recognised.
/// </summary>
/// <remarks>
/// <para>Recognised: the HTML twin of every JSON file the platform's formats read
/// (<c>friends/friends.html</c>, <c>connections/followers_and_following/followers_1.html</c>,
/// <c>messages/inbox/…/message_1.html</c>…), and the export's entry page (<c>index.html</c>,
/// <c>start_here.html</c>, at the root or in one top folder) when its first bytes name the platform.
/// Where a path is shared by both platforms, the first bytes decide (the platform's name in the page).</para>
/// <para>One error per export: the files of a snapshot share its <see cref="SnapshotState"/>, and
/// the first of its HTML files in path order makes the report, the same file in every run. The HTML formats run after every JSON file
/// (phase 2): when the snapshot also holds the platform's JSON files, the HTML pages beside them are
/// passed over silently.</para>
/// </remarks>
internal sealed class MetaHtmlFormat(Platform platform, ImmutableArray<ExportFormat> jsonFormats) : ExportFormat
{
    private readonly string _word = platform == Platform.Instagram ? "Instagram" : "Facebook";

    public override Platform Platform => platform;

    public override string Id { get; } = platform == Platform.Instagram ? "instagram.html-export" : "facebook.html-export";

    public override int Phase => 2;

    public override PathMatch MatchPath(string path, string name)
    {
        var extension = name.EndsWith(".html", StringComparison.Ordinal) ? ".html" : name.EndsWith(".htm", StringComparison.Ordinal) ? ".htm" : null;
        if (extension is null)
        {
            return PathMatch.No;
        }

        if ((name is "index.html" or "index.htm" or "start_here.html") && path.Count(c => c == '/') <= 1)
        {
            return PathMatch.IfContent;
        }

        if (platform == Platform.Facebook && (path.EndsWith("html/friends.htm", StringComparison.Ordinal) || path.EndsWith("html/messages.htm", StringComparison.Ordinal)))
        {
            // The 2010–2017 exports: index.htm and an html/ folder.
            return PathMatch.Yes;
        }

        var twinPath = path[..^extension.Length] + ".json";
        var twinName = name[..^extension.Length] + ".json";
        var result = PathMatch.No;
        foreach (var format in jsonFormats)
        {
            switch (format.MatchPath(twinPath, twinName))
            {
                case PathMatch.Yes:
                    return PathMatch.Yes;
                case PathMatch.IfContent:
                    result = PathMatch.IfContent;
                    break;
            }
        }

        return result;
    }

    public override bool MatchContent(ReadOnlySpan<byte> head) =>
        platform == Platform.Instagram
            ? MetaPaths.ContainsIgnoreCase(head, "instagram"u8)
            : MetaPaths.ContainsIgnoreCase(head, "facebook"u8) && !MetaPaths.ContainsIgnoreCase(head, "instagram"u8);

    public override void Parse(Stream stream, ParseContext context)
    {
        var seen = platform == Platform.Instagram ? MetaJson.InstagramJsonSeen : MetaJson.FacebookJsonSeen;
        var claim = Id + ".reported";
        if (context.Snapshot.Get<object>(seen) is not null)
        {
            context.Format = Id + ".beside-json";
            return;
        }

        // The same file reports in every run: the first of the snapshot's pages in path order
        // (files run in parallel, so "the first to get here" would vary from run to run).
        var pages = context.Snapshot.Files.Where(f => ReferenceEquals(f.Format, this)).Select(f => f.Entry).ToList();
        if (pages.Count > 0)
        {
            if (!ReferenceEquals(pages.MinBy(e => e.DisplayPath, StringComparer.Ordinal), context.Entry))
            {
                return;
            }
        }
        else
        {
            // Files unknown (a parser run on its own): the first to claim the report makes it.
            // SnapshotState's own lock is private: locking the instance itself serialises the claim only.
            lock (context.Snapshot)
            {
                if (context.Snapshot.Get<object>(claim) is not null)
                {
                    return;
                }

                context.Snapshot.Set(claim, claim);
            }
        }

        var where = platform == Platform.Instagram
            ? "Instagram (Accounts Center › Your information and permissions › Download your information)"
            : "Facebook (Settings › Accounts Center › Your information and permissions › Download your information)";
        context.Report(DiagnosticSeverity.Error, Id,
            $"this is {(platform == Platform.Instagram ? "an" : "a")} {_word} export in HTML format, which cannot be read (its pages change with every export): request your information again from {where} and choose the JSON format");
    }
}
