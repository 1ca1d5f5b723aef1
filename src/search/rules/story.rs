//! The `story` rule: a dispatch whose title holds the query is about what the query asks, and so
//! are its passages that do not repeat the query's words (the story told on, with pronouns and
//! other words). When the page is filled in tiers, the other passages of the few dispatches
//! whose titles hold most of the query become candidates too, at the coverage their title gives
//! them (see [`fields::CONTEXT`](super::fields::CONTEXT)).
//!
//! A dispatch's passages are found from one of them without a walk over any postings: they are
//! consecutive documents (the writer adds a dispatch's passages together), the first at
//! `passage − 1` places before, recognised by the dispatch column's value and the passage
//! numbers. An index whose passages were written apart yields only the passages found so.

use rustc_hash::FxHashSet;
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Searcher};

/// How many dispatches lend their passages.
pub const DISPATCHES: usize = 2;
/// The most passages lent in all (the first dispatches' first): each costs a passage more to
/// re-rank in the window.
pub const MAX_LENT: usize = 8;
/// The most passages one dispatch lends.
pub const MAX_PASSAGES: u64 = 40;

/// The passages of the first `dispatches` distinct dispatches of `seeds` (each a passage of
/// its dispatch), deleted passages left out, in index order.
pub fn passages(
    searcher: &Searcher,
    seeds: &[DocAddress],
    dispatches: usize,
    numbers: &[Option<Column<u64>>],
    ids: &[Option<StrColumn>],
) -> Vec<DocAddress> {
    let mut out = Vec::new();
    // Each dispatch by its first passage.
    let mut seen: FxHashSet<DocAddress> = FxHashSet::default();
    for &seed in seeds {
        if seen.len() >= dispatches {
            break;
        }
        let reader = searcher.segment_reader(seed.segment_ord);
        let seg = seed.segment_ord as usize;
        let (Some(Some(ids)), Some(Some(numbers))) = (ids.get(seg), numbers.get(seg)) else {
            continue;
        };
        let id_of = |d: DocId| ids.term_ords(d).next();
        let (Some(id), Some(n)) = (id_of(seed.doc_id), numbers.first(seed.doc_id)) else {
            continue;
        };
        let Some(first) = u32::try_from(n.saturating_sub(1))
            .ok()
            .and_then(|back| seed.doc_id.checked_sub(back))
        else {
            continue;
        };
        if !seen.insert(DocAddress::new(seed.segment_ord, first)) {
            continue;
        }
        let alive = reader.alive_bitset();
        let docs = (first..reader.max_doc()).take(MAX_PASSAGES as usize);
        for (k, doc) in docs.enumerate() {
            if numbers.first(doc) != Some(k as u64 + 1) || id_of(doc) != Some(id) {
                break;
            }
            if alive.is_none_or(|a| a.is_alive(doc)) {
                out.push(DocAddress::new(seed.segment_ord, doc));
            }
        }
    }
    out
}
