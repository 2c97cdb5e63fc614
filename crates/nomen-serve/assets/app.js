// nomen's search page. Plain JS, no build step, no dependency.
//
// Everything shown comes from articles, which are untrusted: text reaches the page only
// through textContent and createElement, never innerHTML. The search API's snippets are
// HTML (escaped text, matches in <b>): they are read by parseSnippet, which turns them
// into text nodes and <b> elements without handing them to the HTML parser.
"use strict";

const $ = (id) => document.getElementById(id);
const SVG = "http://www.w3.org/2000/svg";
const PAGE = 10;

// What is searched for; mirrored in the address bar so a search can be shared.
const state = {
  q: "",
  entityText: "", // what was typed in the entity box
  picked: null, // the entity it resolved to: {id, name, kind, score}
  extra: [], // entity ids added from facets, the network and chips
  lang: "",
  since: "",
  until: "",
  offset: 0,
  doc: null, // the id of the open document
};

// Entity names by id, from every answer that carries them.
const names = new Map();
const pendingNames = new Map();

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const child of children) {
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  return node;
}

function svgText(attrs, text) {
  const node = svg("text", attrs);
  node.textContent = text;
  return node;
}

async function api(path, params) {
  const url = new URL(path, location.origin);
  for (const [k, v] of params || []) url.searchParams.append(k, v);
  const resp = await fetch(url);
  const body = await resp.json();
  if (!resp.ok) {
    const e = body && body.error ? body.error : { message: resp.statusText };
    throw new Error((e.param ? e.param + ": " : "") + e.message);
  }
  return body;
}

function nameOf(id) {
  if (names.has(id)) return names.get(id);
  if (!pendingNames.has(id)) {
    pendingNames.set(
      id,
      api("/api/entities/" + encodeURIComponent(id))
        .then((e) => {
          names.set(id, e.name);
          for (const node of document.querySelectorAll('[data-name-of="' + CSS.escape(id) + '"]')) {
            node.textContent = e.name;
          }
        })
        .catch(() => {}),
    );
  }
  return id;
}

function learn(entities) {
  for (const e of entities || []) if (e.id && e.name) names.set(e.id, e.name);
}

// A text that shows an entity's name, filled in when the name arrives.
function entityName(id) {
  const span = el("span", { "data-name-of": id });
  span.textContent = nameOf(id);
  return span;
}

// The snippet HTML of the search API (escaped text, <b>…</b> around matches) as nodes.
function parseSnippet(html) {
  const frag = document.createDocumentFragment();
  const unescape = (s) =>
    s.replace(/&(lt|gt|amp|quot|#39);/g, (_, e) => ({ lt: "<", gt: ">", amp: "&", quot: '"', "#39": "'" })[e]);
  let bold = false;
  for (const part of html.split(/(<b>|<\/b>)/)) {
    if (part === "<b>") bold = true;
    else if (part === "</b>") bold = false;
    else if (part) frag.append(bold ? el("b", {}, unescape(part)) : document.createTextNode(unescape(part)));
  }
  return frag;
}

// ---- the address bar ----------------------------------------------------------------

function toURL() {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  if (state.entityText) p.set("entity", state.entityText);
  for (const id of state.extra) p.append("entity_id", id);
  if (state.lang) p.set("lang", state.lang);
  if (state.since) p.set("since", state.since);
  if (state.until) p.set("until", state.until);
  if (state.offset) p.set("offset", String(state.offset));
  if (state.doc) p.set("doc", state.doc);
  const s = p.toString();
  history.replaceState(null, "", s ? "?" + s : location.pathname);
}

function fromURL() {
  const p = new URLSearchParams(location.search);
  state.q = p.get("q") || "";
  state.entityText = p.get("entity") || "";
  state.extra = p.getAll("entity_id");
  state.lang = p.get("lang") || "";
  state.since = p.get("since") || "";
  state.until = p.get("until") || "";
  state.offset = Number(p.get("offset")) || 0;
  state.doc = p.get("doc");
  $("q").value = state.q;
  $("entity").value = state.entityText;
  $("since").value = state.since;
  $("until").value = state.until;
}

// ---- the entity box ------------------------------------------------------------------

let resolveSeq = 0;
let resolveTimer = null;

async function resolveTyped(run) {
  const seq = ++resolveSeq;
  const name = state.entityText.trim();
  if (!name) {
    state.picked = null;
    $("resolved").hidden = true;
    if (run) search();
    return;
  }
  let candidates;
  try {
    candidates = await api("/api/entities/resolve", [["name", name], ["limit", "6"]]);
  } catch (e) {
    candidates = [];
  }
  if (seq !== resolveSeq) return; // a later keystroke won
  learn(candidates);
  state.picked = candidates[0] || null;
  showResolved(candidates);
  if (run) {
    state.offset = 0;
    search();
  }
}

function showResolved(candidates) {
  const box = $("resolved");
  box.hidden = false;
  const alts = $("alternatives");
  alts.replaceChildren();
  if (!state.picked) {
    $("picked-name").textContent = "no entity comes close";
    $("picked-name").removeAttribute("data-id");
    $("picked-meta").textContent = "";
    return;
  }
  $("picked-name").textContent = state.picked.name;
  $("picked-name").setAttribute("data-id", state.picked.id);
  $("picked-meta").textContent = `(${state.picked.kind}, ${state.picked.id}, score ${state.picked.score.toFixed(2)})`;
  for (const c of candidates.slice(1)) {
    alts.append(
      el(
        "button",
        {
          type: "button",
          class: "alternative",
          "data-id": c.id,
          title: `${c.kind}, ${c.id}, score ${c.score.toFixed(2)}`,
          onclick: () => {
            state.picked = c;
            showResolved(candidates);
            state.offset = 0;
            search();
          },
        },
        c.name,
      ),
    );
  }
}

// ---- search --------------------------------------------------------------------------

function entityIds() {
  const ids = [];
  if (state.picked) ids.push(state.picked.id);
  for (const id of state.extra) if (!ids.includes(id)) ids.push(id);
  return ids;
}

// The parameters that narrow the results (and the pictures).
function narrowing() {
  const p = [];
  if (state.q) p.push(["q", state.q]);
  if (state.lang) p.push(["lang", state.lang]);
  if (state.since) p.push(["since", state.since]);
  if (state.until) p.push(["until", state.until]);
  return p;
}

let searchSeq = 0;

async function search() {
  const seq = ++searchSeq;
  toURL();
  renderFilters();
  const ids = entityIds();
  if (state.entityText.trim() && !state.picked) {
    $("status").textContent = `No entity matches “${state.entityText.trim()}”`;
    $("status").setAttribute("data-total", "0");
    $("hits").replaceChildren();
    $("facets").replaceChildren();
    $("pager").hidden = true;
    renderPictures(null);
    return;
  }
  const params = [...narrowing(), ...ids.map((id) => ["entity_id", id]), ["limit", String(PAGE)], ["offset", String(state.offset)], ["facets", "12"]];
  $("status").textContent = "Searching…";
  let results;
  try {
    results = await api("/api/search", params);
  } catch (e) {
    if (seq !== searchSeq) return;
    $("status").textContent = "Error: " + e.message;
    $("hits").replaceChildren();
    $("pager").hidden = true;
    return;
  }
  if (seq !== searchSeq) return;
  learn(results.facets.entities);
  renderHits(results);
  renderFacets(results.facets.entities);
  renderPictures(ids[0] || null);
  if (state.doc) openDoc(state.doc);
}

function renderFilters() {
  const box = $("filters");
  box.replaceChildren();
  const add = (label, remove, attrs) => {
    box.append(
      el("span", Object.assign({ class: "filter" }, attrs || {}), label, el("button", { type: "button", title: "remove", onclick: remove }, "×")),
    );
  };
  for (const id of state.extra) {
    const label = el("span", {}, "with ", entityName(id));
    add(label, () => {
      state.extra = state.extra.filter((x) => x !== id);
      state.offset = 0;
      search();
    }, { "data-id": id });
  }
  if (state.since || state.until) {
    add(`dates ${state.since || "…"} – ${state.until || "…"}`, () => {
      state.since = state.until = "";
      $("since").value = $("until").value = "";
      state.offset = 0;
      search();
    });
  }
}

function addEntity(id) {
  if (state.picked && state.picked.id === id) return;
  if (!state.extra.includes(id)) state.extra.push(id);
  state.offset = 0;
  state.doc = null;
  showResults();
  search();
}

function renderHits(results) {
  const what = [];
  if (state.q) what.push(`“${state.q}”`);
  for (const id of entityIds()) what.push(names.get(id) || id);
  const noun = results.total === 1 ? "article" : "articles";
  $("status").textContent = `${results.total} ${noun}` + (what.length ? " for " + what.join(" + ") : "");
  $("status").setAttribute("data-total", String(results.total));
  const list = $("hits");
  list.replaceChildren();
  for (const hit of results.hits) {
    const meta = [hit.date ? hit.date.slice(0, 10) : "undated", hit.lang || "?", hit.source || "no source"].join(" · ");
    const chips = el("ul", { class: "chips" });
    for (const id of hit.entities.slice(0, 12)) {
      chips.append(el("li", {}, el("button", { type: "button", class: "chip", "data-id": id, onclick: () => addEntity(id) }, entityName(id))));
    }
    if (hit.entities.length > 12) chips.append(el("li", { class: "muted" }, ` and ${hit.entities.length - 12} more`));
    list.append(
      el(
        "li",
        { class: "hit", "data-id": hit.id },
        el("button", { type: "button", class: "hit-title", onclick: () => openDoc(hit.id) }, hit.title || "(untitled)"),
        el("div", { class: "hit-meta" }, meta),
        el("div", { class: "snippet" }, parseSnippet(hit.snippet)),
        chips,
      ),
    );
  }
  const pager = $("pager");
  pager.hidden = results.total <= PAGE && state.offset === 0;
  const last = Math.min(state.offset + results.hits.length, results.total);
  $("page-info").textContent = results.hits.length ? `${state.offset + 1}–${last} of ${results.total}` : `none of ${results.total} here`;
  $("prev").disabled = state.offset === 0;
  $("next").disabled = state.offset + PAGE >= results.total;
}

function renderFacets(entities) {
  const list = $("facets");
  list.replaceChildren();
  if (!entities.length) list.append(el("li", { class: "muted" }, "none"));
  for (const e of entities) {
    list.append(
      el(
        "li",
        {},
        el("button", { type: "button", class: "facet", "data-id": e.id, title: "narrow to the articles that also mention " + e.name, onclick: () => addEntity(e.id) }, e.name),
        el("span", { class: "count" }, String(e.count)),
      ),
    );
  }
}

// ---- the pictures --------------------------------------------------------------------

async function renderPictures(center) {
  $("timeline-panel").hidden = !center;
  $("network-panel").hidden = !center;
  if (!center) return;
  const others = entityIds().filter((id) => id !== center).map((id) => ["entity_id", id]);
  const base = "/api/entities/" + encodeURIComponent(center);
  const [timeline, network] = await Promise.all([
    api(base + "/timeline", [...narrowing(), ...others]).catch((e) => ({ error: e })),
    api(base + "/network", [...narrowing(), ...others, ["size", "10"]]).catch((e) => ({ error: e })),
  ]);
  const name = names.get(center) || center;
  $("timeline-title").textContent = name;
  $("network-title").textContent = name;
  drawTimeline(timeline);
  drawNetwork(network, center);
}

function drawTimeline(t) {
  const box = $("timeline");
  box.replaceChildren();
  if (t.error) {
    $("timeline-caption").textContent = "Error: " + t.error.message;
    return;
  }
  const per = t.granularity === "day" ? "day" : "month";
  $("timeline-caption").textContent =
    `${t.total} articles per ${per}` + (t.undated ? `, ${t.undated} undated` : "") + (t.buckets.length > 1 ? "; click a bar to narrow the dates" : "");
  if (!t.buckets.length) return;
  const W = 396, H = 150, top = 16, bottom = 22, left = 4;
  const max = Math.max(...t.buckets.map((b) => b.count), 1);
  const step = (W - left) / t.buckets.length;
  const chart = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "articles over time" });
  chart.append(svg("line", { class: "axis", x1: left, x2: W, y1: H - bottom, y2: H - bottom }));
  const labelEvery = Math.ceil(t.buckets.length / 8);
  t.buckets.forEach((b, i) => {
    const h = ((H - top - bottom) * b.count) / max;
    const x = left + i * step;
    const g = svg("g", { class: "bucket" });
    const bar = svg("rect", {
      class: "bar",
      x: x + step * 0.12,
      y: H - bottom - h,
      width: Math.max(step * 0.76, 1),
      height: Math.max(h, b.count ? 1 : 0),
      "data-period": b.period,
      "data-count": b.count,
    });
    const tip = svg("title");
    tip.textContent = `${b.period}: ${b.count} article${b.count === 1 ? "" : "s"}`;
    bar.append(tip);
    // An empty period is a thin, still clickable, strip.
    const hit = svg("rect", { x, y: top, width: step, height: H - top - bottom, fill: "transparent", class: "bar-target" });
    const narrow = () => {
      state.since = b.since;
      state.until = b.until;
      $("since").value = b.since;
      $("until").value = b.until;
      state.offset = 0;
      search();
    };
    hit.addEventListener("click", narrow);
    bar.addEventListener("click", narrow);
    g.append(hit, bar);
    if (b.count && step >= 14) g.append(svgText({ class: "bar-count", x: x + step / 2, y: H - bottom - h - 3, "text-anchor": "middle" }, String(b.count)));
    if (i % labelEvery === 0) g.append(svgText({ x: x + step / 2, y: H - 6, "text-anchor": "middle" }, per === "day" ? b.period.slice(5) : b.period));
    chart.append(g);
  });
  box.append(chart);
}

function drawNetwork(n, center) {
  const box = $("network");
  box.replaceChildren();
  if (n.error) {
    $("network-caption").textContent = "Error: " + n.error.message;
    return;
  }
  learn(n.nodes);
  learn(n.entities);
  $("network-caption").textContent = n.nodes.length
    ? `in ${n.total} articles; the numbers count the articles that mention both; click a name to add it`
    : "no other entity in these articles";
  if (!n.nodes.length) return;
  const W = 396, H = 330, cx = W / 2, cy = H / 2, R = 118;
  const pos = new Map([[center, { x: cx, y: cy }]]);
  n.nodes.forEach((node, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / n.nodes.length;
    pos.set(node.id, { x: cx + R * Math.cos(a), y: cy + R * Math.sin(a) });
  });
  const chart = svg("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "co-mention network" });
  const edges = svg("g", { class: "edges" });
  const labels = svg("g", { class: "edge-labels" });
  for (const e of n.edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    if (!a || !b) continue;
    const fromCenter = e.source === center || e.target === center;
    edges.append(svg("line", { class: fromCenter ? "edge" : "edge edge-between", x1: a.x, y1: a.y, x2: b.x, y2: b.y, "stroke-width": fromCenter ? 1 + Math.min(e.count, 8) * 0.5 : 1 }));
    const t = fromCenter ? 0.62 : 0.5;
    labels.append(
      svgText(
        { class: "edge-count", x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t - 2, "text-anchor": "middle", "data-source": e.source, "data-target": e.target },
        String(e.count),
      ),
    );
  }
  chart.append(edges, labels);
  const maxCount = Math.max(...n.nodes.map((x) => x.count), 1);
  const node = (id, label, count, isCenter) => {
    const p = pos.get(id);
    const r = isCenter ? 10 : 5 + 7 * Math.sqrt(count / maxCount);
    const g = svg("g", { class: isCenter ? "node center" : "node", "data-id": id, "data-count": count, transform: `translate(${p.x},${p.y})` });
    const tip = svg("title");
    tip.textContent = isCenter ? `${label}: ${count} articles` : `${label}: in ${count} of these articles; click to add it`;
    g.append(tip, svg("circle", { r }));
    const below = p.y >= cy;
    g.append(svgText({ y: below ? r + 12 : -r - 4, "text-anchor": "middle" }, label));
    if (!isCenter) g.addEventListener("click", () => addEntity(id));
    return g;
  };
  const nodes = svg("g", { class: "nodes" });
  const c = n.entities.find((e) => e.id === center);
  nodes.append(node(center, c ? c.name : center, n.total, true));
  for (const x of n.nodes) nodes.append(node(x.id, x.name, x.count, false));
  chart.append(nodes);
  box.append(chart);
}

// ---- the document view ---------------------------------------------------------------

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// The text of one field with its mentions marked; offsets are UTF-8 byte offsets.
function marked(text, mentions) {
  const bytes = encoder.encode(text);
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > bytes.length || m.end <= m.start) continue; // overlapping or out of range
    if (m.start > at) frag.append(decoder.decode(bytes.subarray(at, m.start)));
    const mark = el("mark", {
      class: "mention",
      "data-entity": m.entity,
      "data-rule": m.rule,
      title: `${m.name} (${m.entity}) · rule: ${m.rule}`,
    });
    mark.textContent = decoder.decode(bytes.subarray(m.start, m.end));
    mark.addEventListener("click", () => addEntity(m.entity));
    frag.append(mark);
    at = m.end;
  }
  if (at < bytes.length) frag.append(decoder.decode(bytes.subarray(at)));
  return frag;
}

async function openDoc(id) {
  state.doc = id;
  toURL();
  let doc;
  try {
    doc = await api("/api/documents/" + encodeURIComponent(id));
  } catch (e) {
    $("status").textContent = "Error: " + e.message;
    state.doc = null;
    toURL();
    return;
  }
  if (state.doc !== id) return;
  learn(doc.entities);
  $("doc-title").replaceChildren(marked(doc.title || "(untitled)", doc.title ? doc.mentions.filter((m) => m.field === "title") : []));
  $("doc-meta").textContent = [doc.date ? doc.date.slice(0, 10) : "undated", doc.lang || "?", doc.source || "no source", doc.url || "", "id " + doc.id]
    .filter(Boolean)
    .join(" · ");
  $("doc-body").replaceChildren(marked(doc.body, doc.mentions.filter((m) => m.field === "body")));
  const list = $("doc-entities");
  list.replaceChildren();
  for (const e of doc.entities) {
    list.append(el("li", {}, el("button", { type: "button", class: "chip", "data-id": e.id, title: `${e.kind}; click to search with it`, onclick: () => addEntity(e.id) }, `${e.name} ×${e.count}`)));
  }
  $("results").hidden = true;
  $("doc").hidden = false;
  window.scrollTo(0, 0);
}

function showResults() {
  state.doc = null;
  $("doc").hidden = true;
  $("results").hidden = false;
  toURL();
}

// ---- wiring --------------------------------------------------------------------------

async function fillLanguages() {
  try {
    const stats = await api("/api/stats");
    for (const l of stats.languages) {
      $("lang").append(el("option", { value: l.value }, `${l.value} (${l.count})`));
    }
    $("lang").value = state.lang;
  } catch (e) {
    /* the page works without the list */
  }
}

function start() {
  fromURL();
  $("search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.q = $("q").value.trim();
    state.since = $("since").value;
    state.until = $("until").value;
    state.lang = $("lang").value;
    state.offset = 0;
    showResults();
    if ($("entity").value !== state.entityText) {
      state.entityText = $("entity").value;
      resolveTyped(true);
    } else {
      search();
    }
  });
  $("entity").addEventListener("input", () => {
    state.entityText = $("entity").value;
    clearTimeout(resolveTimer);
    resolveTimer = setTimeout(() => {
      showResults();
      resolveTyped(true);
    }, 200);
  });
  $("lang").addEventListener("change", () => {
    state.lang = $("lang").value;
    state.offset = 0;
    search();
  });
  for (const id of ["since", "until"]) {
    $(id).addEventListener("change", () => {
      state[id] = $(id).value;
      state.offset = 0;
      search();
    });
  }
  $("prev").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - PAGE);
    search();
  });
  $("next").addEventListener("click", () => {
    state.offset += PAGE;
    search();
  });
  $("back").addEventListener("click", showResults);
  fillLanguages();
  if (state.entityText) resolveTyped(true);
  else search();
}

start();
