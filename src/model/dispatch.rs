//! The `Dispatch` and `Passage` types.
//!
//! A *dispatch* is one file or one NDJSON record; a *passage* is one paragraph of it (a very long
//! paragraph is cut into windows at sentence boundaries) and is the unit of search results.

use crate::model::dates::DispatchDate;
use crate::model::quote::{HitQuote, Quote};
use crate::text::offsets::char_offset;

/// A parsed dispatch, ready to index.
#[derive(Debug, Clone)]
pub struct Dispatch {
    /// Its identity: the path relative to the indexed root, or the NDJSON `id`.
    pub id: String,
    pub title: String,
    pub date: Option<DispatchDate>,
    /// `fr`, `en`, or whatlang's code for any other language.
    pub lang: String,
    pub passages: Vec<Passage>,
    /// Problems worth a warning that did not stop the dispatch from being indexed.
    pub warnings: Vec<String>,
}

/// One passage: a unit of search results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// 1-based position in the dispatch (`¶1` is the title).
    pub number: usize,
    pub text: String,
    /// Quotations in this passage, offsets relative to `text`.
    pub quotes: Vec<Quote>,
}

impl Passage {
    /// Its quotations as a hit shows them: offsets in characters of `text`.
    pub fn quotes_in_chars(&self) -> Vec<HitQuote> {
        self.quotes
            .iter()
            .map(|q| HitQuote {
                text: q.text.clone(),
                speaker: q.speaker.clone(),
                start: char_offset(&self.text, q.start),
                end: char_offset(&self.text, q.end),
                quotation: None,
            })
            .collect()
    }

    /// The distinct speakers quoted in this passage, in order of first quotation.
    pub fn speakers(&self) -> Vec<&str> {
        distinct_speakers(self.quotes.iter().map(|q| q.speaker.as_deref()))
    }
}

/// The distinct names among quotations' speakers, in order of first appearance.
pub fn distinct_speakers<'a>(speakers: impl Iterator<Item = Option<&'a str>>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for s in speakers.flatten() {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}
