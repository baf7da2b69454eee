// app.js: shared state, the API client and small DOM helpers. Every piece
// of text that comes from the corpus goes into the page through el() or
// textContent, never parsed as markup: article text is untrusted.
"use strict";
window.sitrep = (function () {
  const S = {};

  // el builds an element; text is set with textContent (always escaped).
  S.el = function (tag, attrs, text) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== undefined && v !== null) e.setAttribute(k, v);
    }
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  };

  S.clear = function (node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  };

  S.message = function (text) {
    document.getElementById("message").textContent = text || "";
  };

  // api fetches a /v1/ endpoint; errors carry the server's message.
  S.api = async function (path, params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== "" && v !== undefined && v !== null) qs.set(k, v);
    }
    const url = "/v1/" + path + (qs.toString() ? "?" + qs : "");
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await res.json().catch(() => null);
    if (!res.ok) {
      const msg = body && body.error ? body.error.message : res.status + " " + res.statusText;
      throw new Error(msg);
    }
    return body;
  };

  // QuadClass colours, shared by the timeline, the map and the cards.
  S.quadNames = ["no class", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
  S.quadColors = ["#999999", "#4c9a5b", "#2f6fab", "#e0a030", "#c8413b"];

  // goldsteinColor maps the Goldstein scale (-10 conflict .. +10
  // cooperation) to red .. green.
  S.goldsteinColor = function (g) {
    const t = Math.max(0, Math.min(1, (Number(g) + 10) / 20));
    return d3.interpolateRdYlGn(t);
  };

  // state holds the filters from the form and the brushed date range.
  S.state = { filters: {}, brush: null };

  // eventParams turns the filters into the API's event parameters. The
  // timeline passes withBrush=false so that it keeps showing the whole
  // range while the rest follows the brush.
  S.eventParams = function (withBrush) {
    const f = S.state.filters;
    const p = { actor: f.actor, dyad: f.dyad, quad: f.quad, context: f.context, outlet: f.outlet,
      reporter: f.speaker, from: f.from, to: f.to };
    if (f.code) {
      if (f.code.length === 2) p.root = f.code; else p.code = f.code;
    }
    if (withBrush && S.state.brush) {
      if (!p.from || S.state.brush.from > p.from) p.from = S.state.brush.from;
      if (!p.to || S.state.brush.to < p.to) p.to = S.state.brush.to;
    }
    return p;
  };

  // contexts are the PLOVER contexts the API's context filter accepts
  // (query.Contexts; web_test.go keeps the two lists equal).
  S.contexts = ["agriculture", "asylum", "business", "cbrn", "corruption", "crime", "cyber", "democracy",
    "diplomatic", "disaster", "economic", "election", "environment", "executive", "gender", "health",
    "human_rights", "human_security", "humanitarian", "intelligence", "legal", "legislative", "media",
    "migration", "military", "peacekeeping", "political_institutions", "pro_autocracy", "religion_ethnicity",
    "resources", "rights_freedoms", "territory", "terrorism", "transportation"];

  // contextName is how a context reads on the page ("human rights").
  S.contextName = function (c) {
    return c.replace(/_/g, " ");
  };

  S.openDoc = function (id) {
    location.hash = "doc=" + encodeURIComponent(id);
  };

  return S;
})();
