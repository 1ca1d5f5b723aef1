//! What the binaries share: the ranges of their numbers, how they end (exit statuses, errors, panics), `search-bench`'s
//! measurements, and the completions and man pages of `--generate`.

pub mod args;
pub mod bench;
pub mod exit;
pub mod generate;
pub mod plot;
