//! A small generated corpus in a temporary directory, shared by the benches.

use std::path::{Path, PathBuf};

use depeches_bench::gen::{Config, Generator};

/// Dispatches of the benches' corpus: big enough for posting lists with skip blocks, small
/// enough to build in seconds.
pub const DISPATCHES: u64 = 3_000;

pub fn generator() -> Generator {
    Generator::new(&Config {
        seed: 7,
        lexicons: Vec::new(),
    })
    .expect("the built-in vocabulary needs no file")
}

/// Writes the corpus under `dir/corpus`; returns its path and its size in bytes.
pub fn corpus(dir: &Path) -> (PathBuf, u64) {
    let corpus = dir.join("corpus");
    let written = generator()
        .write_all(&corpus, DISPATCHES, 2)
        .expect("cannot write the corpus");
    (corpus, written.bytes)
}
