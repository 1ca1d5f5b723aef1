//! The stored forms of a passage: the tantivy document written for it, the quotations stored as
//! speaker and character offsets, the title read back from the dispatch's first passage, and the
//! content hashes that decide what a run must index again.

use std::collections::HashMap;
use std::path::Path;

use anyhow::Context as _;
use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{doc, DocAddress, Index, Searcher, TantivyDocument, Term};

use super::analysis::Chain;
use super::open::damage;
use super::schema::{self, Fields};
use super::{folder, guard, provenance};
use crate::model::dispatch::{Dispatch, Passage};
use crate::model::quote::HitQuote;
use crate::text::offsets::char_offset;

/// How many dispatches the index in `dir` holds, read from its dispatch column whatever the
/// version that wrote it (a rebuild after an upgrade compares the new index with it); `None`
/// when there is no index, or one too damaged to count.
pub fn count_dispatches(dir: &Path) -> Option<usize> {
    if folder::identify(dir).ok()? != folder::Found::Index {
        return None;
    }
    let index = Index::open(folder::IndexDirectory::for_reading(dir).ok()?).ok()?;
    let reader = super::open::read(&index).ok()?;
    let count = || -> anyhow::Result<usize> {
        let mut ids = std::collections::HashSet::new();
        for segment in reader.searcher().segment_readers() {
            let column = segment
                .fast_fields()
                .str(schema::DISPATCH)?
                .context("no dispatch column")?;
            let alive = segment.alive_bitset();
            let mut ords = std::collections::BTreeSet::new();
            for doc in 0..segment.max_doc() {
                if !alive.is_some_and(|a| a.is_deleted(doc)) {
                    ords.extend(column.term_ords(doc));
                }
            }
            for ord in ords {
                let mut id = String::new();
                column.ord_to_str(ord, &mut id)?;
                ids.insert(id);
            }
        }
        Ok(ids.len())
    };
    guard::catching(count).ok()?.ok()
}

/// The dispatches already in the index, with the hash of the bytes they were indexed from.
/// Reads two fast-field columns, not the stored documents: fast on a large index.
pub fn indexed_hashes(index: &Index, dir: &Path) -> anyhow::Result<HashMap<String, u64>> {
    match guard::catching(|| read_hashes(index)) {
        Ok(Ok(hashes)) => Ok(hashes),
        Ok(Err(e)) => Err(match e.downcast_ref::<tantivy::TantivyError>() {
            Some(t) => damage(dir, t),
            None => e,
        }),
        Err(panic) => Err(folder::damaged(dir, &format!("reading it failed: {panic}"))),
    }
}

fn read_hashes(index: &Index) -> anyhow::Result<HashMap<String, u64>> {
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let mut out = HashMap::new();
    for segment in searcher.segment_readers() {
        let ids = segment
            .fast_fields()
            .str(schema::DISPATCH)?
            .context("the index has no dispatch column")?;
        let hashes = segment.fast_fields().u64(schema::HASH)?;
        let alive = segment.alive_bitset();
        let mut id = String::new();
        let mut last_ord = None;
        for doc in 0..segment.max_doc() {
            if alive.is_some_and(|a| a.is_deleted(doc)) {
                continue;
            }
            let Some(ord) = ids.term_ords(doc).next() else {
                continue;
            };
            // The passages of a dispatch are consecutive documents, and its first passage holds
            // the hash. A dispatch found without one is left out: it is indexed again.
            if last_ord == Some(ord) {
                continue;
            }
            let Some(hash) = hashes.first(doc) else {
                continue;
            };
            last_ord = Some(ord);
            id.clear();
            ids.ord_to_str(ord, &mut id)?;
            out.entry(id.clone()).or_insert(hash);
        }
    }
    Ok(out)
}

pub(super) fn passage_doc(
    f: &Fields,
    d: &Dispatch,
    p: &Passage,
    linked: &[provenance::Linked],
    signature: [u64; 2],
    hash: u64,
) -> TantivyDocument {
    let chain = Chain::for_lang(&d.lang);
    let mut doc = doc!(
        f.dispatch => d.id.as_str(),
        f.passage => p.number as u64,
        f.text => p.text.as_str(),
        f.body_for(chain) => p.text.as_str(),
        f.lang => d.lang.as_str(),
    );
    for (field, bits) in f.minhash.iter().zip(signature) {
        doc.add_u64(*field, bits);
    }
    // Once per dispatch: the hash column stays a tenth of the size it would have on every
    // passage, and the title is neither stored nor indexed again with each of its passages (a
    // passage's title is its dispatch's first document's).
    if p.number == 1 {
        doc.add_u64(f.hash, hash);
        doc.add_text(f.title, d.title.as_str());
        doc.add_text(f.title_for(chain), d.title.as_str());
    }
    if !p.quotes.is_empty() {
        let quoted: Vec<&str> = p.quotes.iter().map(|q| q.text.as_str()).collect();
        doc.add_text(f.quoted_for(chain), quoted.join("\n"));
        doc.add_text(f.quotes, stored_quotes(p, linked));
    }
    let mut ids: Vec<u64> = linked.iter().map(|l| l.id).collect();
    ids.sort_unstable();
    ids.dedup();
    for id in ids {
        doc.add_u64(f.quotation, id);
    }
    for s in p.speakers() {
        doc.add_text(f.speakers, s);
    }
    if let Some(date) = &d.date {
        let (start, end) = date.span();
        doc.add_text(f.date, date.value());
        doc.add_text(f.date_precision, date.precision().as_str());
        doc.add_text(f.date_origin, date.origin.as_str());
        doc.add_u64(f.date_start, start);
        doc.add_u64(f.date_end, end);
    }
    doc
}

/// A quotation as the index stores it: speaker and character offsets only. The quoted words are
/// the passage's own: a second copy would be parsed back on every hit for nothing.
#[derive(serde::Serialize)]
struct StoredQuote<'a> {
    speaker: Option<&'a str>,
    start: usize,
    end: usize,
    /// The quotation's id ([`provenance`]).
    quotation: Option<String>,
}

fn stored_quotes(p: &Passage, linked: &[provenance::Linked]) -> String {
    let quotes: Vec<StoredQuote> = p
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| StoredQuote {
            speaker: q.speaker.as_deref(),
            start: char_offset(&p.text, q.start),
            end: char_offset(&p.text, q.end),
            quotation: linked.get(i).map(|l| provenance::format_id(l.id)),
        })
        .collect();
    serde_json::to_string(&quotes).unwrap_or_default()
}

/// The quotations of a stored passage, their words taken back from its text.
pub fn read_quotes(stored: &str, text: &str) -> Vec<HitQuote> {
    let mut quotes: Vec<HitQuote> = serde_json::from_str(stored).unwrap_or_default();
    if quotes.is_empty() {
        return quotes;
    }
    // Character offsets to byte offsets, in one pass over the text.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    for q in &mut quotes {
        let at = |c: usize| bytes.get(c).copied().unwrap_or(text.len());
        let (s, e) = (at(q.start), at(q.end).max(at(q.start)));
        q.text = text[s..e].to_owned();
    }
    quotes
}

/// The title of a passage's dispatch. Only the first passage stores it: for any other, it is
/// read from the document `passage - 1` places before (see [`Writer::replace`](super::Writer::replace)), checked to be
/// that dispatch's first passage; else (an index whose passages were written apart) from the
/// first passage found by the dispatch's identity.
pub fn title(
    searcher: &Searcher,
    f: &Fields,
    addr: DocAddress,
    doc: &TantivyDocument,
) -> anyhow::Result<String> {
    if let Some(t) = stored_str(doc, f.title) {
        return Ok(t.to_owned());
    }
    let Some(id) = stored_str(doc, f.dispatch) else {
        return Ok(String::new());
    };
    let number = |d: &TantivyDocument| d.get_first(f.passage).and_then(|v| v.as_u64());
    let first_of_id =
        |d: &TantivyDocument| stored_str(d, f.dispatch) == Some(id) && number(d) == Some(1);
    if let Some(before) = number(doc)
        .and_then(|n| n.checked_sub(1))
        .and_then(|n| u32::try_from(n).ok())
        .and_then(|n| addr.doc_id.checked_sub(n))
    {
        let first: TantivyDocument = searcher.doc(DocAddress::new(addr.segment_ord, before))?;
        if first_of_id(&first) {
            return Ok(stored_str(&first, f.title).unwrap_or_default().to_owned());
        }
    }
    let passages = searcher.search(
        &TermQuery::new(
            Term::from_field_text(f.dispatch, id),
            IndexRecordOption::Basic,
        ),
        &DocSetCollector,
    )?;
    for a in passages {
        let d: TantivyDocument = searcher.doc(a)?;
        if first_of_id(&d) {
            return Ok(stored_str(&d, f.title).unwrap_or_default().to_owned());
        }
    }
    Ok(String::new())
}

/// Reads a stored text value.
pub fn stored_str(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<&str> {
    doc.get_first(field).and_then(|v| v.as_str())
}
