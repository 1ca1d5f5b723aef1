//! Measuring query latency: query files, latency statistics and the size of an index — what
//! `search-bench` prints, shared with the comparison against other engines.
//!
//! A query file holds one query per line, optionally preceded by a class label and a tab
//! (`rare<TAB>otages`). Blank lines and lines starting with `#` are skipped. Besides the syntax of
//! `search` (words, "phrases", -exclusions, speaker:NAME, quote:…), a query may carry
//! `since:DATE` and `until:DATE` (DATE is YYYY, YYYY-MM or YYYY-MM-DD), the `--since` and
//! `--until` flags of `search`. A query starting with `--quotations` or `--timeline` runs as
//! `search --quotations` or `search --timeline` runs it (`by:day|week|month|year` for
//! `--by`): `quotations<TAB>--quotations cible légitime`.

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use crate::model::error::Error;
use crate::search::query::{self, UserQuery};
use crate::search::timeline::By;
use crate::search::Engine;

/// The label of queries written without one.
pub const UNLABELLED: &str = "all";

/// One line of a query file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BenchQuery {
    pub class: String,
    /// The line as written (without its label).
    pub text: String,
    /// The query text with `since:`/`until:` removed: what `search` gets as its arguments.
    pub words: String,
    pub since: Option<String>,
    pub until: Option<String>,
    /// What the query asks for: passages, quotations or a timeline.
    pub mode: Mode,
}

/// How a query of a query file runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Ranked passages, as `search`.
    #[default]
    Passages,
    /// One result per quotation, as `search --quotations`.
    Quotations,
    /// As `search --timeline --by BY`.
    Timeline(By),
}

impl BenchQuery {
    /// Parses the query as `search` does with its flags.
    pub fn parse(&self) -> Result<UserQuery, Error> {
        let mut q = query::parse(&self.words);
        q.set_dates(self.since.as_deref(), self.until.as_deref())?;
        Ok(q)
    }
}

impl BenchQuery {
    /// The arguments that make `search` run this query (flags, then `--` and the words), for
    /// timing the whole process.
    pub fn search_args(&self) -> Vec<String> {
        let mut args = Vec::new();
        match self.mode {
            Mode::Passages => {}
            Mode::Quotations => args.push("--quotations".to_owned()),
            Mode::Timeline(by) => {
                args.push("--timeline".to_owned());
                args.push("--by".to_owned());
                args.push(
                    match by {
                        By::Day => "day",
                        By::Week => "week",
                        By::Month => "month",
                        By::Year => "year",
                    }
                    .to_owned(),
                );
            }
        }
        for (flag, value) in [("--since", &self.since), ("--until", &self.until)] {
            if let Some(v) = value {
                args.push(flag.to_owned());
                args.push(v.clone());
            }
        }
        args.push("--".to_owned());
        args.push(self.words.clone());
        args
    }
}

/// Reads a query file.
pub fn read_queries(text: &str) -> Result<Vec<BenchQuery>, Error> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let (class, text) = match line.split_once('\t') {
            Some((c, t)) => (c.trim(), t.trim()),
            None => (UNLABELLED, line.trim()),
        };
        let mut since = None;
        let mut until = None;
        let mut words = Vec::new();
        let mut mode = Mode::Passages;
        let mut by = None;
        for (i, token) in split_keeping_quotes(text).into_iter().enumerate() {
            let lower = token.to_ascii_lowercase();
            if i == 0 && lower == "--quotations" {
                mode = Mode::Quotations;
            } else if i == 0 && lower == "--timeline" {
                mode = Mode::Timeline(By::Month);
            } else if let Some(b) = lower.strip_prefix("by:") {
                by = Some(match b {
                    "day" => By::Day,
                    "week" => By::Week,
                    "month" => By::Month,
                    "year" => By::Year,
                    _ => {
                        return Err(Error::Usage(format!(
                            "line {}: invalid by:{b}: give by:day, by:week, by:month or by:year",
                            n + 1
                        )))
                    }
                });
            } else if let Some(d) = lower.strip_prefix("since:") {
                since = Some(d.to_owned());
            } else if let Some(d) = lower.strip_prefix("until:") {
                until = Some(d.to_owned());
            } else {
                words.push(token);
            }
        }
        match (mode, by) {
            (Mode::Timeline(_), Some(b)) => mode = Mode::Timeline(b),
            (_, Some(_)) => {
                return Err(Error::Usage(format!(
                    "line {}: by: goes with a query starting with --timeline",
                    n + 1
                )))
            }
            _ => {}
        }
        let q = BenchQuery {
            class: class.to_owned(),
            text: text.to_owned(),
            words: words.join(" "),
            since,
            until,
            mode,
        };
        q.parse()
            .map_err(|e| Error::Usage(format!("line {}: {e}", n + 1)))?;
        out.push(q);
    }
    Ok(out)
}

/// Whitespace-separated tokens, a double-quoted phrase kept whole.
fn split_keeping_quotes(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let mut end = 0;
        let mut in_quotes = false;
        for (i, c) in rest.char_indices() {
            if c == '"' {
                in_quotes = !in_quotes;
            } else if c.is_whitespace() && !in_quotes {
                break;
            }
            end = i + c.len_utf8();
        }
        out.push(&rest[..end]);
        rest = rest[end..].trim_start();
    }
    out
}

/// Latency statistics of a set of timings.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Stats {
    pub samples: usize,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    pub mean_ms: f64,
    /// Queries per second, one after the other on one thread.
    pub qps: f64,
}

impl Stats {
    pub fn of(timings: &[Duration]) -> Stats {
        let mut ms: Vec<f64> = timings.iter().map(|d| d.as_secs_f64() * 1e3).collect();
        ms.sort_by(f64::total_cmp);
        let total: f64 = ms.iter().sum();
        Stats {
            samples: ms.len(),
            p50_ms: percentile(&ms, 50.0),
            p95_ms: percentile(&ms, 95.0),
            p99_ms: percentile(&ms, 99.0),
            max_ms: ms.last().copied().unwrap_or(0.0),
            mean_ms: if ms.is_empty() {
                0.0
            } else {
                total / ms.len() as f64
            },
            qps: if total > 0.0 {
                ms.len() as f64 / (total / 1e3)
            } else {
                0.0
            },
        }
    }
}

/// Nearest-rank percentile of sorted values.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// What `search-bench --json` prints.
#[derive(Debug, serde::Serialize)]
pub struct Report<'a> {
    /// The index directory.
    pub index: String,
    pub size: IndexSize,
    pub warmup: usize,
    pub repeat: usize,
    pub classes: Vec<ClassReport<'a>>,
    pub overall: Stats,
    pub queries: Vec<QueryReport<'a>>,
}

/// The latencies of one class of queries.
#[derive(Debug, serde::Serialize)]
pub struct ClassReport<'a> {
    pub class: &'a str,
    pub queries: usize,
    pub stats: Stats,
}

/// The latencies of one query, and how many passages it finds.
#[derive(Debug, serde::Serialize)]
pub struct QueryReport<'a> {
    pub class: &'a str,
    pub query: &'a str,
    pub hits: usize,
    pub stats: Stats,
}

/// What an index holds and weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct IndexSize {
    pub dispatches: usize,
    pub passages: u64,
    pub bytes: u64,
}

/// Counts the dispatches and passages of an index and the bytes of its directory.
pub fn index_size(engine: &Engine, dir: &Path) -> anyhow::Result<IndexSize> {
    let searcher = engine.searcher();
    let segments = searcher.segment_readers();
    let dispatches = if let [segment] = segments {
        segment
            .inverted_index(engine.fields().dispatch)?
            .terms()
            .num_terms()
    } else {
        // A dispatch's passages may lie in several segments: count distinct identities.
        let mut ids: HashSet<Vec<u8>> = HashSet::new();
        for segment in segments {
            let inverted = segment.inverted_index(engine.fields().dispatch)?;
            let mut terms = inverted.terms().stream()?;
            while terms.advance() {
                ids.insert(terms.key().to_vec());
            }
        }
        ids.len()
    };
    Ok(IndexSize {
        dispatches,
        passages: searcher.num_docs(),
        bytes: dir_bytes(dir)?,
    })
}

fn dir_bytes(dir: &Path) -> anyhow::Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let meta = entry.metadata()?;
        total += if meta.is_dir() {
            dir_bytes(&entry.path())?
        } else {
            meta.len()
        };
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_arguments_of_each_kind_of_query() {
        let qs = read_queries(
            "date\tsince:2024-01 until:2024-08 \"forces russes\"\nq\t--quotations cible\nt\t--timeline by:year otan\n",
        )
        .unwrap();
        assert_eq!(
            qs[0].search_args(),
            [
                "--since",
                "2024-01",
                "--until",
                "2024-08",
                "--",
                "\"forces russes\""
            ]
        );
        assert_eq!(qs[1].search_args(), ["--quotations", "--", "cible"]);
        assert_eq!(
            qs[2].search_args(),
            ["--timeline", "--by", "year", "--", "otan"]
        );
    }

    #[test]
    fn query_lines_with_labels_and_date_filters() {
        let qs = read_queries(
            "# comment\n\nrare\totages\ndate\tsince:2023-01 until:2023 \"aide humanitaire\"\ntroupes\n",
        )
        .unwrap();
        assert_eq!(qs.len(), 3);
        assert_eq!(qs[0].class, "rare");
        assert_eq!(qs[1].words, "\"aide humanitaire\"");
        let q = qs[1].parse().unwrap();
        assert_eq!((q.since, q.until), (Some(20230101), Some(20231231)));
        assert_eq!(qs[2].class, UNLABELLED);
    }

    #[test]
    fn quotation_and_timeline_queries() {
        let qs = read_queries(
            "quotations\t--quotations cible légitime\ntimeline\t--timeline by:week since:2025 troupes\nt\t--timeline otan\nplain\tsoldats --quotations\n",
        )
        .unwrap();
        assert_eq!(qs[0].mode, Mode::Quotations);
        assert_eq!(qs[0].words, "cible légitime");
        assert_eq!(qs[1].mode, Mode::Timeline(By::Week));
        assert_eq!(qs[1].words, "troupes");
        assert_eq!(qs[1].since.as_deref(), Some("2025"));
        assert_eq!(qs[2].mode, Mode::Timeline(By::Month));
        // Only a query's first word chooses its mode.
        assert_eq!(qs[3].mode, Mode::Passages);
        let e = read_queries("a\t--timeline by:fortnight x\n").unwrap_err();
        assert!(
            e.to_string().starts_with("line 1: invalid by:fortnight"),
            "{e}"
        );
        let e = read_queries("a\tby:week x\n").unwrap_err();
        assert!(e.to_string().contains("--timeline"), "{e}");
    }

    #[test]
    fn bad_dates_name_their_line() {
        let e = read_queries("a\tsince:2023-13 x\n").unwrap_err();
        assert!(e.to_string().starts_with("line 1:"), "{e}");
    }

    #[test]
    fn percentiles_by_nearest_rank() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&v, 50.0), 50.0);
        assert_eq!(percentile(&v, 99.0), 99.0);
        assert_eq!(percentile(&v, 100.0), 100.0);
        let s = Stats::of(&[Duration::from_millis(2), Duration::from_millis(4)]);
        assert_eq!(s.p50_ms, 2.0);
        assert!((s.qps - 333.33).abs() < 0.1);
    }
}
