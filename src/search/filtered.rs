//! A query whose matches must also match a filter that does not score: the filter is checked only
//! for the documents the scoring query offers to the top-k collector, so the scoring query keeps
//! its pruning (block-max WAND skips most postings of frequent words) while a phrase, a date range
//! or a speaker narrows the matches.
//!
//! Used for phrases (the words' postings score and prune, the positions are read only for the
//! candidates that could enter the top k) and for the filters `--since`, `--until` and `--speaker`.

use tantivy::query::{
    intersect_scorers, ConstScorer, EnableScoring, Explanation, Query, Scorer, Weight,
};
use tantivy::{DocId, DocSet, Score, SeekDangerResult, SegmentReader, TantivyError, Term};

/// Matches of `scoring` that `filter` also matches, scored by `scoring` alone.
#[derive(Debug)]
pub struct Filtered {
    scoring: Box<dyn Query>,
    filter: Box<dyn Query>,
}

impl Filtered {
    pub fn new(scoring: Box<dyn Query>, filter: Box<dyn Query>) -> Filtered {
        Filtered { scoring, filter }
    }
}

impl Clone for Filtered {
    fn clone(&self) -> Self {
        Filtered {
            scoring: self.scoring.box_clone(),
            filter: self.filter.box_clone(),
        }
    }
}

/// Passages whose date span `[start, end]` (two `YYYYMMDD` fast fields) overlaps
/// `[since, until]`; undated passages never match. Reads the two columns doc by doc: as a
/// [`Filtered`] filter it costs two array reads per candidate, where a range query over the
/// fast field scans ahead for its next match on every seek.
#[derive(Debug, Clone)]
pub struct DateOverlap {
    pub start_field: String,
    pub end_field: String,
    pub since: Option<u64>,
    pub until: Option<u64>,
}

impl Query for DateOverlap {
    fn weight(&self, _: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl DateOverlap {
    fn docs(&self, reader: &SegmentReader) -> tantivy::Result<DateDocSet> {
        Ok(DateDocSet {
            start: reader.fast_fields().u64(&self.start_field)?,
            end: reader.fast_fields().u64(&self.end_field)?,
            since: self.since.unwrap_or(0),
            until: self.until.unwrap_or(u64::MAX),
            doc: 0,
            max_doc: reader.max_doc(),
        })
    }
}

impl Weight for DateOverlap {
    fn scorer(&self, reader: &SegmentReader, _boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut docs = self.docs(reader)?;
        if !docs.matches(0) {
            docs.advance();
        }
        Ok(Box::new(ConstScorer::new(docs, 1.0)))
    }

    fn scorer_danger(
        &self,
        reader: &SegmentReader,
        target: DocId,
        _boost: Score,
    ) -> tantivy::Result<(SeekDangerResult, Box<dyn Scorer>)> {
        let mut docs = self.docs(reader)?;
        let result = docs.seek_danger(target);
        Ok((result, Box::new(ConstScorer::new(docs, 1.0))))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut s = self.scorer(reader, 1.0)?;
        if s.seek(doc) != doc {
            return Err(TantivyError::InvalidArgument(format!(
                "document {doc} is not in the date span"
            )));
        }
        Ok(Explanation::new("date span", 1.0))
    }
}

struct DateDocSet {
    start: tantivy::columnar::Column<u64>,
    end: tantivy::columnar::Column<u64>,
    since: u64,
    until: u64,
    doc: DocId,
    max_doc: DocId,
}

impl DateDocSet {
    fn matches(&self, doc: DocId) -> bool {
        matches!((self.start.first(doc), self.end.first(doc)),
            (Some(s), Some(e)) if e >= self.since && s <= self.until)
    }
}

impl DocSet for DateDocSet {
    fn advance(&mut self) -> DocId {
        loop {
            self.doc += 1;
            if self.doc >= self.max_doc {
                self.doc = tantivy::TERMINATED;
                return self.doc;
            }
            if self.matches(self.doc) {
                return self.doc;
            }
        }
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if target <= self.doc {
            return self.doc;
        }
        if target >= self.max_doc {
            self.doc = tantivy::TERMINATED;
            return self.doc;
        }
        if self.matches(target) {
            self.doc = target;
            return target;
        }
        self.doc = target;
        self.advance()
    }

    fn seek_danger(&mut self, target: DocId) -> SeekDangerResult {
        if target >= self.max_doc {
            self.doc = tantivy::TERMINATED;
            return SeekDangerResult::SeekLowerBound(tantivy::TERMINATED);
        }
        self.doc = target;
        if self.matches(target) {
            SeekDangerResult::Found
        } else {
            SeekDangerResult::SeekLowerBound(target + 1)
        }
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.max_doc
    }
}

impl Query for Filtered {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let scoring = self.scoring.weight(enable_scoring)?;
        let filter = self
            .filter
            .weight(EnableScoring::disabled_from_schema(enable_scoring.schema()))?;
        Ok(Box::new(FilteredWeight { scoring, filter }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.scoring.query_terms(visitor);
        self.filter.query_terms(visitor);
    }
}

struct FilteredWeight {
    scoring: Box<dyn Weight>,
    filter: Box<dyn Weight>,
}

impl Weight for FilteredWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let scoring = self.scoring.scorer(reader, boost)?;
        let filter = self.filter.scorer(reader, 1.0)?;
        // The intersection sums scores: the filter adds nothing.
        Ok(intersect_scorers(
            vec![scoring, Box::new(ConstScorer::new(filter, 0.0))],
            reader.num_docs(),
        ))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut filter = self.filter.scorer(reader, 1.0)?;
        if filter.seek(doc) != doc {
            return Err(TantivyError::InvalidArgument(format!(
                "document {doc} does not match the filter"
            )));
        }
        self.scoring.explain(reader, doc)
    }

    fn for_each_pruning(
        &self,
        threshold: Score,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score) -> Score,
    ) -> tantivy::Result<()> {
        // `seek_danger` answers whether a candidate matches without looking for the filter's
        // next match (for a phrase, that would read positions far ahead). Candidates come in
        // strictly increasing document order, as it requires.
        let mut filter: Option<Box<dyn Scorer>> = None;
        let mut error = None;
        let mut current = threshold;
        self.scoring
            .for_each_pruning(threshold, reader, &mut |doc, score| {
                let found = match filter.as_mut() {
                    Some(f) => f.seek_danger(doc) == SeekDangerResult::Found,
                    None => match self.filter.scorer_danger(reader, doc, 1.0) {
                        Ok((result, f)) => {
                            filter = Some(f);
                            result == SeekDangerResult::Found
                        }
                        Err(e) => {
                            error = Some(e);
                            // No document can beat an infinite threshold: stops the search.
                            current = Score::INFINITY;
                            false
                        }
                    },
                };
                if found {
                    current = callback(doc, score);
                }
                current
            })?;
        error.map_or(Ok(()), Err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::{PhraseQuery, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, TEXT};
    use tantivy::{doc, Index};

    #[test]
    fn only_filtered_matches_with_the_scoring_query_scores() {
        let mut schema = Schema::builder();
        let text = schema.add_text_field("text", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        for t in [
            "cible légitime",
            "légitime cible",
            "cible",
            "une cible très légitime",
        ] {
            writer.add_document(doc!(text => t)).unwrap();
        }
        writer.commit().unwrap();
        let searcher = index.reader().unwrap().searcher();
        let term = |w: &str| Term::from_field_text(text, w);
        let scoring: Box<dyn Query> =
            Box::new(TermQuery::new(term("cible"), IndexRecordOption::WithFreqs));
        let phrase = Box::new(PhraseQuery::new(vec![term("cible"), term("légitime")]));
        let q = Filtered::new(scoring.box_clone(), phrase);
        let top = searcher
            .search(&q, &TopDocs::with_limit(10).order_by_score())
            .unwrap();
        assert_eq!(top.len(), 1);
        assert_eq!(top[0].1.doc_id, 0);
        assert_eq!(searcher.search(&q, &Count).unwrap(), 1);
        let plain = searcher
            .search(scoring.as_ref(), &TopDocs::with_limit(10).order_by_score())
            .unwrap();
        let score0 = plain.iter().find(|(_, a)| a.doc_id == 0).unwrap().0;
        assert_eq!(top[0].0, score0);
    }
}
