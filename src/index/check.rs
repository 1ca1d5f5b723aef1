//! `search-index --check`: an index verified byte for byte, and against its own rules.
//!
//! Every file of every live segment must match the checksum tantivy wrote in its footer (a
//! flipped bit in stored text or in a fast column would otherwise go unnoticed), and the
//! documents must be what depeches writes: each dispatch's passages numbered 1 to n, each once,
//! the first one carrying the dispatch's content hash (what decides whether a re-run indexes it
//! again), the dispatch column agreeing with the stored dispatch.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tantivy::index::SegmentComponent;
use tantivy::schema::Value;
use tantivy::{Index, Searcher, TantivyDocument};

use super::schema::{self, Fields};
use super::{folder, guard, stored_str};

/// Problems listed in a report at most; the count goes on.
const LISTED: usize = 100;

/// What `--check` found.
#[derive(Debug, Clone)]
pub struct Report {
    pub dir: PathBuf,
    pub dispatches: usize,
    pub passages: usize,
    pub segments: usize,
    /// Files whose checksum was verified, and their bytes.
    pub files: usize,
    pub bytes: u64,
    /// What is wrong, one sentence each (the first [`LISTED`]).
    pub problems: Vec<String>,
    /// How many problems in all.
    pub problem_count: usize,
    pub elapsed: Duration,
}

impl Report {
    pub fn is_whole(&self) -> bool {
        self.problem_count == 0
    }

    /// The one line `--check` prints.
    pub fn line(&self) -> String {
        if self.is_whole() {
            return format!(
                "the index at {} is whole: {} dispatches, {} passages in {} segment{}; {} files ({}) match their checksums ({:.2} s)",
                self.dir.display(),
                self.dispatches,
                self.passages,
                self.segments,
                if self.segments == 1 { "" } else { "s" },
                self.files,
                human_bytes(self.bytes),
                self.elapsed.as_secs_f64()
            );
        }
        let shown: Vec<&str> = self.problems.iter().take(3).map(String::as_str).collect();
        let more = self.problem_count - shown.len();
        let what = if more > 0 {
            format!(
                "{}; and {more} more problem{}",
                shown.join("; "),
                if more == 1 { "" } else { "s" }
            )
        } else {
            shown.join("; ")
        };
        folder::damaged(&self.dir, &what).to_string()
    }

    fn problem(&mut self, text: String) {
        self.problem_count += 1;
        if self.problems.len() < LISTED {
            self.problems.push(text);
        }
    }
}

fn human_bytes(n: u64) -> String {
    match n {
        n if n >= 1 << 30 => format!("{:.1} GiB", n as f64 / (1u64 << 30) as f64),
        n if n >= 1 << 20 => format!("{:.1} MiB", n as f64 / (1u64 << 20) as f64),
        n if n >= 1 << 10 => format!("{:.1} KiB", n as f64 / (1u64 << 10) as f64),
        n => format!("{n} B"),
    }
}

/// Verifies the index in `dir`. An index that cannot even be opened is an `Err` (whose message
/// says how to repair it); one that opens is reported on, whole or damaged.
pub fn check(dir: &Path) -> anyhow::Result<Report> {
    let started = Instant::now();
    super::expect_index(dir)?;
    let (index, _) = super::open_commit(dir)?;
    let mut report = Report {
        dir: dir.to_owned(),
        dispatches: 0,
        passages: 0,
        segments: index
            .searchable_segment_metas()
            .map_err(|e| super::damage(dir, &e))?
            .len(),
        files: 0,
        bytes: 0,
        problems: Vec::new(),
        problem_count: 0,
        elapsed: Duration::ZERO,
    };
    let sums = checksums(&index, dir)?;
    report.files = sums.files;
    report.bytes = sums.bytes;
    for p in sums.problems {
        report.problem(p);
    }
    // Documents are read only from files known to be intact.
    if report.is_whole() {
        match super::read(&index) {
            Ok(reader) => {
                let fields = Fields::from_schema(&index.schema())?;
                invariants(&reader.searcher(), &fields, &mut report);
            }
            Err(what) => report.problem(what),
        }
    }
    report.elapsed = started.elapsed();
    Ok(report)
}

/// The files of the live segments, verified against their checksums.
pub struct Checksums {
    pub files: usize,
    pub bytes: u64,
    /// One sentence per file that is missing, unreadable or does not match its checksum.
    pub problems: Vec<String>,
}

/// Verifies the checksum of every file of the index's live segments (every byte is read).
pub fn checksums(index: &Index, dir: &Path) -> anyhow::Result<Checksums> {
    let mut out = Checksums {
        files: 0,
        bytes: 0,
        problems: Vec::new(),
    };
    let metas = index
        .searchable_segment_metas()
        .map_err(|e| super::damage(dir, &e))?;
    for meta in metas {
        let mut components = vec![
            SegmentComponent::Postings,
            SegmentComponent::Positions,
            SegmentComponent::Terms,
            SegmentComponent::Store,
            SegmentComponent::FastFields,
            SegmentComponent::FieldNorms,
        ];
        if meta.has_deletes() {
            components.push(SegmentComponent::Delete);
        }
        for component in components {
            let path = meta.relative_path(component);
            let name = path.display().to_string();
            out.files += 1;
            out.bytes += std::fs::metadata(dir.join(&path)).map_or(0, |m| m.len());
            match guard::catching(|| index.directory().validate_checksum(&path)) {
                Ok(Ok(true)) => {}
                Ok(Ok(false)) => out.problems.push(format!("{name} fails its checksum")),
                Ok(Err(tantivy::directory::error::OpenReadError::FileDoesNotExist(_))) => {
                    out.problems.push(format!("{name} is missing"))
                }
                Ok(Err(e)) => out.problems.push(format!("{name} cannot be read ({e})")),
                Err(panic) => out
                    .problems
                    .push(format!("{name} cannot be read ({panic})")),
            }
        }
    }
    Ok(out)
}

/// A passage as the check sees it.
struct Seen {
    passage: Option<u64>,
    has_hash: bool,
}

/// Reads every live document: its dispatch (column and stored), passage number and hash.
fn invariants(searcher: &Searcher, fields: &Fields, report: &mut Report) {
    let mut dispatches: HashMap<String, Vec<Seen>> = HashMap::new();
    for segment in searcher.segment_readers() {
        let name = segment.segment_id().uuid_string();
        let read = guard::catching(|| read_segment(segment, fields, &mut dispatches));
        match read {
            Ok(Ok(problems)) => problems.into_iter().for_each(|p| report.problem(p)),
            Ok(Err(e)) => report.problem(format!("segment {name} cannot be read ({e})")),
            Err(panic) => report.problem(format!("segment {name} cannot be read ({panic})")),
        }
    }
    let mut ids: Vec<&String> = dispatches.keys().collect();
    ids.sort();
    for id in ids {
        let seen = &dispatches[id];
        report.dispatches += 1;
        report.passages += seen.len();
        let mut numbers: Vec<u64> = seen.iter().filter_map(|s| s.passage).collect();
        if numbers.len() < seen.len() {
            report.problem(format!("dispatch {id}: a passage has no number"));
        }
        numbers.sort_unstable();
        for pair in numbers.windows(2) {
            if pair[0] == pair[1] {
                report.problem(format!("dispatch {id}: ¶{} is there twice", pair[0]));
            }
        }
        numbers.dedup();
        let last = numbers.last().copied().unwrap_or(0);
        let missing: Vec<u64> = (1..=last)
            .filter(|n| numbers.binary_search(n).is_err())
            .collect();
        if !missing.is_empty() {
            report.problem(format!(
                "dispatch {id}: {} missing",
                missing
                    .iter()
                    .map(|n| format!("¶{n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        let hashes: Vec<Option<u64>> = seen
            .iter()
            .filter(|s| s.has_hash)
            .map(|s| s.passage)
            .collect();
        match hashes.as_slice() {
            [Some(1)] => {}
            [] => report.problem(format!("dispatch {id}: its content hash is missing")),
            [Some(n)] => report.problem(format!(
                "dispatch {id}: its content hash is on ¶{n}, not ¶1"
            )),
            more => report.problem(format!(
                "dispatch {id}: its content hash is stored {} times",
                more.len()
            )),
        }
    }
}

fn read_segment(
    segment: &tantivy::SegmentReader,
    fields: &Fields,
    dispatches: &mut HashMap<String, Vec<Seen>>,
) -> tantivy::Result<Vec<String>> {
    let mut problems = Vec::new();
    let ids = segment
        .fast_fields()
        .str(schema::DISPATCH)?
        .ok_or_else(|| tantivy::TantivyError::FieldNotFound(schema::DISPATCH.to_owned()))?;
    let hashes = segment.fast_fields().u64(schema::HASH)?;
    let alive = segment.alive_bitset();
    let store = segment.get_store_reader(1)?;
    let mut stored = store.iter::<TantivyDocument>(alive);
    let mut column_id = String::new();
    for doc in 0..segment.max_doc() {
        if alive.is_some_and(|a| a.is_deleted(doc)) {
            continue;
        }
        let document = stored.next().ok_or_else(|| {
            tantivy::TantivyError::InternalError("the stored documents end early".to_owned())
        })??;
        column_id.clear();
        if let Some(ord) = ids.term_ords(doc).next() {
            ids.ord_to_str(ord, &mut column_id)?;
        }
        let id = stored_str(&document, fields.dispatch).unwrap_or_default();
        if id != column_id {
            problems.push(format!(
                "a passage of dispatch {id} is filed under {column_id:?} in the dispatch column"
            ));
        }
        let passage = document.get_first(fields.passage).and_then(|v| v.as_u64());
        if stored_str(&document, fields.text).is_none() {
            problems.push(format!(
                "dispatch {id}: ¶{} has no text",
                passage.unwrap_or(0)
            ));
        }
        dispatches.entry(id.to_owned()).or_default().push(Seen {
            passage,
            has_hash: hashes.first(doc).is_some(),
        });
    }
    Ok(problems)
}
