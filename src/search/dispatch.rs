//! A whole dispatch, passage by passage: what a reader opens from a hit.

use tantivy::collector::DocSetCollector;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{TantivyDocument, Term};

use crate::index::{self, stored_str};
use crate::model::quote::HitQuote;
use crate::search::Engine;

/// A dispatch as the index holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct Whole {
    pub id: String,
    pub title: String,
    pub date: Option<String>,
    pub date_precision: Option<String>,
    pub date_origin: Option<String>,
    pub lang: String,
    /// In order, `¶1` first.
    pub passages: Vec<Passage>,
}

/// One passage of a whole dispatch.
#[derive(Debug, Clone, PartialEq)]
pub struct Passage {
    pub number: u64,
    pub text: String,
    pub quotes: Vec<HitQuote>,
}

impl Engine {
    /// The dispatch whose identity is `id`, or `None` when the index holds none.
    pub fn dispatch(&self, id: &str) -> anyhow::Result<Option<Whole>> {
        let searcher = self.searcher();
        let f = self.fields();
        let query = TermQuery::new(
            Term::from_field_text(f.dispatch, id),
            IndexRecordOption::Basic,
        );
        let mut addresses: Vec<_> = searcher
            .search(&query, &DocSetCollector)?
            .into_iter()
            .collect();
        addresses.sort();
        let mut whole: Option<Whole> = None;
        for addr in addresses {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let s = |field| stored_str(&doc, field).map(str::to_owned);
            let text = s(f.text).unwrap_or_default();
            let quotes = stored_str(&doc, f.quotes)
                .map(|j| index::read_quotes(j, &text))
                .unwrap_or_default();
            let number = doc
                .get_first(f.passage)
                .and_then(|v| v.as_u64())
                .unwrap_or(0);
            let w = whole.get_or_insert_with(|| Whole {
                id: id.to_owned(),
                title: s(f.title).unwrap_or_default(),
                date: s(f.date),
                date_precision: s(f.date_precision),
                date_origin: s(f.date_origin),
                lang: s(f.lang).unwrap_or_default(),
                passages: Vec::new(),
            });
            w.passages.push(Passage {
                number,
                text,
                quotes,
            });
        }
        if let Some(w) = whole.as_mut() {
            w.passages.sort_by_key(|p| p.number);
        }
        Ok(whole)
    }
}
