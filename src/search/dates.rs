//! How the matches of a query spread over time: passages per month, for a histogram. It counts
//! what the list of hits shows when paged to its end: the passages holding every word and, when
//! the list goes on with partial matches (see [`Plan::tiered`]), those holding only some, each
//! counted on its own so that a histogram can tell them apart.

use std::collections::BTreeMap;

use rustc_hash::FxHashSet;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

use crate::index::analysis;
use crate::index::schema;
use crate::search::assemble;
use crate::search::plan::{Plan, Planner};
use crate::search::query::UserQuery;
use crate::search::rules::words::{self, Filters};
use crate::search::Engine;

/// Matching passages in one month (or undated).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Every passage the list of hits shows: those holding all the words and the partial ones.
    pub passages: u64,
    /// Those of them holding every word of the query.
    pub all_words: u64,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.passages += other.passages;
        self.all_words += other.all_words;
    }
}

/// Matching passages per month of their dispatch's date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateCounts {
    /// `YYYYMM` → passages; months without a match are left out.
    pub months: BTreeMap<u32, Tally>,
    /// Matching passages of undated dispatches.
    pub undated: Tally,
    /// Some passages hold part of the query and none holds all of it: what the list calls
    /// "the best partial matches".
    pub partial: bool,
}

impl DateCounts {
    pub fn total(&self) -> Tally {
        let mut all = self.undated;
        for t in self.months.values() {
            all.add(*t);
        }
        all
    }

    fn count(&mut self, start: Option<u64>, all_words: bool) {
        let tally = match start {
            Some(day) => self.months.entry((day / 100) as u32).or_default(),
            None => &mut self.undated,
        };
        tally.passages += 1;
        tally.all_words += u64::from(all_words);
    }

    fn merge(&mut self, other: DateCounts) {
        self.undated.add(other.undated);
        for (month, t) in other.months {
            self.months.entry(month).or_default().add(t);
        }
    }
}

impl Engine {
    /// Counts, per month, every passage the list of hits for `query` can show (typo corrections
    /// included): those holding every word, then — when the list goes on in tiers — those
    /// holding some. Near-duplicates folded under one hit count each. Visits every match:
    /// unlike `search`, its cost grows with the number of matches.
    pub fn date_counts(&self, query: &UserQuery) -> anyhow::Result<DateCounts> {
        self.reading(|| self.date_counts_unguarded(query))
    }

    fn date_counts_unguarded(&self, query: &UserQuery) -> anyhow::Result<DateCounts> {
        let searcher = self.searcher();
        let mut planner = Planner {
            fields: &self.fields,
            chains: self.chains.clone(),
            analyzers: self
                .analyzers
                .iter()
                .filter(|(c, _)| self.chains.contains(c))
                .cloned()
                .collect(),
            name_analyzer: analysis::name_analyzer(),
            aliases: &self.aliases,
            surnames: &self.surnames,
            searcher: Some(&searcher),
        };
        let plan = planner.plan(query).map_err(anyhow::Error::new)?;
        if plan.has_words() && plan.tiered() {
            let lent = self.lent(&searcher, &plan)?;
            return Ok(in_tiers(&searcher, &plan, &self.fields, &lent)?);
        }
        let Some(strict) = assemble::strict(&plan, &self.fields) else {
            return Ok(DateCounts::default());
        };
        Ok(searcher.search(strict.as_ref(), &ByMonth)?)
    }
}

/// The counts of a query whose list goes on in tiers: every passage the `words` rule can rank,
/// and the passages its stories lend (`lent`, holding none of the words).
fn in_tiers(
    searcher: &tantivy::Searcher,
    plan: &Plan,
    fields: &schema::Fields,
    lent: &[DocAddress],
) -> tantivy::Result<DateCounts> {
    let starts = searcher
        .segment_readers()
        .iter()
        .map(|r| r.fast_fields().u64(schema::DATE_START))
        .collect::<tantivy::Result<Vec<Column<u64>>>>()?;
    let filters = Filters {
        speakers: &plan.speakers,
        speakers_field: fields.speakers,
        dates: plan.dates.as_ref(),
    };
    let mut counts = DateCounts::default();
    // A passage is matched by one chain's plan (its language's); with several, count it once.
    let mut seen: FxHashSet<DocAddress> = FxHashSet::default();
    let several = plan.chains.iter().filter(|c| !c.units.is_empty()).count() > 1;
    for cp in &plan.chains {
        if cp.units.is_empty() {
            continue;
        }
        let of = cp.units.len();
        words::each_match(searcher, cp, &filters, |addr, matched| {
            if several && !seen.insert(addr) {
                return;
            }
            let start = starts[addr.segment_ord as usize].first(addr.doc_id);
            counts.count(start, matched == of);
        })?;
    }
    for addr in lent {
        counts.count(starts[addr.segment_ord as usize].first(addr.doc_id), false);
    }
    let total = counts.total();
    counts.partial = total.passages > 0 && total.all_words == 0;
    Ok(counts)
}

/// Collects [`DateCounts`] from the first day each matching passage's date covers: every
/// passage holds all the words.
struct ByMonth;

struct SegmentByMonth {
    starts: Column<u64>,
    counts: DateCounts,
}

impl Collector for ByMonth {
    type Fruit = DateCounts;
    type Child = SegmentByMonth;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentByMonth> {
        Ok(SegmentByMonth {
            starts: reader.fast_fields().u64(schema::DATE_START)?,
            counts: DateCounts::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<DateCounts>) -> tantivy::Result<DateCounts> {
        let mut all = DateCounts::default();
        for f in fruits {
            all.merge(f);
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentByMonth {
    type Fruit = DateCounts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.counts.count(self.starts.first(doc), true);
    }

    fn harvest(self) -> DateCounts {
        self.counts
    }
}
