//! The `collapse` rule: one story, one hit. Agencies repeat each other, so the same passage, give
//! or take a few words, stands in several dispatches. Passages whose word 5-shingles are at least
//! [`SIMILAR`] alike (Jaccard similarity, as the `minhash` signature written at indexing estimates
//! it) are shown once, at the rank of the best of them, by the earliest dispatch's passage (undated
//! ones last), with the others listed after it, earliest first.
//!
//! It reads two columns per candidate and compares 128-bit signatures: nothing measurable next to
//! finding the candidates.

use std::collections::hash_map::Entry;

use rustc_hash::FxHashMap;
use tantivy::columnar::Column;
use tantivy::{DocAddress, Searcher};

use crate::index::schema::{DATE_START, MINHASH};
use crate::text::minhash;

/// The estimated Jaccard similarity from which two passages are one.
pub const SIMILAR: f64 = 0.9;

/// A candidate with what collapsing compares: its signature and date.
#[derive(Debug, Clone, Copy)]
pub struct Signed {
    pub addr: DocAddress,
    signature: [u64; 2],
    /// `YYYYMMDD` of the first day its date covers; `u64::MAX` when undated.
    date: u64,
}

/// Reads the signature and date of each address. A column is opened once per segment: opening
/// one reads its block index, which at a million passages costs more than all the reads.
pub fn copies(searcher: &Searcher, addrs: &[DocAddress]) -> tantivy::Result<Vec<Signed>> {
    type Columns = [Column<u64>; 3];
    let mut open: FxHashMap<u32, Columns> = FxHashMap::default();
    let mut out = Vec::with_capacity(addrs.len());
    for &addr in addrs {
        let columns = match open.entry(addr.segment_ord) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                let fast = searcher.segment_reader(addr.segment_ord).fast_fields();
                e.insert([
                    fast.u64(MINHASH[0])?,
                    fast.u64(MINHASH[1])?,
                    fast.u64(DATE_START)?,
                ])
            }
        };
        let signature = [
            columns[0].first(addr.doc_id).unwrap_or(0),
            columns[1].first(addr.doc_id).unwrap_or(0),
        ];
        let date = columns[2].first(addr.doc_id).unwrap_or(u64::MAX);
        out.push(Signed {
            addr,
            signature,
            date,
        });
    }
    Ok(out)
}

/// Groups `copies` (best first): each group's indices into `copies`, the one to show first and
/// the others after it by date, the groups in the order of their best member.
pub fn groups(copies: &[Signed]) -> Vec<Vec<usize>> {
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (i, c) in copies.iter().enumerate() {
        // A passage with no words has an empty signature: never a copy of anything.
        let alike = (c.signature != [0, 0])
            .then(|| {
                groups.iter().position(|g| {
                    g.iter()
                        .any(|&j| minhash::similarity(c.signature, copies[j].signature) >= SIMILAR)
                })
            })
            .flatten();
        match alike {
            Some(g) => groups[g].push(i),
            None => groups.push(vec![i]),
        }
    }
    for g in &mut groups {
        // Earliest first; among copies of one date, the better ranked (a stable sort).
        g.sort_by_key(|&i| copies[i].date);
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy(doc: u32, signature: [u64; 2], date: u64) -> Signed {
        Signed {
            addr: DocAddress::new(0, doc),
            signature,
            date,
        }
    }

    #[test]
    fn copies_of_one_passage_are_one_group_shown_by_the_earliest() {
        let a = [0xFFFF_0000_FFFF_0000, 0x1234_5678_9ABC_DEF0];
        let a2 = [a[0] ^ 1, a[1]];
        let b = [!a[0], !a[1]];
        let copies = [
            copy(0, a, 20250302),
            copy(1, b, 20250101),
            copy(2, a2, 20250301),
            copy(3, a, u64::MAX),
        ];
        assert_eq!(groups(&copies), vec![vec![2, 0, 3], vec![1]]);
    }

    #[test]
    fn passages_without_words_are_never_copies() {
        let copies = [copy(0, [0, 0], 1), copy(1, [0, 0], 1)];
        assert_eq!(groups(&copies), vec![vec![0], vec![1]]);
    }
}
