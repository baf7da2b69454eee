// docview.js: one document with its annotations. The text is cut into
// segments at every annotation boundary; each segment is a <span> whose
// classes say which layers cover it, and hovering shows a card per
// annotation. Interviews are laid out as questions and answers, each
// answer labelled with its speaker. Text is only ever set as textContent.
"use strict";
(function (S) {
  // byteIndex maps UTF-8 byte offsets (the API's offsets) to JavaScript
  // string indexes (UTF-16 code units).
  function byteIndex(text) {
    const map = [];
    let b = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.codePointAt(i);
      const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      for (let k = 0; k < n; k++) map[b + k] = i;
      b += n;
      if (c >= 0x10000) i++; // a surrogate pair is one code point
    }
    map[b] = text.length;
    return off => map[Math.max(0, Math.min(off, b))];
  }

  function annotations(d) {
    const out = [];
    for (const e of d.entities) {
      for (const m of e.mentions) {
        out.push({ start: m.start, end: m.end, cls: "ent", title: "Entity: " + e.name,
          lines: [["type", e.type], ["actor code", e.actor || "none"], ["entity", e.id]] });
      }
    }
    for (const ev of d.events) {
      out.push({ start: ev.evidence.start, end: ev.evidence.end, cls: "ev",
        title: "Event " + ev.code + " (QuadClass " + ev.quad + ", " + S.quadNames[ev.quad] + ")",
        lines: [["source → target", (ev.source || "?") + " → " + (ev.target || "?")], ["CAMEO", ev.code + " root " + ev.root],
          ["PLOVER", ev.plover ? ev.plover + (ev.plover_mode ? " / " + ev.plover_mode : "") : null],
          ["contexts", ev.plover_context && ev.plover_context.length ? ev.plover_context.map(S.contextName).join(", ") : null],
          ["Goldstein", ev.goldstein], ["date", ev.date], ["location", ev.location],
          ["reported by", ev.reported_by], ["negated", ev.negated ? "yes" : null],
          ["hypothetical", ev.hypothetical ? "yes" : null], ["evidence", ev.evidence.text], ["pattern", ev.pattern]] });
    }
    for (const q of d.quotes) {
      out.push({ start: q.start, end: q.end, cls: "quote", title: "Quote" + (q.kind ? " (" + q.kind + ")" : ""),
        lines: [["speaker", q.speaker || "unknown"]] });
    }
    for (const f of d.quantities) {
      out.push({ start: f.start, end: f.end, cls: "fig", title: "Figure: " + f.value + " " + f.unit,
        lines: [["about", f.about], ["category", f.category], ["qualifier", f.qualifier]] });
    }
    for (const t of d.times) {
      out.push({ start: t.start, end: t.end, cls: "time", title: "Date: " + (t.value || "unresolved"),
        lines: [["kind", t.kind]] });
    }
    return out.filter(a => a.end > a.start);
  }

  function showCard(anns, ev) {
    const card = document.getElementById("card");
    S.clear(card);
    for (const a of anns.slice(0, 4)) {
      const box = S.el("div", { class: "card-ann " + a.cls });
      box.appendChild(S.el("strong", {}, a.title));
      const dl = S.el("dl");
      for (const [k, v] of a.lines) {
        if (v === null || v === undefined || v === "") continue;
        dl.appendChild(S.el("dt", {}, k));
        dl.appendChild(S.el("dd", {}, v));
      }
      box.appendChild(dl);
      card.appendChild(box);
    }
    card.hidden = false;
    card.style.left = Math.min(ev.clientX + 12, window.innerWidth - 340) + "px";
    card.style.top = Math.min(ev.clientY + 12, window.innerHeight - 40) + "px";
  }

  S.showDoc = async function (id) {
    const view = document.getElementById("docview"), article = document.getElementById("doc-text");
    S.clear(article);
    view.hidden = false;
    let d;
    try {
      d = await S.api("documents/" + encodeURIComponent(id));
    } catch (err) {
      article.appendChild(S.el("p", { class: "error" }, "Cannot open document " + id + ": " + err.message));
      return;
    }
    const meta = document.getElementById("doc-meta");
    meta.textContent = [d.meta.title || d.id, d.meta.outlet, d.meta.published, d.meta.genre].filter(Boolean).join(" · ");
    const at = byteIndex(d.text);
    const anns = annotations(d);
    const cuts = new Set([0, new TextEncoder().encode(d.text).length]);
    for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
    // Paragraphs end at newlines; segments never cross them.
    const paras = [];
    let start = 0;
    const bytes = new TextEncoder().encode(d.text);
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 10) { paras.push([start, i]); cuts.add(i); start = i + 1; cuts.add(start); }
    }
    const points = [...cuts].sort((a, b) => a - b);
    const turns = d.quotes.filter(q => q.kind === "question" || q.kind === "answer");
    for (const [ps, pe] of paras) {
      const p = S.el("p");
      const turn = turns.find(q => q.start < Math.max(pe, ps + 1) && q.end > ps);
      if (turn) {
        p.className = "qa qa-" + turn.kind;
        p.dataset.speaker = turn.speaker || "";
        if (turn.start >= ps && turn.start <= pe) {
          p.appendChild(S.el("span", { class: "speaker" }, (turn.kind === "question" ? "Q · " : "A · ") + (turn.speaker || "unknown")));
        }
      }
      for (let k = 0; k < points.length - 1; k++) {
        const a = points[k], b = points[k + 1];
        if (a < ps || b > pe || a >= b) continue;
        const cover = [];
        anns.forEach((x, i) => { if (x.start <= a && x.end >= b) cover.push(i); });
        const seg = S.el("span", cover.length ? { class: "seg " + [...new Set(cover.map(i => anns[i].cls))].join(" ") } : {},
          d.text.slice(at(a), at(b)));
        if (cover.length) {
          cover.sort((i, j) => (anns[i].end - anns[i].start) - (anns[j].end - anns[j].start));
          seg.addEventListener("mouseenter", ev => showCard(cover.map(i => anns[i]), ev));
          seg.addEventListener("mouseleave", () => { document.getElementById("card").hidden = true; });
        }
        p.appendChild(seg);
      }
      article.appendChild(p);
    }
    article.dataset.loaded = d.id;
  };

  S.closeDoc = function () {
    document.getElementById("docview").hidden = true;
    document.getElementById("card").hidden = true;
  };
})(window.sitrep);
