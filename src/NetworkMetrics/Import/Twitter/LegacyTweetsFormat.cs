using System.Globalization;

namespace NetworkMetrics.Import.Twitter;

/// <summary>
/// The tweet archive of before the current format: monthly <c>data/js/tweets/YYYY_MM.js</c>
/// files (<c>Grailbird.data.tweets_YYYY_MM = […]</c>, 2012–2019) and, before about August 2018,
/// <c>tweets.csv</c> beside them. Recognised but not described in the field notes, so never
/// guessed at: ONE info diagnostic per input (on its first such file, whatever the number of
/// monthly files) says so; the files count as recognised, with no records.
/// </summary>
internal sealed class LegacyTweetsFormat : ExportFormat
{
    public override Platform Platform => Platform.Twitter;

    public override string Id => "twitter.legacy-tweets";

    public override PathMatch MatchPath(string path, string name) =>
        TwitterNames.IsGrailbirdMonth(path) ? PathMatch.Yes : name == "tweets.csv" ? PathMatch.IfContent : PathMatch.No;

    public override bool MatchContent(ReadOnlySpan<byte> head)
    {
        var line = head.IndexOfAny((byte)'\r', (byte)'\n') is var end and >= 0 ? head[..end] : head;
        return line.IndexOf("tweet_id"u8) >= 0 && line.IndexOf("in_reply_to_status_id"u8) >= 0;
    }

    public override void Parse(Stream stream, ParseContext context)
    {
        var path = context.Entry.Path.ToLowerInvariant();
        var csv = !TwitterNames.IsGrailbirdMonth(path);
        context.Format = Id + (csv ? ".csv" : ".grailbird");
        var months = 0;
        var hasCsv = false;
        string? first = null;
        foreach (var entry in context.Snapshot.Entries)
        {
            var entryPath = entry.Path.ToLowerInvariant();
            var month = TwitterNames.IsGrailbirdMonth(entryPath);
            var isCsv = !month && entry.Name.Equals("tweets.csv", StringComparison.OrdinalIgnoreCase);
            if (!month && !isCsv)
            {
                continue;
            }

            months += month ? 1 : 0;
            hasCsv |= isCsv;
            if (first is null || string.CompareOrdinal(entry.Path, first) < 0)
            {
                first = entry.Path;
            }
        }

        if (first is not null && !string.Equals(first, context.Entry.Path, StringComparison.Ordinal))
        {
            return;
        }

        var what = new List<string>();
        if (months > 0 || !csv)
        {
            what.Add(string.Create(CultureInfo.InvariantCulture, $"{Math.Max(months, 1)} monthly file(s) data/js/tweets/YYYY_MM.js"));
        }

        if (hasCsv || csv)
        {
            what.Add("tweets.csv");
        }

        context.Report(DiagnosticSeverity.Info, "twitter.unsupported-generation",
            $"recognised the X tweet archive of 2012–2019 ({string.Join(" and ", what)}): this generation is not supported, so its tweets were not read (no replies or mentions from it); the current archive (data/tweets.js) is");
    }
}
