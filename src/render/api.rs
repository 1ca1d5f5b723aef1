//! The JSON bodies of the HTTP API (`search-serve`), as serde structs: one naming of keys, the
//! README's. A hit is [`HitJson`], the same object `search --json` prints.

use serde::Serialize;

use crate::model::dispatch::distinct_speakers;
use crate::model::quote::HitQuote;
use crate::render::json::HitJson;
use crate::search::dates::DateCounts;
use crate::search::dispatch::Whole;
use crate::search::speaker_list::SpeakerCount;
use crate::search::Outcome;

/// `/api/search`.
#[derive(Debug, Serialize)]
pub struct SearchResponse<'a> {
    pub query: &'a str,
    pub hits: Vec<HitJson<'a>>,
    /// More hits follow: ask again with `offset` + `n`.
    pub more: bool,
    /// No passage holds every word: the hits are the best partial matches.
    pub partial: bool,
    pub offset: usize,
    pub n: usize,
    pub took_ms: f64,
}

impl<'a> SearchResponse<'a> {
    pub fn new(query: &'a str, outcome: &'a Outcome, offset: usize, n: usize) -> Self {
        SearchResponse {
            query,
            hits: outcome.hits.iter().map(HitJson::from).collect(),
            more: outcome.more,
            partial: outcome.partial,
            offset,
            n,
            took_ms: 0.0,
        }
    }
}

/// `/api/dates`: how many passages match, per month.
#[derive(Debug, Serialize)]
pub struct DatesResponse<'a> {
    pub query: &'a str,
    /// Months with at least one match, oldest first.
    pub months: Vec<MonthCount>,
    pub undated: u64,
    pub total: u64,
    pub partial: bool,
    pub took_ms: f64,
}

#[derive(Debug, Serialize)]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    pub passages: u64,
}

impl<'a> DatesResponse<'a> {
    pub fn new(query: &'a str, counts: &DateCounts) -> Self {
        DatesResponse {
            query,
            months: counts
                .months
                .iter()
                .map(|(m, &passages)| MonthCount {
                    month: format!("{:04}-{:02}", m / 100, m % 100),
                    passages,
                })
                .collect(),
            undated: counts.undated,
            total: counts.total(),
            partial: counts.partial,
            took_ms: 0.0,
        }
    }
}

/// `/api/speakers`.
#[derive(Debug, Serialize)]
pub struct SpeakersResponse<'a> {
    pub prefix: &'a str,
    pub speakers: Vec<&'a SpeakerCount>,
}

/// `/api/dispatch`: a whole dispatch.
#[derive(Debug, Serialize)]
pub struct WholeDispatchJson<'a> {
    pub dispatch: &'a str,
    pub title: &'a str,
    pub date: Option<&'a str>,
    pub date_precision: Option<&'a str>,
    pub date_origin: Option<&'a str>,
    pub lang: &'a str,
    /// Everyone quoted in the dispatch, in order of first quotation.
    pub speakers: Vec<&'a str>,
    pub passages: Vec<WholePassageJson<'a>>,
}

#[derive(Debug, Serialize)]
pub struct WholePassageJson<'a> {
    /// The `¶` number, 1-based.
    pub passage: u64,
    pub text: &'a str,
    pub speakers: Vec<&'a str>,
    /// `text`, `speaker`, `start`, `end` (character offsets into `text`).
    pub quotes: &'a [HitQuote],
}

impl<'a> From<&'a Whole> for WholeDispatchJson<'a> {
    fn from(w: &'a Whole) -> Self {
        WholeDispatchJson {
            dispatch: &w.id,
            title: &w.title,
            date: w.date.as_deref(),
            date_precision: w.date_precision.as_deref(),
            date_origin: w.date_origin.as_deref(),
            lang: &w.lang,
            speakers: distinct_speakers(
                w.passages
                    .iter()
                    .flat_map(|p| p.quotes.iter().map(|q| q.speaker.as_deref())),
            ),
            passages: w
                .passages
                .iter()
                .map(|p| WholePassageJson {
                    passage: p.number,
                    text: &p.text,
                    speakers: distinct_speakers(p.quotes.iter().map(|q| q.speaker.as_deref())),
                    quotes: &p.quotes,
                })
                .collect(),
        }
    }
}

/// `{"error": "…"}`.
#[derive(Debug, Serialize)]
pub struct ErrorJson<'a> {
    pub error: &'a str,
}
