//! The errors a caller branches on. Their kind decides how a run ends: a usage error is the
//! user's input to change, said in one line without a chain of causes (exit 2; a 400 from the
//! API); a damaged index names the command that repairs it. Every other failure is an
//! `anyhow::Error` with its context, and a typed error keeps its kind under added context
//! ([`Error::find`]).

use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// A query or a value the user must change; the message says how.
    #[error("{0}")]
    Usage(String),
    /// The index cannot be trusted as it is: what is wrong, and how to repair it.
    #[error("the index at {} is damaged ({what}): rebuild it with `{}`", dir.display(), rebuild_command(dir))]
    Damaged { dir: PathBuf, what: String },
}

impl Error {
    /// The depeches error that `e` is, or that caused it.
    pub fn find(e: &anyhow::Error) -> Option<&Error> {
        e.chain().find_map(|c| c.downcast_ref::<Error>())
    }

    /// Whether `e` is, or was caused by, a usage error.
    pub fn is_usage(e: &anyhow::Error) -> bool {
        matches!(Error::find(e), Some(Error::Usage(_)))
    }
}

/// What to run to rebuild the index in `dir`.
pub fn rebuild_command(dir: &Path) -> String {
    format!("search-index --rebuild --index {} PATH...", dir.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_is_found_under_added_context() {
        let usage = anyhow::Error::from(Error::Usage("empty query".into()));
        assert!(Error::is_usage(&usage));
        let wrapped = usage.context("line 3 of the query file");
        assert!(Error::is_usage(&wrapped));
        assert_eq!(
            Error::find(&wrapped).map(ToString::to_string).as_deref(),
            Some("empty query")
        );
        let damaged = anyhow::Error::from(Error::Damaged {
            dir: PathBuf::from("idx"),
            what: "meta.json is missing".into(),
        });
        assert!(!Error::is_usage(&damaged));
        assert_eq!(
            damaged.to_string(),
            "the index at idx is damaged (meta.json is missing): rebuild it with \
             `search-index --rebuild --index idx PATH...`"
        );
        assert!(!Error::is_usage(&anyhow::anyhow!("disk full")));
    }
}
