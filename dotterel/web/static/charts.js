/* dotterel dashboard charts: a timeline of QuadClass counts with the Goldstein sum and alert markers.
   Plain SVG, no library; reads its data from <script type="application/json" id="timeline-data">. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var QUADS = [
    ["verbal_coop", "q1", "verbal cooperation"], ["material_coop", "q2", "material cooperation"],
    ["verbal_conflict", "q3", "verbal conflict"], ["material_conflict", "q4", "material conflict"]
  ];

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function text(parent, x, y, value, cls, anchor) {
    var node = el("text", {x: x, y: y, "class": cls || "tick", "text-anchor": anchor || "middle"}, parent);
    node.textContent = value;
    return node;
  }

  function niceMax(value) {
    if (value <= 1) { return 1; }
    var power = Math.pow(10, Math.floor(Math.log10(value)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] * power >= value) { return steps[i] * power; }
    }
    return 10 * power;
  }

  function periodIndex(periods, day) {
    var found = -1;
    for (var i = 0; i < periods.length; i++) { if (periods[i] <= day) { found = i; } }
    return found;
  }

  function drawTimeline(box, data) {
    var series = data.series || [], alerts = data.alerts || [];
    if (!series.length) { box.textContent = "No factual events for this pair in the selected period."; return; }
    var width = Math.max(box.clientWidth || 900, 480), height = 280;
    var m = {left: 44, right: 52, top: 18, bottom: 30};
    var plotW = width - m.left - m.right, plotH = height - m.top - m.bottom;
    var svg = el("svg", {id: "timeline-svg", width: width, height: height, viewBox: "0 0 " + width + " " + height,
      role: "img", "aria-label": "timeline", "data-periods": series.length}, box);
    var totals = series.map(function (row) {
      return QUADS.reduce(function (sum, q) { return sum + (row[q[0]] || 0); }, 0);
    });
    var yMax = niceMax(Math.max.apply(null, totals.concat([1])));
    var gMax = niceMax(Math.max.apply(null, series.map(function (r) { return Math.abs(r.goldstein_sum || 0); }).concat([1])));
    var step = plotW / series.length, barW = Math.min(Math.max(step - (step > 4 ? 1 : 0), 2), 36);
    var inset = (step - barW) / 2;
    var y = function (v) { return m.top + plotH - (v / yMax) * plotH; };
    var g = function (v) { return m.top + plotH / 2 - (v / gMax) * (plotH / 2); };
    drawAxes(svg, m, plotW, plotH, yMax, gMax, y, g);
    var bars = el("g", {"class": "bars"}, svg);
    series.forEach(function (row, i) {
      var base = 0, x = m.left + i * step + inset;
      QUADS.forEach(function (q) {
        var value = row[q[0]] || 0;
        if (value > 0) {
          el("rect", {x: x, y: y(base + value), width: barW, height: y(base) - y(base + value), "class": "bar " + q[1]}, bars);
          base += value;
        }
      });
      var hover = el("rect", {x: m.left + i * step, y: m.top, width: step, height: plotH, "class": "hover"}, bars);
      el("title", {}, hover).textContent = row.period + ": " + totals[i] + " events (" +
        QUADS.map(function (q) { return (row[q[0]] || 0) + " " + q[2]; }).join(", ") + "); Goldstein sum " +
        (row.goldstein_sum || 0);
    });
    var points = series.map(function (row, i) {
      return (m.left + (i + 0.5) * step).toFixed(1) + "," + g(row.goldstein_sum || 0).toFixed(1);
    });
    el("polyline", {points: points.join(" "), "class": "goldstein"}, svg);
    drawTicks(svg, series, m, step, plotH);
    drawAlerts(svg, series, alerts, m, step, plotH);
  }

  function drawAxes(svg, m, plotW, plotH, yMax, gMax, y, g) {
    var axes = el("g", {"class": "axes"}, svg);
    [0, yMax / 2, yMax].forEach(function (v) {
      el("line", {x1: m.left, x2: m.left + plotW, y1: y(v), y2: y(v), "class": "grid"}, axes);
      text(axes, m.left - 6, y(v) + 4, String(Math.round(v * 10) / 10), "tick", "end");
    });
    [-gMax, 0, gMax].forEach(function (v) {
      text(axes, m.left + plotW + 6, g(v) + 4, String(Math.round(v)), "tick goldstein-tick", "start");
    });
    el("line", {x1: m.left, x2: m.left + plotW, y1: g(0), y2: g(0), "class": "zero"}, axes);
    text(axes, 4, m.top - 6, "events", "axis-label", "start");
    text(axes, m.left + plotW + 50, m.top - 6, "Goldstein", "axis-label", "end");
  }

  function drawTicks(svg, series, m, step, plotH) {
    var ticks = el("g", {"class": "x-ticks"}, svg), every = Math.max(1, Math.ceil(series.length / 8));
    for (var i = 0; i < series.length; i += every) {
      var x = m.left + (i + 0.5) * step;
      el("line", {x1: x, x2: x, y1: m.top + plotH, y2: m.top + plotH + 4, "class": "grid"}, ticks);
      text(ticks, x, m.top + plotH + 17, series[i].period);
    }
  }

  function drawAlerts(svg, series, alerts, m, step, plotH) {
    var periods = series.map(function (row) { return row.period; });
    var layer = el("g", {"class": "alerts"}, svg);
    alerts.forEach(function (alert) {
      var index = alert.date ? periodIndex(periods, alert.date) : -1;
      if (index < 0) { return; }
      var x = m.left + (index + 0.5) * step;
      var marker = el("g", {"class": "alert-marker", "data-date": alert.date}, layer);
      el("line", {x1: x, x2: x, y1: m.top, y2: m.top + plotH, "class": "alert-line"}, marker);
      el("path", {d: "M" + (x - 5) + " " + (m.top - 8) + "L" + (x + 5) + " " + (m.top - 8) + "L" + x + " " + m.top + "Z",
        "class": "alert-head"}, marker);
      el("title", {}, marker).textContent = "alert " + alert.date + (alert.severity != null ? " (" + alert.severity + ")" : "") +
        (alert.reason ? ": " + alert.reason : "");
    });
  }

  function start() {
    var box = document.getElementById("timeline"), source = document.getElementById("timeline-data");
    if (box && source) { drawTimeline(box, JSON.parse(source.textContent)); }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
