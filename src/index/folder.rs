//! The index folder: what it holds, which of its files are depeches' own, the version marker,
//! and how a rebuild replaces one index by another in a single step.
//!
//! A folder given as `--index` holds tantivy's files — `meta.json`, which names the segments of
//! the last commit, each segment's files (`<32 hex digits>.idx`, `.pos`, `.term`, `.store`,
//! `.fast`, `.fieldnorm`, `.<opstamp>.del`), tantivy's list of the files it wrote
//! (`.managed.json`) and lock files — and may hold the user's `aliases.txt` or anything else:
//! depeches deletes only segment files that `meta.json` no longer names, never anything it did
//! not write.
//!
//! The version of depeches an index was written with is recorded in `meta.json` itself (the
//! payload of every commit): the index and its version change in the same atomic write.
//! Indexes written before that kept it in `depeches.json`, which is still read.
//!
//! A rebuild writes a whole new index in the hidden folder [`STAGING`] inside the index folder,
//! while the old index keeps answering searches. When the new one is complete, its segment files
//! are moved beside the old ones (new names: nothing is overwritten) and its `meta.json` is
//! renamed over the old one — the one atomic step that switches searches from the old index to
//! the new one. A rebuild killed before that step leaves the old index as it was (the next run
//! removes the unfinished one); killed after it, the new index is whole. The old segments' files
//! are deleted last, under tantivy's meta lock, which a search holds while it opens them.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::Context as _;
use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle,
    WritePtr, INDEX_WRITER_LOCK, META_LOCK,
};

use super::schema::SCHEMA_VERSION;
use crate::model::error::Error;

/// The hidden folder, inside the index folder, where a rebuild writes the new index.
pub const STAGING: &str = ".depeches-rebuild";
/// Where indexes written by earlier versions of depeches recorded their version.
pub const LEGACY_VERSION_FILE: &str = "depeches.json";
pub const META: &str = "meta.json";
const MANAGED: &str = ".managed.json";
/// The speaker aliases a user may keep in the index folder.
const ALIASES: &str = "aliases.txt";

/// The extensions of a segment's files, besides its deletes (`.<opstamp>.del`).
const SEGMENT_EXTENSIONS: [&str; 6] = ["idx", "pos", "term", "store", "fast", "fieldnorm"];

/// What a folder given as `--index` holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// Nothing yet (or no such folder): an index may be created there. Hidden files, the user's
    /// `aliases.txt` and a file system's `lost+found` may sit beside it.
    Nothing,
    /// A depeches index (of this version or another).
    Index,
    /// A depeches index that cannot be opened: what is wrong with it.
    Damaged(String),
    /// Something else: a file of the user's, or another program's index (the name of one).
    Foreign(String),
    /// A file, not a folder.
    NotAFolder,
}

/// Looks at a folder without opening it as an index.
pub fn identify(dir: &Path) -> anyhow::Result<Found> {
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Found::Nothing),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", dir.display())),
        Ok(m) if !m.is_dir() => return Ok(Found::NotAFolder),
        Ok(_) => {}
    }
    match std::fs::read(dir.join(META)) {
        Ok(bytes) => {
            let Some(meta) = serde_json::from_slice::<serde_json::Value>(&bytes).ok() else {
                return Ok(if holds_index_files(dir)? {
                    Found::Damaged("its meta.json is unreadable".to_owned())
                } else {
                    Found::Foreign(META.to_owned())
                });
            };
            let fields: HashSet<&str> = meta["schema"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|f| f["name"].as_str())
                .collect();
            Ok(
                if fields.contains("dispatch") && fields.contains("passage") {
                    Found::Index
                } else {
                    Found::Foreign(format!("{META} of another program's index"))
                },
            )
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if holds_index_files(dir)? {
                return Ok(Found::Damaged("its meta.json is missing".to_owned()));
            }
            let mut entries = std::fs::read_dir(dir)
                .with_context(|| format!("cannot read {}", dir.display()))?
                .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
                .filter(|name| !name.starts_with('.') && name != ALIASES && name != "lost+found")
                .collect::<Vec<_>>();
            entries.sort();
            Ok(match entries.into_iter().next() {
                Some(name) => Found::Foreign(name),
                None => Found::Nothing,
            })
        }
        Err(e) => Err(e).with_context(|| format!("cannot read {}", dir.join(META).display())),
    }
}

/// Whether a folder holds what only a depeches index leaves: tantivy's segment files or file
/// list, or the version file of earlier depeches.
fn holds_index_files(dir: &Path) -> anyhow::Result<bool> {
    Ok(std::fs::read_dir(dir)
        .with_context(|| format!("cannot read {}", dir.display()))?
        .filter_map(|e| e.ok())
        .any(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            is_segment_file(&name) || name == MANAGED || name == LEGACY_VERSION_FILE
        }))
}

/// Whether a file name is one of tantivy's segment files: 32 hexadecimal digits (the segment's
/// id), then one of its extensions (or `.<opstamp>.del`, or `.store.temp` while it is written).
pub fn is_segment_file(name: &str) -> bool {
    let Some((id, ext)) = name.split_once('.') else {
        return false;
    };
    if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return false;
    }
    SEGMENT_EXTENSIONS.contains(&ext)
        || ext == "store.temp"
        || ext
            .strip_suffix(".del")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The segment files a `meta.json` names (each segment's six files, and its deletes when it has
/// some). `None` when it cannot be read: nothing may then be deleted.
pub fn living_files(meta_json: &[u8]) -> Option<Vec<String>> {
    // Only the segments are read: the schema and the rest are skipped, not built (this runs
    // every time an index is opened).
    #[derive(serde::Deserialize)]
    struct Meta {
        segments: Vec<Segment>,
    }
    #[derive(serde::Deserialize)]
    struct Segment {
        segment_id: String,
        #[serde(default)]
        deletes: serde_json::Value,
    }
    let meta: Meta = serde_json::from_slice(meta_json).ok()?;
    let mut files = Vec::new();
    for segment in meta.segments {
        let id: String = segment.segment_id.chars().filter(|&c| c != '-').collect();
        for ext in SEGMENT_EXTENSIONS {
            files.push(format!("{id}.{ext}"));
        }
        if let Some(opstamp) = segment.deletes["opstamp"].as_u64() {
            files.push(format!("{id}.{opstamp}.del"));
        }
    }
    Some(files)
}

/// What every commit's payload holds: the version of depeches' schema and analysis.
#[derive(serde::Serialize, serde::Deserialize)]
struct Payload {
    depeches_schema_version: u64,
}

/// The payload written with every commit: `{"depeches_schema_version": N}`.
pub fn version_payload() -> String {
    let payload = Payload {
        depeches_schema_version: SCHEMA_VERSION as u64,
    };
    serde_json::to_string(&payload).expect("a struct of one number always serializes")
}

/// The schema version an index was written with: from its commit's payload, else (an index
/// written by an earlier depeches) from `depeches.json`. `None`: it does not say.
pub fn written_version(dir: &Path, payload: Option<&str>) -> Option<u64> {
    if let Some(v) = payload
        .and_then(|p| serde_json::from_str::<Payload>(p).ok())
        .map(|p| p.depeches_schema_version)
    {
        return Some(v);
    }
    std::fs::read_to_string(dir.join(LEGACY_VERSION_FILE))
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|v| v["schema_version"].as_u64())
}

/// Refuses an index written with another schema, or that does not say which.
pub fn check_version(dir: &Path, payload: Option<&str>) -> anyhow::Result<()> {
    match written_version(dir, payload) {
        Some(v) if v == SCHEMA_VERSION as u64 => Ok(()),
        Some(v) => anyhow::bail!(
            "the index at {} was written by another version of depeches (schema {v}, this one reads {SCHEMA_VERSION}): rebuild it with `{}`",
            dir.display(),
            rebuild_command(dir)
        ),
        None => anyhow::bail!(
            "the index at {} does not record which version of depeches wrote it: rebuild it with `{}`",
            dir.display(),
            rebuild_command(dir)
        ),
    }
}

pub use crate::model::error::rebuild_command;

/// The error for a damaged index: what is wrong, and how to repair it.
pub fn damaged(dir: &Path, what: &str) -> anyhow::Error {
    Error::Damaged {
        dir: dir.to_owned(),
        what: what.to_owned(),
    }
    .into()
}

/// Makes a rename or a new file in `dir` durable.
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::File::open(dir)?.sync_all()
}

/// Takes tantivy's writer lock of the index folder: the lock every indexer (and earlier
/// versions of depeches) takes, held for a whole run, rebuild included.
pub fn lock(dir: &Path) -> anyhow::Result<DirectoryLock> {
    let directory = MmapDirectory::open(dir)
        .with_context(|| format!("cannot open the index folder {}", dir.display()))?;
    directory.acquire_lock(&INDEX_WRITER_LOCK).map_err(|e| match e {
        LockError::LockBusy => anyhow::anyhow!(
            "another search-index is writing to {} (it holds the index lock): wait for it to finish",
            dir.display()
        ),
        LockError::IoError(io) => {
            anyhow::anyhow!("cannot write to the index at {}: {io}", dir.display())
        }
    })
}

/// Deletes the segment files that `meta.json` does not name — what a killed run, a merge or a
/// rebuild left behind — and rewrites tantivy's list of its files to match. Called with the
/// writer lock held and no tantivy writer open. The meta lock keeps a search that has read the
/// previous `meta.json` from losing the files it is opening. Does nothing when `meta.json`
/// cannot be read: a damaged index is left for `--rebuild`.
pub fn sweep(dir: &Path) -> anyhow::Result<()> {
    let directory = MmapDirectory::open(dir)
        .with_context(|| format!("cannot open the index folder {}", dir.display()))?;
    let _meta_lock = directory
        .acquire_lock(&META_LOCK)
        .with_context(|| format!("cannot lock the index at {}", dir.display()))?;
    let Some(living) = std::fs::read(dir.join(META))
        .ok()
        .and_then(|m| living_files(&m))
    else {
        return Ok(());
    };
    let living: HashSet<String> = living.into_iter().collect();
    for entry in std::fs::read_dir(dir)? {
        let name = entry?.file_name();
        let name = name.to_string_lossy();
        if is_segment_file(&name) && !living.contains(name.as_ref()) {
            match std::fs::remove_file(dir.join(name.as_ref())) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    return Err(e).with_context(|| format!("cannot delete {name}"))
                }
                _ => {}
            }
        }
    }
    let mut managed: Vec<&str> = living.iter().map(String::as_str).collect();
    managed.push(META);
    managed.sort_unstable();
    let mut list = serde_json::to_vec(&managed)?;
    list.push(b'\n');
    let current: Option<HashSet<String>> = std::fs::read(dir.join(MANAGED))
        .ok()
        .and_then(|l| serde_json::from_slice(&l).ok());
    if current.is_some_and(|c| c.len() == managed.len() && managed.iter().all(|m| c.contains(*m))) {
        return Ok(());
    }
    directory
        .atomic_write(Path::new(MANAGED), &list)
        .with_context(|| format!("cannot write {MANAGED} in {}", dir.display()))?;
    Ok(())
}

/// Removes the unfinished index of a rebuild that was stopped. Called with the writer lock held.
pub fn remove_staging(dir: &Path) -> anyhow::Result<()> {
    let staging = dir.join(STAGING);
    match std::fs::remove_dir_all(&staging) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(e).with_context(|| format!("cannot remove {}", staging.display()))
        }
        _ => Ok(()),
    }
}

/// Replaces the index in `dir` with the finished one in `dir/STAGING`, in one atomic step (see
/// the module's documentation), then deletes the old index's files. Called with the writer lock
/// held and the staged index's writer closed.
pub fn publish(dir: &Path) -> anyhow::Result<()> {
    let staging = dir.join(STAGING);
    let meta = std::fs::read(staging.join(META))
        .with_context(|| format!("cannot read the new index in {}", staging.display()))?;
    let files = living_files(&meta).with_context(|| {
        format!(
            "the new index in {} has an unreadable meta.json",
            staging.display()
        )
    })?;
    for f in &files {
        std::fs::rename(staging.join(f), dir.join(f))
            .with_context(|| format!("cannot move {f} into {}", dir.display()))?;
    }
    sync_dir(dir)?;
    // The switch: searches opened from here on see the new index.
    std::fs::rename(staging.join(META), dir.join(META))
        .with_context(|| format!("cannot replace {}", dir.join(META).display()))?;
    sync_dir(dir)?;
    // The version is in meta.json now.
    match std::fs::remove_file(dir.join(LEGACY_VERSION_FILE)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            return Err(e).with_context(|| format!("cannot delete {LEGACY_VERSION_FILE}"))
        }
        _ => {}
    }
    remove_staging(dir)?;
    sweep(dir)
}

/// The index folder as tantivy sees it, with three differences:
///
/// - `meta.json` can be *pinned*: the first read of it is the answer to every later one, so that
///   opening an index (schema, then segments) sees one commit even if a rebuild replaces it in
///   between;
/// - the writer lock, which depeches takes itself for the whole run ([`lock`]), is not taken a
///   second time by tantivy's writer (`held_writer_lock`);
/// - where nothing can be written (a read-only mount, a snapshot) a reader does without the
///   meta lock, whose only purpose is to keep a writer's garbage collection away while segments
///   are opened: where nothing can be written, nothing is collected either.
#[derive(Debug, Clone)]
pub struct IndexDirectory {
    inner: MmapDirectory,
    pinned: Option<Arc<Mutex<Option<Vec<u8>>>>>,
    held_writer_lock: bool,
}

impl IndexDirectory {
    /// For searching: `meta.json` pinned at its first read.
    pub fn for_reading(dir: &Path) -> anyhow::Result<IndexDirectory> {
        Ok(IndexDirectory {
            inner: open_mmap(dir)?,
            pinned: Some(Arc::default()),
            held_writer_lock: false,
        })
    }

    /// For a writer whose run already holds the writer lock.
    pub fn for_writing(dir: &Path) -> anyhow::Result<IndexDirectory> {
        Ok(IndexDirectory {
            inner: open_mmap(dir)?,
            pinned: None,
            held_writer_lock: true,
        })
    }

    /// The `meta.json` this directory answered with, when pinned.
    pub fn pinned_meta(&self) -> Option<Vec<u8>> {
        self.pinned.as_ref()?.lock().ok()?.clone()
    }
}

fn open_mmap(dir: &Path) -> anyhow::Result<MmapDirectory> {
    MmapDirectory::open(dir).with_context(|| format!("cannot open the index at {}", dir.display()))
}

impl Directory for IndexDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }
    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }
    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }
    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }
    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        match &self.pinned {
            Some(pinned) if path == Path::new(META) => {
                let mut pinned = pinned.lock().unwrap_or_else(|p| p.into_inner());
                if let Some(bytes) = pinned.as_ref() {
                    return Ok(bytes.clone());
                }
                let bytes = self.inner.atomic_read(path)?;
                *pinned = Some(bytes.clone());
                Ok(bytes)
            }
            _ => self.inner.atomic_read(path),
        }
    }
    fn atomic_write(&self, path: &Path, data: &[u8]) -> std::io::Result<()> {
        self.inner.atomic_write(path, data)
    }
    fn sync_directory(&self) -> std::io::Result<()> {
        self.inner.sync_directory()
    }
    fn watch(&self, callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(callback)
    }
    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        if self.held_writer_lock && lock.filepath == INDEX_WRITER_LOCK.filepath {
            return Ok(DirectoryLock::from(Box::new(())));
        }
        match self.inner.acquire_lock(lock) {
            Err(LockError::IoError(e))
                if lock.filepath == META_LOCK.filepath
                    && matches!(
                        e.kind(),
                        std::io::ErrorKind::ReadOnlyFilesystem
                            | std::io::ErrorKind::PermissionDenied
                    ) =>
            {
                Ok(DirectoryLock::from(Box::new(())))
            }
            other => other,
        }
    }
}

/// Where the files of an index's live segments are.
pub fn segment_paths(dir: &Path, meta_json: &[u8]) -> Vec<PathBuf> {
    living_files(meta_json)
        .unwrap_or_default()
        .into_iter()
        .map(|f| dir.join(f))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_files_are_recognised_by_name() {
        let id = "a9e6bd1b162b4226b0e785da0d2feee6";
        for ext in [
            "idx",
            "pos",
            "term",
            "store",
            "fast",
            "fieldnorm",
            "store.temp",
            "12.del",
        ] {
            assert!(is_segment_file(&format!("{id}.{ext}")), "{ext}");
        }
        for name in [
            "meta.json",
            "aliases.txt",
            ".managed.json",
            "a9e6bd1b162b4226b0e785da0d2feee.idx",
            "a9e6bd1b162b4226b0e785da0d2feeeg.idx",
            &format!("{id}.txt"),
            &format!("{id}.del"),
            &format!("{id}.x.del"),
            id,
        ] {
            assert!(!is_segment_file(name), "{name}");
        }
    }

    #[test]
    fn living_files_follow_the_segments_and_their_deletes() {
        let meta = br#"{"segments": [
            {"segment_id": "a9e6bd1b-162b-4226-b0e7-85da0d2feee6", "max_doc": 3, "deletes": null},
            {"segment_id": "0260b3c2-8597-42e9-b5e2-7acd11c66c00", "max_doc": 9,
             "deletes": {"num_deleted_docs": 2, "opstamp": 41}}
        ]}"#;
        let files = living_files(meta).unwrap();
        assert_eq!(files.len(), 13);
        assert!(files.contains(&"a9e6bd1b162b4226b0e785da0d2feee6.pos".to_owned()));
        assert!(files.contains(&"0260b3c2859742e9b5e27acd11c66c00.41.del".to_owned()));
        assert!(files.iter().all(|f| is_segment_file(f)));
        assert_eq!(living_files(b"{not json"), None);
    }
}
