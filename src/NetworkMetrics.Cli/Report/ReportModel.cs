using System.Collections.Immutable;

namespace NetworkMetrics.Cli.Report;

/// <summary>
/// Everything the offline HTML report shows, as plain values (numbers, strings, calendar days): the CLI maps the
/// library's results into it and <see cref="HtmlReport.Render"/> turns it into one self-contained page. It holds no
/// message text by design (the report is private data on disk); a pseudonymised run simply puts pseudonyms in the
/// names. Empty arrays mean "nothing to show" and each section then says so.
/// </summary>
/// <param name="Title">The page's title, e.g. <c>Network report</c>.</param>
/// <param name="Owner">The owner's name as the exports state it (or a pseudonym).</param>
/// <param name="AsOf">The day the scores and statistics are computed as of.</param>
internal sealed record ReportModel(string Title, string Owner, DateOnly AsOf)
{
    /// <summary>The reset day of the rebuild, if any.</summary>
    public DateOnly? Reset { get; init; }

    /// <summary>Whether <see cref="Reset"/> was inferred from the exports rather than given.</summary>
    public bool ResetInferred { get; init; }

    /// <summary>
    /// Whether before exports were given. Without them the report shows what exists (network, scores, layers, today)
    /// and says what a before export would add.
    /// </summary>
    public bool HasBeforeExport { get; init; }

    /// <summary>The network as it is now: one row per platform of the current exports.</summary>
    public ImmutableArray<PlatformNetwork> Networks { get; init; } = [];

    /// <summary>Network-wide numbers from the scoring (quality-weighted size, give/get, concentration).</summary>
    public NetworkSummary Summary { get; init; } = NetworkSummary.Empty;

    /// <summary>The rebuild per platform (regrowth, fit, projection, reconnection curve, quality recovered).</summary>
    public ImmutableArray<PlatformRebuild> Rebuild { get; init; } = [];

    /// <summary>The layer circles, innermost first (nominal sizes 5, 15, 50, 150, 500, 1500).</summary>
    public ImmutableArray<LayerCircle> Layers { get; init; } = [];

    /// <summary>The highest-scored contacts, best first, with their factors and give/get.</summary>
    public ImmutableArray<TopContact> TopContacts { get; init; } = [];

    /// <summary>What the owner gives against what comes back, overall, by kind (conversations started, replies, …).</summary>
    public ImmutableArray<GiveGetKind> GiveGetByKind { get; init; } = [];

    /// <summary>The overdue list: people past the expected contact interval of their layer, most overdue first.</summary>
    public ImmutableArray<OverdueContact> Overdue { get; init; } = [];

    /// <summary>The today list: concrete actions, in rank order.</summary>
    public ImmutableArray<TodayItem> Today { get; init; } = [];

    /// <summary>The import's diagnostics (skipped records, unknown files, …).</summary>
    public ImmutableArray<ReportDiagnostic> Diagnostics { get; init; } = [];
}
