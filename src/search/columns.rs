//! The fast-field columns ranking reads for its candidates (passage numbers, dispatch
//! identities), opened once for the engine's life: opening a column reads its whole block index
//! (more than reading the few values a search needs), and the engine's reader is never reloaded.

use std::sync::OnceLock;

use tantivy::columnar::{Column, StrColumn};
use tantivy::Searcher;

use crate::index::schema::{DISPATCH, HASH, PASSAGE};

/// Per segment of the engine's searcher, each column opened on first use.
#[derive(Default)]
pub struct Columns {
    passage: OnceLock<Vec<Option<Column<u64>>>>,
    dispatch: OnceLock<Vec<Option<StrColumn>>>,
    hash: OnceLock<Vec<Option<Column<u64>>>>,
}

impl Columns {
    /// The passage-number column of each segment (`None` where it cannot be read).
    pub fn passage(&self, searcher: &Searcher) -> &[Option<Column<u64>>] {
        self.passage.get_or_init(|| {
            searcher
                .segment_readers()
                .iter()
                .map(|r| r.fast_fields().u64(PASSAGE).ok())
                .collect()
        })
    }

    /// The dispatch-identity column of each segment (`None` where it cannot be read).
    pub fn dispatch(&self, searcher: &Searcher) -> &[Option<StrColumn>] {
        self.dispatch.get_or_init(|| {
            searcher
                .segment_readers()
                .iter()
                .map(|r| r.fast_fields().str(DISPATCH).ok().flatten())
                .collect()
        })
    }

    /// The dispatch content-hash column of each segment (on each dispatch's first passage).
    pub fn hash(&self, searcher: &Searcher) -> &[Option<Column<u64>>] {
        self.hash.get_or_init(|| {
            searcher
                .segment_readers()
                .iter()
                .map(|r| r.fast_fields().u64(HASH).ok())
                .collect()
        })
    }
}
