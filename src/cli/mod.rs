//! What the binaries share: how they end (exit statuses, errors, panics) and `search-bench`'s
//! measurements.

pub mod bench;
pub mod exit;
