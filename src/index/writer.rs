//! Writing the index: the writer lock held for a whole run, a new index or a rebuild, replacing
//! a dispatch's passages, commits with the version, the run's one merge.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _};
use tantivy::directory::DirectoryLock;
use tantivy::indexer::UserOperation;
use tantivy::merge_policy::NoMergePolicy;
use tantivy::{Index, IndexWriter, Term};

use super::folder::{self, Found, IndexDirectory};
use super::open::{damage, missing_files};
use super::schema::{self, Fields};
use super::stored::passage_doc;
use super::{analysis, check, provenance};
use crate::model::dispatch::Dispatch;
use crate::text::minhash;

/// Memory the writer may use before it flushes a segment, whatever the size of the run.
const WRITER_MEMORY: usize = 128 * 1024 * 1024;

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

/// What a dispatch's documents need that can be worked out from the dispatch alone, before its
/// turn to be written and on any thread: its quotations' words (for [`provenance`]) and its
/// passages' near-duplicate signatures.
#[derive(Debug, Clone)]
pub struct Staged {
    quotes: Vec<Vec<provenance::QuoteWords>>,
    signatures: Vec<[u64; 2]>,
}

/// Stages `d` for [`Writer::replace`].
pub fn stage(d: &Dispatch) -> Staged {
    Staged {
        quotes: provenance::prepare(d),
        signatures: d
            .passages
            .iter()
            .map(|p| minhash::signature(&p.text))
            .collect(),
    }
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
    /// Whether the index held no passage when the run began: then no dispatch the run writes
    /// has an older version to delete (a run writes each identity once).
    fresh: bool,
    /// Gives each quotation written its id, linking repeats to the quotation they repeat.
    linker: provenance::Linker,
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
                linker: provenance::Linker::new(&index, &fields),
                index,
                fields,
                dir: dir.to_owned(),
                rebuilding: true,
                fresh: true,
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
        let fresh = meta.segments.iter().all(|s| s.max_doc() == 0);
        Ok(Writer {
            writer: open_writer(&index, dir)?,
            linker: provenance::Linker::new(&index, &fields),
            index,
            fields,
            dir: dir.to_owned(),
            rebuilding: false,
            fresh,
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
    /// passage, which holds the title, `passage - 1` documents before it ([`super::title`]).
    ///
    /// `staged` is what [`stage`] worked out for `d` (on any thread). A run replaces each
    /// dispatch once at most: in an index that was empty when the run began, there is nothing to
    /// delete (tantivy would keep every deletion until the merge and apply it to each segment at
    /// every commit).
    pub fn replace(&mut self, d: &Dispatch, staged: Staged, hash: u64) -> anyhow::Result<()> {
        let mut ops = Vec::with_capacity(d.passages.len() + 1);
        if !self.fresh {
            ops.push(UserOperation::Delete(Term::from_field_text(
                self.fields.dispatch,
                &d.id,
            )));
        }
        let linked = self.linker.link(d, staged.quotes);
        ops.extend(
            d.passages
                .iter()
                .zip(&linked)
                .zip(staged.signatures)
                .map(|((p, l), sig)| {
                    UserOperation::Add(passage_doc(&self.fields, d, p, l, sig, hash))
                }),
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
        self.linker.committed();
        Ok(())
    }

    /// Merges the committed segments into one, the only merge of a run (see `open_writer`). A
    /// run writes a segment per indexing thread and memory budget (six for a million passages);
    /// one segment answers a query in about 70 % of the time (one term lookup per word, one
    /// top-k threshold) and weighs 3 % less. Costs about 8 s per million passages on two cores.
    ///
    /// Comes after the run's last write: the quotations it linked are forgotten first, to lower
    /// the merge's peak of memory.
    pub fn merge_segments(&mut self) -> anyhow::Result<()> {
        self.linker.release();
        let segments = self.index.searchable_segment_ids()?;
        if segments.len() > 1 {
            self.writer
                .merge(&segments)
                .wait()
                .context("cannot merge the index's segments")?;
        }
        Ok(())
    }

    /// Gives up a rebuild: the new index is deleted, the old one stays as it was. Releases the
    /// lock once the new index's files are gone.
    pub fn abandon(self) -> anyhow::Result<()> {
        let Writer {
            writer, dir, _lock, ..
        } = self;
        // Tantivy's threads write into the new index until the writer is gone.
        let _ = writer.wait_merging_threads();
        folder::remove_staging(&dir)
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
