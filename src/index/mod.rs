//! The index: opening it for searching, writing it (the lock, replacing a dispatch's passages,
//! commits, rebuilds), and the stored forms of a passage.
//!
//! What the index folder holds, which files are depeches' own, where the version is recorded and
//! how a rebuild swaps indexes: [`folder`]. Verifying an index: [`check`].

pub mod check;
pub mod folder;
pub mod guard;

pub mod analysis;
pub mod schema;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _};
use tantivy::collector::DocSetCollector;
use tantivy::directory::error::OpenReadError;
use tantivy::directory::DirectoryLock;
use tantivy::indexer::UserOperation;
use tantivy::merge_policy::NoMergePolicy;
use tantivy::query::TermQuery;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{
    doc, DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term,
};

use crate::model::dispatch::{Dispatch, Passage};
use crate::model::quote::HitQuote;
use crate::text::offsets::char_offset;
use analysis::Chain;
use folder::{Found, IndexDirectory};
use schema::Fields;

/// Memory the writer may use before it flushes a segment, whatever the size of the run.
const WRITER_MEMORY: usize = 128 * 1024 * 1024;

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
fn missing_files(dir: &Path, meta_json: &[u8]) -> Option<String> {
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

/// Size of the compressed blocks of stored passages. Showing a hit decompresses the block that
/// holds it: 8 KiB blocks halve that cost against tantivy's 16 KiB for an index 4 % larger
/// (measured on a million passages: rare-word searches 0.12 → 0.10 ms at p50, index 1.14 → 1.19
/// × the raw text before the other savings; 4 KiB reached 0.09 ms but 1.26 ×).
const STORE_BLOCK_BYTES: usize = 8192;

/// Creates an empty index in `dir` (which must not hold one), with the current schema.
fn create(dir: &Path) -> anyhow::Result<Index> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("cannot create the index folder {}", dir.display()))?;
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
    Ok(index)
}

/// The dispatches already in the index, with the hash of the bytes they were indexed from.
/// Reads two fast-field columns, not the stored documents: fast on a large index.
pub fn indexed_hashes(index: &Index, dir: &Path) -> anyhow::Result<HashMap<String, u64>> {
    match guard::catching(|| read_hashes(index)) {
        Ok(Ok(hashes)) => Ok(hashes),
        Ok(Err(e)) => Err(match e.downcast_ref::<tantivy::TantivyError>() {
            Some(t) => damage(dir, t),
            None => e,
        }),
        Err(panic) => Err(folder::damaged(dir, &format!("reading it failed: {panic}"))),
    }
}

fn read_hashes(index: &Index) -> anyhow::Result<HashMap<String, u64>> {
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

/// Holds the index's writer lock for a whole run and stages changes until `commit`.
///
/// An update writes into the index in place, commit by commit. A rebuild writes a new index
/// beside it ([`folder::STAGING`]), which replaces the old one only when [`Writer::finish`]
/// publishes it.
pub struct Writer {
    writer: IndexWriter,
    index: Index,
    fields: Fields,
    dir: PathBuf,
    /// Whether this run builds a new index to publish at the end.
    rebuilding: bool,
    /// Tantivy's writer lock of the index folder, taken before anything else is done.
    _lock: DirectoryLock,
}

impl Writer {
    /// Takes the writer lock of the index in `dir` (failing at once when another indexer holds
    /// it) and opens the index for writing: in place, creating it when absent, or — `rebuild` —
    /// as a new index that replaces the old one when the run finishes.
    ///
    /// Refuses a folder that holds something other than a depeches index (a user's files,
    /// another program's index): an index is created only in a new or empty folder.
    pub fn open(dir: &Path, rebuild: bool) -> anyhow::Result<Writer> {
        refuse_foreign(dir)?;
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create the index folder {}", dir.display()))?;
        let lock = folder::lock(dir)?;
        // What a run stopped by kill -9 or a power loss left: an unfinished rebuild, segments
        // written but never committed.
        folder::remove_staging(dir)?;
        let found = refuse_foreign(dir)?;
        if let Found::Damaged(what) = &found {
            if !rebuild {
                return Err(folder::damaged(dir, what));
            }
        }
        if rebuild || found == Found::Nothing {
            let staged = dir.join(folder::STAGING);
            let index = create(&staged)?;
            let fields = Fields::from_schema(&index.schema())?;
            let mut writer = Writer {
                writer: open_writer(&index, dir)?,
                index,
                fields,
                dir: dir.to_owned(),
                rebuilding: true,
                _lock: lock,
            };
            if rebuild {
                return Ok(writer);
            }
            // A new index appears whole, with its version, in one step: an empty commit,
            // published at once; the run then writes into it in place.
            writer.commit()?;
            let Writer { writer, _lock, .. } = writer;
            writer.wait_merging_threads()?;
            folder::publish(dir)?;
            return Writer::in_place(dir, _lock);
        }
        folder::sweep(dir)?;
        Writer::in_place(dir, lock)
    }

    /// Opens the index in `dir` for writing in place, the lock held.
    fn in_place(dir: &Path, lock: DirectoryLock) -> anyhow::Result<Writer> {
        let index = Index::open(IndexDirectory::for_writing(dir)?).map_err(|e| damage(dir, &e))?;
        let meta = index.load_metas().map_err(|e| damage(dir, &e))?;
        folder::check_version(dir, meta.payload.as_deref())?;
        if let Some(missing) = missing_files(dir, &std::fs::read(dir.join(folder::META))?) {
            return Err(folder::damaged(dir, &missing));
        }
        // Every byte of the index is verified before the run writes into it: the merge that
        // ends a run rewrites every segment, and a flipped bit merged into a new segment would
        // carry a valid checksum from then on. (It costs one read of the index, which the merge
        // reads whole anyway.)
        let sums = check::checksums(&index, dir)?;
        if let Some(first) = sums.problems.first() {
            return Err(folder::damaged(
                dir,
                &match sums.problems.len() {
                    1 => first.clone(),
                    n => format!("{first}, and {} more problems", n - 1),
                },
            ));
        }
        analysis::register(index.tokenizers());
        let fields = Fields::from_schema(&index.schema())?;
        Ok(Writer {
            writer: open_writer(&index, dir)?,
            index,
            fields,
            dir: dir.to_owned(),
            rebuilding: false,
            _lock: lock,
        })
    }

    /// The index being written (for a rebuild, the new one).
    pub fn index(&self) -> &Index {
        &self.index
    }

    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// Whether this run builds a new index (which holds nothing yet that it did not write).
    pub fn is_rebuild(&self) -> bool {
        self.rebuilding
    }

    /// Replaces whatever the index holds for this dispatch with its passages. They go in as one
    /// group, which tantivy writes to one segment, in order: a dispatch's passages are
    /// consecutive documents (merges keep that order), so a hit finds its dispatch's first
    /// passage, which holds the title, `passage - 1` documents before it ([`title`]).
    pub fn replace(&mut self, d: &Dispatch, hash: u64) -> anyhow::Result<()> {
        let mut ops = Vec::with_capacity(d.passages.len() + 1);
        ops.push(UserOperation::Delete(Term::from_field_text(
            self.fields.dispatch,
            &d.id,
        )));
        ops.extend(
            d.passages
                .iter()
                .map(|p| UserOperation::Add(passage_doc(&self.fields, d, p, hash))),
        );
        self.writer.run(ops).map_err(|e| failure(&self.dir, e))?;
        Ok(())
    }

    pub fn remove(&mut self, id: &str) {
        self.writer
            .delete_term(Term::from_field_text(self.fields.dispatch, id));
    }

    /// Makes every staged change durable, atomically, with the version of depeches that wrote
    /// it; visible at once when writing in place, at the end of the run for a rebuild.
    pub fn commit(&mut self) -> anyhow::Result<()> {
        let dir = &self.dir;
        let mut prepared = self.writer.prepare_commit().map_err(|e| failure(dir, e))?;
        prepared.set_payload(&folder::version_payload());
        prepared.commit().map_err(|e| failure(dir, e))?;
        Ok(())
    }

    /// Merges the committed segments into one, the only merge of a run (see `open_writer`). A
    /// run writes a segment per indexing thread and memory budget (six for a million passages);
    /// one segment answers a query in about 70 % of the time (one term lookup per word, one
    /// top-k threshold) and weighs 3 % less. Costs about 8 s per million passages on two cores.
    pub fn merge_segments(&mut self) -> anyhow::Result<()> {
        let segments = self.index.searchable_segment_ids()?;
        if segments.len() > 1 {
            self.writer
                .merge(&segments)
                .wait()
                .context("cannot merge the index's segments")?;
        }
        Ok(())
    }

    /// Waits for merges to finish; a rebuild then replaces the old index with the new one.
    /// Releases the lock.
    pub fn finish(self) -> anyhow::Result<()> {
        self.writer
            .wait_merging_threads()
            .map_err(|e| anyhow::anyhow!("cannot finish merging segments: {e}"))?;
        if self.rebuilding {
            folder::publish(&self.dir)?;
        }
        Ok(())
    }
}

/// A write that failed: the disk is full, or the directory stopped being writable.
fn failure(dir: &Path, e: tantivy::TantivyError) -> anyhow::Error {
    let cause = std::fs::metadata(dir)
        .map(|m| m.permissions().readonly())
        .ok()
        .filter(|&ro| ro)
        .map_or("the disk may be full", |_| "the directory is read-only");
    anyhow::anyhow!(
        "cannot write to the index at {} ({cause}: {e}); it stays at its last commit",
        dir.display()
    )
}

/// Refuses a folder that holds something other than a depeches index.
fn refuse_foreign(dir: &Path) -> anyhow::Result<Found> {
    let found = folder::identify(dir)?;
    match &found {
        Found::NotAFolder => bail!(
            "{} is a file, not an index folder: give --index a folder (a new one to create an index)",
            dir.display()
        ),
        Found::Foreign(name) => bail!(
            "{} is not a depeches index and is not empty (it holds {name}): give --index the index's folder, or a new or empty one to create an index",
            dir.display()
        ),
        _ => Ok(found),
    }
}

/// Tantivy's writer on an index whose folder lock the run holds.
fn open_writer(index: &Index, dir: &Path) -> anyhow::Result<IndexWriter> {
    let writer = index
        .writer(WRITER_MEMORY)
        .map_err(|e| anyhow::anyhow!("cannot write to the index at {}: {e}", dir.display()))?;
    // No merges in the background: a run merges its segments once, at its end
    // (`merge_segments`). tantivy's default policy would start merges after each commit, and a
    // background merge ending while that final merge runs takes segments away from it ("could
    // not be found in the SegmentManager"): the run would fail although every dispatch was
    // committed. One merge at the end also rewrites each passage once, where the log-structured
    // policy rewrites it at every level.
    writer.set_merge_policy(Box::new(NoMergePolicy));
    Ok(writer)
}

fn passage_doc(f: &Fields, d: &Dispatch, p: &Passage, hash: u64) -> TantivyDocument {
    let chain = Chain::for_lang(&d.lang);
    let mut doc = doc!(
        f.dispatch => d.id.as_str(),
        f.passage => p.number as u64,
        f.text => p.text.as_str(),
        f.body_for(chain) => p.text.as_str(),
        f.lang => d.lang.as_str(),
    );
    // Once per dispatch: the hash column stays a tenth of the size it would have on every
    // passage, and a long title is not stored again with each of its passages.
    if p.number == 1 {
        doc.add_u64(f.hash, hash);
        doc.add_text(f.title, d.title.as_str());
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

/// The title of a passage's dispatch. Only the first passage stores it: for any other, it is
/// read from the document `passage - 1` places before (see [`Writer::replace`]), checked to be
/// that dispatch's first passage; else (an index whose passages were written apart) from the
/// first passage found by the dispatch's identity.
pub fn title(
    searcher: &Searcher,
    f: &Fields,
    addr: DocAddress,
    doc: &TantivyDocument,
) -> anyhow::Result<String> {
    if let Some(t) = stored_str(doc, f.title) {
        return Ok(t.to_owned());
    }
    let Some(id) = stored_str(doc, f.dispatch) else {
        return Ok(String::new());
    };
    let number = |d: &TantivyDocument| d.get_first(f.passage).and_then(|v| v.as_u64());
    let first_of_id =
        |d: &TantivyDocument| stored_str(d, f.dispatch) == Some(id) && number(d) == Some(1);
    if let Some(before) = number(doc)
        .and_then(|n| n.checked_sub(1))
        .and_then(|n| u32::try_from(n).ok())
        .and_then(|n| addr.doc_id.checked_sub(n))
    {
        let first: TantivyDocument = searcher.doc(DocAddress::new(addr.segment_ord, before))?;
        if first_of_id(&first) {
            return Ok(stored_str(&first, f.title).unwrap_or_default().to_owned());
        }
    }
    let passages = searcher.search(
        &TermQuery::new(
            Term::from_field_text(f.dispatch, id),
            IndexRecordOption::Basic,
        ),
        &DocSetCollector,
    )?;
    for a in passages {
        let d: TantivyDocument = searcher.doc(a)?;
        if first_of_id(&d) {
            return Ok(stored_str(&d, f.title).unwrap_or_default().to_owned());
        }
    }
    Ok(String::new())
}

/// Reads a stored text value.
pub fn stored_str(doc: &TantivyDocument, field: tantivy::schema::Field) -> Option<&str> {
    doc.get_first(field).and_then(|v| v.as_str())
}
