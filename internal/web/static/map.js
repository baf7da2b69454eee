// map.js: event locations on the world map. The geometry (Natural Earth
// via world-atlas) is embedded; circles grow with the number of events and
// take the mean Goldstein colour.
"use strict";
(function (S) {
  let world = null;

  async function loadWorld(node) {
    if (world) return world;
    const res = await fetch(node.dataset.world);
    const topo = await res.json();
    world = topojson.feature(topo, topo.objects.countries);
    return world;
  }

  S.drawMap = async function (node, data) {
    const countries = await loadWorld(node);
    S.clear(node);
    const pts = data.points || [];
    node.dataset.points = pts.length;
    const width = node.clientWidth || 500, height = 320;
    const proj = d3.geoNaturalEarth1();
    if (pts.length > 0) {
      // Frame the events, with a margin of a few degrees around them.
      const lons = pts.map(p => p.lon), lats = pts.map(p => p.lat);
      const pad = 4;
      const box = { type: "MultiPoint", coordinates: [
        [Math.min(...lons) - pad, Math.min(...lats) - pad], [Math.max(...lons) + pad, Math.max(...lats) + pad]] };
      proj.fitExtent([[10, 10], [width - 10, height - 10]], box);
    } else {
      proj.fitSize([width, height], countries);
    }
    const path = d3.geoPath(proj);
    const svg = d3.select(node).append("svg").attr("viewBox", [0, 0, width, height]).attr("width", width).attr("height", height);
    svg.append("g").selectAll("path").data(countries.features).join("path")
      .attr("class", "country").attr("d", path)
      .append("title").text(d => d.properties.name);
    const max = d3.max(pts, p => p.count) || 1;
    svg.append("g").selectAll("circle").data(pts).join("circle")
      .attr("class", "place")
      .attr("cx", p => proj([p.lon, p.lat])[0])
      .attr("cy", p => proj([p.lon, p.lat])[1])
      .attr("r", p => 4 + 14 * Math.sqrt(p.count / max))
      .attr("fill", p => S.goldsteinColor(p.goldstein))
      .append("title").text(p => p.location + ": " + p.count + " events, mean Goldstein " + p.goldstein);
    if (pts.length === 0) {
      node.appendChild(S.el("p", { class: "empty" }, "No located events for these filters."));
    }
    const note = [];
    if (data.unplaced) note.push(data.unplaced + " events at places the gazetteer does not know");
    if (data.no_location) note.push(data.no_location + " without a place");
    if (note.length) node.appendChild(S.el("p", { class: "muted small" }, note.join("; ")));
  };
})(window.sitrep);
