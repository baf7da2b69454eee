// figures.js: claimed figures over time (trapped, displaced, killed, aid
// and the other categories), each with who claims it, so that competing
// claims about the same thing sit side by side.
"use strict";
(function (S) {
  const cats = ["trapped", "displaced", "killed", "wounded", "missing", "detained", "aid", "people"];
  const colors = d3.scaleOrdinal(cats, ["#7b4fa0", "#2f6fab", "#c8413b", "#e0a030", "#777777", "#8c6d31", "#4c9a5b", "#aaaaaa"]);

  S.drawFigures = function (node, table, data) {
    S.clear(node);
    const body = table.querySelector("tbody");
    S.clear(body);
    // Counts of people without a category still show, as "people", so that
    // claims are visible before the figures stage categorises them.
    const rows = (data.items || []).filter(f => f.published && (f.category || f.unit === "people"))
      .map(f => Object.assign({}, f, { category: f.category || "people" }));
    node.dataset.figures = rows.length;
    if (rows.length === 0) {
      node.appendChild(S.el("p", { class: "empty" }, "No categorised figures for these filters."));
      return;
    }
    const width = node.clientWidth || 900, height = 180, m = { top: 10, right: 120, bottom: 24, left: 56 };
    const parse = d3.utcParse("%Y-%m-%d");
    const x = d3.scaleUtc().domain(d3.extent(rows, r => parse(r.published))).nice().range([m.left, width - m.right]);
    const y = d3.scaleLog().domain([1, Math.max(10, d3.max(rows, r => r.value))]).nice().range([height - m.bottom, m.top]).clamp(true);
    const svg = d3.select(node).append("svg").attr("viewBox", [0, 0, width, height]).attr("width", width).attr("height", height);
    svg.append("g").attr("transform", `translate(0,${height - m.bottom})`).call(d3.axisBottom(x).ticks(width / 100));
    svg.append("g").attr("transform", `translate(${m.left},0)`).call(d3.axisLeft(y).ticks(4, "~s"));
    svg.append("g").selectAll("circle").data(rows).join("circle")
      .attr("class", "figure")
      .attr("cx", r => x(parse(r.published)))
      .attr("cy", r => y(Math.max(1, r.value)))
      .attr("r", 5).attr("fill", r => colors(r.category))
      .append("title").text(r => r.text + " (" + r.category + ") claimed by " + r.claimed_by.by);
    const present = cats.filter(c => rows.some(r => r.category === c));
    const legend = svg.append("g").attr("transform", `translate(${width - m.right + 12},${m.top})`);
    present.forEach((c, i) => {
      const g = legend.append("g").attr("transform", `translate(0,${i * 16})`);
      g.append("circle").attr("r", 5).attr("cx", 5).attr("cy", 5).attr("fill", colors(c));
      g.append("text").attr("x", 14).attr("y", 9).text(c);
    });
    // The table groups figures by category, then date: claims about the
    // same toll appear one under the other.
    const sorted = rows.slice().sort((a, b) => cats.indexOf(a.category) - cats.indexOf(b.category) ||
      a.published.localeCompare(b.published) || a.doc_id.localeCompare(b.doc_id) || a.start - b.start);
    for (const r of sorted) {
      const tr = S.el("tr");
      tr.appendChild(S.el("td", {}, r.published));
      tr.appendChild(S.el("td", {}, r.text));
      tr.appendChild(S.el("td", {}, r.category));
      tr.appendChild(S.el("td", { title: r.claimed_by.how }, r.claimed_by.by));
      const td = S.el("td");
      const a = S.el("a", { href: "#doc=" + encodeURIComponent(r.doc_id) }, r.doc_id);
      td.appendChild(a);
      tr.appendChild(td);
      body.appendChild(tr);
    }
  };
})(window.sitrep);
