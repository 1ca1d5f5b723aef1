//! The `proximity` rule: among passages holding as many units of the query, those where the
//! units stand close together rank higher.
//!
//! A passage's proximity is the number of units it holds over the length (in word positions,
//! stop words counted) of the shortest stretch of it holding one occurrence of each: 1 when they
//! stand side by side, ½ when as many words again stand between them. Positions are read only for
//! the best candidates (a rescoring window, as Elasticsearch's), never while walking postings.

use rustc_hash::FxHashMap;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, Searcher, Term};

use crate::search::plan::{Plan, UnitKind};
use crate::search::rules::words::Candidate;

/// The proximity of each candidate (in the same order); `None` when it holds fewer than two
/// units.
pub fn measure(
    searcher: &Searcher,
    plan: &Plan,
    candidates: &[Candidate],
) -> tantivy::Result<Vec<Option<f32>>> {
    let mut out = vec![None; candidates.len()];
    let mut order: Vec<usize> = (0..candidates.len())
        .filter(|&i| candidates[i].matched() >= 2)
        .collect();
    order.sort_by_key(|&i| candidates[i].addr);
    // Postings with positions, opened once per segment and term, read forward.
    let mut open: FxHashMap<(u32, Term), Option<SegmentPostings>> = FxHashMap::default();
    let mut buf = Vec::new();
    for i in order {
        let c = &candidates[i];
        let cp = &plan.chains[c.chain];
        let seg = c.addr.segment_ord;
        let doc = c.addr.doc_id;
        let reader = searcher.segment_reader(seg);
        // (position, unit) for every occurrence of every unit held.
        let mut occurrences: Vec<(u32, usize)> = Vec::new();
        for (u, unit) in cp.units.iter().enumerate() {
            if c.units[u].is_none() {
                continue;
            }
            let mut read = |term: Term, buf: &mut Vec<u32>| -> tantivy::Result<bool> {
                let postings = match open.entry((seg, term.clone())) {
                    std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                    std::collections::hash_map::Entry::Vacant(e) => {
                        let ii = reader.inverted_index(term.field())?;
                        e.insert(ii.read_postings(&term, IndexRecordOption::WithFreqsAndPositions)?)
                    }
                };
                buf.clear();
                let Some(p) = postings.as_mut() else {
                    return Ok(false);
                };
                if p.doc() < doc {
                    p.seek(doc);
                }
                if p.doc() != doc {
                    return Ok(false);
                }
                p.positions(buf);
                Ok(true)
            };
            // The unit as typed and its rewordings (a phrase found where it starts).
            for kind in unit.wordings() {
                match kind {
                    UnitKind::Word(alts) => {
                        for a in alts {
                            if read(Term::from_field_text(unit.field, &a.term), &mut buf)? {
                                occurrences.extend(buf.iter().map(|&p| (p, u)));
                            }
                        }
                    }
                    UnitKind::Phrase(terms) => {
                        // Where the phrase starts: its first term's positions followed by the others.
                        let first = terms[0].0;
                        let mut starts: Vec<u32> = Vec::new();
                        for (j, (p, t)) in terms.iter().enumerate() {
                            if !read(Term::from_field_text(unit.field, t), &mut buf)? {
                                starts.clear();
                                break;
                            }
                            let offset = (p - first) as u32;
                            if j == 0 {
                                starts = buf.clone();
                            } else {
                                starts.retain(|s| buf.binary_search(&(s + offset)).is_ok());
                            }
                        }
                        occurrences.extend(starts.into_iter().map(|p| (p, u)));
                    }
                }
            }
        }
        out[i] = shortest_cover(occurrences, c.matched())
            .map(|span| c.matched() as f32 / span.max(1) as f32);
    }
    Ok(out)
}

/// The length of the shortest stretch of positions holding an occurrence of each of `units`
/// distinct units, given every `(position, unit)`; `None` when fewer than two units occur.
pub fn shortest_cover(mut occurrences: Vec<(u32, usize)>, units: usize) -> Option<u32> {
    occurrences.sort_unstable();
    let distinct = {
        let mut u: Vec<usize> = occurrences.iter().map(|o| o.1).collect();
        u.sort_unstable();
        u.dedup();
        u.len()
    };
    if distinct < 2 {
        return None;
    }
    let need = distinct.min(units.max(2));
    let mut counts: FxHashMap<usize, usize> = FxHashMap::default();
    let mut covered = 0;
    let mut best: Option<u32> = None;
    let mut lo = 0;
    for hi in 0..occurrences.len() {
        let c = counts.entry(occurrences[hi].1).or_insert(0);
        *c += 1;
        if *c == 1 {
            covered += 1;
        }
        while covered >= need {
            let span = occurrences[hi].0 - occurrences[lo].0 + 1;
            best = Some(best.map_or(span, |b| b.min(span)));
            let c = counts.get_mut(&occurrences[lo].1).expect("counted");
            *c -= 1;
            if *c == 0 {
                covered -= 1;
            }
            lo += 1;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shortest_stretch_holding_every_unit() {
        // garanties(0) … sécurité(7) … garanties(9) sécurité(11)
        let occ = vec![(0, 0), (7, 1), (9, 0), (11, 1)];
        assert_eq!(shortest_cover(occ, 2), Some(3));
        assert_eq!(shortest_cover(vec![(4, 0), (5, 1), (6, 2)], 3), Some(3));
        assert_eq!(shortest_cover(vec![(4, 0), (9, 0)], 2), None);
    }
}
