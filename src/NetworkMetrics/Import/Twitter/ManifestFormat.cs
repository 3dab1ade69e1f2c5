using System.Globalization;
using System.Text.Json;

namespace NetworkMetrics.Import.Twitter;

/// <summary>One part as <c>data/manifest.js</c> lists it.</summary>
internal sealed record ManifestPart(string DataType, string FileName, string? GlobalName, long? Count, TwitterDataType? Type);

/// <summary>The parsed <c>data/manifest.js</c>, kept in the snapshot for the other files.</summary>
internal sealed class TwitterManifest
{
    private readonly Dictionary<string, ManifestPart> _byPath = new(StringComparer.Ordinal);

    /// <summary>The archive root the manifest's file names are relative to (lower case, ending in '/' or empty).</summary>
    public string Root { get; init; } = string.Empty;

    public List<ManifestPart> Parts { get; } = [];

    public void Add(ManifestPart part)
    {
        Parts.Add(part);
        _byPath.TryAdd(Root + part.FileName.ToLowerInvariant(), part);
    }

    /// <summary>The part of an entry path (any case), when the manifest lists it.</summary>
    public ManifestPart? Find(string path) => _byPath.GetValueOrDefault(path.ToLowerInvariant());

    /// <summary>Warns when the manifest states another record count for the file being parsed.</summary>
    public static void CheckCount(ParseContext context, long items)
    {
        if (context.Snapshot.Get<TwitterManifest>(TwitterState.Manifest)?.Find(context.Entry.Path) is { Count: { } count } part && count != items)
        {
            context.Report(DiagnosticSeverity.Warning, "twitter.manifest-count", string.Create(CultureInfo.InvariantCulture,
                $"the manifest (data/manifest.js) lists {count} record(s) for {part.FileName} but the file holds {items}: the export is incomplete (truncated) or the file was changed"));
        }
    }
}

/// <summary>
/// <c>data/manifest.js</c> (<c>window.__THAR_CONFIG = { … }</c>, since 2020): the owner
/// (<c>userInfo</c>), the export's date (<c>archiveInfo.generationDate</c>) and the list of
/// parts of every data type. Phase 0: the other files use it (count checks); parts it lists
/// that the archive lacks are reported here.
/// </summary>
internal sealed class ManifestFormat : ExportFormat
{
    public const int OwnerConfidence = 90;

    public override Platform Platform => Platform.Twitter;

    public override string Id => "twitter.manifest";

    public override int Phase => 0;

    public override PathMatch MatchPath(string path, string name) => name == "manifest.js" ? PathMatch.IfContent : PathMatch.No;

    public override bool MatchContent(ReadOnlySpan<byte> head) => TwitterNames.ReadHead(head, out _) == HeadKind.Manifest;

    public override void Parse(Stream stream, ParseContext context)
    {
        var path = context.Entry.Path.ToLowerInvariant();
        var manifest = new TwitterManifest
        {
            Root = path.EndsWith("data/manifest.js", StringComparison.Ordinal) ? path[..^"data/manifest.js".Length] : path[..(path.LastIndexOf('/') + 1)],
        };
        string? accountId = null, userName = null, displayName = null;
        var json = JsonStreamReader.Create(stream, context, javaScript: true);
        try
        {
            if (!json.Read())
            {
                context.Format = Id + ".empty";
                return;
            }

            if (json.TokenType != JsonTokenType.StartObject)
            {
                throw context.Fail("twitter.manifest-not-object", "expected window.__THAR_CONFIG = { … }", offset: json.Offset);
            }

            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                if (json.ValueTextEquals("userInfo"u8))
                {
                    ReadUserInfo(ref json, ref accountId, ref userName, ref displayName);
                }
                else if (json.ValueTextEquals("archiveInfo"u8))
                {
                    ReadArchiveInfo(ref json, context);
                }
                else if (json.ValueTextEquals("dataTypes"u8))
                {
                    ReadDataTypes(ref json, manifest);
                }
                else
                {
                    json.Skip();
                }
            }
        }
        finally
        {
            json.Dispose();
        }

        context.Format = Id;
        context.Snapshot.Set(TwitterState.Manifest, manifest);
        context.Kept();
        if (accountId is not null)
        {
            context.SetOwner(TwitterIds.Account(accountId, userName, Text.Identifiers.CleanName(displayName)), OwnerConfidence);
        }

        ReportMissingParts(context, manifest);
    }

    private static void ReportMissingParts(ParseContext context, TwitterManifest manifest)
    {
        if (context.Snapshot.Entries.Count == 0)
        {
            return;
        }

        var present = new HashSet<string>(context.Snapshot.Entries.Select(e => e.Path.ToLowerInvariant()), StringComparer.Ordinal);
        foreach (var part in manifest.Parts)
        {
            if (part.Type is not null && !present.Contains(manifest.Root + part.FileName.ToLowerInvariant()))
            {
                var count = part.Count is { } n ? string.Create(CultureInfo.InvariantCulture, $" ({n} record(s))") : string.Empty;
                context.Report(DiagnosticSeverity.Warning, "twitter.manifest-missing-part",
                    $"the manifest lists {part.FileName}{count} but the archive does not hold it: the export is incomplete and those records are missing");
            }
        }
    }

    private static void ReadUserInfo(ref JsonStreamReader json, ref string? accountId, ref string? userName, ref string? displayName)
    {
        json.Read();
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.Skip();
            return;
        }

        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.ValueTextEquals("accountId"u8))
            {
                accountId = TwitterJson.Id(ref json, out var id) ? TwitterIds.Format(id) : null;
            }
            else if (json.ValueTextEquals("userName"u8))
            {
                userName = NullIfBlank(TwitterJson.Text(ref json));
            }
            else if (json.ValueTextEquals("displayName"u8))
            {
                displayName = NullIfBlank(TwitterJson.Text(ref json));
            }
            else
            {
                json.Skip();
            }
        }
    }

    private static void ReadArchiveInfo(ref JsonStreamReader json, ParseContext context)
    {
        json.Read();
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.Skip();
            return;
        }

        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            if (json.ValueTextEquals("generationDate"u8))
            {
                var text = TwitterJson.Text(ref json);
                if (TwitterDates.TryParseIso(text, out var date))
                {
                    context.SetExportDate(date);
                }
                else if (text is not null)
                {
                    context.Report(DiagnosticSeverity.Info, "twitter.bad-date",
                        $"archiveInfo.generationDate '{text}' is not a date (expected e.g. 2023-02-18T12:33:11.000Z); the export's date is unknown");
                }
            }
            else
            {
                json.Skip();
            }
        }
    }

    private static void ReadDataTypes(ref JsonStreamReader json, TwitterManifest manifest)
    {
        json.Read();
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.Skip();
            return;
        }

        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var dataType = json.GetString() ?? string.Empty;
            json.Read();
            if (json.TokenType != JsonTokenType.StartObject)
            {
                json.Skip();
                continue;
            }

            while (json.SeekArrayProperty("files"u8))
            {
                while (json.NextObject())
                {
                    string? fileName = null, globalName = null;
                    long? count = null;
                    while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
                    {
                        if (json.ValueTextEquals("fileName"u8))
                        {
                            fileName = NullIfBlank(TwitterJson.Text(ref json));
                        }
                        else if (json.ValueTextEquals("globalName"u8))
                        {
                            globalName = NullIfBlank(TwitterJson.Text(ref json));
                        }
                        else if (json.ValueTextEquals("count"u8))
                        {
                            TwitterJson.Value(ref json);
                            count = json.TryGetInt64(out var n) && n >= 0 ? n : null;
                        }
                        else
                        {
                            json.Skip();
                        }
                    }

                    if (fileName is not null)
                    {
                        var normalized = fileName.Replace('\\', '/').TrimStart('.', '/');
                        manifest.Add(new ManifestPart(dataType, normalized, globalName, count, TwitterDataType.OfManifestEntry(dataType, globalName)));
                    }
                }
            }
        }
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
