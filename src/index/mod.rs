//! The index: opening it for searching ([`open`]), writing it (the lock, replacing a dispatch's
//! passages, commits, rebuilds: [`writer`]), and the stored forms of a passage ([`stored`]).
//!
//! What the index folder holds, which files are depeches' own, where the version is recorded and
//! how a rebuild swaps indexes: [`folder`]. Verifying an index: [`check`].

pub mod check;
pub mod folder;
pub mod guard;

pub mod analysis;
pub mod open;
pub mod provenance;
pub mod schema;
pub mod stored;
pub mod writer;

pub use open::{damage, open, resolve_dir, Opened};
pub(crate) use open::{expect_index, open_commit, read};
pub use stored::{count_dispatches, indexed_hashes, read_quotes, stored_str, title};
pub use writer::{stage, Staged, Writer};
