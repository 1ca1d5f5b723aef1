//! Opening the index for searching: where it is, one pinned commit, and what is wrong when it
//! cannot be opened (missing, damaged, another version, not an index), in a few words.

use std::path::{Path, PathBuf};

use anyhow::bail;
use tantivy::directory::error::OpenReadError;
use tantivy::{Index, IndexReader, ReloadPolicy};

use super::folder::{self, Found, IndexDirectory};
use super::schema::Fields;
use super::{analysis, guard};

/// The index directory: the one given, else `$SEARCH_INDEX` (when set and not empty), else
/// `./index`.
pub fn resolve_dir(given: Option<PathBuf>) -> PathBuf {
    given
        .or_else(|| {
            std::env::var_os("SEARCH_INDEX")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(|| PathBuf::from("index"))
}

/// An index opened for searching: one commit, whatever a writer does meanwhile.
pub struct Opened {
    pub index: Index,
    pub fields: Fields,
    /// Never reloaded: a search sees the commit that was current when the index was opened.
    pub reader: IndexReader,
}

/// Opens the index in `dir` for searching, or says how to create, repair or rebuild it.
///
/// Cheap checks only: the version, and that every file the last commit names is there (a
/// missing file otherwise shows only when a search needs it). Segment checksums are verified by
/// `search-index --check`, which reads every byte.
pub fn open(dir: &Path) -> anyhow::Result<Opened> {
    expect_index(dir)?;
    // A rebuild may replace the index while it is being opened: the files of the commit first
    // read can then be gone, and the next attempt opens the new one.
    let mut attempts = 0;
    loop {
        match open_once(dir) {
            Err(Opening::Replaced) if attempts < 5 => attempts += 1,
            Err(Opening::Replaced) => {
                return Err(folder::damaged(
                    dir,
                    "its files keep changing while it is opened",
                ))
            }
            Err(Opening::Failed(e)) => return Err(e),
            Ok(opened) => return Ok(opened),
        }
    }
}

enum Opening {
    /// `meta.json` changed while the index was opened: open it again.
    Replaced,
    Failed(anyhow::Error),
}

impl From<anyhow::Error> for Opening {
    fn from(e: anyhow::Error) -> Self {
        Opening::Failed(e)
    }
}

/// Says what is wrong when `dir` holds no index that can be opened.
pub(crate) fn expect_index(dir: &Path) -> anyhow::Result<()> {
    match folder::identify(dir)? {
        Found::Index => Ok(()),
        Found::Damaged(what) => Err(folder::damaged(dir, &what)),
        Found::Nothing => bail!(
            "no index at {}: create it with `search-index --index {} {}`",
            dir.display(),
            dir.display(),
            if Path::new("corpus").is_dir() {
                "corpus/"
            } else {
                "DISPATCH_DIR"
            }
        ),
        Found::NotAFolder => bail!(
            "{} is a file, not an index folder: give --index the folder that holds the index",
            dir.display()
        ),
        Found::Foreign(name) => bail!(
            "no depeches index at {} (it holds {name}, not an index): give --index the folder that holds the index",
            dir.display()
        ),
    }
}

/// Opens the index's last commit (`meta.json`, pinned) without reading its segments; checks the
/// version. Returns the `meta.json` it opened.
pub(crate) fn open_commit(dir: &Path) -> anyhow::Result<(Index, Vec<u8>)> {
    let directory = IndexDirectory::for_reading(dir)?;
    let index = Index::open(directory.clone()).map_err(|e| damage(dir, &e))?;
    let meta = index.load_metas().map_err(|e| damage(dir, &e))?;
    folder::check_version(dir, meta.payload.as_deref())?;
    Ok((index, directory.pinned_meta().unwrap_or_default()))
}

fn open_once(dir: &Path) -> Result<Opened, Opening> {
    let (index, pinned) = open_commit(dir)?;
    let replaced = || std::fs::read(dir.join(folder::META)).ok().as_ref() != Some(&pinned);
    if let Some(missing) = missing_files(dir, &pinned) {
        if replaced() {
            return Err(Opening::Replaced);
        }
        return Err(Opening::Failed(folder::damaged(dir, &missing)));
    }
    analysis::register(index.tokenizers());
    let fields = Fields::from_schema(&index.schema())?;
    let reader = match read(&index) {
        Ok(reader) => reader,
        Err(_) if replaced() => return Err(Opening::Replaced),
        Err(what) => return Err(Opening::Failed(folder::damaged(dir, &what))),
    };
    Ok(Opened {
        index,
        fields,
        reader,
    })
}

/// A reader of the index's segments, never reloaded; what is wrong when they cannot be read.
pub(crate) fn read(index: &Index) -> Result<IndexReader, String> {
    // Opening a segment reads its files' tables of contents, which tantivy trusts.
    match guard::catching(|| {
        index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
    }) {
        Ok(Ok(reader)) => Ok(reader),
        Ok(Err(e)) => Err(describe(&e)),
        Err(panic) => Err(format!("reading it failed: {panic}")),
    }
}

/// The files that the commit in `meta_json` names and `dir` lacks, said in a few words.
pub(super) fn missing_files(dir: &Path, meta_json: &[u8]) -> Option<String> {
    let missing: Vec<String> = folder::living_files(meta_json)
        .unwrap_or_default()
        .into_iter()
        .filter(|f| !dir.join(f).exists())
        .collect();
    Some(match missing.as_slice() {
        [] => return None,
        [one] => format!("{one}, named by its meta.json, is missing"),
        [first, ..] => format!(
            "{} files named by its meta.json are missing, {first} among them",
            missing.len()
        ),
    })
}

/// A tantivy error met while reading an index: the index is damaged.
pub fn damage(dir: &Path, e: &tantivy::TantivyError) -> anyhow::Error {
    folder::damaged(dir, &describe(e))
}

/// A tantivy error in a few words: which file, what is wrong with it (tantivy's own messages can
/// hold a whole file's contents, and call a damaged footer "another version").
fn describe(e: &tantivy::TantivyError) -> String {
    use tantivy::TantivyError as T;
    let name = |p: &Path| {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    let text = match e {
        T::OpenReadError(OpenReadError::FileDoesNotExist(p)) => format!("{} is missing", name(p)),
        T::OpenReadError(OpenReadError::IoError { io_error, filepath }) => {
            format!("{} cannot be read: {io_error}", name(filepath))
        }
        T::OpenReadError(OpenReadError::IncompatibleIndex(_)) | T::IncompatibleIndex(_) => {
            "a file does not end with a valid tantivy footer".to_owned()
        }
        T::DataCorruption(c) => format!("{c:?}"),
        other => other.to_string(),
    };
    let text = text.lines().next().unwrap_or_default();
    match text.char_indices().nth(160) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
