// timeline.js: events per day or week, stacked by QuadClass, with a brush
// that narrows every other view to the selected dates.
"use strict";
(function (S) {
  S.drawTimeline = function (node, data, onBrush) {
    S.clear(node);
    const rows = data.rows || [];
    node.dataset.buckets = rows.length;
    if (rows.length === 0) {
      node.appendChild(S.el("p", { class: "empty" }, "No dated events for these filters."));
      return;
    }
    const width = node.clientWidth || 900, height = 220;
    const m = { top: 10, right: 10, bottom: 24, left: 36 };
    const parse = d3.utcParse("%Y-%m-%d"), fmt = d3.utcFormat("%Y-%m-%d");
    const step = data.bucket === "week" ? d3.utcWeek : d3.utcDay;
    const series = d3.stack().keys([1, 2, 3, 4, 0]).value((r, k) => r.quad[k])(rows);
    const first = parse(rows[0].bucket), last = parse(rows[rows.length - 1].bucket);
    const x = d3.scaleUtc().domain([first, d3.utcDay.offset(last, data.bucket === "week" ? 7 : 1)])
      .range([m.left, width - m.right]);
    const ymax = d3.max(rows, r => r.quad.reduce((a, b) => a + b, 0));
    const y = d3.scaleLinear().domain([0, ymax]).nice().range([height - m.bottom, m.top]);
    const svg = d3.select(node).append("svg").attr("viewBox", [0, 0, width, height]).attr("width", width).attr("height", height);
    const bw = Math.max(1, x(step.offset(first, 1)) - x(first) - 1);
    svg.append("g").selectAll("g").data(series).join("g")
      .attr("fill", s => S.quadColors[s.key])
      .selectAll("rect").data(s => s.map(d => Object.assign(d, { key: s.key }))).join("rect")
      .attr("class", "bar")
      .attr("x", d => x(parse(d.data.bucket)))
      .attr("y", d => y(d[1]))
      .attr("height", d => Math.max(0, y(d[0]) - y(d[1])))
      .attr("width", bw)
      .append("title").text(d => d.data.bucket + ": " + (d[1] - d[0]) + " " + S.quadNames[d.key]);
    svg.append("g").attr("transform", `translate(0,${height - m.bottom})`).call(d3.axisBottom(x).ticks(width / 90));
    svg.append("g").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(4));
    const brush = d3.brushX().extent([[m.left, m.top], [width - m.right, height - m.bottom]])
      .on("end", ev => {
        if (!ev.sourceEvent) return; // moved by code, not by the user
        if (!ev.selection) { onBrush(null); return; }
        const [a, b] = ev.selection.map(x.invert);
        onBrush({ from: fmt(a), to: fmt(d3.utcDay.offset(b, -1) < a ? a : d3.utcDay.offset(b, -1)) });
      });
    const g = svg.append("g").attr("class", "brush").call(brush);
    if (S.state.brush) {
      g.call(brush.move, [x(parse(S.state.brush.from)), x(d3.utcDay.offset(parse(S.state.brush.to), 1))]);
    }
    S.timelineBrush = { brush, g, x, parse };
  };
})(window.sitrep);
