//! The plan's units made ready for a walk: their terms' BM25 weights, their coverage weights,
//! the exclusions' and filters' queries, built once over the whole index; and each segment's
//! cursors over their postings.

use tantivy::fieldnorm::FieldNormReader;
use tantivy::query::{
    Bm25StatisticsProvider, Bm25Weight, BooleanQuery, EnableScoring, Occur, PhraseQuery, Query,
    TermQuery, Weight,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Score, Searcher, SegmentReader, Term};

use super::cursor::{Cursor, TermCursor};
use super::{Filters, MIN_WEIGHT, TYPO_WEIGHT};
use crate::search::plan::{Analysed, ChainPlan, Exclusion, Unit, UnitKind};

/// The weights of the plan's units, computed once over the whole index.
pub(super) struct Prepared<'a> {
    pub(super) units: Vec<PreparedUnit<'a>>,
    /// Per unit: what holding it adds to a passage's coverage.
    pub(super) weights: Vec<Score>,
    pub(super) exclusions: Vec<Box<dyn Weight>>,
    pub(super) speakers: Vec<Speaker>,
    pub(super) dates: Option<Box<dyn Weight>>,
}

/// A speaker's name: its tokens (each required), and for a name of several tokens, the check
/// that they stand together.
pub(super) type Speaker = (Vec<Term>, Option<Box<dyn Weight>>);

pub(super) struct PreparedUnit<'a> {
    unit: &'a Unit,
    /// Per term: the term, its BM25 weight, whether it is a correction.
    terms: Vec<(Term, Bm25Weight, bool)>,
    /// For a phrase: its positions check.
    phrase: Option<Box<dyn Weight>>,
    /// The unit's other wordings, each ranked below it.
    rewordings: Vec<PreparedUnit<'a>>,
}

impl<'a> PreparedUnit<'a> {
    /// One wording (`kind`) of `unit`; a `rewording` is ranked below the unit as typed and
    /// counts for [`TYPO_WEIGHT`] of its BM25.
    fn new(
        searcher: &Searcher,
        unit: &'a Unit,
        kind: &UnitKind,
        rewording: bool,
    ) -> tantivy::Result<PreparedUnit<'a>> {
        let field = unit.field;
        Ok(match kind {
            UnitKind::Word(alts) => {
                let terms: Vec<(Term, bool)> = alts
                    .iter()
                    .map(|a| {
                        (
                            Term::from_field_text(field, &a.term),
                            rewording || a.spelling.ranked_below(),
                        )
                    })
                    .collect();
                let weights = word_weights(searcher, field, &terms)?;
                PreparedUnit {
                    unit,
                    terms: terms
                        .into_iter()
                        .zip(weights)
                        .map(|((t, typo), w)| (t, w, typo))
                        .collect(),
                    phrase: None,
                    rewordings: Vec::new(),
                }
            }
            UnitKind::Phrase(analysed) => {
                let mut terms = Vec::new();
                for (_, t) in analysed {
                    let term = Term::from_field_text(field, t);
                    let mut w = Bm25Weight::for_terms(searcher, std::slice::from_ref(&term))?;
                    if rewording {
                        w = w.boost_by(TYPO_WEIGHT);
                    }
                    terms.push((term, w, rewording));
                }
                let no_scoring = EnableScoring::disabled_from_searcher(searcher);
                let phrase = phrase_query(field, analysed).weight(no_scoring)?;
                PreparedUnit {
                    unit,
                    terms,
                    phrase: Some(phrase),
                    rewordings: Vec::new(),
                }
            }
        })
    }

    fn cursor(&self, reader: &'a SegmentReader) -> tantivy::Result<Cursor<'_>> {
        let ii = reader.inverted_index(self.unit.field)?;
        let norms = reader
            .fieldnorms_readers()
            .get_field(self.unit.field)?
            .unwrap_or_else(|| FieldNormReader::constant(reader.max_doc(), 1));
        let mut terms = Vec::with_capacity(self.terms.len());
        for (term, weight, typo) in &self.terms {
            if let Some(postings) = ii.read_postings(term, IndexRecordOption::WithFreqs)? {
                terms.push(TermCursor {
                    postings,
                    norms: norms.clone(),
                    weight: weight.clone(),
                    typo: *typo,
                });
            } else if self.phrase.is_some() {
                // A phrase missing one of its terms is held nowhere in this segment.
                terms.clear();
                break;
            } else {
                terms.push(TermCursor::empty(weight.clone(), *typo));
            }
        }
        let cursor = Cursor::new(terms, self.phrase.as_deref());
        if self.rewordings.is_empty() {
            return Ok(cursor);
        }
        let mut rewordings = Vec::with_capacity(self.rewordings.len());
        for r in &self.rewordings {
            rewordings.push(r.cursor(reader)?);
        }
        Ok(cursor.with_rewordings(rewordings))
    }
}

impl<'a> Prepared<'a> {
    pub(super) fn new(
        searcher: &Searcher,
        plan: &'a ChainPlan,
        filters: &Filters,
    ) -> tantivy::Result<Prepared<'a>> {
        let no_scoring = EnableScoring::disabled_from_searcher(searcher);
        let mut units = Vec::with_capacity(plan.units.len());
        for unit in &plan.units {
            let mut prepared = PreparedUnit::new(searcher, unit, &unit.kind, false)?;
            for kind in &unit.rewordings {
                prepared
                    .rewordings
                    .push(PreparedUnit::new(searcher, unit, kind, true)?);
            }
            units.push(prepared);
        }
        let mut exclusions = Vec::new();
        for e in &plan.exclusions {
            exclusions.push(exclusion_query(e).weight(no_scoring)?);
        }
        let mut speakers = Vec::new();
        for name in filters.speakers {
            let terms: Vec<Term> = name
                .iter()
                .map(|(_, t)| Term::from_field_text(filters.speakers_field, t))
                .collect();
            let together = if name.len() > 1 {
                Some(phrase_query(filters.speakers_field, name).weight(no_scoring)?)
            } else {
                None
            };
            speakers.push((terms, together));
        }
        let dates = match filters.dates {
            Some(d) => Some(d.weight(no_scoring)?),
            None => None,
        };
        let weights = unit_weights(&units);
        Ok(Prepared {
            units,
            weights,
            exclusions,
            speakers,
            dates,
        })
    }

    pub(super) fn cursors(&self, reader: &'a SegmentReader) -> tantivy::Result<Vec<Cursor<'_>>> {
        self.units.iter().map(|u| u.cursor(reader)).collect()
    }
}

/// What holding each unit adds to a passage's coverage: its inverse document frequency (the
/// best BM25 it can give) over the most informative unit's, so that a passage lacking a frequent
/// word ranks above one lacking a rare word; never below [`MIN_WEIGHT`].
fn unit_weights(units: &[PreparedUnit]) -> Vec<Score> {
    let idf: Vec<Score> = units
        .iter()
        .map(|u| {
            let best = u.terms.iter().map(|(_, w, _)| w.max_score());
            if u.phrase.is_some() {
                best.sum()
            } else {
                best.fold(0.0, Score::max)
            }
        })
        .collect();
    let top = idf.iter().copied().fold(0.0, Score::max);
    idf.iter()
        .map(|i| {
            if top > 0.0 {
                (i / top).max(MIN_WEIGHT)
            } else {
                1.0
            }
        })
        .collect()
}

/// The BM25 weights of a word's spellings: one term whose frequency is the sum of theirs, so that
/// no spelling is favoured for being the rarer; corrections count for [`TYPO_WEIGHT`]. A word
/// with one spelling is weighed exactly as tantivy weighs a term.
fn word_weights(
    searcher: &Searcher,
    field: Field,
    terms: &[(Term, bool)],
) -> tantivy::Result<Vec<Bm25Weight>> {
    if terms.len() == 1 {
        return Ok(vec![Bm25Weight::for_terms(
            searcher,
            std::slice::from_ref(&terms[0].0),
        )?]);
    }
    let mut exact = 0u64;
    let mut corrected = 0u64;
    for (t, typo) in terms {
        let df = searcher.doc_freq(t)?;
        if *typo {
            corrected += df;
        } else {
            exact += df;
        }
    }
    let docs = searcher.total_num_docs()?;
    let df = if exact > 0 { exact } else { corrected }.min(docs);
    let average = searcher.total_num_tokens(field)? as Score / docs.max(1) as Score;
    let shared = Bm25Weight::for_one_term(df, docs, average);
    Ok(terms
        .iter()
        .map(|(_, typo)| {
            if *typo {
                shared.boost_by(TYPO_WEIGHT)
            } else {
                shared.clone()
            }
        })
        .collect())
}

fn phrase_query(field: Field, analysed: &Analysed) -> Box<dyn Query> {
    let first = analysed[0].0;
    if analysed.len() == 1 {
        return Box::new(TermQuery::new(
            Term::from_field_text(field, &analysed[0].1),
            IndexRecordOption::Basic,
        ));
    }
    Box::new(PhraseQuery::new_with_offset(
        analysed
            .iter()
            .map(|(p, t)| (p - first, Term::from_field_text(field, t)))
            .collect(),
    ))
}

fn exclusion_query(e: &Exclusion) -> Box<dyn Query> {
    match &e.kind {
        UnitKind::Phrase(analysed) => phrase_query(e.field, analysed),
        UnitKind::Word(alts) => {
            let terms: Vec<Box<dyn Query>> = alts
                .iter()
                .map(|a| -> Box<dyn Query> {
                    Box::new(TermQuery::new(
                        Term::from_field_text(e.field, &a.term),
                        IndexRecordOption::Basic,
                    ))
                })
                .collect();
            if terms.len() == 1 {
                terms.into_iter().next().expect("one term")
            } else {
                Box::new(BooleanQuery::new(
                    terms.into_iter().map(|t| (Occur::Should, t)).collect(),
                ))
            }
        }
    }
}
