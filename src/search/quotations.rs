//! Quotations as results: one result per quotation, however many dispatches carried it, with its
//! first appearance and its carriers in date order (`search --quotations`, `--provenance`).
//!
//! A quotation is the set of passages holding its id (see `index::provenance`): the ids are
//! written at indexing time, so a query costs a normal search inside quotations, then one term
//! lookup per quotation shown to find its carriers.

use rustc_hash::{FxHashMap, FxHashSet};
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use crate::index::analysis::Chain;
use crate::index::provenance::{format_id, parse_id};
use crate::index::{self, stored_str};
use crate::search::hit;
use crate::search::query::{Scope, UserQuery};
use crate::search::snippet;
use crate::search::speaker_list::name_terms;
use crate::search::{Engine, Hit, Options, Sort};
use crate::text::fold::fold;
use crate::text::offsets::char_offset;

/// Passages searched per quotation asked for: several passages often carry one quotation.
const PASSAGES_PER_QUOTATION: usize = 5;

/// The most passages searched to fill a page of quotations.
const MAX_PASSAGES: usize = 300;

/// Carriers read per quotation at most (its count of carriers stays exact).
const MAX_CARRIERS: usize = 1000;

/// One dispatch's passage carrying a quotation, as it worded it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Carrier {
    pub dispatch: String,
    pub passage: u64,
    /// `YYYY-MM-DD` or `YYYY-MM`; `None` for an undated dispatch.
    pub date: Option<String>,
    pub speaker: Option<String>,
    /// The quotation's words as this passage gives them.
    pub text: String,
}

/// One quotation, however many dispatches carried it.
#[derive(Debug, Clone)]
pub struct Quotation {
    /// 1-based rank.
    pub rank: usize,
    /// Its id (16 hexadecimal digits), for `--provenance`.
    pub id: String,
    /// Its words as the best-matching passage gives them…
    pub text: String,
    /// …with the query's words to highlight, as byte ranges of `text`.
    pub highlights: Vec<(usize, usize)>,
    /// Who said it: the speaker its carriers name most often (none when none names one).
    pub speaker: Option<String>,
    /// Every carrier, first appearance first (undated ones last).
    pub carriers: Vec<Carrier>,
    /// How many dispatches carried it.
    pub carried_by: usize,
}

impl Quotation {
    /// Its first appearance.
    pub fn first(&self) -> &Carrier {
        &self.carriers[0]
    }

    /// The distinct wordings among its carriers (compared without case, accents or
    /// punctuation), in order of first appearance, with how many carriers gave each.
    pub fn variants(&self) -> Vec<(&str, usize)> {
        let mut out: Vec<(&str, usize, String)> = Vec::new();
        for c in &self.carriers {
            let key = wording_key(&c.text);
            match out.iter_mut().find(|(_, _, k)| *k == key) {
                Some(v) => v.1 += 1,
                None => out.push((&c.text, 1, key)),
            }
        }
        out.into_iter().map(|(t, n, _)| (t, n)).collect()
    }
}

fn wording_key(text: &str) -> String {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A quotation met in a hit, waiting for its carriers.
struct Found {
    id: u64,
    text: String,
    highlights: Vec<(usize, usize)>,
}

impl Engine {
    /// `search --quotations`: the quotations whose words match `query` (every word inside the
    /// quotation, as `--quotes`), one result per quotation, by relevance (the best passage
    /// carrying it) or by date of first appearance (newest first).
    pub fn quotations(&self, query: &UserQuery, opts: &Options) -> anyhow::Result<Vec<Quotation>> {
        Ok(self.quotations_page(query, opts)?.0)
    }

    /// [`Engine::quotations`], and whether more quotations were found past the page.
    pub fn quotations_page(
        &self,
        query: &UserQuery,
        opts: &Options,
    ) -> anyhow::Result<(Vec<Quotation>, bool)> {
        let limit = opts.limit.max(1);
        let mut q = query.clone();
        for c in &mut q.clauses {
            if !c.negated {
                c.scope = Scope::Quote;
            }
        }
        let wanted = opts.offset + limit;
        let passages = Options {
            limit: (wanted * PASSAGES_PER_QUOTATION).min(MAX_PASSAGES),
            offset: 0,
            sort: Sort::Relevance,
            all_words: true,
            count: false,
            ..opts.clone()
        };
        let speakers: Vec<Vec<String>> = query
            .speakers
            .iter()
            .map(|s| name_words(&self.aliases.query_name(s)))
            .collect();
        // By relevance, one quotation past the page says that more follow; by date, every
        // quotation found is sorted.
        let enough = match opts.sort {
            Sort::Relevance => Some(wanted + 1),
            Sort::Date => None,
        };
        let found = self.found_quotes(&q, &passages, &speakers, enough)?;
        self.reading(|| {
            let searcher = self.searcher();
            let mut out = Vec::new();
            // By date, every quotation found is read before the page is cut.
            let keep = match opts.sort {
                Sort::Relevance => wanted,
                Sort::Date => found.len(),
            };
            let beyond = found.len() > keep;
            for f in found.into_iter().take(keep) {
                if let Some(q) = self.quotation(&searcher, f.id, Some(f))? {
                    out.push(q);
                }
            }
            if opts.sort == Sort::Date {
                // Newest first appearance first; undated last.
                out.sort_by_key(|q| std::cmp::Reverse(date_key(&q.first().date)));
            }
            let more = out.len() > wanted || (opts.sort == Sort::Relevance && beyond);
            let mut out: Vec<Quotation> = out.into_iter().skip(opts.offset).take(limit).collect();
            for (i, q) in out.iter_mut().enumerate() {
                q.rank = opts.offset + i + 1;
            }
            Ok((out, more))
        })
    }

    /// The quotations of the passages `search` would list for `q` with `opts`, said by one of
    /// `speakers` (see [`matching_quotes`]), in the order the passages rank, each once; no more
    /// passages are read once `enough` quotations are found. A passage is read for what this
    /// needs — its quotations and highlights — not for its snippet, title or duplicates.
    fn found_quotes(
        &self,
        q: &UserQuery,
        opts: &Options,
        speakers: &[Vec<String>],
        enough: Option<usize>,
    ) -> anyhow::Result<Vec<Found>> {
        self.reading(|| {
            let searcher = self.searcher();
            let mut warm = self.warm.try_lock().ok();
            let mut planner = self.planner(&mut warm, &searcher, opts);
            let planned = planner.plan(q);
            let mut analyzers = std::mem::take(&mut planner.analyzers);
            let found = planned.map_err(anyhow::Error::new).and_then(|plan| {
                // As `search` ranks them: one passage more than the page asked for.
                let fetch = Options {
                    limit: opts.offset + opts.limit.max(1) + 1,
                    ..opts.clone()
                };
                let (ranked, _, _) = self.rank(&searcher, &plan, &fetch)?;
                let page = ranked.iter().skip(opts.offset).take(opts.limit.max(1));
                let mut found: Vec<Found> = Vec::new();
                for r in page {
                    let doc: TantivyDocument = searcher.doc(r.addr)?;
                    let chain = Chain::for_lang(stored_str(&doc, self.fields.lang).unwrap_or("fr"));
                    let wanted: FxHashSet<String> = plan
                        .chains
                        .iter()
                        .filter(|c| c.chain == chain)
                        .flat_map(|c| c.highlight.iter().cloned())
                        .collect();
                    let analyzer = self.analyzer(&mut analyzers, chain);
                    let text = stored_str(&doc, self.fields.text)
                        .unwrap_or_default()
                        .to_owned();
                    let highlights = snippet::highlights(analyzer, &text, &wanted);
                    let mut hit = self.hit(&doc, 0, r.score, text, highlights, (0, 0));
                    // A speaker's quotation none of whose words is highlighted is highlighted
                    // whole, as `search` shows it.
                    hit::focus_quote(&mut hit, &plan.speakers, &mut planner.name_analyzer, 0);
                    for f in matching_quotes(&hit, speakers) {
                        if !found.iter().any(|g| g.id == f.id) {
                            found.push(f);
                        }
                    }
                    if enough.is_some_and(|n| found.len() >= n) {
                        break;
                    }
                }
                Ok(found)
            });
            if let Some(w) = warm.as_mut() {
                **w = analyzers;
            }
            found
        })
    }

    /// `search --provenance`: the quotation with this id, or else the one that best matches
    /// `words` (inside quotations), with all its carriers.
    pub fn provenance(&self, words: &str) -> anyhow::Result<Option<Quotation>> {
        if let Some(id) = parse_id(words) {
            let found = self.reading(|| self.quotation(&self.searcher(), id, None))?;
            return Ok(found.map(|q| Quotation { rank: 1, ..q }));
        }
        let q = crate::search::query::parse(words);
        let opts = Options {
            limit: 1,
            ..Options::default()
        };
        Ok(self.quotations(&q, &opts)?.into_iter().next())
    }

    /// The quotation `id`: its carriers, read from the passages holding its id.
    fn quotation(
        &self,
        searcher: &Searcher,
        id: u64,
        found: Option<Found>,
    ) -> anyhow::Result<Option<Quotation>> {
        let f = &self.fields;
        let term = Term::from_field_u64(f.quotation, id);
        let mut addrs: Vec<DocAddress> = searcher
            .search(
                &TermQuery::new(term, IndexRecordOption::Basic),
                &DocSetCollector,
            )?
            .into_iter()
            .collect();
        addrs.sort_unstable();
        addrs.truncate(MAX_CARRIERS);
        let hex = format_id(id);
        let mut carriers = Vec::with_capacity(addrs.len());
        for addr in addrs {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let (Some(stored), Some(text)) = (stored_str(&doc, f.quotes), stored_str(&doc, f.text))
            else {
                continue;
            };
            let Some(q) = index::read_quotes(stored, text)
                .into_iter()
                .find(|q| q.quotation.as_deref() == Some(hex.as_str()))
            else {
                continue;
            };
            carriers.push(Carrier {
                dispatch: stored_str(&doc, f.dispatch).unwrap_or_default().to_owned(),
                passage: doc
                    .get_first(f.passage)
                    .and_then(|v| v.as_u64())
                    .unwrap_or(0),
                date: stored_str(&doc, f.date).map(str::to_owned),
                speaker: q.speaker,
                text: q.text,
            });
        }
        if carriers.is_empty() {
            return Ok(None);
        }
        // Dated carriers by date, undated ones last; then by dispatch and passage, so that the
        // order never depends on where the index keeps them.
        carriers.sort_by(|a, b| {
            (a.date.is_none(), date_key(&a.date), &a.dispatch, a.passage).cmp(&(
                b.date.is_none(),
                date_key(&b.date),
                &b.dispatch,
                b.passage,
            ))
        });
        let mut dispatches: Vec<&str> = carriers.iter().map(|c| c.dispatch.as_str()).collect();
        dispatches.sort_unstable();
        dispatches.dedup();
        let carried_by = dispatches.len();
        let speaker = most_named(&carriers);
        let (text, highlights) = match found {
            Some(f) => (f.text, f.highlights),
            None => (carriers[0].text.clone(), Vec::new()),
        };
        Ok(Some(Quotation {
            rank: 0,
            id: hex,
            text,
            highlights,
            speaker,
            carriers,
            carried_by,
        }))
    }
}

/// A date as carriers are ordered by it: a dispatch dated only by its month comes after those
/// dated by a day of that month (it may have been the first, but they surely were by then).
pub(crate) fn date_key(date: &Option<String>) -> String {
    match date.as_deref() {
        Some(d) if d.len() == 7 => format!("{d}-32"),
        Some(d) => d.to_owned(),
        None => String::new(),
    }
}

/// The speaker its carriers name most often; between equals, the one named first.
fn most_named(carriers: &[Carrier]) -> Option<String> {
    let mut counts: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for (i, c) in carriers.iter().enumerate() {
        if let Some(s) = c.speaker.as_deref() {
            let e = counts.entry(s).or_insert((0, i));
            e.0 += 1;
        }
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1)))
        .map(|(s, _)| s.to_owned())
}

/// A speaker name's folded words.
pub(crate) fn name_words(name: &str) -> Vec<String> {
    name_terms(name)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether a quotation's speaker is one of the speakers asked for (every word of a name asked
/// for is in the speaker's name); any speaker when none is asked for.
pub(crate) fn speaker_wanted(speaker: Option<&str>, wanted: &[Vec<String>]) -> bool {
    if wanted.is_empty() {
        return true;
    }
    let Some(s) = speaker else {
        return false;
    };
    let have = name_words(s);
    wanted
        .iter()
        .any(|w| w.iter().all(|word| have.contains(word)))
}

/// The quotations of a hit that hold its highlighted words (all of its quotations when nothing
/// is highlighted: a search by speaker alone), said by a speaker asked for.
fn matching_quotes(hit: &Hit, speakers: &[Vec<String>]) -> Vec<Found> {
    let highlights = hit.highlight_chars();
    let mut out = Vec::new();
    for q in &hit.quotes {
        let Some(id) = q.quotation.as_deref().and_then(parse_id) else {
            continue;
        };
        if !speaker_wanted(q.speaker.as_deref(), speakers) {
            continue;
        }
        let inside: Vec<[usize; 2]> = highlights
            .iter()
            .filter(|[s, e]| *s >= q.start && *e <= q.end)
            .copied()
            .collect();
        if inside.is_empty() && !highlights.is_empty() {
            continue;
        }
        // Character offsets of the passage to byte offsets of the quotation's text.
        let byte_of = |c: usize| {
            q.text
                .char_indices()
                .nth(c)
                .map_or(q.text.len(), |(b, _)| b)
        };
        let highlights = inside
            .iter()
            .map(|[s, e]| (byte_of(s - q.start), byte_of(e - q.start)))
            .collect();
        out.push(Found {
            id,
            text: q.text.clone(),
            highlights,
        });
    }
    out
}

/// The highlights of a quotation as character offsets of its text, as JSON gives them.
pub fn highlight_chars(q: &Quotation) -> Vec<[usize; 2]> {
    q.highlights
        .iter()
        .map(|&(s, e)| [char_offset(&q.text, s), char_offset(&q.text, e)])
        .collect()
}

/// What `--provenance WORDS|ID` says when nothing is found, and what to try instead: `list` is
/// how the caller lists quotations by their words (`--quotations WORDS`).
pub fn not_found(words: &str, list: &str) -> String {
    match parse_id(words) {
        Some(id) => format!(
            "no quotation with id {} in the index (an id can change when the index is rebuilt): find the quotation by its words with {list}",
            format_id(id)
        ),
        None => format!(
            "no quotation matches {:?}: try fewer words, or {list} to list the quotations holding them",
            crate::text::escape::clipped(words.trim(), 80)
        ),
    }
}
