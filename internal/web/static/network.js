// network.js: the actor network. Nodes are actors, edges dyads weighted
// by their event count and coloured by mean Goldstein value (red for
// conflict, green for cooperation). Clicking a node filters by it.
"use strict";
(function (S) {
  S.drawNetwork = function (node, data, onSelect) {
    if (S.cy) { S.cy.destroy(); S.cy = null; }
    S.clear(node);
    node.dataset.nodes = data.nodes.length;
    node.dataset.edges = data.edges.length;
    if (data.edges.length === 0) {
      node.appendChild(S.el("p", { class: "empty" }, "No events with both actors for these filters."));
      return;
    }
    const maxEvents = Math.max(...data.nodes.map(n => n.events));
    const maxCount = Math.max(...data.edges.map(e => e.count));
    const elements = [];
    for (const n of data.nodes) {
      elements.push({ data: { id: n.id, label: n.label === n.id ? n.id : n.label + " (" + n.id + ")",
        size: 14 + 30 * Math.sqrt(n.events / maxEvents) } });
    }
    data.edges.forEach((e, i) => {
      elements.push({ data: { id: "e" + i, source: e.source, target: e.target, count: e.count,
        width: 1 + 7 * Math.sqrt(e.count / maxCount), color: S.goldsteinColor(e.mean_goldstein),
        label: e.count + " · " + e.mean_goldstein.toFixed(1) } });
    });
    S.cy = cytoscape({
      container: node,
      elements,
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)",
          "background-color": "#46546b", "font-size": 10, color: "#222", "text-valign": "bottom", "text-margin-y": 3 } },
        { selector: "edge", style: { width: "data(width)", "line-color": "data(color)",
          "target-arrow-color": "data(color)", "target-arrow-shape": "triangle", "curve-style": "bezier",
          opacity: 0.85 } },
        { selector: "edge:selected", style: { label: "data(label)", "font-size": 9 } },
      ],
    });
    S.cy.on("tap", "node", ev => onSelect(ev.target.id()));
  };
})(window.sitrep);
