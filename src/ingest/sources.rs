//! Finding the inputs under the paths given: `.txt` files and NDJSON feeds in folders, files
//! given by name, standard input; and what could not be read, named so that `--prune` knows it.

use std::path::{Path, PathBuf};

use super::SkipReason;
use crate::text::escape;

/// Where dispatches come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A `.txt` file: one dispatch, identified by its path relative to its root.
    Text { id: String, path: PathBuf },
    /// An NDJSON file (`.jsonl`, `.ndjson`): one dispatch per line, identified by its `id`.
    Ndjson { path: PathBuf },
    /// NDJSON on standard input (`-`).
    Stdin,
    /// A path given on the command line that cannot be read.
    Missing { path: PathBuf, reason: SkipReason },
}

impl Source {
    /// How the input is named in reports.
    pub fn name(&self) -> String {
        match self {
            Source::Text { id, .. } => id.clone(),
            Source::Ndjson { path } | Source::Missing { path, .. } => shown(path),
            Source::Stdin => "<stdin>".to_owned(),
        }
    }
}

/// How many bytes the inputs hold, when known (not for standard input): what progress counts.
pub(super) fn total_bytes(sources: &[Source]) -> Option<u64> {
    sources
        .iter()
        .map(|s| match s {
            Source::Text { path, .. } | Source::Ndjson { path } => {
                std::fs::metadata(path).map_or(Some(0), |m| Some(m.len()))
            }
            Source::Stdin => None,
            Source::Missing { .. } => Some(0),
        })
        .sum::<Option<u64>>()
}

fn is_ndjson(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"))
}

fn is_text(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
}

/// Finds the inputs under `paths`, in a stable order. Directories are read recursively for
/// `.txt`, `.jsonl` and `.ndjson` files; a file given by name is taken whatever its extension
/// (NDJSON when it ends in `.jsonl`/`.ndjson`), identified by its file name; `-` is standard input.
pub fn collect(paths: &[PathBuf]) -> Vec<Source> {
    let mut out = Vec::new();
    for root in paths {
        if root.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let meta = match std::fs::metadata(root) {
            Ok(m) => m,
            Err(e) => {
                out.push(Source::Missing {
                    path: root.clone(),
                    reason: SkipReason::Unreadable(e.to_string()),
                });
                continue;
            }
        };
        if meta.is_dir() {
            let mut found = Vec::new();
            let mut unreadable = Vec::new();
            walk(root, &mut found, &mut unreadable);
            found.sort();
            for path in found {
                if is_ndjson(&path) {
                    out.push(Source::Ndjson { path });
                } else {
                    out.push(Source::Text {
                        id: relative_id(root, &path),
                        path,
                    });
                }
            }
            out.extend(unreadable);
        } else if is_ndjson(root) {
            out.push(Source::Ndjson { path: root.clone() });
        } else {
            let id = root
                .file_name()
                .map(|n| escape::name(n.as_encoded_bytes()))
                .unwrap_or_else(|| shown(root));
            out.push(Source::Text {
                id,
                path: root.clone(),
            });
        }
    }
    out
}

/// The `.txt` and NDJSON files under `root`, and what could not be listed.
///
/// Linked folders are not entered (`follow_links(false)`): a dispatch's identity is its path
/// under the root, so a link to a folder of the tree would index its dispatches twice under two
/// identities, and a link to a folder above would loop. A linked *file* with a dispatch's name is
/// taken like any file (it is read through the link).
fn walk(root: &Path, out: &mut Vec<PathBuf>, unreadable: &mut Vec<Source>) {
    for entry in walkdir::WalkDir::new(root).follow_links(false) {
        match entry {
            Ok(e) if e.file_type().is_dir() => {}
            Ok(e) => {
                if is_text(e.path()) || is_ndjson(e.path()) {
                    out.push(e.into_path());
                }
            }
            // A folder or entry that cannot be listed may hold dispatches: it is reported, never
            // passed over (a dispatch passed over would look deleted to `--prune`).
            Err(e) => unreadable.push(Source::Missing {
                path: e.path().unwrap_or(root).to_owned(),
                reason: SkipReason::Unreadable(
                    e.io_error()
                        .map_or_else(|| e.to_string(), ToString::to_string),
                ),
            }),
        }
    }
}

/// A file's identity: its path under `root`, its bytes kept whole (see [`escape::name`]).
fn relative_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| escape::name(c.as_os_str().as_encoded_bytes()))
        .collect::<Vec<_>>()
        .join("/")
}

/// A path as messages show it: whole, on one line.
pub(super) fn shown(path: &Path) -> String {
    escape::name(path.as_os_str().as_encoded_bytes())
}
