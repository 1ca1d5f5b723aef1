//! The `words` rule: passages holding every unit of the query first, then those holding all of
//! them but one, then fewer; among passages holding as many, those matched without a typo
//! correction first; then BM25.
//!
//! Units are not counted alike: each weighs its inverse document frequency over that of the
//! query's most informative unit (see [`unit_weights`]), and a passage's *coverage* is the sum
//! of the weights of the units it holds, so that a passage lacking a frequent word ranks above
//! one lacking a rare word (on the judged set's `dev` queries: nDCG@10 0.665 → 0.692).
//!
//! One pass over the units' postings finds the best `k` passages in that order. Each passage's
//! sort key is `coverage × TIER − corrected units × TYPO + BM25`: with the least a unit weighs
//! worth more than any BM25 sum and typo penalty, ordering by the key orders by coverage first. The walk is WAND (Broder et al.): each
//! unit's postings are a cursor with an upper bound of what it can add to a passage's key (a
//! tier plus its best BM25), and a passage is scored only when the cursors sitting on it could
//! lift it above the k-th best key found so far. Once k passages holding every unit but one are
//! known, a passage must hold as many to count, and the walk skips through the rarer units'
//! postings, seeking the frequent ones, as a conjunction does. Each segment's first eighth is
//! walked first, and the key its best passages reach guesses where the threshold will end: the
//! rest is walked from that threshold, and again from the sample's when the guess was too high.
//!
//! A word's spellings (its own, the alias list's, corrections) are one cursor: the union of their
//! postings, scored as one term whose frequency in the index is the sum of theirs (as Lucene's
//! `SynonymQuery`), so that a passage spelling a name the rarer way is not favoured for it. A
//! phrase is the intersection of its terms' postings, scored as the sum of its terms, and checked
//! for its positions only when its passage could enter the top k. Exclusions, speakers and dates
//! are checked only for those passages too.

mod checks;
mod cursor;
mod prepare;

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use tantivy::schema::Field;
use tantivy::{DocAddress, DocId, Score, Searcher, SegmentReader, TERMINATED};

use crate::search::filtered::DateOverlap;
use crate::search::plan::{Analysed, ChainPlan};
use checks::Checks;
use cursor::Cursor;
use prepare::Prepared;

/// What holding a unit of weight 1 (the query's most informative) adds to a passage's key.
pub const TIER: Score = 4096.0;
/// What a unit matched only through a typo correction takes off: more than any BM25 sum, less
/// than a tier.
pub const TYPO: Score = 256.0;
/// BM25 sums are capped below [`TYPO`] so that they never cross into the keys above.
const MAX_BM25: Score = TYPO - 1.0;
/// The least a unit held adds to a passage's coverage: enough for the key to stay above any
/// BM25 sum and typo penalty.
const MIN_WEIGHT: Score = 0.25;
/// A walk first walks this share of a segment (one `SAMPLE`th), to guess where its threshold
/// ends (see `Prepared::walk_sampled`).
const SAMPLE: u32 = 8;
/// Segments of fewer passages are walked at once: there is little to save.
const SAMPLED_FROM: u32 = 1024;
/// See [`UnitMatch::alternative`]: more than a word has spellings.
pub const REWORDING: usize = 1 << 16;
/// A correction's BM25 counts for this share of the spelling typed.
pub const TYPO_WEIGHT: Score = 0.7;

/// How a passage holds one unit of the query.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitMatch {
    /// Its BM25 contribution.
    pub score: Score,
    /// Which of the word's spellings it holds (the best scoring); 0 for a phrase; for a passage
    /// holding the unit only in its `j`-th rewording (`Unit::rewordings`),
    /// `REWORDING × (j + 1) +` that wording's spelling.
    pub alternative: usize,
    /// Held only through a typo correction.
    pub typo: bool,
}

/// A passage found by the ranking, with what it holds.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub addr: DocAddress,
    /// Index into `Plan::chains` of the plan it was matched with.
    pub chain: usize,
    /// Per unit of that plan: how the passage holds it, `None` when it does not.
    pub units: Vec<Option<UnitMatch>>,
    /// The units it holds, each weighed by how informative it is (see [`unit_weights`]).
    pub coverage: Score,
    /// Per unit of the plan: what holding it adds to the coverage.
    pub weights: Vec<Score>,
}

impl Candidate {
    /// How many units of the query it holds.
    pub fn matched(&self) -> usize {
        self.units.iter().filter(|u| u.is_some()).count()
    }

    /// How many of them only through a typo correction.
    pub fn typos(&self) -> usize {
        self.units.iter().flatten().filter(|u| u.typo).count()
    }

    /// Its BM25 score: the sum of its units' contributions.
    pub fn bm25(&self) -> Score {
        self.units.iter().flatten().map(|u| u.score).sum()
    }

    /// The key the walk ranks by.
    pub fn key(&self) -> Score {
        key(self.coverage, self.typos(), self.bm25())
    }
}

fn key(coverage: Score, typos: usize, bm25: Score) -> Score {
    coverage * TIER - typos as Score * TYPO + bm25.min(MAX_BM25)
}

/// The weights of units held, summed.
fn coverage(weights: &[Score], units: &[Option<UnitMatch>]) -> Score {
    weights
        .iter()
        .zip(units)
        .filter(|(_, u)| u.is_some())
        .map(|(w, _)| w)
        .sum()
}

/// Everything every matching passage must satisfy besides holding units.
pub struct Filters<'a> {
    /// Speakers' names (in the `speakers` field): every token of each is required.
    pub speakers: &'a [Analysed],
    pub speakers_field: Field,
    pub dates: Option<&'a DateOverlap>,
}

/// The best `k` passages of `searcher` for one chain's plan, in the rule's order, holding at
/// least `min_matched` units.
pub fn top(
    searcher: &Searcher,
    plan: &ChainPlan,
    chain_index: usize,
    filters: &Filters,
    k: usize,
    min_matched: usize,
) -> tantivy::Result<Vec<Candidate>> {
    let prepared = Prepared::new(searcher, plan, filters)?;
    let mut best = Best::new(k, min_matched);
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        prepared.walk_sampled(ord as u32, segment, &mut best)?;
    }
    let mut entries = best.heap.into_vec();
    entries.sort();
    Ok(entries
        .into_iter()
        .map(|e| Candidate {
            addr: e.addr,
            chain: chain_index,
            coverage: coverage(&prepared.weights, &e.units),
            weights: prepared.weights.clone(),
            units: e.units,
        })
        .collect())
}

/// Every passage of `searcher` holding at least one unit of one chain's plan and passing the
/// filters — every passage [`top`] can rank, however large its `k` — with how many units it
/// holds. Visits every posting of every unit: its cost grows with the number of matches.
pub fn each_match(
    searcher: &Searcher,
    plan: &ChainPlan,
    filters: &Filters,
    mut visit: impl FnMut(DocAddress, usize),
) -> tantivy::Result<()> {
    let prepared = Prepared::new(searcher, plan, filters)?;
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        prepared.each(ord as u32, segment, &mut visit)?;
    }
    Ok(())
}

/// How `units` of `plan` are held by given passages (in any order): the details of passages
/// found by another query, e.g. the strict conjunction.
pub fn describe(
    searcher: &Searcher,
    plan: &ChainPlan,
    chain_index: usize,
    addrs: &[DocAddress],
) -> tantivy::Result<Vec<Candidate>> {
    let filters = Filters {
        speakers: &[],
        speakers_field: plan
            .units
            .first()
            .map_or(Field::from_field_id(0), |u| u.field),
        dates: None,
    };
    let prepared = Prepared::new(searcher, plan, &filters)?;
    let mut order: Vec<usize> = (0..addrs.len()).collect();
    order.sort_by_key(|&i| addrs[i]);
    let mut out: Vec<Option<Candidate>> = vec![None; addrs.len()];
    let mut i = 0;
    while i < order.len() {
        let seg = addrs[order[i]].segment_ord;
        let reader = searcher.segment_reader(seg);
        let mut cursors = prepared.cursors(reader)?;
        while i < order.len() && addrs[order[i]].segment_ord == seg {
            let units = units_at(&mut cursors, reader, addrs[order[i]].doc_id)?;
            out[order[i]] = Some(candidate(&prepared, chain_index, addrs[order[i]], units));
            i += 1;
        }
    }
    Ok(out.into_iter().flatten().collect())
}

/// How `units` of `plan` are held by given passages, as [`describe`], keeping only those that
/// pass the exclusions and `filters` (speakers, dates), as the walk does.
pub fn describe_passing(
    searcher: &Searcher,
    plan: &ChainPlan,
    chain_index: usize,
    filters: &Filters,
    addrs: &[DocAddress],
) -> tantivy::Result<Vec<Candidate>> {
    let prepared = Prepared::new(searcher, plan, filters)?;
    let mut sorted = addrs.to_vec();
    sorted.sort();
    sorted.dedup();
    let mut out = Vec::with_capacity(sorted.len());
    let mut i = 0;
    while i < sorted.len() {
        let seg = sorted[i].segment_ord;
        let reader = searcher.segment_reader(seg);
        let mut cursors = prepared.cursors(reader)?;
        let mut checks = Checks::new(&prepared, reader)?;
        while i < sorted.len() && sorted[i].segment_ord == seg {
            let doc = sorted[i].doc_id;
            i += 1;
            if checks.required_from(doc) != doc || !checks.pass(&prepared, reader, doc)? {
                continue;
            }
            let units = units_at(&mut cursors, reader, doc)?;
            out.push(candidate(
                &prepared,
                chain_index,
                DocAddress::new(seg, doc),
                units,
            ));
        }
    }
    Ok(out)
}

/// How each unit's cursor holds the passage `doc` of `reader` (`None`: not at all).
fn units_at(
    cursors: &mut [Cursor<'_>],
    reader: &SegmentReader,
    doc: DocId,
) -> tantivy::Result<Vec<Option<UnitMatch>>> {
    let mut units = Vec::with_capacity(cursors.len());
    for c in cursors {
        c.seek(doc);
        units.push(if c.doc() == doc {
            c.evaluate(reader, doc)?
        } else {
            None
        });
    }
    Ok(units)
}

/// A described passage: its units and the coverage they give it.
fn candidate(
    prepared: &Prepared<'_>,
    chain: usize,
    addr: DocAddress,
    units: Vec<Option<UnitMatch>>,
) -> Candidate {
    Candidate {
        addr,
        chain,
        coverage: coverage(&prepared.weights, &units),
        weights: prepared.weights.clone(),
        units,
    }
}

/// A passage in the heap of the best ones: the worst on top.
struct Entry {
    key: Score,
    addr: DocAddress,
    units: Vec<Option<UnitMatch>>,
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    /// Better first: a higher key, then the earlier passage.
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .key
            .total_cmp(&self.key)
            .then(self.addr.cmp(&other.addr))
    }
}

impl<'a> Prepared<'a> {
    /// Visits every passage of one segment holding a unit and passing the checks, in order.
    fn each(
        &self,
        segment_ord: u32,
        reader: &'a SegmentReader,
        visit: &mut impl FnMut(DocAddress, usize),
    ) -> tantivy::Result<()> {
        let mut cursors = self.cursors(reader)?;
        let mut checks = Checks::new(self, reader)?;
        let alive = reader.alive_bitset();
        let all: Vec<usize> = (0..cursors.len()).collect();
        loop {
            let doc = cursors.iter().map(Cursor::doc).min().unwrap_or(TERMINATED);
            if doc == TERMINATED {
                break;
            }
            let required = checks.required_from(doc);
            if required == TERMINATED {
                break;
            }
            if required > doc {
                seek_all(&mut cursors, &all, required);
                continue;
            }
            if alive.is_none_or(|a| a.is_alive(doc)) && checks.pass(self, reader, doc)? {
                let mut matched = 0;
                for c in &mut cursors {
                    if c.doc() == doc && c.evaluate(reader, doc)?.is_some() {
                        matched += 1;
                    }
                }
                if matched > 0 {
                    visit(DocAddress::new(segment_ord, doc), matched);
                }
            }
            advance_on(&mut cursors, doc);
        }
        Ok(())
    }

    /// Walks one segment, offering its passages to `best`: its first [`SAMPLE`]th, then the rest
    /// with a guessed threshold, walked again from there without it when the guess was too high.
    ///
    /// The threshold rises as the walk finds better passages, and in document order the best
    /// ones are spread over the whole segment: most of a walk runs below the threshold it ends
    /// with, and scores passages that the end shows could not count. The sample's best
    /// passages tell where the threshold will end: the key of its `2k / SAMPLE`th best is beaten
    /// by about `2k` passages of the whole segment. The rest is walked keeping only passages
    /// above that key; when `k` of them are found, they are the best `k` (any other ranks below
    /// them), else the guess was too high and the rest is walked again from the sample's state.
    /// Either way the passages found are those of one walk over the segment.
    fn walk_sampled(
        &self,
        segment_ord: u32,
        reader: &'a SegmentReader,
        best: &mut Best,
    ) -> tantivy::Result<()> {
        let mut cursors = self.cursors(reader)?;
        let max_doc = reader.max_doc();
        if max_doc < SAMPLED_FROM {
            return self.walk(segment_ord, reader, &mut cursors, best, 0, TERMINATED);
        }
        let cut = max_doc / SAMPLE;
        self.walk(segment_ord, reader, &mut cursors, best, 0, cut)?;
        let rank = (2 * best.k).div_ceil(SAMPLE as usize);
        if let Some(guess) = best.nth_key(rank) {
            let mut trial = best.above(guess);
            self.walk(
                segment_ord,
                reader,
                &mut cursors,
                &mut trial,
                cut,
                TERMINATED,
            )?;
            if trial.heap.len() >= trial.k {
                *best = trial;
                return Ok(());
            }
            cursors = self.cursors(reader)?;
        }
        self.walk(segment_ord, reader, &mut cursors, best, cut, TERMINATED)
    }

    /// Walks the passages `from..to` of one segment, offering them to `best`.
    fn walk(
        &self,
        segment_ord: u32,
        reader: &'a SegmentReader,
        cursors: &mut [Cursor<'_>],
        best: &mut Best,
        from: DocId,
        to: DocId,
    ) -> tantivy::Result<()> {
        let everyone: Vec<usize> = (0..cursors.len()).collect();
        seek_all(cursors, &everyone, from);
        let bounds: Vec<Score> = cursors
            .iter()
            .zip(&self.weights)
            .map(|(c, w)| c.upper_bound(*w))
            .collect();
        let mut checks = Checks::new(self, reader)?;
        let alive = reader.alive_bitset();
        let mut order: Vec<usize> = (0..cursors.len()).collect();
        // How the passage being scored holds each unit; copied only into the heap.
        let mut units: Vec<Option<UnitMatch>> = Vec::with_capacity(cursors.len());
        loop {
            sort_by_doc(&mut order, cursors);
            let limit = best.threshold();
            let Some(pivot) = pivot(&order, cursors, &bounds, limit) else {
                break;
            };
            let doc = cursors[order[pivot]].doc();
            if doc >= to {
                break;
            }
            // Required speakers' tokens move the pivot to a passage that holds them.
            let required = checks.required_from(doc);
            if required == TERMINATED {
                break;
            }
            if required > doc {
                seek_all(cursors, &order, required);
                continue;
            }
            if cursors[order[0]].doc() < doc {
                // Not every cursor up to the pivot is on it: move them there.
                seek_all(cursors, &order[..pivot], doc);
                continue;
            }
            // Every cursor up to the pivot is on `doc`: score it.
            if alive.is_none_or(|a| a.is_alive(doc)) && checks.pass(self, reader, doc)? {
                units.clear();
                for c in cursors.iter_mut() {
                    units.push(if c.doc() == doc {
                        c.evaluate(reader, doc)?
                    } else {
                        None
                    });
                }
                let addr = DocAddress::new(segment_ord, doc);
                best.offer(addr, &units, &self.weights, limit);
            }
            advance_on(cursors, doc);
        }
        Ok(())
    }
}

/// Orders `order` by the passage each cursor stands on, keeping the order of cursors on the same
/// passage (a stable insertion sort: between two steps only the cursors moved are out of place).
fn sort_by_doc(order: &mut [usize], cursors: &[Cursor]) {
    for j in 1..order.len() {
        let moving = order[j];
        let doc = cursors[moving].doc();
        let mut at = j;
        while at > 0 && cursors[order[at - 1]].doc() > doc {
            order[at] = order[at - 1];
            at -= 1;
        }
        order[at] = moving;
    }
}

/// The pivot of a WAND step: the first cursor (in `order`, by the passage each stands on) at
/// which the bounds of the cursors up to it could beat `limit`; `None` when none can.
fn pivot(order: &[usize], cursors: &[Cursor], bounds: &[Score], limit: Score) -> Option<usize> {
    let mut sum = 0.0;
    for (j, &i) in order.iter().enumerate() {
        if cursors[i].doc() == TERMINATED {
            return None;
        }
        sum += bounds[i];
        if sum > limit {
            return Some(j);
        }
    }
    None
}

/// Moves the cursors `which` standing before `doc` to `doc` or the first passage after it they
/// hold.
fn seek_all(cursors: &mut [Cursor], which: &[usize], doc: DocId) {
    for &i in which {
        if cursors[i].doc() < doc {
            cursors[i].seek(doc);
        }
    }
}

/// Moves the cursors standing on `doc` to the next passage they hold.
fn advance_on(cursors: &mut [Cursor], doc: DocId) {
    for c in cursors {
        if c.doc() == doc {
            c.advance();
        }
    }
}

/// The best `k` passages a walk has found (the worst on top of the heap).
struct Best {
    heap: BinaryHeap<Entry>,
    k: usize,
    min_matched: usize,
    /// The lowest key a passage must beat: what `min_matched` units give.
    floor: Score,
}

impl Best {
    fn new(k: usize, min_matched: usize) -> Best {
        Best {
            heap: BinaryHeap::with_capacity(k + 1),
            k,
            min_matched,
            floor: min_matched.saturating_sub(1) as Score * TIER + MAX_BM25,
        }
    }

    /// The key of the `rank`th best passage found (from 1), when as many were.
    fn nth_key(&self, rank: usize) -> Option<Score> {
        if rank == 0 || self.heap.len() < rank {
            return None;
        }
        let mut keys: Vec<Score> = self.heap.iter().map(|e| e.key).collect();
        keys.sort_by(|a, b| b.total_cmp(a));
        Some(keys[rank - 1])
    }

    /// The passages found above `key`, keeping only those above it from now on.
    fn above(&self, key: Score) -> Best {
        Best {
            heap: self
                .heap
                .iter()
                .filter(|e| e.key > key)
                .map(|e| Entry {
                    key: e.key,
                    addr: e.addr,
                    units: e.units.clone(),
                })
                .collect(),
            k: self.k,
            min_matched: self.min_matched,
            floor: key.max(self.floor),
        }
    }

    /// The lowest key a passage must beat: from the heap once it is full, never below the floor.
    fn threshold(&self) -> Score {
        if self.heap.len() >= self.k {
            self.heap
                .peek()
                .map_or(self.floor, |e| e.key.max(self.floor))
        } else {
            self.floor
        }
    }

    /// Offers the passage `addr` holding `units` (weighed by `weights`): kept when it holds
    /// enough of them and its key beats `limit`.
    fn offer(
        &mut self,
        addr: DocAddress,
        units: &[Option<UnitMatch>],
        weights: &[Score],
        limit: Score,
    ) {
        let matched = units.iter().filter(|u| u.is_some()).count();
        let typos = units.iter().flatten().filter(|u| u.typo).count();
        let bm25: Score = units.iter().flatten().map(|u| u.score).sum();
        let key = key(coverage(weights, units), typos, bm25);
        if matched < self.min_matched.max(1) || key <= limit {
            return;
        }
        if self.heap.len() < self.k {
            self.heap.push(Entry {
                key,
                addr,
                units: units.to_vec(),
            });
        } else if let Some(mut worst) = self.heap.peek_mut() {
            // A full heap: `limit` is at least its worst key, which the passage beats. It takes
            // the worst one's place (and its units' storage); the heap is mended on drop.
            worst.key = key;
            worst.addr = addr;
            worst.units.clear();
            worst.units.extend_from_slice(units);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::analysis::Chain;
    use crate::search::plan::{Alternative, Spelling, Unit, UnitKind};
    use tantivy::schema::{Schema, TEXT};
    use tantivy::{doc, Index, IndexWriter};

    const WORDS: [&str; 4] = ["crue", "tempête", "victimes", "voyage"];

    /// One segment of `n` passages; passage `i` holds word `w` when `holds(i, w)`, and a filler.
    fn segment(n: u32, holds: impl Fn(u32, usize) -> bool) -> (Index, tantivy::schema::Field) {
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for i in 0..n {
            let mut text = String::from("texte");
            for (w, word) in WORDS.iter().enumerate() {
                if holds(i, w) {
                    // A few repetitions, so that BM25 orders passages of one tier.
                    for _ in 0..=(i % 3) {
                        text.push(' ');
                        text.push_str(word);
                    }
                }
            }
            writer.add_document(doc!(body => text)).unwrap();
        }
        writer.commit().unwrap();
        (index, body)
    }

    fn plan(field: tantivy::schema::Field) -> ChainPlan {
        ChainPlan {
            chain: Chain::French,
            units: WORDS
                .iter()
                .map(|w| Unit {
                    label: (*w).to_owned(),
                    field,
                    kind: UnitKind::Word(vec![Alternative {
                        term: (*w).to_owned(),
                        spelling: Spelling::Typed,
                    }]),
                    rewordings: Vec::new(),
                })
                .collect(),
            exclusions: Vec::new(),
            highlight: Vec::new(),
        }
    }

    /// The best `k` passages of one walk over the whole segment, as the walk found them before
    /// it was sampled.
    fn one_walk(searcher: &Searcher, plan: &ChainPlan, k: usize) -> Vec<(DocAddress, Score)> {
        let filters = Filters {
            speakers: &[],
            speakers_field: plan.units[0].field,
            dates: None,
        };
        let prepared = Prepared::new(searcher, plan, &filters).unwrap();
        let mut best = Best::new(k, 1);
        let reader = searcher.segment_reader(0);
        let mut cursors = prepared.cursors(reader).unwrap();
        prepared
            .walk(0, reader, &mut cursors, &mut best, 0, TERMINATED)
            .unwrap();
        let mut entries = best.heap.into_vec();
        entries.sort();
        entries.into_iter().map(|e| (e.addr, e.key)).collect()
    }

    /// Whether the sampled walk finds what one walk finds, for pages of every size.
    fn sampled_as_one_walk(index: &Index, field: tantivy::schema::Field) {
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(searcher.segment_readers().len(), 1);
        assert!(searcher.segment_reader(0).max_doc() >= SAMPLED_FROM);
        let plan = plan(field);
        let filters = Filters {
            speakers: &[],
            speakers_field: field,
            dates: None,
        };
        for k in [1, 5, 30, 100, 400] {
            let sampled: Vec<(DocAddress, Score)> = top(&searcher, &plan, 0, &filters, k, 1)
                .unwrap()
                .iter()
                .map(|c| (c.addr, c.key()))
                .collect();
            let expected = one_walk(&searcher, &plan, k);
            assert_eq!(sampled, expected, "k = {k}");
        }
    }

    /// Passages holding many words spread evenly: the guess from the sample holds.
    #[test]
    fn a_sampled_walk_finds_the_passages_of_one_walk() {
        let (index, field) = segment(6000, |i, w| {
            (i * 7 + w as u32 * 13).is_multiple_of(3 + w as u32)
        });
        sampled_as_one_walk(&index, field);
    }

    /// The sample unlike the rest: its guess is too high for the rest, which is walked again.
    #[test]
    fn a_sampled_walk_whose_guess_fails_finds_the_passages_of_one_walk() {
        let (index, field) = segment(6000, |i, w| {
            if i < 750 {
                // The sample: passages holding three words, many of them.
                w < 3 && i.is_multiple_of(2)
            } else if i > 5900 {
                // Past it: a few passages holding every word.
                i.is_multiple_of(10)
            } else {
                w == 0 && i.is_multiple_of(5)
            }
        });
        sampled_as_one_walk(&index, field);
    }
}
