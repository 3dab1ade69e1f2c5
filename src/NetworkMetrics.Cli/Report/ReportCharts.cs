using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace NetworkMetrics.Cli.Report;

/// <summary>
/// The chart specifications of one page, written as the JSON data block that <c>report.js</c> draws from: each chart
/// gets an id (its canvas's) and a kind. Days are written as days since 1970-01-01 (the script formats them as ISO
/// dates). The writer's default encoder escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so the block cannot close
/// its script element whatever the names hold.
/// </summary>
internal sealed class ReportCharts : IDisposable
{
    private static readonly int s_epochDay = new DateOnly(1970, 1, 1).DayNumber;

    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;
    private int _count;

    public ReportCharts()
    {
        _json = new Utf8JsonWriter(_buffer);
        _json.WriteStartObject();
        _json.WriteStartArray("charts");
    }

    /// <summary>How many charts were added.</summary>
    public int Count => _count;

    /// <summary>A regrowth chart: the observed cumulative series, the fitted curve, the projection band, the baseline.</summary>
    public string Regrowth(string unit, int baseline, ImmutableArray<CountPoint> observed, RegrowthFit? fit)
    {
        var id = Start("regrowth");
        _json.WriteString("unit", unit);
        _json.WriteNumber("baseline", baseline);
        _json.WriteString("model", fit?.Model ?? string.Empty);
        Points("observed", observed);
        var drawn = fit is { Status: not ProjectionStatus.NotConverged };
        Points("curve", drawn ? fit!.Curve.OrEmpty() : []);
        _json.WriteStartArray("band");
        foreach (var p in drawn ? fit!.Band.OrEmpty() : [])
        {
            _json.WriteStartArray();
            _json.WriteNumberValue(Day(p.Date));
            Number(p.Lower);
            Number(p.Upper);
            _json.WriteEndArray();
        }

        _json.WriteEndArray();
        return End(id);
    }

    /// <summary>A Kaplan–Meier chart: rows (t, S, lower, upper), already completed with t = 0 and the follow-up end.</summary>
    public string Survival(IReadOnlyList<SurvivalPoint> points)
    {
        var id = Start("survival");
        _json.WriteStartArray("points");
        foreach (var p in points)
        {
            _json.WriteStartArray();
            Number(p.T);
            Number(p.Survival);
            Number(p.Lower);
            Number(p.Upper);
            _json.WriteEndArray();
        }

        _json.WriteEndArray();
        return End(id);
    }

    /// <summary>
    /// A bar chart (<paramref name="kind"/>: <c>recovery</c>, <c>factors</c>, <c>giveget</c>): one label per bar group,
    /// one series per colour. <paramref name="rowHeightRem"/> &gt; 0 makes the chart grow with its rows.
    /// </summary>
    public string Bars(string kind, string valueTitle, IReadOnlyList<string> labels, IReadOnlyList<(string Label, double[] Values)> series, double rowHeightRem = 0)
    {
        var id = Start(kind);
        _json.WriteString("valueTitle", valueTitle);
        if (rowHeightRem > 0)
        {
            _json.WriteNumber("rows", labels.Count);
            _json.WriteNumber("rowHeight", rowHeightRem);
        }

        _json.WriteStartArray("labels");
        foreach (var label in labels)
        {
            _json.WriteStringValue(label);
        }

        _json.WriteEndArray();
        _json.WriteStartArray("series");
        foreach (var (label, values) in series)
        {
            _json.WriteStartObject();
            _json.WriteString("label", label);
            _json.WriteStartArray("values");
            foreach (var v in values)
            {
                Number(v);
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        return End(id);
    }

    /// <summary>Closes the block and returns its JSON text.</summary>
    public string ToJson()
    {
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    /// <inheritdoc/>
    public void Dispose() => _json.Dispose();

    private static int Day(DateOnly date) => date.DayNumber - s_epochDay;

    /// <summary>A number, or null (a gap in the chart) where it is not finite: JSON has no NaN.</summary>
    private void Number(double value)
    {
        if (double.IsFinite(value))
        {
            _json.WriteNumberValue(value);
        }
        else
        {
            _json.WriteNullValue();
        }
    }

    private string Start(string kind)
    {
        var id = "chart-" + (++_count).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _json.WriteStartObject();
        _json.WriteString("id", id);
        _json.WriteString("kind", kind);
        return id;
    }

    private string End(string id)
    {
        _json.WriteEndObject();
        return id;
    }

    private void Points(string name, ImmutableArray<CountPoint> points)
    {
        _json.WriteStartArray(name);
        foreach (var p in points.OrEmpty())
        {
            _json.WriteStartArray();
            _json.WriteNumberValue(Day(p.Date));
            Number(p.Count);
            _json.WriteEndArray();
        }

        _json.WriteEndArray();
    }
}
