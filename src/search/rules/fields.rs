//! The `fields` rule: where in its dispatch a passage stands. A passage whose dispatch's title
//! holds the units it holds is about the story the query asks for; the dispatch's first passage
//! (its title and lead) states the story. These signals raise BM25 within a tier, never across
//! tiers, and only for the best candidates (the rescoring window), read from postings and the
//! passage-number column.
//!
//! Each signal was kept because it raised nDCG@10 on the judged set's `dev` queries, and the
//! weights are the ones those queries chose (title 0.651 → 0.664, then the first passage → 0.668).
//! A third signal, the units standing inside a quotation, lowered it (0.651 → 0.645) and was left
//! out. The title also stands in for the units a passage lacks: each adds half its weight to the
//! passage's coverage (the order of the tiers), 0.692 → 0.717. So does, for a quarter of its
//! weight, a unit the passage lacks that another candidate of its dispatch holds: the passage is
//! part of a story that answers the query (0.764 → 0.782; shares of 0.15, 0.25 and 0.5 gave
//! 0.781, 0.786 and 0.780 on another indexing of the same collection).

use rustc_hash::FxHashMap;
use tantivy::columnar::Column;
use tantivy::postings::SegmentPostings;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{DocSet, Searcher, Term};

use crate::index::schema::Fields;
use crate::search::plan::{Plan, UnitKind};
use crate::search::rules::words::Candidate;

/// What a dispatch's title holding every unit a passage holds adds to its BM25, in proportion.
pub const TITLE: f32 = 0.4;
/// What being the dispatch's first passage (its title and lead) adds, in proportion.
pub const LEAD: f32 = 0.2;
/// A unit a passage lacks and its dispatch's title holds counts for this share of its weight in
/// the passage's coverage (see `Candidate::coverage`): the passage is likely about the story.
pub const CONTEXT: f32 = 0.5;
/// A unit a passage lacks that another candidate of its dispatch holds (and its title does not)
/// counts for this share of its weight in the passage's coverage: the dispatch is about what
/// the query asks, and the passage is part of its story.
pub const SIBLINGS: f32 = 0.25;

/// Where a candidate holds its units: each a share of the units it holds, 0 to 1.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Signals {
    /// Held by its dispatch's title too.
    pub title: f32,
    /// The dispatch's first passage.
    pub lead: bool,
    /// The weights (see `Candidate::coverage`) of the units the passage lacks and its
    /// dispatch's title holds.
    pub context: f32,
    /// The weights of all the units its dispatch's title holds.
    pub cover: f32,
    /// The weights of the units the passage lacks, its dispatch's title too, and another
    /// candidate of its dispatch holds.
    pub siblings: f32,
}

impl Signals {
    /// The factor its BM25 is multiplied by.
    pub fn boost(&self) -> f32 {
        1.0 + TITLE * self.title + if self.lead { LEAD } else { 0.0 }
    }
}

/// The signals of each candidate (in the same order).
pub fn measure(
    searcher: &Searcher,
    fields: &Fields,
    plan: &Plan,
    candidates: &[Candidate],
    passages: &[Option<Column<u64>>],
) -> tantivy::Result<Vec<Signals>> {
    let mut out = vec![Signals::default(); candidates.len()];
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    order.sort_by_key(|&i| candidates[i].addr);
    let mut open: FxHashMap<(u32, Term), Option<SegmentPostings>> = FxHashMap::default();
    // Per candidate: its dispatch (segment, first document) and the units its title holds.
    let mut dispatch = vec![(0u32, 0u32); candidates.len()];
    let mut titled: Vec<Vec<bool>> = vec![Vec::new(); candidates.len()];
    for i in order {
        let c = &candidates[i];
        let cp = &plan.chains[c.chain];
        let seg = c.addr.segment_ord;
        let doc = c.addr.doc_id;
        let reader = searcher.segment_reader(seg);
        // The passage column opened once per segment (opening reads its whole block index).
        let number = passages
            .get(seg as usize)
            .and_then(Option::as_ref)
            .and_then(|col| col.first(doc));
        let lead = number == Some(1);
        // The title is indexed on the dispatch's first passage only, `passage - 1` documents
        // before this one (a dispatch's passages are consecutive documents). Candidates come in
        // document order, so the first documents do too: each postings list only moves forward.
        let first = doc.saturating_sub(number.map_or(0, |n| n.saturating_sub(1) as u32));
        let mut holds = |field: Field, text: &str| -> tantivy::Result<bool> {
            let term = Term::from_field_text(field, text);
            let postings = match open.entry((seg, term)) {
                std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                std::collections::hash_map::Entry::Vacant(e) => {
                    let ii = reader.inverted_index(field)?;
                    let term = e.key().1.clone();
                    e.insert(ii.read_postings(&term, IndexRecordOption::Basic)?)
                }
            };
            let Some(p) = postings.as_mut() else {
                return Ok(false);
            };
            if p.doc() < first {
                p.seek(first);
            }
            Ok(p.doc() == first)
        };
        let (mut held, mut in_title) = (0usize, 0usize);
        let field = fields.title_for(cp.chain);
        let (mut context, mut cover) = (0.0, 0.0);
        for (u, unit) in cp.units.iter().enumerate() {
            let found = match &unit.kind {
                UnitKind::Word(alts) => {
                    let mut any = false;
                    for a in alts {
                        if holds(field, &a.term)? {
                            any = true;
                            break;
                        }
                    }
                    any
                }
                UnitKind::Phrase(terms) => {
                    let mut all = true;
                    for (_, t) in terms {
                        if !holds(field, t)? {
                            all = false;
                            break;
                        }
                    }
                    all
                }
            };
            titled[i].push(found);
            if found {
                cover += c.weights[u];
            }
            if c.units[u].is_none() {
                if found {
                    context += c.weights[u];
                }
                continue;
            }
            held += 1;
            if found {
                in_title += 1;
            }
        }
        out[i].context = context;
        out[i].cover = cover;
        out[i].lead = lead;
        if held > 0 {
            out[i].title = in_title as f32 / held as f32;
        }
        dispatch[i] = (seg, first);
    }
    for (i, c) in candidates.iter().enumerate() {
        let mut siblings = 0.0;
        for (u, held) in c.units.iter().enumerate() {
            if held.is_some() || titled[i].get(u).copied().unwrap_or(false) {
                continue;
            }
            let elsewhere = candidates.iter().enumerate().any(|(j, o)| {
                j != i && dispatch[j] == dispatch[i] && o.units.get(u).is_some_and(Option::is_some)
            });
            if elsewhere {
                siblings += c.weights[u];
            }
        }
        out[i].siblings = siblings;
    }
    Ok(out)
}
