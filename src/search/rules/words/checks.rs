//! The exclusions and filters (speakers, dates) a passage must pass, checked only for the
//! passages a walk could rank.

use tantivy::postings::SegmentPostings;
use tantivy::query::{Scorer, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, SeekDangerResult, SegmentReader, TERMINATED};

use super::prepare::Prepared;

/// The exclusions and filters, checked for the passages that could enter the top k.
pub(super) struct Checks {
    exclusions: Vec<Option<Box<dyn Scorer>>>,
    /// Speakers' tokens, as postings the walk jumps along.
    required: Vec<SegmentPostings>,
    /// A name's tokens together, and the date span.
    filters: Vec<(usize, Option<Box<dyn Scorer>>)>,
}

impl Checks {
    pub(super) fn new(p: &Prepared, reader: &SegmentReader) -> tantivy::Result<Checks> {
        let mut required = Vec::new();
        let mut filters = Vec::new();
        for (i, (terms, together)) in p.speakers.iter().enumerate() {
            for t in terms {
                let ii = reader.inverted_index(t.field())?;
                required.push(
                    ii.read_postings(t, IndexRecordOption::Basic)?
                        .unwrap_or_else(SegmentPostings::empty),
                );
            }
            if together.is_some() {
                filters.push((i, None));
            }
        }
        if p.dates.is_some() {
            filters.push((usize::MAX, None));
        }
        Ok(Checks {
            exclusions: p.exclusions.iter().map(|_| None).collect(),
            required,
            filters,
        })
    }

    /// The first passage from `doc` on holding every required token.
    pub(super) fn required_from(&mut self, mut doc: DocId) -> DocId {
        'outer: loop {
            for r in &mut self.required {
                let d = if r.doc() < doc { r.seek(doc) } else { r.doc() };
                if d > doc {
                    doc = d;
                    if doc == TERMINATED {
                        return doc;
                    }
                    continue 'outer;
                }
            }
            return doc;
        }
    }

    /// Whether `doc` passes the exclusions and filters (called with increasing `doc`s).
    pub(super) fn pass(
        &mut self,
        p: &Prepared,
        reader: &SegmentReader,
        doc: DocId,
    ) -> tantivy::Result<bool> {
        for (i, slot) in self.exclusions.iter_mut().enumerate() {
            if holds(slot, p.exclusions[i].as_ref(), reader, doc)? {
                return Ok(false);
            }
        }
        for (which, slot) in &mut self.filters {
            let weight: &dyn Weight = if *which == usize::MAX {
                p.dates.as_deref().expect("a date filter")
            } else {
                p.speakers[*which]
                    .1
                    .as_deref()
                    .expect("a name of several tokens")
            };
            if !holds(slot, weight, reader, doc)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// Whether `weight` matches `doc`, opening its scorer on first use; `doc`s must increase.
fn holds(
    slot: &mut Option<Box<dyn Scorer>>,
    weight: &dyn Weight,
    reader: &SegmentReader,
    doc: DocId,
) -> tantivy::Result<bool> {
    Ok(match slot.as_mut() {
        Some(s) => s.seek_danger(doc) == SeekDangerResult::Found,
        None => {
            let (found, s) = weight.scorer_danger(reader, doc, 1.0)?;
            *slot = Some(s);
            found == SeekDangerResult::Found
        }
    })
}
