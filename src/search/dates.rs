//! How the matches of a query spread over time: passages per month, for a histogram.

use std::collections::BTreeMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::index::analysis;
use crate::index::schema;
use crate::search::plan::Planner;
use crate::search::query::{self, UserQuery};
use crate::search::Engine;

/// Matching passages per month of their dispatch's date.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DateCounts {
    /// `YYYYMM` → passages; months without a match are left out.
    pub months: BTreeMap<u32, u64>,
    /// Matching passages of undated dispatches.
    pub undated: u64,
    /// No passage held every word: the counts are those of the partial matches (not counted:
    /// always false for now).
    pub partial: bool,
}

impl DateCounts {
    pub fn total(&self) -> u64 {
        self.months.values().sum::<u64>() + self.undated
    }
}

impl Engine {
    /// Counts every passage holding every word of `query` (typo corrections included), per
    /// month. Visits every match: unlike `search`, its cost grows with the number of matches.
    pub fn date_counts(&self, query: &UserQuery) -> anyhow::Result<DateCounts> {
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
            searcher: Some(&searcher),
        };
        let plan = planner.plan(query).map_err(anyhow::Error::new)?;
        let Some(strict) = query::strict(&plan, &self.fields) else {
            return Ok(DateCounts::default());
        };
        Ok(searcher.search(strict.as_ref(), &ByMonth)?)
    }
}

/// Collects [`DateCounts`] from the first day each matching passage's date covers.
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
            all.undated += f.undated;
            for (month, n) in f.months {
                *all.months.entry(month).or_default() += n;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentByMonth {
    type Fruit = DateCounts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        match self.starts.first(doc) {
            Some(day) => *self.counts.months.entry((day / 100) as u32).or_default() += 1,
            None => self.counts.undated += 1,
        }
    }

    fn harvest(self) -> DateCounts {
        self.counts
    }
}
