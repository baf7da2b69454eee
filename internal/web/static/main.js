// main.js: reads the filters, asks the API for every view and redraws.
// The URL's hash keeps the filters and the open document, so a view can
// be bookmarked and the back button works.
"use strict";
(function (S) {
  const form = document.getElementById("filters");
  const fields = ["q", "actor", "dyad", "code", "quad", "context", "from", "to", "outlet", "speaker"];

  function readForm() {
    const f = {};
    for (const k of fields) {
      const v = form.elements[k].value.trim();
      if (v) f[k] = v;
    }
    return f;
  }

  function writeForm(f) {
    for (const k of fields) form.elements[k].value = f[k] || "";
  }

  function hashState() {
    const h = new URLSearchParams(location.hash.slice(1));
    const f = {};
    for (const k of fields) if (h.get(k)) f[k] = h.get(k);
    return { filters: f, doc: h.get("doc"), brush: h.get("bfrom") && h.get("bto") ? { from: h.get("bfrom"), to: h.get("bto") } : null };
  }

  function setHash() {
    const h = new URLSearchParams();
    for (const [k, v] of Object.entries(S.state.filters)) h.set(k, v);
    if (S.state.brush) { h.set("bfrom", S.state.brush.from); h.set("bto", S.state.brush.to); }
    const s = h.toString();
    if (location.hash.slice(1) !== s) history.replaceState(null, "", s ? "#" + s : location.pathname);
  }

  async function view(name, fn) {
    try {
      await fn();
    } catch (err) {
      S.message(name + ": " + err.message);
      return false;
    }
    return true;
  }

  function listDocs(items) {
    const ol = document.getElementById("documents");
    S.clear(ol);
    for (const d of items) {
      const li = S.el("li");
      const a = S.el("a", { href: "#doc=" + encodeURIComponent(d.id) }, d.title || d.id);
      li.appendChild(a);
      li.appendChild(S.el("span", { class: "muted" }, " " + [d.published, d.outlet].filter(Boolean).join(" · ")));
      if (d.snippet) li.appendChild(S.el("div", { class: "snippet" }, d.snippet));
      ol.appendChild(li);
    }
    if (items.length === 0) ol.appendChild(S.el("li", { class: "empty" }, "No documents."));
  }

  function listEvents(items) {
    const ol = document.getElementById("events");
    S.clear(ol);
    for (const e of items) {
      const li = S.el("li", { class: "quad" + e.quad });
      li.appendChild(S.el("span", { class: "code" }, (e.source || "?") + " → " + (e.target || "?") + " " + e.code));
      if (e.plover) li.appendChild(S.el("span", { class: "plover" }, e.plover));
      for (const c of e.plover_context || []) {
        const tag = S.el("button", { type: "button", class: "ctx", title: "only " + S.contextName(c) + " events" }, S.contextName(c));
        tag.addEventListener("click", () => onContext(c));
        li.appendChild(tag);
      }
      const a = S.el("a", { href: "#doc=" + encodeURIComponent(e.doc_id) }, " " + e.evidence);
      li.appendChild(a);
      li.appendChild(S.el("span", { class: "muted" }, " " + e.day));
      ol.appendChild(li);
    }
    if (items.length === 0) ol.appendChild(S.el("li", { class: "empty" }, "No events."));
  }

  // refresh redraws the views; the timeline is skipped when only the
  // brush moved, so that it keeps its full range.
  async function refresh(withTimeline) {
    S.message("");
    setHash();
    const ev = S.eventParams(true);
    const f = S.state.filters;
    const jobs = [];
    if (withTimeline) {
      jobs.push(view("timeline", async () => {
        const p = S.eventParams(false);
        const span = f.from && f.to ? (Date.parse(f.to) - Date.parse(f.from)) / 864e5 : Infinity;
        p.bucket = span > 120 ? "week" : "day";
        S.drawTimeline(document.getElementById("timeline"), await S.api("timeline", p), onBrush);
      }));
    }
    jobs.push(view("network", async () =>
      S.drawNetwork(document.getElementById("network"), await S.api("network", Object.assign({ limit: 80 }, ev)), onActor)));
    jobs.push(view("map", async () => S.drawMap(document.getElementById("map"), await S.api("map", ev))));
    jobs.push(view("figures", async () =>
      S.drawFigures(document.getElementById("figures"), document.getElementById("figure-table"),
        await S.api("figures", { from: ev.from, to: ev.to, limit: 300 }))));
    jobs.push(view("documents", async () => {
      if (f.q) listDocs((await S.api("search", { q: f.q, limit: 50 })).items);
      else listDocs((await S.api("documents", { outlet: f.outlet, from: ev.from, to: ev.to, limit: 50 })).items);
    }));
    jobs.push(view("events", async () => listEvents((await S.api("events", Object.assign({ limit: 50 }, ev))).items)));
    await Promise.all(jobs);
    document.body.dataset.ready = String(Number(document.body.dataset.ready || 0) + 1);
  }

  function onBrush(range) {
    S.state.brush = range;
    document.getElementById("brush-note").textContent = range ? "selected " + range.from + " to " + range.to : "";
    refresh(false);
  }

  function onActor(code) {
    S.state.filters.actor = code;
    writeForm(S.state.filters);
    refresh(true);
  }

  function onContext(c) {
    S.state.filters.context = c;
    writeForm(S.state.filters);
    refresh(true);
  }

  form.addEventListener("submit", ev => {
    ev.preventDefault();
    S.state.filters = readForm();
    S.state.brush = null;
    document.getElementById("brush-note").textContent = "";
    refresh(true);
  });
  form.addEventListener("reset", () => {
    setTimeout(() => { S.state.filters = {}; S.state.brush = null; refresh(true); }, 0);
  });
  document.getElementById("close-doc").addEventListener("click", () => {
    S.closeDoc();
    setHash();
  });
  window.addEventListener("hashchange", () => {
    const h = hashState();
    if (h.doc) S.showDoc(h.doc);
  });

  async function start() {
    const h = hashState();
    S.state.filters = h.filters;
    S.state.brush = h.brush;
    const ctx = form.elements.context; // options before the filters, so a bookmarked context shows
    for (const c of S.contexts) ctx.appendChild(S.el("option", { value: c }, S.contextName(c)));
    writeForm(h.filters);
    try {
      const st = await S.api("stats");
      document.getElementById("stats").textContent = st.documents + " documents, " + st.events + " events, " +
        st.quotes + " quotes, " + st.figures + " figures" + (st.from ? ", " + st.from + " to " + st.to : "");
    } catch (err) {
      S.message("stats: " + err.message);
    }
    const roots = document.getElementById("roots");
    ["01 make public statement", "02 appeal", "03 express intent to cooperate", "04 consult", "05 diplomatic cooperation",
      "06 material cooperation", "07 provide aid", "08 yield", "09 investigate", "10 demand", "11 disapprove",
      "12 reject", "13 threaten", "14 protest", "15 exhibit force posture", "16 reduce relations", "17 coerce",
      "18 assault", "19 fight", "20 unconventional mass violence"].forEach(r => {
      roots.appendChild(S.el("option", { value: r.slice(0, 2) }, r));
    });
    if (h.doc) S.showDoc(h.doc);
    await refresh(true);
  }
  start();
})(window.sitrep);
