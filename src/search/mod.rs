//! Running a query: top-k passages, their stored fields, highlights and snippets.

pub mod dates;
pub mod dispatch;
pub mod filtered;
pub mod plan;
pub mod profile;
pub mod query;
pub mod quotations;
pub mod rules;
pub mod snippet;
pub mod speaker_list;
pub mod timeline;
pub mod translit;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rustc_hash::FxHashSet;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::Query;
use tantivy::schema::Value;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Index, IndexReader, Order, Searcher, TantivyDocument};

use crate::index::analysis::{self, Chain};
use crate::index::schema::{self, Fields};
use crate::index::{self, stored_str};
use crate::model::aliases::Aliases;
use crate::model::dispatch::distinct_speakers;
use crate::model::error::Error;
use crate::model::quote::HitQuote;
use crate::search::plan::{Correction, Plan, Planner, UnitKind};
use crate::search::query::UserQuery;
use crate::search::rules::words::{self, Candidate, Filters};
use crate::search::rules::{collapse, fields, proximity};
use crate::text::offsets::char_offset;

/// How many of the best passages are re-ranked by the rules that read more than postings
/// (proximity, field signals).
const RESCORE_WINDOW: usize = 30;

/// How much standing together adds to a passage's BM25: `bm25 × (1 + PROXIMITY × proximity)`.
pub const PROXIMITY: f32 = 0.5;

/// The most hits one search returns (`search -n`). The collector reserves room for every hit
/// asked for: an unbounded number is an allocation failure, not a longer list.
pub const MAX_LIMIT: usize = 10_000;

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    #[default]
    Relevance,
    /// Newest first; undated passages last.
    Date,
}

#[derive(Debug, Clone)]
pub struct Options {
    /// How many hits to return (at least one).
    pub limit: usize,
    /// How many of the best hits to skip first: the hits returned are ranked `offset + 1` on.
    pub offset: usize,
    pub sort: Sort,
    /// Characters of passage shown around the match.
    pub snippet_chars: usize,
    /// Count every matching passage into `Outcome::total`. Off by default: counting visits every
    /// match, where top-k alone skips most of a frequent term's postings (block-max WAND).
    pub count: bool,
    /// Only passages holding every word; the best partial matches only when none does.
    pub all_words: bool,
    /// No typo corrections.
    pub exact: bool,
    /// Show near-duplicate passages once (see [`rules::collapse`]).
    pub collapse: bool,
    /// Say why each hit ranks where it does (`Hit::explanation`).
    pub explain: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            limit: 10,
            offset: 0,
            sort: Sort::Relevance,
            snippet_chars: 300,
            count: false,
            all_words: false,
            exact: false,
            collapse: true,
            explain: false,
        }
    }
}

/// One ranked passage.
#[derive(Debug, Clone)]
pub struct Hit {
    pub rank: usize,
    pub score: f32,
    pub dispatch: String,
    pub passage: u64,
    pub date: Option<String>,
    pub date_precision: Option<String>,
    pub date_origin: Option<String>,
    pub lang: String,
    pub title: String,
    pub text: String,
    /// Byte ranges of `text` to highlight.
    pub highlights: Vec<(usize, usize)>,
    /// Byte range of `text` worth showing on a terminal.
    pub snippet: (usize, usize),
    pub quotes: Vec<HitQuote>,
    /// The index in `quotes` of the quotation the hit is about: the asked speaker's (the one
    /// holding the most highlighted words, else their first), or without a speaker the one
    /// holding the most highlighted words; `None` when no quotation holds any.
    pub highlighted_quote: Option<usize>,
    /// How many units of the query (words, phrases) it holds…
    pub matched: usize,
    /// …of how many.
    pub of: usize,
    /// The near-duplicates of this passage in other dispatches, shown through it.
    pub duplicates: Vec<Duplicate>,
    /// Why it ranks where it does, when `Options::explain` asked.
    pub explanation: Option<Explanation>,
}

/// What ranked a hit: its tier, each unit's BM25 contribution, proximity and field signals.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Explanation {
    /// `matched/of`: how many units of the query it holds, of how many (rule `words`).
    pub tier: String,
    /// What orders the tiers: the weights of the units it holds, plus half the weights of those
    /// it lacks and its dispatch's title holds (rule `words`).
    pub coverage: f32,
    pub units: Vec<UnitExplanation>,
    /// The sum of the units' contributions.
    pub bm25: f32,
    /// Units held over the length of the shortest stretch holding them (rule `proximity`);
    /// `null` when it holds fewer than two.
    pub proximity: Option<f32>,
    /// No more than two words between each unit and the next.
    pub together: bool,
    /// Share of the units held that the dispatch's title holds too (rule `fields`).
    pub title: f32,
    /// The dispatch's first passage (rule `fields`).
    pub first_passage: bool,
    /// `bm25 × (1 + 0.5 × proximity) × (1 + 0.4 × title + 0.2 × first passage)`: what orders
    /// hits of one tier.
    pub score: f32,
}

/// How a hit holds one unit of the query.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct UnitExplanation {
    /// As typed.
    pub unit: String,
    /// The index term it was found as (a word's spelling; `null` for a phrase or a unit not
    /// held).
    pub term: Option<String>,
    /// Its BM25 contribution (tantivy's BM25 of the term in the passage), `null` when not held.
    pub bm25: Option<f32>,
    /// What holding it adds to the coverage: its informativeness relative to the query's most
    /// informative unit (1), at least 0.25.
    pub weight: f32,
    /// Held only through a typo correction (its BM25 counts 70 %).
    pub typo: bool,
}

/// A passage collapsed into a hit: the same text, give or take a few words.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Duplicate {
    pub dispatch: String,
    pub passage: u64,
    pub date: Option<String>,
}

impl Hit {
    /// Highlights as character offsets into `text`, as the JSON output gives them.
    pub fn highlight_chars(&self) -> Vec<[usize; 2]> {
        self.highlights
            .iter()
            .map(|&(s, e)| [char_offset(&self.text, s), char_offset(&self.text, e)])
            .collect()
    }

    /// The speaker of the quotation holding the first highlighted word, when known.
    pub fn highlighted_speaker(&self) -> Option<&str> {
        self.highlights.iter().find_map(|&(s, e)| {
            let (s, e) = (char_offset(&self.text, s), char_offset(&self.text, e));
            self.quotes
                .iter()
                .find(|q| q.start <= s && e <= q.end)
                .and_then(|q| q.speaker.as_deref())
        })
    }

    /// Distinct speakers quoted in this passage.
    pub fn speakers(&self) -> Vec<&str> {
        distinct_speakers(self.quotes.iter().map(|q| q.speaker.as_deref()))
    }
}

/// What a search found.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub hits: Vec<Hit>,
    /// How many passages matched in all when `Options::count` asked for it, else how many hits
    /// were returned.
    pub total: usize,
    /// No hit holds every unit of the query: these are the best partial matches.
    pub partial: bool,
    /// Words the index did not hold, and what they were also matched to.
    pub corrections: Vec<Correction>,
    /// More hits follow the ones returned (at `offset + limit`).
    pub more: bool,
}

/// An open index, ready to answer queries.
pub struct Engine {
    /// The index folder, for messages.
    dir: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// The chains the index holds passages for: a query is only built for those. Fixed for the
    /// engine's life, as the reader is never reloaded.
    chains: Vec<Chain>,
    /// One analyzer per chain, built once: a search clones the ones it needs (cheap: their stop
    /// lists and stemmers are shared) instead of rebuilding them.
    analyzers: Vec<(Chain, TextAnalyzer)>,
    /// Speakers' name variants: `--speaker zelenski` looks for the name the index holds.
    aliases: Aliases,
    /// Analyzers handed from one search to the next, so that their memo of stems (filled by
    /// highlighting every hit's passage) outlives a search. A search that finds them taken by
    /// another thread clones fresh ones instead of waiting.
    warm: Mutex<Vec<(Chain, TextAnalyzer)>>,
}

impl Engine {
    pub fn open(dir: &Path) -> anyhow::Result<Engine> {
        let index::Opened {
            index,
            fields,
            reader,
        } = index::open(dir)?;
        let chains = chains(&reader.searcher(), &fields);
        let aliases = Aliases::load(dir)?;
        Ok(Engine {
            dir: dir.to_owned(),
            index,
            reader,
            fields,
            chains,
            analyzers: Chain::ALL.iter().map(|&c| (c, c.analyzer())).collect(),
            aliases,
            warm: Mutex::new(Vec::new()),
        })
    }

    pub fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    /// Runs `query`: passages holding every unit of the query first, then (unless
    /// `opts.all_words`) those holding fewer, in tiers (see [`crate::rules`]).
    pub fn search(&self, query: &UserQuery, opts: &Options) -> anyhow::Result<Outcome> {
        if opts.limit > MAX_LIMIT {
            return Err(Error::Usage(format!("at most {MAX_LIMIT} hits can be asked for")).into());
        }
        self.reading(|| self.search_unguarded(query, opts))
    }

    /// Runs `f`, which reads the index, turning what a damaged index causes — a tantivy error,
    /// or a panic inside tantivy — into one error that says how to check and repair the index.
    /// Errors in the query itself pass unchanged.
    pub fn reading<T>(&self, f: impl FnOnce() -> anyhow::Result<T>) -> anyhow::Result<T> {
        match index::guard::catching(f) {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => match e.downcast_ref::<tantivy::TantivyError>() {
                Some(t) => Err(index::damage(&self.dir, t)),
                None => Err(e),
            },
            Err(panic) => Err(index::folder::damaged(
                &self.dir,
                &format!("reading it failed: {panic}"),
            )),
        }
    }

    fn search_unguarded(&self, query: &UserQuery, opts: &Options) -> anyhow::Result<Outcome> {
        let searcher = self.searcher();
        let mut warm = self.warm.try_lock().ok();
        let analyzers = match warm.as_mut() {
            Some(w) if !w.is_empty() => std::mem::take(&mut **w),
            _ => self
                .analyzers
                .iter()
                .filter(|(c, _)| self.chains.contains(c))
                .cloned()
                .collect(),
        };
        let mut planner = Planner {
            fields: &self.fields,
            chains: self.chains.clone(),
            analyzers,
            name_analyzer: analysis::name_analyzer(),
            aliases: &self.aliases,
            searcher: (!opts.exact).then_some(&searcher),
        };
        let planned = planner.plan(query);
        let mut analyzers = std::mem::take(&mut planner.analyzers);
        let plan = match planned {
            Ok(p) => p,
            Err(e) => {
                if let Some(w) = warm.as_mut() {
                    **w = analyzers;
                }
                return Err(anyhow::Error::new(e));
            }
        };
        // The hits before `offset`, the hits shown, and one more that says whether more follow.
        let page = opts.limit.max(1);
        let fetch = Options {
            limit: opts.offset + page + 1,
            ..opts.clone()
        };
        let (ranked, total, partial) = self.rank(&searcher, &plan, &fetch)?;
        let more = ranked.len() > opts.offset + page;
        let mut hits = Vec::with_capacity(page);
        let shown = ranked.into_iter().enumerate().skip(opts.offset).take(page);
        for (rank, r) in shown {
            let doc: TantivyDocument = searcher.doc(r.addr)?;
            let lang = stored_str(&doc, self.fields.lang)
                .unwrap_or("fr")
                .to_owned();
            let chain = Chain::for_lang(&lang);
            let wanted: FxHashSet<String> = plan
                .chains
                .iter()
                .filter(|c| c.chain == chain)
                .flat_map(|c| c.highlight.iter().cloned())
                .collect();
            if !analyzers.iter().any(|(c, _)| *c == chain) {
                let prototype = self.analyzers.iter().find(|(c, _)| *c == chain);
                analyzers.push((
                    chain,
                    prototype.expect("every chain has an analyzer").1.clone(),
                ));
            }
            let analyzer = &mut analyzers
                .iter_mut()
                .find(|(c, _)| *c == chain)
                .expect("just added")
                .1;
            let text = stored_str(&doc, self.fields.text)
                .unwrap_or_default()
                .to_owned();
            let highlights = snippet::highlights(analyzer, &text, &wanted);
            let snippet = snippet::crop(&text, &highlights, opts.snippet_chars);
            let mut hit = self.hit(&doc, rank + 1, r.score, text, highlights, snippet);
            focus_quote(
                &mut hit,
                &plan.speakers,
                &mut planner.name_analyzer,
                opts.snippet_chars,
            );
            hit.matched = r.matched;
            hit.of = r.of;
            hit.title = index::title(&searcher, &self.fields, r.addr, &doc)?;
            hit.explanation = r.explanation.clone();
            for &addr in &r.duplicates {
                let d: TantivyDocument = searcher.doc(addr)?;
                let dup = self.hit(&d, 0, 0.0, String::new(), Vec::new(), (0, 0));
                hit.duplicates.push(Duplicate {
                    dispatch: dup.dispatch,
                    passage: dup.passage,
                    date: dup.date,
                });
            }
            hits.push(hit);
        }
        let mut corrections = plan.corrections;
        for c in &mut corrections {
            // The spellings the hits show; else the first term, capitalised as typed.
            for t in &c.terms {
                if let Some(w) = surface(&mut analyzers, &hits, t) {
                    if !c.shown.contains(&w) {
                        c.shown.push(w);
                    }
                }
            }
            if c.shown.is_empty() {
                let t = &c.terms[0];
                c.shown.push(if c.typed.starts_with(char::is_uppercase) {
                    let mut chars = t.chars();
                    chars
                        .next()
                        .map(|f| f.to_uppercase().chain(chars).collect())
                        .unwrap_or_default()
                } else {
                    t.clone()
                });
            }
        }
        if let Some(w) = warm.as_mut() {
            **w = analyzers;
        }
        Ok(Outcome {
            hits,
            total,
            partial,
            corrections,
            more,
        })
    }

    /// The passages to show for `plan`, best first: the strict query's matches, then (when they
    /// are fewer than asked) the `words` rule's tiers, re-ranked within each tier by the rules
    /// that read positions.
    fn rank(
        &self,
        searcher: &Searcher,
        plan: &Plan,
        opts: &Options,
    ) -> anyhow::Result<(Vec<Ranked>, usize, bool)> {
        let limit = opts.limit.max(1);
        let window = limit.max(RESCORE_WINDOW);
        let Some(strict) = query::strict(plan, &self.fields) else {
            return Ok((Vec::new(), 0, false));
        };
        if !plan.has_words() {
            // Speakers or dates alone: no words to count or rank by.
            let (top, total) = self.top(searcher, strict.as_ref(), opts)?;
            let ranked = top
                .into_iter()
                .map(|(score, addr)| Ranked::plain(addr, score))
                .collect();
            let ranked = if opts.collapse {
                collapsed(searcher, ranked)?
            } else {
                ranked
            };
            return Ok((ranked, total, false));
        }
        let first = Options {
            limit: if opts.sort == Sort::Relevance {
                window
            } else {
                limit
            },
            ..opts.clone()
        };
        let (top, mut total) = self.top(searcher, strict.as_ref(), &first)?;
        let mut candidates = self.describe(searcher, plan, &top)?;
        let mut partial = false;
        if opts.all_words {
            if candidates.is_empty() {
                if let Some(any) = query::any(plan, &self.fields) {
                    let (top, t) = self.top(searcher, any.as_ref(), &first)?;
                    total = t;
                    candidates = self.describe(searcher, plan, &top)?;
                    partial = !candidates.is_empty();
                }
            }
        } else if top.len() < limit && plan.tiered() {
            // Fewer passages hold every unit than asked for: fill the page in tiers.
            let filters = Filters {
                speakers: &plan.speakers,
                speakers_field: self.fields.speakers,
                dates: plan.dates.as_ref(),
            };
            let mut tiered = Vec::new();
            for (i, cp) in plan.chains.iter().enumerate() {
                tiered.extend(words::top(searcher, cp, i, &filters, window, 1)?);
            }
            tiered.sort_by(|a, b| b.key().total_cmp(&a.key()).then(a.addr.cmp(&b.addr)));
            tiered.truncate(window);
            candidates = tiered
                .into_iter()
                .map(|c| {
                    let score = top
                        .iter()
                        .find(|(_, a)| *a == c.addr)
                        .map_or_else(|| c.bm25(), |(s, _)| *s);
                    (score, c)
                })
                .collect();
            total = candidates.len();
            partial = !candidates
                .iter()
                .any(|(_, c)| c.matched() == plan_of(plan, c));
        }
        let mut ranked = self.rescore(searcher, plan, candidates, opts)?;
        if opts.collapse {
            ranked = collapsed(searcher, ranked)?;
        }
        ranked.truncate(limit);
        if partial {
            partial = !ranked.iter().any(|r| r.matched == r.of);
        }
        if !opts.count {
            total = ranked.len();
        }
        Ok((ranked, total, partial))
    }

    /// Each passage of `top` with how it holds the units of its chain's plan.
    fn describe(
        &self,
        searcher: &Searcher,
        plan: &Plan,
        top: &[(f32, DocAddress)],
    ) -> anyhow::Result<Vec<(f32, Candidate)>> {
        let addrs: Vec<DocAddress> = top.iter().map(|(_, a)| *a).collect();
        let mut best: Vec<Option<Candidate>> = vec![None; addrs.len()];
        for (i, cp) in plan.chains.iter().enumerate() {
            for c in words::describe(searcher, cp, i, &addrs)? {
                let at = addrs.iter().position(|a| *a == c.addr).expect("asked for");
                if best[at].as_ref().is_none_or(|b| c.matched() > b.matched()) {
                    best[at] = Some(c);
                }
            }
        }
        Ok(top
            .iter()
            .zip(best)
            .filter_map(|((score, _), c)| c.map(|c| (*score, c)))
            .collect())
    }

    /// Orders candidates: by units held, then fewer typo corrections, then units standing
    /// together, then BM25 raised by proximity (by date with `Sort::Date`).
    fn rescore(
        &self,
        searcher: &Searcher,
        plan: &Plan,
        candidates: Vec<(f32, Candidate)>,
        opts: &Options,
    ) -> anyhow::Result<Vec<Ranked>> {
        let (scores, cands): (Vec<f32>, Vec<Candidate>) = candidates.into_iter().unzip();
        let proximity = proximity::measure(searcher, plan, &cands)?;
        let signals = fields::measure(searcher, &self.fields, plan, &cands)?;
        let mut ranked: Vec<Ranked> = cands
            .into_iter()
            .zip(scores)
            .zip(proximity)
            .zip(signals)
            .enumerate()
            .map(|(order, (((c, bm25), prox), signals))| {
                let of = plan_of(plan, &c);
                let matched = c.matched();
                let coverage = c.coverage + fields::CONTEXT * signals.context;
                let score = bm25 * (1.0 + PROXIMITY * prox.unwrap_or(0.0)) * signals.boost();
                // Standing together: no more than two words between each unit and the next
                // (what "garanties de la sécurité" needs).
                let m = matched as f32;
                let together = prox.is_some_and(|p| p * (3.0 * m - 2.0) >= m - 1e-4);
                let explanation = opts.explain.then(|| {
                    let cp = &plan.chains[c.chain];
                    Explanation {
                        tier: format!("{matched}/{of}"),
                        coverage,
                        units: cp
                            .units
                            .iter()
                            .zip(&c.units)
                            .zip(&c.weights)
                            .map(|((u, m), w)| UnitExplanation {
                                unit: u.label.clone(),
                                term: m.and_then(|m| match &u.kind {
                                    UnitKind::Word(alts) => {
                                        alts.get(m.alternative).map(|a| a.term.clone())
                                    }
                                    UnitKind::Phrase(_) => None,
                                }),
                                bm25: m.map(|m| m.score),
                                weight: *w,
                                typo: m.is_some_and(|m| m.typo),
                            })
                            .collect(),
                        bm25,
                        proximity: prox,
                        together,
                        title: signals.title,
                        first_passage: signals.lead,
                        score,
                    }
                });
                Ranked {
                    addr: c.addr,
                    matched,
                    coverage,
                    typos: c.typos(),
                    of,
                    together,
                    score,
                    order,
                    duplicates: Vec::new(),
                    date: 0,
                    explanation,
                }
            })
            .collect();
        match opts.sort {
            // Re-ranked by blocks of the window, in the order the candidates were found: a longer
            // page (a later `offset`) then begins with the same passages in the same order as a
            // shorter one, so that pages neither repeat nor miss a passage.
            Sort::Relevance => {
                for block in ranked.chunks_mut(RESCORE_WINDOW) {
                    block.sort_by(|a, b| {
                        b.coverage
                            .total_cmp(&a.coverage)
                            .then(a.typos.cmp(&b.typos))
                            .then(b.together.cmp(&a.together))
                            .then(b.score.total_cmp(&a.score))
                            .then(a.addr.cmp(&b.addr))
                    })
                }
            }
            // Newest first within each tier (the strict query's passages are one tier), undated
            // passages last.
            Sort::Date => {
                // One column per segment, opened once (opening reads its block index).
                let ends: Vec<Option<tantivy::columnar::Column<u64>>> = searcher
                    .segment_readers()
                    .iter()
                    .map(|s| s.fast_fields().u64(schema::DATE_END).ok())
                    .collect();
                let newest = |r: &Ranked| {
                    ends[r.addr.segment_ord as usize]
                        .as_ref()
                        .and_then(|c| c.first(r.addr.doc_id))
                        .unwrap_or(0)
                };
                let dates: Vec<u64> = ranked.iter().map(newest).collect();
                for (r, d) in ranked.iter_mut().zip(dates) {
                    r.date = d;
                }
                ranked.sort_by(|a, b| {
                    b.matched
                        .cmp(&a.matched)
                        .then(b.date.cmp(&a.date))
                        .then(a.order.cmp(&b.order))
                })
            }
        }
        Ok(ranked)
    }
    fn top(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        opts: &Options,
    ) -> anyhow::Result<(Vec<(f32, DocAddress)>, usize)> {
        let limit = opts.limit.max(1);
        let top: Vec<(f32, DocAddress)> = match opts.sort {
            Sort::Relevance => {
                searcher.search(query, &TopDocs::with_limit(limit).order_by_score())?
            }
            Sort::Date => searcher
                .search(
                    query,
                    &TopDocs::with_limit(limit).order_by_u64_field(schema::DATE_END, Order::Desc),
                )?
                .into_iter()
                .map(|(_, a)| (0.0, a))
                .collect(),
        };
        let total = if opts.count {
            searcher.search(query, &Count)?
        } else {
            top.len()
        };
        Ok((top, total))
    }

    fn hit(
        &self,
        doc: &TantivyDocument,
        rank: usize,
        score: f32,
        text: String,
        highlights: Vec<(usize, usize)>,
        snippet: (usize, usize),
    ) -> Hit {
        let f = &self.fields;
        let s = |field| stored_str(doc, field).map(str::to_owned);
        let quotes = stored_str(doc, f.quotes)
            .map(|j| index::read_quotes(j, &text))
            .unwrap_or_default();
        Hit {
            rank,
            score,
            dispatch: s(f.dispatch).unwrap_or_default(),
            passage: doc
                .get_first(f.passage)
                .and_then(|v| v.as_u64())
                .unwrap_or(0),
            date: s(f.date),
            date_precision: s(f.date_precision),
            date_origin: s(f.date_origin),
            lang: s(f.lang).unwrap_or_default(),
            // Stored on the dispatch's first passage only: filled in by `search`.
            title: String::new(),
            text,
            highlights,
            snippet,
            quotes,
            highlighted_quote: None,
            matched: 0,
            of: 0,
            duplicates: Vec::new(),
            explanation: None,
        }
    }
}

/// A quotation's byte range in `text` (its offsets are in characters).
fn quote_bytes(text: &str, q: &HitQuote) -> (usize, usize) {
    let byte = |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b);
    (byte(q.start), byte(q.end))
}

/// Picks the hit's quotation (see [`Hit::highlighted_quote`]); for a speaker's quotation,
/// marks it when none of its words is highlighted, and crops the snippet around it rather than
/// around the passage's first sentences.
fn focus_quote(
    hit: &mut Hit,
    speakers: &[plan::Analysed],
    name_analyzer: &mut TextAnalyzer,
    snippet_chars: usize,
) {
    let ranges: Vec<(usize, usize)> = hit
        .quotes
        .iter()
        .map(|q| quote_bytes(&hit.text, q))
        .collect();
    let inside = |(s, e): (usize, usize)| {
        hit.highlights
            .iter()
            .filter(|&&(hs, he)| hs >= s && he <= e)
            .count()
    };
    let best_of = |candidates: &[usize]| {
        candidates
            .iter()
            .copied()
            .max_by_key(|&i| (inside(ranges[i]), std::cmp::Reverse(i)))
    };
    if speakers.is_empty() {
        let all: Vec<usize> = (0..ranges.len()).collect();
        hit.highlighted_quote = best_of(&all).filter(|&i| inside(ranges[i]) > 0);
        return;
    }
    let theirs: Vec<usize> = (0..hit.quotes.len())
        .filter(|&i| {
            let Some(name) = hit.quotes[i].speaker.as_deref() else {
                return false;
            };
            let terms: Vec<String> = analysis::terms(name_analyzer, name)
                .into_iter()
                .map(|t| t.text)
                .collect();
            speakers
                .iter()
                .any(|wanted| wanted.iter().all(|(_, t)| terms.contains(t)))
        })
        .collect();
    let Some(i) = best_of(&theirs) else { return };
    hit.highlighted_quote = Some(i);
    let (s, e) = ranges[i];
    let focus: Vec<(usize, usize)> = if inside((s, e)) > 0 {
        hit.highlights
            .iter()
            .copied()
            .filter(|&(hs, he)| hs >= s && he <= e)
            .collect()
    } else {
        // Nothing of it is highlighted: the quotation itself is what was asked for.
        let at = hit.highlights.partition_point(|&(hs, _)| hs < s);
        hit.highlights.insert(at, (s, e));
        // Cropping looks for the sentence where it starts.
        let first_word = hit.text[s..e].find(' ').map_or(e, |w| s + w);
        vec![(s, first_word)]
    };
    hit.snippet = snippet::crop(&hit.text, &focus, snippet_chars);
}

/// A passage ranked, with what ranked it.
#[derive(Debug, Clone)]
struct Ranked {
    addr: DocAddress,
    matched: usize,
    /// The units held, weighed by how informative each is (rule `words`).
    coverage: f32,
    typos: usize,
    of: usize,
    /// Its units stand together (see `rescore`).
    together: bool,
    /// BM25 raised by proximity: what orders passages within a tier.
    score: f32,
    /// Its place in the order it was found in.
    order: usize,
    /// Near-duplicates shown through it.
    duplicates: Vec<DocAddress>,
    /// The last day its date covers (`YYYYMMDD`, 0 when undated), read for `Sort::Date` only.
    date: u64,
    explanation: Option<Explanation>,
}

impl Ranked {
    fn plain(addr: DocAddress, score: f32) -> Ranked {
        Ranked {
            addr,
            matched: 0,
            coverage: 0.0,
            typos: 0,
            of: 0,
            together: false,
            score,
            order: 0,
            duplicates: Vec::new(),
            date: 0,
            explanation: None,
        }
    }
}

/// `ranked` with near-duplicates shown once: each group at the rank of its best passage, shown
/// by its earliest, the others listed in it.
fn collapsed(searcher: &Searcher, ranked: Vec<Ranked>) -> anyhow::Result<Vec<Ranked>> {
    let addrs: Vec<DocAddress> = ranked.iter().map(|r| r.addr).collect();
    let copies = collapse::copies(searcher, &addrs)?;
    Ok(collapse::groups(&copies)
        .into_iter()
        .map(|group| {
            let best = *group.iter().min().expect("a group has a passage");
            let mut r = ranked[best].clone();
            r.addr = ranked[group[0]].addr;
            r.duplicates = group[1..].iter().map(|&i| ranked[i].addr).collect();
            r
        })
        .collect())
}

/// How `term` is written in the hits: the first highlighted word that gives it.
fn surface(analyzers: &mut [(Chain, TextAnalyzer)], hits: &[Hit], term: &str) -> Option<String> {
    for hit in hits {
        let chain = Chain::for_lang(&hit.lang);
        let analyzer = &mut analyzers.iter_mut().find(|(c, _)| *c == chain)?.1;
        for &(s, e) in &hit.highlights {
            for word in hit.text[s..e].split(|c: char| !c.is_alphanumeric()) {
                if !word.is_empty()
                    && analysis::terms(analyzer, word)
                        .first()
                        .is_some_and(|t| t.text == term)
                {
                    return Some(word.to_owned());
                }
            }
        }
    }
    None
}

/// How many units the plan of a candidate's chain has.
fn plan_of(plan: &Plan, c: &Candidate) -> usize {
    plan.chains[c.chain].units.len()
}

/// The chains the index holds passages for (French when it holds none).
fn chains(searcher: &Searcher, fields: &Fields) -> Vec<Chain> {
    let chains: Vec<Chain> = Chain::ALL
        .into_iter()
        .filter(|&c| {
            searcher.segment_readers().iter().any(|s| {
                s.inverted_index(fields.body_for(c))
                    .map(|ii| ii.terms().num_terms() > 0)
                    .unwrap_or(false)
            })
        })
        .collect();
    if chains.is_empty() {
        vec![Chain::French]
    } else {
        chains
    }
}
