// Draws the report's charts with Chart.js from the data block written by HtmlReport (id "report-data").
// No network, no eval, no inline styles: the page's Content-Security-Policy allows only this script and Chart.js.
(function () {
  'use strict';
  var root = document.documentElement;
  var dataBlock = document.getElementById('report-data');
  if (!dataBlock || typeof Chart === 'undefined') {
    root.setAttribute('data-charts', 'failed');
    console.error('netmetrics report: the chart library or the data is missing');
    return;
  }
  var data = JSON.parse(dataBlock.textContent);
  var ink = '#1f1f1f';
  var grid = '#d0d0d0';
  // Okabe–Ito hues, darkened where needed for at least 3:1 against white (WCAG 1.4.11).
  var palette = ['#0072b2', '#c24e00', '#00795b', '#9b4f8a', '#8c6a00', '#4d4d4d'];
  var band = 'rgba(0, 114, 178, 0.18)';

  Chart.defaults.animation = false;
  Chart.defaults.color = ink;
  Chart.defaults.borderColor = grid;
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
  Chart.defaults.font.size = 12;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.responsive = true;
  Chart.defaults.plugins.legend.position = 'bottom';
  Chart.defaults.plugins.legend.labels.boxWidth = 14;

  var dayMs = 86400000;
  function isoDay(epochDay) {
    return new Date(Math.round(epochDay) * dayMs).toISOString().slice(0, 10);
  }
  function xy(points) {
    return points.map(function (p) { return { x: p[0], y: p[1] }; });
  }
  function dayAxis(title, min, max) {
    return {
      type: 'linear',
      min: min,
      max: max,
      title: { display: true, text: title },
      ticks: { maxTicksLimit: 6, includeBounds: false, callback: function (v) { return isoDay(v); } },
      grid: { color: grid }
    };
  }

  function regrowth(spec) {
    var sets = [];
    if (spec.band.length > 0) {
      sets.push({ label: '95% projection band (upper)', data: spec.band.map(function (p) { return { x: p[0], y: p[2] }; }),
        borderColor: 'rgba(0,0,0,0)', backgroundColor: band, pointRadius: 0, fill: false, order: 4 });
      sets.push({ label: '95% projection band', data: spec.band.map(function (p) { return { x: p[0], y: p[1] }; }),
        borderColor: 'rgba(0,0,0,0)', backgroundColor: band, pointRadius: 0, fill: '-1', order: 4 });
    }
    sets.push({ label: 'Observed (cumulative)', data: xy(spec.observed), borderColor: palette[0], backgroundColor: palette[0],
      pointRadius: 0, borderWidth: 2, stepped: 'before', order: 1 });
    if (spec.curve.length > 0) {
      sets.push({ label: 'Fitted: ' + spec.model, data: xy(spec.curve), borderColor: palette[1], backgroundColor: palette[1],
        pointRadius: 0, borderWidth: 2, borderDash: [6, 4], order: 2 });
    }
    var x0 = Infinity, x1 = -Infinity;
    spec.observed.concat(spec.curve, spec.band).forEach(function (p) { x0 = Math.min(x0, p[0]); x1 = Math.max(x1, p[0]); });
    sets.push({ label: 'Baseline (' + spec.baseline + ')', data: [{ x: x0, y: spec.baseline }, { x: x1, y: spec.baseline }],
      borderColor: palette[5], backgroundColor: palette[5], pointRadius: 0, borderWidth: 1.5, borderDash: [2, 3], order: 3 });
    return {
      type: 'line',
      data: { datasets: sets },
      options: {
        parsing: false,
        scales: { x: dayAxis('date', x0, x1), y: { beginAtZero: true, title: { display: true, text: spec.unit } } },
        plugins: {
          legend: { labels: { filter: function (item) { return item.text.indexOf('(upper)') < 0; } } },
          tooltip: { callbacks: { title: function (items) { return items.length ? isoDay(items[0].parsed.x) : ''; } } }
        }
      }
    };
  }

  function survival(spec) {
    var pts = spec.points;
    function col(i) { return pts.map(function (p) { return { x: p[0], y: p[i] }; }); }
    return {
      type: 'line',
      data: {
        datasets: [
          { label: '95% interval (upper)', data: col(3), stepped: 'before', borderColor: 'rgba(0,0,0,0)', backgroundColor: band, pointRadius: 0, fill: false },
          { label: '95% interval', data: col(2), stepped: 'before', borderColor: 'rgba(0,0,0,0)', backgroundColor: band, pointRadius: 0, fill: '-1' },
          { label: 'Not back yet (Kaplan–Meier)', data: col(1), stepped: 'before', borderColor: palette[0], backgroundColor: palette[0], pointRadius: 0, borderWidth: 2 }
        ]
      },
      options: {
        parsing: false,
        scales: {
          x: { type: 'linear', min: 0, title: { display: true, text: 'days since the reset' } },
          y: { min: 0, max: 1, title: { display: true, text: 'share not back yet' },
            ticks: { callback: function (v) { return Math.round(v * 100) + '%'; } } }
        },
        plugins: { legend: { labels: { filter: function (item) { return item.text.indexOf('(upper)') < 0; } } } }
      }
    };
  }

  function bars(spec, horizontal, max, percent) {
    return {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s, i) {
          return { label: s.label, data: s.values, backgroundColor: palette[i % palette.length], borderWidth: 0 };
        })
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        scales: (function () {
          var value = { beginAtZero: true, title: { display: true, text: spec.valueTitle } };
          if (max !== null) { value.max = max; }
          if (percent) { value.ticks = { callback: function (v) { return Math.round(v * 100) + '%'; } }; }
          return horizontal ? { x: value, y: { ticks: { autoSkip: false } } } : { y: value };
        })()
      }
    };
  }

  var made = 0;
  data.charts.forEach(function (spec) {
    var canvas = document.getElementById(spec.id);
    if (!canvas) {
      console.error('netmetrics report: no canvas for chart ' + spec.id);
      return;
    }
    var config;
    switch (spec.kind) {
      case 'regrowth': config = regrowth(spec); break;
      case 'survival': config = survival(spec); break;
      case 'recovery': config = bars(spec, false, 1, true); break;
      case 'factors': config = bars(spec, true, 1, false); break;
      case 'giveget': config = bars(spec, true, null, false); break;
      default: console.error('netmetrics report: unknown chart kind ' + spec.kind); return;
    }
    if (spec.rows) {
      // Horizontal bars: the chart grows with its rows (set through the CSSOM, which the policy allows).
      canvas.parentElement.style.height = Math.max(14, 3 + spec.rows * spec.rowHeight) + 'rem';
    }
    new Chart(canvas, config);
    canvas.parentElement.setAttribute('data-rendered', 'true');
    made++;
  });
  root.setAttribute('data-charts', String(made));
  // Printing needs no redraw: the print style sheet scales the screen's canvases to the paper's width.
})();
