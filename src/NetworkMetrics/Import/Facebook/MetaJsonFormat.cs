namespace NetworkMetrics.Import.Facebook;

/// <summary>
/// A Facebook or Instagram JSON file family: opens the file with <see cref="JsonStreamReader"/>
/// (marking the snapshot as a JSON export, so that HTML twins stay quiet) and hands the reader to
/// <see cref="Read"/>.
/// </summary>
internal abstract class MetaJsonFormat : ExportFormat
{
    public sealed override void Parse(Stream stream, ParseContext context)
    {
        MetaJson.MarkJson(context);
        var json = JsonStreamReader.Create(stream, context);
        try
        {
            Read(ref json, context);
        }
        finally
        {
            json.Dispose();
        }
    }

    /// <summary>Reads the file's records from <paramref name="json"/> into <paramref name="context"/>.</summary>
    protected abstract void Read(ref JsonStreamReader json, ParseContext context);
}
