//! Every JSON object depeches prints, as serde structs with one naming of keys: a dispatch is
//! `dispatch`, a passage's number `passage`, offsets are in characters (README, "JSON keys").
//!
//! The hit is the one definition of a hit's JSON, for `search --json` and any future API.

use std::borrow::Cow;

use serde::Serialize;

use crate::index::check::Report;
use crate::ingest::Summary;
use crate::model::dispatch::{distinct_speakers, Dispatch, Passage};
use crate::model::quote::HitQuote;
use crate::search::dispatch::Whole;
use crate::search::plan::Correction;
use crate::search::{Duplicate, Explanation, Hit};
use crate::text::offsets::char_offset;

/// One hit of `search --json` (one line of JSON Lines).
#[derive(Debug, Serialize)]
pub struct HitJson<'a> {
    pub rank: usize,
    pub score: f32,
    pub dispatch: &'a str,
    pub passage: u64,
    pub date: Option<&'a str>,
    pub date_precision: Option<&'a str>,
    pub date_origin: Option<&'a str>,
    pub lang: &'a str,
    pub title: &'a str,
    pub text: &'a str,
    /// `[start, end)` character offsets into `text` of the highlighted words.
    pub highlights: Vec<[usize; 2]>,
    /// `[start, end)` character offsets into `text` of the part worth showing (the whole passage
    /// when it is short): what the terminal shows, with "…" where it was cropped.
    pub snippet: [usize; 2],
    pub speakers: Vec<&'a str>,
    /// The speaker of the quotation that holds the first highlighted word, when known.
    pub highlighted_speaker: Option<&'a str>,
    pub quotes: &'a [HitQuote],
    /// The index in `quotes` of the quotation the hit is about (the asked speaker's, else the
    /// one holding the most highlighted words), or `null`.
    pub highlighted_quote: Option<usize>,
    /// How many units of the query (words, phrases) the passage holds…
    pub matched: usize,
    /// …of how many.
    pub of: usize,
    /// The query's words matched to other spellings (typos, transliterations).
    pub corrections: &'a [Correction],
    /// The same passage, give or take a few words, in other dispatches (earliest first).
    pub duplicates: &'a [Duplicate],
    /// Why it ranks where it does, with `--explain`; else `null`.
    pub explain: Option<&'a Explanation>,
}

impl<'a> HitJson<'a> {
    /// With the query's corrections.
    pub fn with_corrections(mut self, corrections: &'a [Correction]) -> Self {
        self.corrections = corrections;
        self
    }
}

impl<'a> From<&'a Hit> for HitJson<'a> {
    fn from(hit: &'a Hit) -> Self {
        HitJson {
            rank: hit.rank,
            score: hit.score,
            dispatch: &hit.dispatch,
            passage: hit.passage,
            date: hit.date.as_deref(),
            date_precision: hit.date_precision.as_deref(),
            date_origin: hit.date_origin.as_deref(),
            lang: &hit.lang,
            title: &hit.title,
            text: &hit.text,
            highlights: hit.highlight_chars(),
            snippet: [
                char_offset(&hit.text, hit.snippet.0),
                char_offset(&hit.text, hit.snippet.1),
            ],
            speakers: hit.speakers(),
            highlighted_speaker: hit.highlighted_speaker(),
            quotes: &hit.quotes,
            highlighted_quote: hit.highlighted_quote,
            matched: hit.matched,
            of: hit.of,
            corrections: &[],
            duplicates: &hit.duplicates,
            explain: hit.explanation.as_ref(),
        }
    }
}

/// A whole dispatch: one of `search-index --dry-run --json` (what would be indexed), or the HTTP
/// API's `/api/dispatch` (what the index holds).
#[derive(Debug, Serialize)]
pub struct DispatchJson<'a> {
    pub dispatch: &'a str,
    pub date: Option<Cow<'a, str>>,
    pub date_precision: Option<&'a str>,
    pub date_origin: Option<&'a str>,
    pub lang: &'a str,
    pub title: &'a str,
    /// Everyone quoted in the dispatch, in order of first quotation.
    pub speakers: Vec<&'a str>,
    pub passages: Vec<PassageJson<'a>>,
}

/// A passage of a whole dispatch.
#[derive(Debug, Serialize)]
pub struct PassageJson<'a> {
    /// The `¶` number, 1-based.
    pub passage: u64,
    pub text: &'a str,
    pub speakers: Vec<&'a str>,
    /// `text`, `speaker`, `start`, `end` (character offsets into `text`).
    pub quotes: Cow<'a, [HitQuote]>,
}

impl DispatchJson<'_> {
    /// The dispatch's speakers: its passages', in order of first quotation.
    fn with_speakers(mut self) -> Self {
        self.speakers = distinct_speakers(
            self.passages
                .iter()
                .flat_map(|p| p.speakers.iter().map(|&s| Some(s))),
        );
        self
    }
}

impl<'a> From<&'a Dispatch> for DispatchJson<'a> {
    fn from(d: &'a Dispatch) -> Self {
        DispatchJson {
            dispatch: &d.id,
            date: d.date.map(|d| Cow::Owned(d.value())),
            date_precision: d.date.map(|d| d.precision().as_str()),
            date_origin: d.date.map(|d| d.origin.as_str()),
            lang: &d.lang,
            title: &d.title,
            speakers: Vec::new(),
            passages: d.passages.iter().map(PassageJson::from).collect(),
        }
        .with_speakers()
    }
}

impl<'a> From<&'a Passage> for PassageJson<'a> {
    fn from(p: &'a Passage) -> Self {
        PassageJson {
            passage: p.number as u64,
            text: &p.text,
            speakers: p.speakers(),
            quotes: Cow::Owned(p.quotes_in_chars()),
        }
    }
}

impl<'a> From<&'a Whole> for DispatchJson<'a> {
    fn from(w: &'a Whole) -> Self {
        DispatchJson {
            dispatch: &w.id,
            date: w.date.as_deref().map(Cow::Borrowed),
            date_precision: w.date_precision.as_deref(),
            date_origin: w.date_origin.as_deref(),
            lang: &w.lang,
            title: &w.title,
            speakers: Vec::new(),
            passages: w
                .passages
                .iter()
                .map(|p| PassageJson {
                    passage: p.number,
                    text: &p.text,
                    speakers: distinct_speakers(p.quotes.iter().map(|q| q.speaker.as_deref())),
                    quotes: Cow::Borrowed(&p.quotes),
                })
                .collect(),
        }
        .with_speakers()
    }
}

/// The summary of an indexing run, `search-index --json`.
#[derive(Debug, Serialize)]
pub struct SummaryJson<'a> {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub removed: usize,
    pub skipped: usize,
    pub skipped_by_reason: std::collections::BTreeMap<String, usize>,
    pub skipped_inputs: Vec<SkippedJson<'a>>,
    pub warnings: Vec<WarningJson<'a>>,
    pub passages: usize,
    pub commits: usize,
    pub elapsed_seconds: f64,
    pub prune_refused: Option<&'a str>,
}

/// An input a run skipped, and why.
#[derive(Debug, Serialize)]
pub struct SkippedJson<'a> {
    pub input: &'a str,
    pub reason: String,
}

/// A dispatch indexed with something worth knowing.
#[derive(Debug, Serialize)]
pub struct WarningJson<'a> {
    pub dispatch: &'a str,
    pub warning: &'a str,
}

impl<'a> From<&'a Summary> for SummaryJson<'a> {
    fn from(s: &'a Summary) -> Self {
        SummaryJson {
            added: s.added,
            updated: s.updated,
            unchanged: s.unchanged,
            removed: s.removed,
            skipped: s.skipped.len(),
            skipped_by_reason: s.skipped_by_reason(),
            skipped_inputs: s
                .skipped
                .iter()
                .map(|k| SkippedJson {
                    input: &k.input,
                    reason: k.reason.to_string(),
                })
                .collect(),
            warnings: s
                .warnings
                .iter()
                .map(|(d, w)| WarningJson {
                    dispatch: d,
                    warning: w,
                })
                .collect(),
            passages: s.passages,
            commits: s.commits,
            elapsed_seconds: s.elapsed.as_secs_f64(),
            prune_refused: s.prune_refused.as_deref(),
        }
    }
}

/// What `search-index --check --json` prints.
#[derive(Debug, Serialize)]
pub struct CheckJson<'a> {
    /// The index directory.
    pub index: String,
    pub whole: bool,
    pub dispatches: usize,
    pub passages: usize,
    pub segments: usize,
    pub files: usize,
    pub bytes: u64,
    pub problem_count: usize,
    pub problems: &'a [String],
    pub elapsed_seconds: f64,
}

impl<'a> From<&'a Report> for CheckJson<'a> {
    fn from(r: &'a Report) -> Self {
        CheckJson {
            index: r.dir.display().to_string(),
            whole: r.is_whole(),
            dispatches: r.dispatches,
            passages: r.passages,
            segments: r.segments,
            files: r.files,
            bytes: r.bytes,
            problem_count: r.problem_count,
            problems: &r.problems,
            elapsed_seconds: r.elapsed.as_secs_f64(),
        }
    }
}

/// One JSON object on one line.
pub fn line<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("depeches' JSON structs always serialize")
}
