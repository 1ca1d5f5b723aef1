//! depeches' benchmark tools, kept out of the product: `depeches-gen` writes a deterministic
//! corpus of French dispatches ([`gen`]), `compare-engines` measures depeches against SQLite FTS5
//! and ripgrep on it, and the criterion benches (`cargo bench -p depeches-bench`) watch for
//! regressions on a small generated index.

pub mod gen;
