//! A unit's postings as one cursor: the union of a word's spellings, or the intersection of a
//! phrase's terms, scored by BM25.

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{Bm25Weight, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SeekDangerResult, SegmentReader, TERMINATED};

use super::{UnitMatch, MAX_BM25, REWORDING, TIER};

/// One term's postings, scored.
pub(super) struct TermCursor {
    pub(super) postings: SegmentPostings,
    pub(super) norms: FieldNormReader,
    pub(super) weight: Bm25Weight,
    pub(super) typo: bool,
}

impl TermCursor {
    pub(super) fn empty(weight: Bm25Weight, typo: bool) -> TermCursor {
        TermCursor {
            postings: SegmentPostings::empty(),
            norms: FieldNormReader::constant(0, 1),
            weight,
            typo,
        }
    }

    fn score(&self) -> Score {
        let doc = self.postings.doc();
        self.weight
            .score(self.norms.fieldnorm_id(doc), self.postings.term_freq())
    }
}

/// A unit's postings: the union of a word's spellings, or the intersection of a phrase's terms;
/// and the union of that with its rewordings' cursors, when it has some.
pub(super) struct Cursor<'w> {
    terms: Vec<TermCursor>,
    /// A phrase's positions check, and its scorer once opened.
    phrase: Option<&'w dyn Weight>,
    phrase_scorer: Option<Box<dyn Scorer>>,
    /// Where the unit as typed stands.
    own: DocId,
    /// The unit's other wordings (`Unit::rewordings`), each ranked below it.
    rewordings: Vec<Cursor<'w>>,
    /// Whether it has some: tested on every move, a field read costs less than a call.
    reworded: bool,
    /// Where the cursor stands: the least of `own` and the rewordings'.
    doc: DocId,
}

impl<'w> Cursor<'w> {
    pub(super) fn new(terms: Vec<TermCursor>, phrase: Option<&'w dyn Weight>) -> Cursor<'w> {
        let mut c = Cursor {
            terms,
            phrase,
            phrase_scorer: None,
            own: 0,
            rewordings: Vec::new(),
            reworded: false,
            doc: 0,
        };
        if c.terms.is_empty() {
            c.own = TERMINATED;
        } else if c.phrase.is_some() {
            c.align(0);
        } else {
            c.own = c.min_doc();
        }
        c.doc = c.own;
        c
    }

    /// The cursor with the unit's other wordings, each held only through them ranking below.
    pub(super) fn with_rewordings(mut self, rewordings: Vec<Cursor<'w>>) -> Cursor<'w> {
        self.reworded = !rewordings.is_empty();
        self.rewordings = rewordings;
        self.settle();
        self
    }

    fn settle(&mut self) {
        let mut doc = self.own;
        for r in &self.rewordings {
            doc = doc.min(r.doc);
        }
        self.doc = doc;
    }

    pub(super) fn doc(&self) -> DocId {
        self.doc
    }

    pub(super) fn upper_bound(&self, weight: Score) -> Score {
        self.rewordings
            .iter()
            .map(|r| r.upper_bound(weight))
            .fold(self.own_upper_bound(weight), Score::max)
    }

    fn own_upper_bound(&self, weight: Score) -> Score {
        if self.terms.is_empty() {
            return 0.0;
        }
        let bm25 = if self.phrase.is_some() {
            self.terms.iter().map(|t| t.weight.max_score()).sum()
        } else {
            self.terms
                .iter()
                .map(|t| t.weight.max_score())
                .fold(0.0, Score::max)
        };
        TIER * weight + bm25.min(MAX_BM25)
    }

    fn min_doc(&self) -> DocId {
        self.terms
            .iter()
            .map(|t| t.postings.doc())
            .min()
            .unwrap_or(TERMINATED)
    }

    /// A phrase: the first passage from `target` on holding all its terms.
    fn align(&mut self, mut target: DocId) {
        'outer: loop {
            if target == TERMINATED {
                self.own = TERMINATED;
                return;
            }
            for t in &mut self.terms {
                let d = if t.postings.doc() < target {
                    t.postings.seek(target)
                } else {
                    t.postings.doc()
                };
                if d > target {
                    target = d;
                    continue 'outer;
                }
            }
            self.own = target;
            return;
        }
    }

    pub(super) fn advance(&mut self) {
        let doc = self.doc;
        if doc == TERMINATED {
            return;
        }
        if self.own == doc {
            if self.phrase.is_some() {
                self.align(doc + 1);
            } else {
                for t in &mut self.terms {
                    if t.postings.doc() == doc {
                        t.postings.advance();
                    }
                }
                self.own = self.min_doc();
            }
        }
        if !self.reworded {
            self.doc = self.own;
            return;
        }
        for r in &mut self.rewordings {
            if r.doc() == doc {
                r.advance();
            }
        }
        self.settle();
    }

    pub(super) fn seek(&mut self, target: DocId) {
        if target <= self.doc {
            return;
        }
        if target > self.own {
            if self.phrase.is_some() {
                self.align(target);
            } else {
                for t in &mut self.terms {
                    if t.postings.doc() < target {
                        t.postings.seek(target);
                    }
                }
                self.own = self.min_doc();
            }
        }
        if !self.reworded {
            self.doc = self.own;
            return;
        }
        for r in &mut self.rewordings {
            r.seek(target);
        }
        self.settle();
    }

    /// How the passage `doc` (where the cursor stands) holds the unit: as typed, else in the
    /// best of its other wordings (a correction then, `alternative` telling which: see
    /// [`REWORDING`]); `None` when a phrase's terms are there but not together. Called with
    /// increasing `doc`s.
    pub(super) fn evaluate(
        &mut self,
        reader: &SegmentReader,
        doc: DocId,
    ) -> tantivy::Result<Option<UnitMatch>> {
        if !self.reworded {
            return self.evaluate_own(reader, doc);
        }
        if self.own == doc {
            if let Some(m) = self.evaluate_own(reader, doc)? {
                return Ok(Some(m));
            }
        }
        let mut best: Option<UnitMatch> = None;
        for (j, r) in self.rewordings.iter_mut().enumerate() {
            if r.doc() != doc {
                continue;
            }
            if let Some(m) = r.evaluate(reader, doc)? {
                if best.is_none_or(|b| m.score > b.score) {
                    best = Some(UnitMatch {
                        score: m.score,
                        alternative: REWORDING * (j + 1) + m.alternative % REWORDING,
                        typo: true,
                    });
                }
            }
        }
        Ok(best)
    }

    fn evaluate_own(
        &mut self,
        reader: &SegmentReader,
        doc: DocId,
    ) -> tantivy::Result<Option<UnitMatch>> {
        if let Some(weight) = self.phrase {
            let found = match self.phrase_scorer.as_mut() {
                Some(s) => s.seek_danger(doc) == SeekDangerResult::Found,
                None => {
                    let (found, s) = weight.scorer_danger(reader, doc, 1.0)?;
                    self.phrase_scorer = Some(s);
                    found == SeekDangerResult::Found
                }
            };
            if !found {
                return Ok(None);
            }
            let score = self.terms.iter().map(TermCursor::score).sum();
            return Ok(Some(UnitMatch {
                score,
                alternative: 0,
                typo: false,
            }));
        }
        let mut best: Option<UnitMatch> = None;
        let mut exact = false;
        for (i, t) in self.terms.iter().enumerate() {
            if t.postings.doc() != doc {
                continue;
            }
            exact |= !t.typo;
            let score = t.score();
            if best.is_none_or(|b| score > b.score) {
                best = Some(UnitMatch {
                    score,
                    alternative: i,
                    typo: t.typo,
                });
            }
        }
        Ok(best.map(|mut b| {
            b.typo = !exact;
            b
        }))
    }
}
