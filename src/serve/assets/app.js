// The search page of depeches. The state lives in the URL (?q=…&speaker=…&d=…&p=…): a link
// can be shared, and the back button goes back. Every piece of dispatch text enters the page
// through textContent or text nodes, never as markup.
"use strict";

const SEARCH_KEYS = ["q", "speaker", "since", "until", "quotes", "sort"];
// The result views: passages (/api/search), quotations (/api/quotations), a timeline of the
// quotations (/api/timeline), named by the URL's `view`.
const VIEWS = ["passages", "quotations", "timeline"];
const BYS = ["day", "week", "month", "year"];

function viewOf(url) {
  const v = url.searchParams.get("view");
  return VIEWS.includes(v) ? v : "passages";
}

function byOf(url) {
  const b = url.searchParams.get("by");
  return BYS.includes(b) ? b : "month";
}
const PAGE = 10;

const $ = (id) => document.getElementById(id);

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(typeof c === "string" ? document.createTextNode(c) : c);
  }
  return node;
}

// The parameters of the page's URL that describe a search.
function searchParams(url) {
  const out = new URLSearchParams();
  for (const k of SEARCH_KEYS) {
    const v = url.searchParams.get(k);
    if (v) out.set(k, v);
  }
  return out;
}

function hasSearch(params) {
  return ["q", "speaker", "since", "until"].some((k) => params.get(k));
}

// Form fields ← URL.
function fillForm(url) {
  const p = url.searchParams;
  $("q").value = p.get("q") || "";
  $("speaker").value = p.get("speaker") || "";
  $("since").value = p.get("since") || "";
  $("until").value = p.get("until") || "";
  $("quotes").checked = p.get("quotes") === "1";
  $("sort").value = p.get("sort") === "date" ? "date" : "relevance";
}

// URL ← form fields.
function formUrl() {
  const p = new URLSearchParams();
  const set = (k, v) => { if (v && v.trim()) p.set(k, v.trim()); };
  set("q", $("q").value);
  set("speaker", $("speaker").value);
  set("since", $("since").value);
  set("until", $("until").value);
  if ($("quotes").checked) p.set("quotes", "1");
  if ($("sort").value === "date") p.set("sort", "date");
  // The view stays as it is (and the timeline's grouping with it).
  const here = new URL(location.href);
  const view = viewOf(here);
  if (view !== "passages") p.set("view", view);
  if (view === "timeline" && here.searchParams.get("by")) p.set("by", byOf(here));
  const s = p.toString();
  return s ? "/?" + s : "/";
}

// `state.fromResults`: a dispatch opened from the results, whose "back" link is the browser's.
function go(url, state) {
  history.pushState(state || null, "", url);
  render();
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await response.json(); } catch (_) { /* not JSON */ }
  if (!response.ok) {
    const message = body && body.error ? body.error : "erreur " + response.status;
    throw new Error(message);
  }
  return body;
}

function showError(message) {
  const e = $("error");
  e.textContent = message ? "Erreur : " + message : "";
  e.hidden = !message;
}

function show(view) {
  $("welcome").hidden = view !== "welcome";
  $("results-view").hidden = view !== "results";
  $("dispatch-view").hidden = view !== "dispatch";
}

// "2025-09-05" → "5 sept. 2025"; "2025-09" → "sept. 2025".
const MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
function dateLabel(date) {
  if (!date) return "sans date";
  const [y, m, d] = date.split("-");
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] || m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

// The pieces of `text` between character offsets, marked where `spans` say: [[start, end,
// value]] (non-overlapping, in order) → [[piece, value or null]].
function pieces(chars, from, to, spans) {
  const out = [];
  let at = from;
  for (const [s, e, value] of spans) {
    const start = Math.max(s, at), end = Math.min(e, to);
    if (end <= start) continue;
    if (start > at) out.push([chars.slice(at, start).join(""), null]);
    out.push([chars.slice(start, end).join(""), value]);
    at = end;
  }
  if (at < to) out.push([chars.slice(at, to).join(""), null]);
  return out;
}

// The quotation a hit is about (the asked speaker's, else the one holding the most marked
// words), or null.
function hitQuote(hit) {
  const i = hit.highlighted_quote;
  return i === null || i === undefined ? null : hit.quotes[i] || null;
}

// The snippet, as the terminal shows it: the part of the passage worth showing, "…" where it
// was cropped, the matched words in <mark>; the quotation the hit is about is marked too, with
// its speaker.
function snippetNode(hit) {
  const chars = Array.from(hit.text);
  const [from, to] = hit.snippet || [0, chars.length];
  const p = el("p", { class: "snippet" });
  if (from > 0) p.append("… ");
  const marks = hit.highlights.map(([s, e]) => [s, e, true]);
  const fill = (parent, a, b) => {
    for (const [text, lit] of pieces(chars, a, b, marks)) {
      const t = text.replace(/\n/g, " ");
      parent.append(lit ? el("mark", { text: t }) : document.createTextNode(t));
    }
  };
  const quote = hitQuote(hit);
  if (quote && quote.end > from && quote.start < to) {
    const qs = Math.max(from, quote.start), qe = Math.min(to, quote.end);
    fill(p, from, qs);
    const who = quote.speaker;
    const q = el("q", {
      class: "quote hit-quote",
      title: who ? "Citation de " + who : "Citation (locuteur inconnu)",
      "data-speaker": who || "",
    });
    fill(q, qs, qe);
    p.append(q);
    // The speaker's name after the closing quotation mark, as in the dispatch.
    let after = qe;
    const closing = chars.slice(qe, Math.min(to, qe + 3)).join("").match(/^[\s\u00a0\u202f]*[»”"]/);
    if (closing) { after = qe + Array.from(closing[0]).length; fill(p, qe, after); }
    if (who) p.append(el("span", { class: "who hit-who", text: who }));
    fill(p, after, to);
  } else {
    fill(p, from, to);
  }
  if (to < chars.length) p.append(" …");
  return p;
}

function dispatchUrl(hit) {
  const u = new URL(location.href);
  u.searchParams.set("d", hit.dispatch);
  u.searchParams.set("p", String(hit.passage));
  return u.pathname + "?" + u.searchParams.toString();
}

// A link opening a dispatch at a passage, whose "back" is the browser's.
function dispatchLink(place, text, cls) {
  const link = el("a", { class: cls || "", href: dispatchUrl(place), text });
  link.addEventListener("click", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
    ev.preventDefault();
    go(link.getAttribute("href"), { fromResults: true });
  });
  return link;
}

function hitNode(hit) {
  const link = dispatchLink(hit, hit.title || hit.dispatch, "title");
  let date = dateLabel(hit.date);
  if (hit.date && hit.date_origin === "dateline") date += " (dateline)";
  const li = el("li", { class: "hit" },
    el("div", { class: "hit-head" },
      el("span", { class: "rank", text: String(hit.rank) }),
      el("time", { class: "date", text: date }),
      link,
      el("span", { class: "place", text: `${hit.dispatch} ¶${hit.passage}` })),
    snippetNode(hit));
  // The speaker of the quotation the hit is about first.
  const speakers = hit.speakers.slice();
  const quote = hitQuote(hit);
  const first = (quote && quote.speaker) || hit.highlighted_speaker;
  if (first) {
    const i = speakers.indexOf(first);
    if (i > 0) { speakers.splice(i, 1); speakers.unshift(first); }
  }
  if (speakers.length) {
    // Each name opens the timeline of that person's quotations.
    const cited = el("p", { class: "cited" }, "cité : ");
    speakers.forEach((name, i) => {
      if (i) cited.append(", ");
      const href = "/?" + new URLSearchParams({ speaker: name, view: "timeline" }).toString();
      const a = el("a", { class: "speaker-link", href, text: name, title: "Chronologie des citations de " + name });
      a.addEventListener("click", (ev) => {
        if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
        ev.preventDefault();
        go(href);
        window.scrollTo(0, 0);
      });
      cited.append(a);
    });
    li.append(cited);
  }
  return li;
}

let generation = 0;

// The tabs, the containers of the view shown, the profile of the speaker asked for.
function showView(url, view) {
  for (const a of document.querySelectorAll("#tabs a")) {
    const u = new URL(url);
    for (const k of ["d", "p", "offset", "view"]) u.searchParams.delete(k);
    if (a.dataset.view !== "timeline") u.searchParams.delete("by");
    if (a.dataset.view !== "passages") u.searchParams.set("view", a.dataset.view);
    a.href = u.pathname + "?" + u.searchParams.toString();
    if (a.dataset.view === view) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  $("results").hidden = view !== "passages";
  $("quotations").hidden = view !== "quotations";
  $("timeline").hidden = view !== "timeline";
  $("timeline-controls").hidden = view !== "timeline";
  $("by").value = byOf(url);
  if (view !== "passages") $("histogram").hidden = true;
  // The sort and "in quotations" filters mean nothing to a timeline; quotations always are.
  $("quotes").disabled = view !== "passages";
  $("sort").disabled = view === "timeline";
  $("prev").hidden = $("next").hidden = true;
}

async function renderResults(url) {
  const view = viewOf(url);
  show("results");
  showView(url, view);
  renderProfile(url, view);
  if (view === "quotations") return renderQuotations(url);
  if (view === "timeline") return renderTimeline(url);
  return renderPassages(url);
}

async function renderPassages(url) {
  const mine = ++generation;
  $("results").setAttribute("aria-busy", "true");
  const params = searchParams(url);
  const offset = Math.max(0, Number(url.searchParams.get("offset")) || 0);
  const api = new URLSearchParams(params);
  api.set("n", String(PAGE));
  if (offset) api.set("offset", String(offset));
  $("status").textContent = "Recherche…";
  const results = $("results");
  let answer;
  try {
    answer = await getJson("/api/search?" + api.toString());
  } catch (e) {
    if (mine !== generation) return;
    results.replaceChildren();
    $("status").textContent = "";
    $("histogram").hidden = true;
    $("prev").hidden = $("next").hidden = true;
    showError(e.message);
    results.setAttribute("aria-busy", "false");
    return;
  }
  if (mine !== generation) return;
  results.setAttribute("aria-busy", "false");
  // As on the terminal: a line closes the passages holding every word, before the partial ones.
  const items = [];
  answer.hits.forEach((hit, i) => {
    const previous = answer.hits[i - 1];
    if (previous && previous.of > 0 && previous.matched === previous.of && hit.matched < hit.of) {
      const n = previous.rank;
      const text = n > 1
        ? `${n} passages contiennent tous les mots ; ensuite, une partie`
        : "1 passage contient tous les mots ; ensuite, une partie";
      items.push(el("li", { class: "tier-break", role: "separator", text }));
    }
    items.push(hitNode(hit));
  });
  results.replaceChildren(...items);
  results.start = offset + 1;
  let status;
  if (!answer.hits.length) status = offset ? "Plus de résultats." : "Aucun passage trouvé.";
  else {
    status = `Passages ${offset + 1} à ${offset + answer.hits.length}`;
    if (answer.partial) status = "Aucun passage ne contient tous les mots : voici les meilleures correspondances partielles. " + status;
  }
  const took = answer.took_ms.toLocaleString("fr-FR", { maximumFractionDigits: 1 });
  $("status").textContent = status + (answer.hits.length ? ` (${took} ms)` : "");
  pageLink($("prev"), url, offset > 0 ? Math.max(0, offset - PAGE) : null);
  pageLink($("next"), url, answer.more ? offset + PAGE : null);
  renderHistogram(params, mine);
}

function pageLink(a, url, offset) {
  a.hidden = offset === null;
  if (offset === null) return;
  const u = new URL(url);
  if (offset) u.searchParams.set("offset", String(offset)); else u.searchParams.delete("offset");
  a.href = u.pathname + "?" + u.searchParams.toString();
  a.onclick = (ev) => { ev.preventDefault(); go(a.getAttribute("href")); window.scrollTo(0, 0); };
}

// Months from the first to the last, gaps included.
function monthRange(first, last) {
  const out = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

async function renderHistogram(params, mine) {
  const figure = $("histogram");
  let counts;
  try {
    counts = await getJson("/api/dates?" + params.toString());
  } catch (_) {
    if (mine === generation) figure.hidden = true;
    return;
  }
  if (mine !== generation) return;
  if (!counts.months.length) { figure.hidden = true; return; }
  const byMonth = new Map(counts.months.map((m) => [m.month, m]));
  const months = monthRange(counts.months[0].month, counts.months[counts.months.length - 1].month);
  const max = Math.max(...counts.months.map((m) => m.passages));
  // Split bars only when the list holds both passages with every word and partial ones.
  const split = counts.all_words > 0 && counts.all_words < counts.total;
  const plural = (n, word) => `${n.toLocaleString("fr-FR")} ${word}${n > 1 ? "s" : ""}`;
  const bars = months.map((month) => {
    const counted = byMonth.get(month) || { passages: 0, all_words: 0 };
    const n = counted.passages;
    const [y, m] = month.split("-");
    let label = `${MONTHS[Number(m) - 1]} ${y} : ${plural(n, "passage")}`;
    if (split && n) label += `, dont ${counted.all_words.toLocaleString("fr-FR")} avec tous les mots`;
    const bar = el("button", { type: "button", class: "bar-month", title: label, "aria-label": label });
    bar.style.height = n ? Math.max(4, Math.round((100 * n) / max)) + "%" : "0";
    if (split && counted.all_words) {
      const full = el("span", { class: "all-words" });
      full.style.height = Math.round((100 * counted.all_words) / n) + "%";
      bar.append(full);
    }
    bar.addEventListener("click", () => {
      $("since").value = month + "-01";
      $("until").value = lastDay(month);
      go(formUrl());
    });
    return bar;
  });
  $("bars").replaceChildren(...bars);
  const first = months[0], last = months[months.length - 1];
  let text = `Passages par mois : ${counts.total.toLocaleString("fr-FR")} au total`;
  if (split) text += `, dont ${counts.all_words.toLocaleString("fr-FR")} avec tous les mots (en foncé)`;
  if (counts.partial) text += ", aucun avec tous les mots";
  if (counts.undated) text += `, ${counts.undated.toLocaleString("fr-FR")} sans date`;
  $("histogram-caption").replaceChildren(
    el("span", { text: dateLabel(first) }),
    el("span", { text }),
    el("span", { text: dateLabel(last) }));
  figure.hidden = false;
}

function lastDay(month) {
  const [y, m] = month.split("-").map(Number);
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(d).padStart(2, "0")}`;
}

async function renderDispatch(url) {
  const mine = ++generation;
  show("dispatch");
  const id = url.searchParams.get("d");
  const target = Number(url.searchParams.get("p")) || 0;
  const back = $("back");
  const params = searchParams(url);
  const results = new URL(url);
  results.searchParams.delete("d");
  results.searchParams.delete("p");
  back.href = hasSearch(params) ? "/?" + results.searchParams.toString() : "/";
  back.textContent = hasSearch(params) ? "← Retour aux résultats" : "← Nouvelle recherche";
  back.onclick = (ev) => {
    ev.preventDefault();
    if (history.state && history.state.fromResults) history.back(); else go(back.getAttribute("href"));
  };
  $("dispatch-title").textContent = "";
  $("dispatch-meta").textContent = "Chargement…";
  $("dispatch-speakers").replaceChildren();
  $("dispatch-passages").replaceChildren();
  let d;
  try {
    d = await getJson("/api/dispatch?id=" + encodeURIComponent(id));
  } catch (e) {
    if (mine === generation) { $("dispatch-meta").textContent = ""; showError(e.message); }
    return;
  }
  if (mine !== generation) return;
  document.title = d.title + " — depeches";
  $("dispatch-title").textContent = d.title || d.dispatch;
  let date = dateLabel(d.date);
  if (d.date && d.date_origin === "dateline") date += " (dateline)";
  $("dispatch-meta").textContent = `${date} · ${d.dispatch}`;
  const colour = new Map(d.speakers.map((s, i) => [s, "s" + (i % 8)]));
  const legend = d.speakers.map((s) =>
    el("span", { class: "legend " + colour.get(s) }, el("span", { class: "swatch" }), s));
  if (legend.length) $("dispatch-speakers").replaceChildren(el("span", { text: "Personnes citées :" }), ...legend);
  let targetNode = null;
  const passages = d.passages.map((p) => {
    const node = el("p", { class: "passage", id: "p" + p.passage, "data-passage": String(p.passage) },
      el("span", { class: "pnum", text: "¶" + p.passage }));
    const chars = Array.from(p.text);
    const spans = p.quotes.map((q) => [q.start, q.end, q]);
    // Each quotation is followed by its speaker's name, after its closing mark.
    let label = null;
    for (let [text, quote] of pieces(chars, 0, chars.length, spans)) {
      if (label) {
        const closing = quote ? "" : (text.match(/^[\s\u00a0\u202f]*[»”"]/) || [""])[0];
        if (closing) node.append(document.createTextNode(closing));
        node.append(label);
        label = null;
        text = text.slice(closing.length);
      }
      if (!quote) { if (text) node.append(document.createTextNode(text)); continue; }
      const who = quote.speaker;
      const cls = who ? colour.get(who) || "s7" : "unknown";
      node.append(el("q", { class: "quote " + cls, title: who ? "Citation de " + who : "Citation (locuteur inconnu)", "data-speaker": who || "" }, text));
      label = el("span", { class: "who " + cls, text: who ? who : "locuteur inconnu" });
    }
    if (label) node.append(label);
    if (p.passage === target) { node.classList.add("target"); targetNode = node; }
    return node;
  });
  $("dispatch-passages").replaceChildren(...passages);
  if (targetNode) targetNode.scrollIntoView({ block: "center" });
  else window.scrollTo(0, 0);
}

// The parameters of the quotation views' API calls: `quotes` means nothing there (their words
// are always inside quotations), nor `sort` to a timeline.
function quotationParams(url, view) {
  const params = searchParams(url);
  params.delete("quotes");
  if (view === "timeline") {
    params.delete("sort");
    params.set("by", byOf(url));
  }
  return params;
}

// « quotation » with the query's words marked, then its speaker.
function quotationNode(q, tag) {
  const chars = Array.from(q.quote);
  const text = el(tag || "p", { class: "quotation-text" });
  const quote = el("q", {
    class: "quote hit-quote",
    title: q.speaker ? "Citation de " + q.speaker : "Citation (locuteur inconnu)",
    "data-speaker": q.speaker || "",
  });
  const marks = (q.highlights || []).map(([a, b]) => [a, b, true]);
  for (const [piece, lit] of pieces(chars, 0, chars.length, marks)) {
    const t = piece.replace(/\n/g, " ");
    quote.append(lit ? el("mark", { text: t }) : document.createTextNode(t));
  }
  text.append("« ", quote, " »");
  text.append(el("span", { class: "who hit-who", text: q.speaker || "locuteur inconnu" }));
  return text;
}

function dispatches(n) {
  return `${n.toLocaleString("fr-FR")} dépêche${n > 1 ? "s" : ""}`;
}

// Where a quotation first appeared: its date and a link to the passage.
function firstNode(q) {
  const f = q.first;
  return el("span", { class: "first" },
    "Première apparition : ",
    el("time", { class: "date", text: dateLabel(f.date) }),
    " · ",
    dispatchLink(f, `${f.dispatch} ¶${f.passage}`, "place"));
}

function quotationItem(q) {
  const li = el("li", { class: "quotation", "data-id": q.id },
    el("div", { class: "hit-head" },
      el("span", { class: "rank", text: String(q.rank) }),
      firstNode(q)),
    quotationNode(q));
  const carried = el("p", { class: "cited", text: `Reprise dans ${dispatches(q.carried_by)}` });
  li.append(carried);
  if (q.carriers && q.carriers.length > 1) {
    const details = el("details", { class: "carriers" },
      el("summary", { text: `Où elle a paru (${q.carriers.length})` }));
    const list = el("ol", {});
    for (const c of q.carriers) {
      list.append(el("li", {},
        el("time", { class: "date", text: dateLabel(c.date) }), " ",
        dispatchLink(c, `${c.dispatch} ¶${c.passage}`, "place"),
        c.speaker ? el("span", { class: "carrier-who", text: " — " + c.speaker }) : null,
        el("span", { class: "carrier-text", text: ` : « ${c.text.replace(/\n/g, " ")} »` })));
    }
    details.append(list);
    if (q.variants && q.variants.length > 1) {
      details.append(el("p", { class: "variants", text: "Variantes : " + q.variants
        .map((v) => `« ${v.text.replace(/\n/g, " ")} » (${dispatches(v.carriers)})`).join(" ; ") }));
    }
    li.append(details);
  }
  return li;
}

async function renderQuotations(url) {
  const mine = ++generation;
  $("quotations").setAttribute("aria-busy", "true");
  const params = quotationParams(url, "quotations");
  const offset = Math.max(0, Number(url.searchParams.get("offset")) || 0);
  params.set("n", String(PAGE));
  if (offset) params.set("offset", String(offset));
  $("status").textContent = "Recherche…";
  const list = $("quotations");
  let answer;
  try {
    answer = await getJson("/api/quotations?" + params.toString());
  } catch (e) {
    if (mine !== generation) return;
    list.replaceChildren();
    $("status").textContent = "";
    showError(e.message);
    list.setAttribute("aria-busy", "false");
    return;
  }
  if (mine !== generation) return;
  list.replaceChildren(...answer.quotations.map(quotationItem));
  list.setAttribute("aria-busy", "false");
  const n = answer.quotations.length;
  let status;
  if (!n) status = offset ? "Plus de citations." : "Aucune citation trouvée.";
  else status = `Citations ${offset + 1} à ${offset + n}`;
  const took = answer.took_ms.toLocaleString("fr-FR", { maximumFractionDigits: 1 });
  $("status").textContent = status + (n ? ` (${took} ms)` : "");
  pageLink($("prev"), url, offset > 0 ? Math.max(0, offset - PAGE) : null);
  pageLink($("next"), url, answer.more ? offset + PAGE : null);
}

// "2025-09-05", "2025-09", "2025-W36", "2025" → words.
function periodLabel(period) {
  const week = period.match(/^(\d{4})-W(\d{2})$/);
  if (week) return `semaine ${Number(week[2])} de ${week[1]}`;
  return dateLabel(period);
}

async function renderTimeline(url) {
  const mine = ++generation;
  $("timeline").setAttribute("aria-busy", "true");
  const params = quotationParams(url, "timeline");
  $("status").textContent = "Recherche…";
  const box = $("timeline");
  let answer;
  try {
    answer = await getJson("/api/timeline?" + params.toString());
  } catch (e) {
    if (mine !== generation) return;
    box.replaceChildren();
    $("status").textContent = "";
    showError(e.message);
    box.setAttribute("aria-busy", "false");
    return;
  }
  if (mine !== generation) return;
  const periods = answer.periods;
  const max = Math.max(1, ...periods.map((p) => p.carriers));
  const sections = periods.map((p) => {
    const bar = el("span", { class: "period-bar" });
    bar.style.width = Math.max(2, Math.round((100 * p.carriers) / max)) + "%";
    const section = el("section", { class: "period", "data-period": p.period },
      el("h3", {},
        el("span", { class: "period-label", text: periodLabel(p.period) }),
        el("span", { class: "period-count", text: `${dispatches(p.carriers)} citant ces propos` })),
      el("div", { class: "period-track", "aria-hidden": "true" }, bar));
    if (p.quotations.length) {
      const list = el("ul", { class: "period-quotations" });
      for (const q of p.quotations) {
        list.append(el("li", { class: "timeline-quotation", "data-id": q.id },
          quotationNode(q, "p"),
          el("p", { class: "cited" }, firstNode(q), ` · reprise dans ${dispatches(q.carried_by)}`)));
      }
      section.append(list);
    } else {
      section.append(el("p", { class: "cited", text: "Des reprises de citations apparues plus tôt." }));
    }
    return section;
  });
  box.replaceChildren(...sections);
  box.setAttribute("aria-busy", "false");
  const quoted = periods.reduce((n, p) => n + p.quotations.length, 0);
  let status;
  if (!periods.length) status = "Aucune citation datée trouvée.";
  else status = `${quoted.toLocaleString("fr-FR")} citation${quoted > 1 ? "s" : ""}, de ${periodLabel(periods[0].period)} à ${periodLabel(periods[periods.length - 1].period)}, chacune à la date de sa première apparition`;
  if (answer.undated) status += ` ; ${answer.undated.toLocaleString("fr-FR")} sans date laissée${answer.undated > 1 ? "s" : ""} de côté`;
  $("status").textContent = status + ".";
}

// The profile of the one speaker asked for, above the quotation views (when the server has it).
let profileGeneration = 0;

async function renderProfile(url, view) {
  const mine = ++profileGeneration;
  const box = $("profile");
  const speakers = url.searchParams.getAll("speaker").filter((s) => s.trim());
  if (view === "passages" || speakers.length !== 1) { box.hidden = true; box.replaceChildren(); return; }
  let p;
  try {
    p = await getJson("/api/profile?speaker=" + encodeURIComponent(speakers[0]));
  } catch (_) {
    if (mine === profileGeneration) { box.hidden = true; box.replaceChildren(); }
    return;
  }
  if (mine !== profileGeneration) return;
  const facts = [`${p.quotations.toLocaleString("fr-FR")} citation${p.quotations > 1 ? "s" : ""} dans ${dispatches(p.dispatches)}`];
  if (p.first && p.last) facts.push(`du ${dateLabel(p.first)} au ${dateLabel(p.last)}`);
  const parts = [
    el("h2", { class: "profile-name", text: p.speaker }),
    el("p", { class: "profile-facts", text: facts.join(", ") }),
  ];
  const aliases = (p.aliases || []).filter((a) => a !== p.speaker);
  if (aliases.length) parts.push(el("p", { class: "cited", text: "Aussi nommé : " + aliases.join(", ") }));
  if (p.distinctive && p.distinctive.length) {
    const words = el("p", { class: "distinctive" }, el("span", { text: "Ses mots : " }));
    for (const d of p.distinctive) {
      const u = new URL(url);
      for (const k of ["d", "p", "offset"]) u.searchParams.delete(k);
      u.searchParams.set("q", d.words);
      u.searchParams.set("view", "quotations");
      u.searchParams.delete("by");
      const a = el("a", { class: "chip", href: u.pathname + "?" + u.searchParams.toString(),
        text: `${d.words} (${d.quotations})`, title: d.example ? "« " + d.example.quote + " »" : "" });
      a.addEventListener("click", (ev) => { ev.preventDefault(); go(a.getAttribute("href")); });
      words.append(a, " ");
    }
    parts.push(words);
  }
  box.replaceChildren(...parts);
  box.hidden = false;
}

async function render() {
  showError("");
  const url = new URL(location.href);
  fillForm(url);
  hideSuggestions();
  if (url.searchParams.get("d")) return renderDispatch(url);
  document.title = "depeches — qui a dit quoi, et quand";
  const params = searchParams(url);
  if (!hasSearch(params)) { generation++; show("welcome"); return; }
  const q = params.get("q");
  if (q) document.title = q + " — depeches";
  return renderResults(url);
}

// Autocomplete of the speaker box, from /api/speakers.
let suggestTimer = null;
let suggestGeneration = 0;

function hideSuggestions() {
  const list = $("speaker-suggestions");
  list.hidden = true;
  list.replaceChildren();
  $("speaker").setAttribute("aria-expanded", "false");
}

function chooseSpeaker(name) {
  $("speaker").value = name;
  hideSuggestions();
  go(formUrl());
}

async function suggest() {
  const mine = ++suggestGeneration;
  const prefix = $("speaker").value.trim();
  if (!prefix) { hideSuggestions(); return; }
  let answer;
  try {
    answer = await getJson("/api/speakers?n=8&prefix=" + encodeURIComponent(prefix));
  } catch (_) { return; }
  if (mine !== suggestGeneration || document.activeElement !== $("speaker")) return;
  const list = $("speaker-suggestions");
  const items = answer.speakers.map((s, i) => {
    const li = el("li", { role: "option", id: "speaker-option-" + i, "aria-selected": "false", "data-speaker": s.speaker },
      el("span", { text: s.speaker }),
      el("span", { class: "count", text: `${s.quotations} citation${s.quotations > 1 ? "s" : ""}` }));
    li.addEventListener("mousedown", (ev) => { ev.preventDefault(); chooseSpeaker(s.speaker); });
    return li;
  });
  list.replaceChildren(...items);
  list.hidden = !items.length;
  $("speaker").setAttribute("aria-expanded", items.length ? "true" : "false");
}

function moveSelection(step) {
  const items = Array.from($("speaker-suggestions").children);
  if (!items.length) return false;
  let i = items.findIndex((li) => li.getAttribute("aria-selected") === "true");
  if (i >= 0) items[i].setAttribute("aria-selected", "false");
  i = (i + step + items.length) % items.length;
  items[i].setAttribute("aria-selected", "true");
  $("speaker").setAttribute("aria-activedescendant", items[i].id);
  return true;
}

function setup() {
  $("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const selected = document.querySelector("#speaker-suggestions [aria-selected=true]");
    if (selected && !$("speaker-suggestions").hidden) $("speaker").value = selected.dataset.speaker;
    go(formUrl());
  });
  for (const id of ["quotes", "sort", "since", "until"]) {
    $(id).addEventListener("change", () => { if (hasSearch(new URLSearchParams(formUrl().slice(2)))) go(formUrl()); });
  }
  const speaker = $("speaker");
  speaker.addEventListener("input", () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, 120);
  });
  speaker.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown" && moveSelection(1)) ev.preventDefault();
    else if (ev.key === "ArrowUp" && moveSelection(-1)) ev.preventDefault();
    else if (ev.key === "Escape") hideSuggestions();
  });
  speaker.addEventListener("blur", () => setTimeout(hideSuggestions, 150));
  $("home").addEventListener("click", (ev) => { ev.preventDefault(); go("/"); });
  for (const a of document.querySelectorAll("#welcome a")) {
    a.addEventListener("click", (ev) => { ev.preventDefault(); go(a.getAttribute("href")); });
  }
  for (const a of document.querySelectorAll("#tabs a")) {
    a.addEventListener("click", (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
      ev.preventDefault();
      go(a.getAttribute("href"));
    });
  }
  $("by").addEventListener("change", () => {
    const u = new URL(location.href);
    u.searchParams.set("by", $("by").value);
    go(u.pathname + "?" + u.searchParams.toString());
  });
  window.addEventListener("popstate", render);
  render();
}

setup();
