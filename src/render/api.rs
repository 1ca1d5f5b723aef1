//! The JSON bodies of the HTTP API (`search-serve`), as serde structs: one naming of keys, the
//! README's. A hit is [`HitJson`], the same object `search --json` prints; `/api/dispatch` is
//! [`DispatchJson`](crate::render::json::DispatchJson), the object of `search-index --dry-run
//! --json`.

use serde::Serialize;

use crate::render::json::HitJson;
use crate::render::quotations::{QuotationJson, TimelineJson};
use crate::search::dates::DateCounts;
use crate::search::profile::Profile;
use crate::search::quotations::Quotation;
use crate::search::speaker_list::SpeakerCount;
use crate::search::timeline::Timeline;
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

/// `/api/dates`: how many passages the list of hits shows, per month (see
/// [`DateCounts`]).
#[derive(Debug, Serialize)]
pub struct DatesResponse<'a> {
    pub query: &'a str,
    /// Months with at least one match, oldest first.
    pub months: Vec<MonthCount>,
    /// Matching passages of undated dispatches.
    pub undated: u64,
    /// Every passage counted: months and undated.
    pub total: u64,
    /// Those of `total` holding every word of the query (the others are partial matches).
    pub all_words: u64,
    /// No passage holds every word: the counts are those of the partial matches.
    pub partial: bool,
    pub took_ms: f64,
}

#[derive(Debug, Serialize)]
pub struct MonthCount {
    /// `YYYY-MM`.
    pub month: String,
    pub passages: u64,
    /// Those of `passages` holding every word of the query.
    pub all_words: u64,
}

impl<'a> DatesResponse<'a> {
    pub fn new(query: &'a str, counts: &DateCounts) -> Self {
        let total = counts.total();
        DatesResponse {
            query,
            months: counts
                .months
                .iter()
                .map(|(m, t)| MonthCount {
                    month: format!("{:04}-{:02}", m / 100, m % 100),
                    passages: t.passages,
                    all_words: t.all_words,
                })
                .collect(),
            undated: counts.undated.passages,
            total: total.passages,
            all_words: total.all_words,
            partial: counts.partial,
            took_ms: 0.0,
        }
    }
}

/// `/api/quotations`: a page of quotations, each the object of a `search --quotations --json`
/// line.
#[derive(Debug, Serialize)]
pub struct QuotationsResponse<'a> {
    pub query: &'a str,
    pub quotations: Vec<QuotationJson<'a>>,
    /// More quotations were found past this page: ask again with `offset` + `n`.
    pub more: bool,
    pub offset: usize,
    pub n: usize,
    pub took_ms: f64,
}

impl<'a> QuotationsResponse<'a> {
    pub fn new(
        query: &'a str,
        found: &'a [Quotation],
        more: bool,
        offset: usize,
        n: usize,
    ) -> Self {
        QuotationsResponse {
            query,
            quotations: found.iter().map(QuotationJson::from).collect(),
            more,
            offset,
            n,
            took_ms: 0.0,
        }
    }
}

/// `/api/timeline`: the object of `search --timeline --json`, with the query and the time taken.
#[derive(Debug, Serialize)]
pub struct TimelineResponse<'a> {
    pub query: &'a str,
    #[serde(flatten)]
    pub timeline: TimelineJson<'a>,
    pub took_ms: f64,
}

impl<'a> TimelineResponse<'a> {
    pub fn new(query: &'a str, timeline: &'a Timeline) -> Self {
        TimelineResponse {
            query,
            timeline: TimelineJson::from(timeline),
            took_ms: 0.0,
        }
    }
}

/// `/api/profile`: the object of `search --speaker NAME --profile --json`, with the time taken.
#[derive(Debug, Serialize)]
pub struct ProfileResponse<'a> {
    #[serde(flatten)]
    pub profile: &'a Profile,
    pub took_ms: f64,
}

/// `/api/speakers`.
#[derive(Debug, Serialize)]
pub struct SpeakersResponse<'a> {
    pub prefix: &'a str,
    pub speakers: Vec<&'a SpeakerCount>,
}

/// `{"error": "…"}`.
#[derive(Debug, Serialize)]
pub struct ErrorJson<'a> {
    pub error: &'a str,
}
