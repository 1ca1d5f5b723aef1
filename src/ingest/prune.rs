//! How much one `--prune` (or a `--rebuild`) may remove, and when it must remove nothing.

use std::path::Path;

use super::{Held, Skip};

/// How many dispatches one `--prune` may remove, as rsync's `--max-delete`: a feed folder that
/// vanished for a night (an unmounted share) must not empty the index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MaxPrune {
    Count(usize),
    /// A share of the dispatches the index held before the run.
    Percent(f64),
    All,
}

impl Default for MaxPrune {
    fn default() -> Self {
        MaxPrune::Percent(10.0)
    }
}

impl std::str::FromStr for MaxPrune {
    type Err = String;

    /// `N`, `P%` or `all`.
    fn from_str(s: &str) -> Result<MaxPrune, String> {
        let s = s.trim();
        let bad = || format!("{s:?} is not a number of dispatches (N), a percentage (P%) or all");
        if s.eq_ignore_ascii_case("all") {
            return Ok(MaxPrune::All);
        }
        if let Some(p) = s.strip_suffix('%') {
            let p: f64 = p.trim().parse().map_err(|_| bad())?;
            if !(0.0..=100.0).contains(&p) {
                return Err(format!("{s:?} is not a percentage from 0% to 100%"));
            }
            return Ok(MaxPrune::Percent(p));
        }
        s.parse().map(MaxPrune::Count).map_err(|_| bad())
    }
}

impl std::fmt::Display for MaxPrune {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MaxPrune::Count(n) => write!(f, "{n}"),
            MaxPrune::Percent(p) => write!(f, "{p}%"),
            MaxPrune::All => f.write_str("all"),
        }
    }
}

impl MaxPrune {
    /// The most dispatches that may go from an index of `indexed`.
    pub fn bound(self, indexed: usize) -> usize {
        match self {
            MaxPrune::Count(n) => n,
            MaxPrune::Percent(p) => (indexed as f64 * p / 100.0).floor() as usize,
            MaxPrune::All => usize::MAX,
        }
    }
}

/// Why a prune of `gone` dispatches out of `indexed` must remove nothing, if it must: an input
/// that could not be read may still hold any of them, and a prune larger than `max` is more
/// likely a feed gone missing than a feed emptied on purpose.
pub(super) fn prune_refusal(
    skipped: &[Skip],
    gone: usize,
    indexed: usize,
    max: MaxPrune,
) -> Option<String> {
    let unreadable: Vec<&Skip> = skipped.iter().filter(|s| s.held == Held::Input).collect();
    if let Some(first) = unreadable.first() {
        let others = match unreadable.len() {
            1 => String::new(),
            n => format!(" (and {} other inputs)", n - 1),
        };
        return Some(format!(
            "not pruning: {}: {}{others}; which dispatches it holds is unknown, so nothing was removed",
            first.input, first.reason
        ));
    }
    if gone > max.bound(indexed) {
        return Some(format!(
            "not pruning: {gone} of the index's {indexed} dispatches are in none of the PATHs, more than --max-prune {max} allows; nothing was removed (if they are meant to go, run again with --max-prune {gone})"
        ));
    }
    None
}

/// Why a rebuild that found `after` dispatches must not replace an index of `before`: as many
/// fewer as a prune larger than `max` would remove (a mistyped or half-empty PATH).
pub(super) fn rebuild_refusal(
    dir: &Path,
    before: usize,
    after: usize,
    max: MaxPrune,
) -> Option<String> {
    let fewer = before.saturating_sub(after);
    (fewer > max.bound(before)).then(|| {
        format!(
            "not rebuilding: the PATHs hold {after} dispatches, {fewer} fewer than the {before} of the index at {}, more than --max-prune {max} allows; the index is left as it was (if it is meant to shrink, run again with --max-prune {fewer})",
            dir.display()
        )
    })
}
