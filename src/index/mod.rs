//! Writing the index: creating or opening it, replacing a dispatch's passages, commits, the lock.
//!
//! The index directory holds tantivy's files and `depeches.json`, which records the schema and
//! analysis version the index was written with.

pub mod analysis;
pub mod schema;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _};
use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle,
    WritePtr, META_LOCK,
};
use tantivy::merge_policy::NoMergePolicy;
use tantivy::schema::Value;
use tantivy::{doc, Index, IndexWriter, TantivyDocument, Term};

use crate::model::dispatch::{Dispatch, Passage};
use crate::model::quote::HitQuote;
use crate::text::offsets::char_offset;
use analysis::Chain;
use schema::{Fields, SCHEMA_VERSION};

const VERSION_FILE: &str = "depeches.json";

/// Memory the writer may use before it flushes a segment, whatever the size of the run.
const WRITER_MEMORY: usize = 128 * 1024 * 1024;

/// The index directory: the one given, else `$SEARCH_INDEX`, else `./index`.
pub fn resolve_dir(given: Option<PathBuf>) -> PathBuf {
    given
        .or_else(|| std::env::var_os("SEARCH_INDEX").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("index"))
}

/// Whether an error is a closed pipe (`search … | head`): a quiet end, not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Opens the index in `dir` for searching, or says how to create or rebuild it.
pub fn open(dir: &Path) -> anyhow::Result<(Index, Fields)> {
    if !dir.join("meta.json").is_file() {
        bail!(
            "no index at {}: create it with `search-index --index {} {}`",
            dir.display(),
            dir.display(),
            if Path::new("corpus").is_dir() {
                "corpus/"
            } else {
                "DISPATCH_DIR"
            }
        );
    }
    check_version(dir)?;
    let directory = MmapDirectory::open(dir)
        .with_context(|| format!("cannot open the index at {}", dir.display()))?;
    let index = Index::open(ReadOnlyTolerant(directory))
        .with_context(|| format!("cannot open the index at {}", dir.display()))?;
    analysis::register(index.tokenizers());
    let fields = Fields::from_schema(&index.schema())?;
    Ok((index, fields))
}

/// Size of the compressed blocks of stored passages. Showing a hit decompresses the block that
/// holds it: 8 KiB blocks halve that cost against tantivy's 16 KiB for an index 4 % larger
/// (measured on a million passages: rare-word searches 0.12 → 0.10 ms at p50, index 1.14 → 1.19
/// × the raw text before the other savings; 4 KiB reached 0.09 ms but 1.26 ×).
const STORE_BLOCK_BYTES: usize = 8192;

/// Opens the index in `dir` for writing, creating it when absent; `rebuild` starts it anew.
pub fn open_or_create(dir: &Path, rebuild: bool) -> anyhow::Result<(Index, Fields)> {
    if rebuild && dir.join("meta.json").exists() {
        clear(dir)?;
    }
    if !dir.join("meta.json").is_file() {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the index directory {}", dir.display()))?;
        // The version is written first: an index without it is never left behind.
        write_version(dir)?;
        let settings = tantivy::IndexSettings {
            docstore_blocksize: STORE_BLOCK_BYTES,
            ..Default::default()
        };
        let index = Index::builder()
            .schema(schema::build())
            .settings(settings)
            .create_in_dir(dir)
            .with_context(|| format!("cannot create an index in {}", dir.display()))?;
        analysis::register(index.tokenizers());
        let fields = Fields::from_schema(&index.schema())?;
        return Ok((index, fields));
    }
    open(dir)
}

fn write_version(dir: &Path) -> anyhow::Result<()> {
    let body = serde_json::json!({ "schema_version": SCHEMA_VERSION }).to_string();
    std::fs::write(dir.join(VERSION_FILE), body)
        .with_context(|| format!("cannot write {} in {}", VERSION_FILE, dir.display()))
}

fn check_version(dir: &Path) -> anyhow::Result<()> {
    let found = std::fs::read_to_string(dir.join(VERSION_FILE))
        .ok()
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|v| v.get("schema_version").and_then(|v| v.as_u64()));
    if found != Some(SCHEMA_VERSION as u64) {
        bail!(
            "the index at {} was written by another version of depeches (schema {}, this one reads {}): rebuild it with `search-index --rebuild --index {} PATH...`",
            dir.display(),
            found.map_or("unknown".to_owned(), |v| v.to_string()),
            SCHEMA_VERSION,
            dir.display()
        );
    }
    Ok(())
}

/// Removes an index's files, keeping the directory (which may be a mount point).
fn clear(dir: &Path) -> anyhow::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            std::fs::remove_dir_all(&path)?;
        } else {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(())
}

/// An index directory that can also be searched where it cannot be written (a read-only mount,
/// a snapshot): opening a reader takes a short "meta" lock, whose only purpose is to keep a
/// writer's garbage collection away while `meta.json` is read; where nothing can be written,
/// nothing can be collected either, so the lock is waived. Every other lock (the writer's) is
/// taken for real.
#[derive(Debug, Clone)]
struct ReadOnlyTolerant(MmapDirectory);

impl Directory for ReadOnlyTolerant {
    fn get_file_handle(
        &self,
        path: &Path,
    ) -> Result<std::sync::Arc<dyn FileHandle>, OpenReadError> {
        self.0.get_file_handle(path)
    }
    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.0.delete(path)
    }
    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.0.exists(path)
    }
    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.0.open_write(path)
    }
    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.0.atomic_read(path)
    }
    fn atomic_write(&self, path: &Path, data: &[u8]) -> std::io::Result<()> {
        self.0.atomic_write(path, data)
    }
    fn sync_directory(&self) -> std::io::Result<()> {
        self.0.sync_directory()
    }
    fn watch(&self, callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.0.watch(callback)
    }
    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.0.acquire_lock(lock) {
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

/// The dispatches already in the index, with the hash of the bytes they were indexed from.
/// Reads two fast-field columns, not the stored documents: fast on a large index.
pub fn indexed_hashes(index: &Index) -> anyhow::Result<HashMap<String, u64>> {
    let reader = index.reader()?;
    let searcher = reader.searcher();
    let mut out = HashMap::new();
    for segment in searcher.segment_readers() {
        let ids = segment
            .fast_fields()
            .str(schema::DISPATCH)?
            .context("the index has no dispatch column")?;
        let hashes = segment.fast_fields().u64(schema::HASH)?;
        let alive = segment.alive_bitset();
        let mut id = String::new();
        let mut last_ord = None;
        for doc in 0..segment.max_doc() {
            if alive.is_some_and(|a| a.is_deleted(doc)) {
                continue;
            }
            let Some(ord) = ids.term_ords(doc).next() else {
                continue;
            };
            // The passages of a dispatch are consecutive documents, and its first passage holds
            // the hash. A dispatch found without one is left out: it is indexed again.
            if last_ord == Some(ord) {
                continue;
            }
            let Some(hash) = hashes.first(doc) else {
                continue;
            };
            last_ord = Some(ord);
            id.clear();
            ids.ord_to_str(ord, &mut id)?;
            out.entry(id.clone()).or_insert(hash);
        }
    }
    Ok(out)
}

/// Holds the index's write lock and stages changes until `commit`.
pub struct Writer {
    writer: IndexWriter,
    fields: Fields,
    dir: std::path::PathBuf,
}

impl Writer {
    /// Takes the write lock; fails at once when another indexer holds it.
    pub fn new(index: &Index, fields: &Fields, dir: &Path) -> anyhow::Result<Writer> {
        let writer = index.writer(WRITER_MEMORY).map_err(|e| match e {
            tantivy::TantivyError::LockFailure(LockError::LockBusy, _) => anyhow::anyhow!(
                "another search-index is writing to {} (it holds the index lock): wait for it to finish",
                dir.display()
            ),
            tantivy::TantivyError::LockFailure(LockError::IoError(io), _) => {
                anyhow::anyhow!("cannot write to the index at {}: {io}", dir.display())
            }
            other => anyhow::anyhow!("cannot write to the index at {}: {other}", dir.display()),
        })?;
        // No merges in the background: a run merges its segments once, at its end
        // (`merge_segments`). tantivy's default policy would start merges after each commit,
        // and a background merge ending while that final merge runs takes segments away from
        // it ("could not be found in the SegmentManager"): the run would fail although every
        // dispatch was committed. One merge at the end also rewrites each passage once, where
        // the log-structured policy rewrites it at every level.
        writer.set_merge_policy(Box::new(NoMergePolicy));
        Ok(Writer {
            writer,
            fields: fields.clone(),
            dir: dir.to_owned(),
        })
    }

    /// Replaces whatever the index holds for this dispatch with its passages.
    pub fn replace(&mut self, d: &Dispatch, hash: u64) -> anyhow::Result<()> {
        self.remove(&d.id);
        for p in &d.passages {
            self.writer
                .add_document(passage_doc(&self.fields, d, p, hash))
                .map_err(|e| self.failure(e))?;
        }
        Ok(())
    }

    pub fn remove(&mut self, id: &str) {
        self.writer
            .delete_term(Term::from_field_text(self.fields.dispatch, id));
    }

    /// Makes every staged change durable and visible, atomically.
    pub fn commit(&mut self) -> anyhow::Result<()> {
        self.writer.commit().map_err(|e| self.failure(e))?;
        Ok(())
    }

    /// A write that failed: the disk is full, or the directory stopped being writable.
    fn failure(&self, e: tantivy::TantivyError) -> anyhow::Error {
        let cause = std::fs::metadata(&self.dir)
            .map(|m| m.permissions().readonly())
            .ok()
            .filter(|&ro| ro)
            .map_or("the disk may be full", |_| "the directory is read-only");
        anyhow::anyhow!(
            "cannot write to the index at {} ({cause}: {e}); it stays at its last commit",
            self.dir.display()
        )
    }

    /// Merges the committed segments into one, the only merge of a run (see `new`). A run writes a segment per indexing thread and
    /// memory budget (six for a million passages); one segment answers a query in about 70 % of
    /// the time (one term lookup per word, one top-k threshold) and weighs 3 % less. Costs about
    /// 8 s per million passages on two cores.
    pub fn merge_segments(&mut self, index: &Index) -> anyhow::Result<()> {
        let segments = index.searchable_segment_ids()?;
        if segments.len() > 1 {
            self.writer
                .merge(&segments)
                .wait()
                .context("cannot merge the index's segments")?;
        }
        Ok(())
    }

    /// Waits for merges to finish and releases the lock.
    pub fn finish(self) -> anyhow::Result<()> {
        self.writer
            .wait_merging_threads()
            .map_err(|e| anyhow::anyhow!("cannot finish merging segments: {e}"))?;
        Ok(())
    }
}

fn passage_doc(f: &Fields, d: &Dispatch, p: &Passage, hash: u64) -> TantivyDocument {
    let chain = Chain::for_lang(&d.lang);
    let mut doc = doc!(
        f.dispatch => d.id.as_str(),
        f.passage => p.number as u64,
        f.title => d.title.as_str(),
        f.text => p.text.as_str(),
        f.body_for(chain) => p.text.as_str(),
        f.lang => d.lang.as_str(),
    );
    // Once per dispatch: the column stays a tenth of the size it would have on every passage.
    if p.number == 1 {
        doc.add_u64(f.hash, hash);
    }
    if !p.quotes.is_empty() {
        let quoted: Vec<&str> = p.quotes.iter().map(|q| q.text.as_str()).collect();
        doc.add_text(f.quoted_for(chain), quoted.join("\n"));
        doc.add_text(f.quotes, stored_quotes(p));
    }
    for s in p.speakers() {
        doc.add_text(f.speakers, s);
    }
    if let Some(date) = &d.date {
        let (start, end) = date.span();
        doc.add_text(f.date, date.value());
        doc.add_text(f.date_precision, json_str(&date.precision()));
        doc.add_text(f.date_origin, json_str(&date.origin));
        doc.add_u64(f.date_start, start);
        doc.add_u64(f.date_end, end);
    }
    doc
}

fn json_str<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// A quotation as the index stores it: speaker and character offsets only. The quoted words are
/// the passage's own: a second copy would be parsed back on every hit for nothing.
#[derive(serde::Serialize)]
struct StoredQuote<'a> {
    speaker: Option<&'a str>,
    start: usize,
    end: usize,
}

fn stored_quotes(p: &Passage) -> String {
    let quotes: Vec<StoredQuote> = p
        .quotes
        .iter()
        .map(|q| StoredQuote {
            speaker: q.speaker.as_deref(),
            start: char_offset(&p.text, q.start),
            end: char_offset(&p.text, q.end),
        })
        .collect();
    serde_json::to_string(&quotes).unwrap_or_default()
}

/// The quotations of a stored passage, their words taken back from its text.
pub fn read_quotes(stored: &str, text: &str) -> Vec<HitQuote> {
    let mut quotes: Vec<HitQuote> = serde_json::from_str(stored).unwrap_or_default();
    if quotes.is_empty() {
        return quotes;
    }
    // Character offsets to byte offsets, in one pass over the text.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    for q in &mut quotes {
        let at = |c: usize| bytes.get(c).copied().unwrap_or(text.len());
        let (s, e) = (at(q.start), at(q.end).max(at(q.start)));
        q.text = text[s..e].to_owned();
    }
    quotes
}

/// Reads a stored text value.
pub fn stored_str(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<&str> {
    doc.get_first(field).and_then(|v| v.as_str())
}
