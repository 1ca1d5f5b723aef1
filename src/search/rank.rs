//! Ranking a plan's passages: the strict query's matches, the `words` rule's tiers when they
//! are too few, re-scored by proximity and field signals, collapsed.

use rustc_hash::FxHashSet;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::Query;
use tantivy::{DocAddress, Order, Searcher};

use super::{Engine, Explanation, Options, Sort, UnitExplanation, PROXIMITY};
use crate::index::schema;
use crate::search::assemble;
use crate::search::columns::Columns;
use crate::search::plan::{Plan, Unit, UnitKind};
use crate::search::rules::words::{self, Candidate, Filters};
use crate::search::rules::{collapse, fields, proximity, story};

/// Candidates, each with its BM25.
type Scored = Vec<(f32, Candidate)>;

/// How many of the best passages are re-ranked by the rules that read more than postings
/// (proximity, field signals).
const RESCORE_WINDOW: usize = 30;

impl Engine {
    /// The passages to show for `plan`, best first: the strict query's matches, then (when they
    /// are fewer than asked) the `words` rule's tiers, re-ranked within each tier by the rules
    /// that read positions.
    pub(super) fn rank(
        &self,
        searcher: &Searcher,
        plan: &Plan,
        opts: &Options,
    ) -> anyhow::Result<(Vec<Ranked>, usize, bool)> {
        let limit = opts.limit.max(1);
        let window = limit.max(RESCORE_WINDOW);
        let Some(strict) = assemble::strict(plan, &self.fields) else {
            return Ok((Vec::new(), 0, false));
        };
        if !plan.has_words() {
            return self.rank_unworded(searcher, strict.as_ref(), opts);
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
        // The candidates re-ranked together first (then by blocks of the window).
        let mut head = RESCORE_WINDOW;
        // The field signals of the first candidates, when already read.
        let mut measured = Vec::new();
        if opts.all_words {
            if candidates.is_empty() {
                if let Some(any) = assemble::any(plan, &self.fields) {
                    let (top, t) = self.top(searcher, any.as_ref(), &first)?;
                    total = t;
                    candidates = self.describe(searcher, plan, &top)?;
                    partial = !candidates.is_empty();
                }
            }
        } else if top.len() < limit && plan.tiered() {
            // Fewer passages hold every unit than asked for: fill the page in tiers.
            candidates = self.tiers(searcher, plan, &top, window)?;
            partial = !candidates
                .iter()
                .any(|(_, c)| c.matched() == plan_of(plan, c));
            if opts.sort == Sort::Relevance {
                // The stories of the best candidates lend their other passages, re-ranked with
                // the window's first block.
                let at = candidates.len().min(RESCORE_WINDOW);
                let (story, signals) = self.story(searcher, plan, &candidates[..at])?;
                head = at + story.len();
                // A lent passage the tiers rank further down is shown where it is lent.
                let lent: FxHashSet<DocAddress> = story.iter().map(|(_, c)| c.addr).collect();
                candidates.retain(|(_, c)| !lent.contains(&c.addr));
                candidates.splice(at..at, story);
                measured = signals;
            }
            total = candidates.len();
        }
        let mut ranked = self.rescore(searcher, plan, candidates, opts, head, measured)?;
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

    /// Speakers or dates alone: no words to count or rank by.
    fn rank_unworded(
        &self,
        searcher: &Searcher,
        strict: &dyn Query,
        opts: &Options,
    ) -> anyhow::Result<(Vec<Ranked>, usize, bool)> {
        let (top, total) = self.top(searcher, strict, opts)?;
        let ranked = top
            .into_iter()
            .map(|(score, addr)| Ranked::plain(addr, score))
            .collect();
        let ranked = if opts.collapse {
            collapsed(searcher, ranked)?
        } else {
            ranked
        };
        Ok((ranked, total, false))
    }

    /// The best `window` passages of the `words` rule's tiers over every chain's plan, each with
    /// its BM25 (the strict query's score for the passages of `top`).
    fn tiers(
        &self,
        searcher: &Searcher,
        plan: &Plan,
        top: &[(f32, DocAddress)],
        window: usize,
    ) -> anyhow::Result<Vec<(f32, Candidate)>> {
        let filters = Filters {
            speakers: &plan.speakers,
            speakers_field: self.fields.speakers,
            dates: plan.dates.as_ref(),
        };
        let mut tiered = Vec::new();
        for (i, cp) in plan.chains.iter().enumerate() {
            tiered.extend(words::top(searcher, cp, i, &filters, window, 1)?);
        }
        let columns = &self.columns;
        tiered.sort_by(|a, b| {
            b.key()
                .total_cmp(&a.key())
                .then_with(|| tie(searcher, columns, a.addr, b.addr))
        });
        tiered.truncate(window);
        Ok(tiered
            .into_iter()
            .map(|c| {
                let score = top
                    .iter()
                    .find(|(_, a)| *a == c.addr)
                    .map_or_else(|| c.bm25(), |(s, _)| *s);
                (score, c)
            })
            .collect())
    }

    /// The passages the stories lend a query whose list goes on in tiers and that hold none of
    /// its units: what its list shows besides the passages the `words` rule ranks.
    pub(super) fn lent(&self, searcher: &Searcher, plan: &Plan) -> anyhow::Result<Vec<DocAddress>> {
        if !plan.has_words() || !plan.tiered() {
            return Ok(Vec::new());
        }
        let candidates = self.tiers(searcher, plan, &[], RESCORE_WINDOW)?;
        let (story, _) = self.story(searcher, plan, &candidates)?;
        Ok(story
            .into_iter()
            .filter(|(_, c)| c.matched() == 0)
            .map(|(_, c)| c.addr)
            .collect())
    }

    /// The passages of the few dispatches (those of `candidates`) whose titles hold the most of
    /// the query, other than `candidates`, with how they hold the query's units (see
    /// [`story`]); and the field signals of `candidates`, read to find them.
    fn story(
        &self,
        searcher: &Searcher,
        plan: &Plan,
        candidates: &[(f32, Candidate)],
    ) -> anyhow::Result<(Scored, Vec<fields::Signals>)> {
        let cands: Vec<Candidate> = candidates.iter().map(|(_, c)| c.clone()).collect();
        let numbers = self.columns.passage(searcher);
        let signals = fields::measure(searcher, &self.fields, plan, &cands, numbers)?;
        // Best first: the candidates whose dispatch's title holds the most of the query.
        let mut seeds: Vec<usize> = (0..cands.len())
            .filter(|&i| signals[i].cover > 0.0)
            .collect();
        seeds.sort_by(|&a, &b| {
            signals[b]
                .cover
                .total_cmp(&signals[a].cover)
                .then(a.cmp(&b))
        });
        let known: FxHashSet<DocAddress> = cands.iter().map(|c| c.addr).collect();
        let filters = Filters {
            speakers: &plan.speakers,
            speakers_field: self.fields.speakers,
            dates: plan.dates.as_ref(),
        };
        let mut out = Vec::new();
        for (i, cp) in plan.chains.iter().enumerate() {
            let seeds: Vec<DocAddress> = seeds
                .iter()
                .filter(|&&s| cands[s].chain == i)
                .map(|&s| cands[s].addr)
                .collect();
            if seeds.is_empty() {
                continue;
            }
            let ids = self.columns.dispatch(searcher);
            let addrs: Vec<DocAddress> =
                story::passages(searcher, &seeds, story::DISPATCHES, numbers, ids)
                    .into_iter()
                    .filter(|a| !known.contains(a))
                    .take(story::MAX_LENT)
                    .collect();
            for c in words::describe_passing(searcher, cp, i, &filters, &addrs)? {
                out.push((c.bm25(), c));
            }
        }
        Ok((out, signals))
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
        first: usize,
        measured: Vec<fields::Signals>,
    ) -> anyhow::Result<Vec<Ranked>> {
        let (scores, cands): (Vec<f32>, Vec<Candidate>) = candidates.into_iter().unzip();
        let proximity = proximity::measure(searcher, plan, &cands)?;
        let mut signals = measured;
        let rest = &cands[signals.len().min(cands.len())..];
        let numbers = self.columns.passage(searcher);
        signals.extend(fields::measure(
            searcher,
            &self.fields,
            plan,
            rest,
            numbers,
        )?);
        let mut ranked: Vec<Ranked> = cands
            .into_iter()
            .zip(scores)
            .zip(proximity)
            .zip(signals)
            .enumerate()
            .map(|(order, (((c, bm25), prox), signals))| {
                Ranked::new(plan, c, bm25, prox, &signals, order, opts.explain)
            })
            .collect();
        match opts.sort {
            Sort::Relevance => by_relevance(searcher, &self.columns, &mut ranked, first),
            Sort::Date => by_date(searcher, &mut ranked),
        }
        Ok(ranked)
    }

    pub(super) fn top(
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
}

/// A passage ranked, with what ranked it.
#[derive(Debug, Clone)]
pub(super) struct Ranked {
    pub(super) addr: DocAddress,
    pub(super) matched: usize,
    /// The units held, weighed by how informative each is (rule `words`).
    pub(super) coverage: f32,
    pub(super) typos: usize,
    pub(super) of: usize,
    /// Its units stand together (see `rescore`).
    pub(super) together: bool,
    /// BM25 raised by proximity: what orders passages within a tier.
    pub(super) score: f32,
    /// Its place in the order it was found in.
    pub(super) order: usize,
    /// Near-duplicates shown through it.
    pub(super) duplicates: Vec<DocAddress>,
    /// The last day its date covers (`YYYYMMDD`, 0 when undated), read for `Sort::Date` only.
    pub(super) date: u64,
    pub(super) explanation: Option<Explanation>,
}

impl Ranked {
    /// Candidate `c` (found `order`th), of BM25 `bm25`, with its proximity and field signals.
    fn new(
        plan: &Plan,
        c: Candidate,
        bm25: f32,
        prox: Option<f32>,
        signals: &fields::Signals,
        order: usize,
        explain: bool,
    ) -> Ranked {
        let of = plan_of(plan, &c);
        let matched = c.matched();
        let coverage =
            c.coverage + fields::CONTEXT * signals.context + fields::SIBLINGS * signals.siblings;
        let score = bm25 * (1.0 + PROXIMITY * prox.unwrap_or(0.0)) * signals.boost();
        // Standing together: no more than two words between each unit and the next
        // (what "garanties de la sécurité" needs).
        let m = matched as f32;
        let together = prox.is_some_and(|p| p * (3.0 * m - 2.0) >= m - 1e-4);
        let mut r = Ranked {
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
            explanation: None,
        };
        if explain {
            r.explanation = Some(explanation(plan, &c, &r, bm25, prox, signals));
        }
        r
    }

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

/// How many units the plan of a candidate's chain has.
fn plan_of(plan: &Plan, c: &Candidate) -> usize {
    plan.chains[c.chain].units.len()
}

/// What ranked `r` (candidate `c`, of BM25 `bm25`), for `--explain`.
fn explanation(
    plan: &Plan,
    c: &Candidate,
    r: &Ranked,
    bm25: f32,
    prox: Option<f32>,
    signals: &fields::Signals,
) -> Explanation {
    let cp = &plan.chains[c.chain];
    Explanation {
        tier: format!("{}/{}", r.matched, r.of),
        coverage: r.coverage,
        units: cp
            .units
            .iter()
            .zip(&c.units)
            .zip(&c.weights)
            .map(|((u, m), w)| UnitExplanation {
                unit: u.label.clone(),
                term: m.and_then(|m| held_as(u, m.alternative)),
                bm25: m.map(|m| m.score),
                weight: *w,
                typo: m.is_some_and(|m| m.typo),
            })
            .collect(),
        bm25,
        proximity: prox,
        together: r.together,
        title: signals.title,
        first_passage: signals.lead,
        score: r.score,
    }
}

/// Re-ranked by blocks, in the order the candidates were found (the `first` ones, then by blocks
/// of the window): a longer page (a later `offset`) then begins with the same passages in the
/// same order as a shorter one, so that pages neither repeat nor miss a passage.
fn by_relevance(searcher: &Searcher, columns: &Columns, ranked: &mut [Ranked], first: usize) {
    let (head, rest) = ranked.split_at_mut(first.min(ranked.len()));
    for block in std::iter::once(head).chain(rest.chunks_mut(RESCORE_WINDOW)) {
        block.sort_by(|a, b| {
            b.coverage
                .total_cmp(&a.coverage)
                .then(a.typos.cmp(&b.typos))
                .then(b.together.cmp(&a.together))
                .then(b.score.total_cmp(&a.score))
                .then_with(|| tie(searcher, columns, a.addr, b.addr))
        })
    }
}

/// What breaks an exact tie between two passages: their dispatch's content hash, then their
/// place in it — a key of each passage alone, so the order is total, and the same however the
/// index was built. Their document numbers are not (which numbers a dispatch's passages get
/// depends on how the indexing threads shared the work), so a tie broken by address could
/// change order from one rebuild of the same files to the next. Read only when two passages tie.
fn tie(searcher: &Searcher, columns: &Columns, a: DocAddress, b: DocAddress) -> std::cmp::Ordering {
    let key = |addr: DocAddress| -> (u64, u64) {
        let seg = addr.segment_ord as usize;
        let passage = columns.passage(searcher)[seg]
            .as_ref()
            .and_then(|c| c.first(addr.doc_id))
            .unwrap_or(1);
        // A dispatch's passages are consecutive documents; its first one holds the hash.
        let first = addr.doc_id.saturating_sub(passage.saturating_sub(1) as u32);
        let hash = columns.hash(searcher)[seg]
            .as_ref()
            .and_then(|c| c.first(first))
            .unwrap_or(0);
        (hash, passage)
    };
    key(a).cmp(&key(b)).then(a.cmp(&b))
}

/// Newest first within each tier (the strict query's passages are one tier), undated passages
/// last.
fn by_date(searcher: &Searcher, ranked: &mut [Ranked]) {
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

/// The term a unit was held as (`alternative` of [`words::UnitMatch`]): a spelling of the word,
/// or a rewording's (its terms, space-separated, for a phrase); `None` for the phrase typed.
fn held_as(u: &Unit, alternative: usize) -> Option<String> {
    let (kind, i) = match alternative / words::REWORDING {
        0 => (&u.kind, alternative),
        j => (u.rewordings.get(j - 1)?, alternative % words::REWORDING),
    };
    match kind {
        UnitKind::Word(alts) => alts.get(i).map(|a| a.term.clone()),
        UnitKind::Phrase(terms) if alternative >= words::REWORDING => Some(
            terms
                .iter()
                .map(|(_, t)| t.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        ),
        UnitKind::Phrase(_) => None,
    }
}
