//! What a run did, and how it reports progress while it goes on.

use std::collections::BTreeMap;
use std::time::Duration;

use super::Skip;

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub removed: usize,
    /// Passages written by this run.
    pub passages: usize,
    pub skipped: Vec<Skip>,
    /// `(dispatch, warning)`: indexed, but worth knowing (a converted encoding, a bad header).
    pub warnings: Vec<(String, String)>,
    pub commits: usize,
    pub elapsed: Duration,
    /// Why `--prune` removed nothing (an unreadable input, more than `--max-prune`): the run
    /// fails, although what it added and updated is committed.
    pub prune_refused: Option<String>,
}

impl Summary {
    /// Skipped inputs counted by reason.
    pub fn skipped_by_reason(&self) -> BTreeMap<String, usize> {
        let mut out = BTreeMap::new();
        for s in &self.skipped {
            *out.entry(s.reason.kind().to_owned()).or_insert(0) += 1;
        }
        out
    }

    /// The one-line summary printed at the end of a run.
    pub fn line(&self) -> String {
        let by_reason: Vec<String> = self
            .skipped_by_reason()
            .iter()
            .map(|(r, n)| format!("{n} {r}"))
            .collect();
        format!(
            "{} added, {} updated, {} unchanged, {} removed, {} skipped{}; {} passages written in {:.2} s",
            self.added,
            self.updated,
            self.unchanged,
            self.removed,
            self.skipped.len(),
            if by_reason.is_empty() {
                String::new()
            } else {
                format!(" ({})", by_reason.join(", "))
            },
            self.passages,
            self.elapsed.as_secs_f64()
        )
    }
}

/// Reports progress while a run goes on.
pub trait Progress {
    /// Total bytes the run will read, when known.
    fn start(&mut self, _total_bytes: Option<u64>) {}
    /// `bytes` more were read.
    fn advance(&mut self, _bytes: u64, _summary: &Summary) {}
    fn finish(&mut self) {}
}

/// No progress reporting.
pub struct Quiet;
impl Progress for Quiet {}
