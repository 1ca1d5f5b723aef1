//! One indexing run: finding the dispatches under the given paths (`.txt` files, NDJSON feeds,
//! standard input), deciding from their content hash which are new or changed, parsing those in
//! parallel, and replacing them in the index in batches of atomic commits.
//!
//! One bad input never stops a run: it is skipped with a reason, and everything else is indexed.

pub mod extract;
pub mod parse;
pub mod prune;
pub mod raw;
pub mod read;
pub mod skip;
pub mod sources;
pub mod summary;

pub use prune::MaxPrune;
pub use raw::{read_all, Content, Raw};
pub use skip::{Held, Skip, SkipReason};
pub use sources::{collect, Source};
pub use summary::{Progress, Quiet, Summary};

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use crate::index::{self, Staged, Writer};
use crate::ingest::parse::Context;
use crate::model::aliases::Aliases;
use crate::model::dates::{self, DispatchDate, Origin};
use crate::model::dispatch::Dispatch;
use prune::{prune_refusal, rebuild_refusal};

/// Dispatches parsed together (in parallel) before they are written.
const PARSE_BATCH: usize = 256;

/// A commit is made at least this often (unless told otherwise), so that an interrupted run loses
/// little and memory stays bounded whatever the size of the feed.
pub const COMMIT_EVERY_DISPATCHES: usize = 10_000;
const COMMIT_EVERY_BYTES: usize = 128 * 1024 * 1024;

/// Parses a dispatch read by `read_all`. Never panics: a parser failure skips the dispatch.
pub fn parse(raw: &Raw) -> Result<(Dispatch, Vec<String>), Skip> {
    parse_with(raw, &Aliases::bundled())
}

/// [`parse`] with an index's speaker aliases.
pub fn parse_with(raw: &Raw, aliases: &Arc<Aliases>) -> Result<(Dispatch, Vec<String>), Skip> {
    let skip = |reason: SkipReason| Skip::dispatch(&raw.id, reason);
    let mut warnings = Vec::new();
    let (text, ctx) = match &raw.content {
        Content::File { bytes, modified } => {
            let decoded = read::decode(bytes).map_err(|u| skip(SkipReason::Content(u)))?;
            if let Some(enc) = decoded.converted_from {
                warnings.push(format!("not UTF-8: converted from {enc}"));
            }
            let ctx = Context {
                reference: *modified,
                aliases: Some(aliases.clone()),
                ..Context::default()
            };
            (decoded.text, ctx)
        }
        Content::Record(r) => {
            let reference = r
                .date
                .as_deref()
                .and_then(|d| DispatchDate::parse_iso(d, Origin::Field))
                .map(|d| {
                    let day = d.day.unwrap_or(dates::days_in_month(d.year, d.month));
                    (d.year, d.month, day)
                });
            let ctx = Context {
                date_field: r.date.clone(),
                title: r.title.clone().filter(|t| !t.trim().is_empty()),
                reference,
                aliases: Some(aliases.clone()),
            };
            (r.text.clone(), ctx)
        }
    };
    let parsed = index::guard::catching(|| Dispatch::parse(&raw.id, &text, &ctx))
        .map_err(|panic| skip(SkipReason::Internal(panic)))?;
    if parsed.passages.is_empty() {
        return Err(skip(SkipReason::NoText));
    }
    warnings.extend(parsed.warnings.iter().cloned());
    Ok((parsed, warnings))
}

/// A dispatch read, parsed and staged for the writer; or why it is skipped.
type Parsed = Result<(Dispatch, Vec<String>, Staged), Skip>;

/// Parses and stages a batch on every core (rayon's pool), keeping its order: decoding,
/// parsing, language detection, extraction, and what the documents need apart from the index
/// (the quotations' words, the near-duplicate signatures).
fn parse_batch(batch: &[Raw], aliases: &Arc<Aliases>) -> Vec<Parsed> {
    batch
        .par_iter()
        .map(|raw| {
            let (dispatch, warnings) = parse_with(raw, aliases)?;
            let staged = index::stage(&dispatch);
            Ok((dispatch, warnings, staged))
        })
        .collect()
}

/// What a run should do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub index_dir: PathBuf,
    pub paths: Vec<PathBuf>,
    /// Start the index anew.
    pub rebuild: bool,
    /// Remove dispatches that none of the inputs holds any more.
    pub prune: bool,
    /// Commit after this many new or changed dispatches (0: the default).
    pub commit_every: usize,
    /// The most dispatches a prune may remove; over it, it removes none.
    pub max_prune: MaxPrune,
}

/// Indexes `opts.paths` into `opts.index_dir`: adds what is new, replaces what changed, leaves
/// the rest untouched; commits in batches. Errors are fatal problems of the index itself (lock,
/// disk, version); bad inputs are skipped and listed in the summary.
pub fn run(opts: &Options, progress: &mut dyn Progress) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let sources = collect(&opts.paths);
    // A rebuild holds what the PATHs hold, and nothing else: one that cannot be read would
    // silently drop its dispatches from the new index.
    if opts.rebuild {
        if let Some(Source::Missing { path, reason }) =
            sources.iter().find(|s| matches!(s, Source::Missing { .. }))
        {
            anyhow::bail!(
                "not rebuilding: {}: {reason}; the index is left as it was",
                path.display()
            );
        }
    }
    let mut writer = Writer::open(&opts.index_dir, opts.rebuild)?;
    // What the index holds before a rebuild, counted under the lock: the bound of --max-prune.
    let before_rebuild = if writer.is_rebuild() {
        index::count_dispatches(&opts.index_dir)
    } else {
        None
    };
    let known = if writer.is_rebuild() {
        HashMap::new()
    } else {
        index::indexed_hashes(writer.index(), &opts.index_dir)?
    };
    let aliases = Arc::new(Aliases::load(&opts.index_dir)?);

    progress.start(sources::total_bytes(&sources));

    let mut run = Run {
        writer: &mut writer,
        aliases,
        known: &known,
        summary: Summary::default(),
        seen: HashSet::new(),
        kept: HashSet::new(),
        batch: Vec::new(),
        parsed: None,
        since_commit: (0, 0),
        commit_every: if opts.commit_every == 0 {
            COMMIT_EVERY_DISPATCHES
        } else {
            opts.commit_every
        },
    };
    run.read(&sources, progress)?;
    if opts.rebuild {
        if let Some(skip) = run.summary.skipped.iter().find(|s| s.held == Held::Input) {
            anyhow::bail!(
                "not rebuilding: {}: {}; the dispatches it holds would be missing from the new index",
                skip.input,
                skip.reason
            );
        }
    }
    if let Some(refusal) = before_rebuild.and_then(|before| {
        rebuild_refusal(&opts.index_dir, before, run.summary.added, opts.max_prune)
    }) {
        writer.abandon()?;
        anyhow::bail!(refusal);
    }
    if opts.prune {
        run.prune(opts.max_prune);
    }
    let mut summary = run.finish()?;
    if summary.added + summary.updated + summary.removed > 0 {
        writer.merge_segments()?;
    }
    writer.finish()?;
    progress.finish();
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// The state of a run between inputs.
struct Run<'a> {
    writer: &'a mut Writer,
    /// Speakers' name variants: the bundled list and the index directory's `aliases.txt`.
    aliases: Arc<Aliases>,
    known: &'a HashMap<String, u64>,
    summary: Summary,
    seen: HashSet<String>,
    /// Dispatches that could not be read this time: their indexed version stays.
    kept: HashSet<String>,
    batch: Vec<Raw>,
    /// The batch before, parsed while the one before it was written, next to be written.
    parsed: Option<(Vec<Raw>, Vec<Parsed>)>,
    /// Dispatches and bytes staged since the last commit.
    since_commit: (usize, usize),
    commit_every: usize,
}

impl Run<'_> {
    /// Reads every input, parsing and writing what is new or changed; skips are counted, and a
    /// dispatch that could not be read keeps its indexed version.
    fn read(&mut self, sources: &[Source], progress: &mut dyn Progress) -> anyhow::Result<()> {
        read_all(sources, |item, size| {
            match item {
                Ok(raw) => self.offer(raw)?,
                Err(skip) => {
                    if let Held::Dispatch(id) = &skip.held {
                        self.kept.insert(id.clone());
                    }
                    self.summary.skipped.push(skip);
                }
            }
            progress.advance(size, &self.summary);
            Ok(())
        })?;
        self.flush()?;
        let last = self.parsed.take();
        self.write(last)
    }

    /// Removes the indexed dispatches that no input held, unless the prune must remove nothing
    /// (then the summary says why).
    fn prune(&mut self, max: MaxPrune) {
        let gone: Vec<&String> = self
            .known
            .keys()
            .filter(|id| !self.seen.contains(*id) && !self.kept.contains(*id))
            .collect();
        match prune_refusal(&self.summary.skipped, gone.len(), self.known.len(), max) {
            Some(refusal) => self.summary.prune_refused = Some(refusal),
            None => {
                for id in gone {
                    self.writer.remove(id);
                    self.summary.removed += 1;
                    self.since_commit.0 += 1;
                }
            }
        }
    }

    fn offer(&mut self, raw: Raw) -> anyhow::Result<()> {
        // One identity, one dispatch: the first one read is indexed, a later one is skipped. A
        // feed is read as a stream, so keeping the last would mean indexing the first and
        // replacing it, and re-indexing both on every run.
        if !self.seen.insert(raw.id.clone()) {
            self.summary.skipped.push(Skip {
                input: raw.input,
                reason: SkipReason::Duplicate(raw.id.clone()),
                held: Held::Dispatch(raw.id),
            });
            return Ok(());
        }
        if self.known.get(&raw.id) == Some(&raw.hash) {
            self.summary.unchanged += 1;
            return Ok(());
        }
        self.batch.push(raw);
        if self.batch.len() >= PARSE_BATCH {
            self.flush()?;
        }
        Ok(())
    }

    /// Parses the pending batch while the one before it is written: the two run at once, in
    /// rayon's pool, and batches are written in the order they were read.
    fn flush(&mut self) -> anyhow::Result<()> {
        let batch = std::mem::take(&mut self.batch);
        let before = self.parsed.take();
        let aliases = self.aliases.clone();
        let (parsed, written) = rayon::join(
            move || {
                let parsed = parse_batch(&batch, &aliases);
                (batch, parsed)
            },
            || self.write(before),
        );
        written?;
        self.parsed = Some(parsed);
        Ok(())
    }

    /// Writes a parsed batch; commits as soon as enough has been staged, in the middle of the
    /// batch if need be, so that an interrupted run loses at most `--commit-every` dispatches
    /// of written work.
    fn write(&mut self, parsed: Option<(Vec<Raw>, Vec<Parsed>)>) -> anyhow::Result<()> {
        let Some((batch, parsed)) = parsed else {
            return Ok(());
        };
        for (raw, parsed) in batch.iter().zip(parsed) {
            match parsed {
                Ok((dispatch, warnings, staged)) => {
                    self.writer.replace(&dispatch, staged, raw.hash)?;
                    for w in warnings {
                        self.summary.warnings.push((raw.id.clone(), w));
                    }
                    self.summary.passages += dispatch.passages.len();
                    if self.known.contains_key(&raw.id) {
                        self.summary.updated += 1;
                    } else {
                        self.summary.added += 1;
                    }
                    self.since_commit.0 += 1;
                    self.since_commit.1 += raw_len(raw);
                    if self.since_commit.0 >= self.commit_every
                        || self.since_commit.1 >= COMMIT_EVERY_BYTES
                    {
                        self.commit()?;
                    }
                }
                Err(skip) => {
                    // A dispatch that became unreadable keeps its last good version.
                    self.summary.skipped.push(skip);
                }
            }
        }
        Ok(())
    }

    fn commit(&mut self) -> anyhow::Result<()> {
        if self.since_commit.0 > 0 {
            self.writer.commit()?;
            self.summary.commits += 1;
            self.since_commit = (0, 0);
        }
        Ok(())
    }

    fn finish(mut self) -> anyhow::Result<Summary> {
        self.commit()?;
        Ok(self.summary)
    }
}

fn raw_len(raw: &Raw) -> usize {
    match &raw.content {
        Content::File { bytes, .. } => bytes.len(),
        Content::Record(r) => r.text.len(),
    }
}

/// What `--dry-run` shows: every dispatch parsed, nothing written.
pub fn dry_run(
    paths: &[PathBuf],
    mut each: impl FnMut(Result<Dispatch, Skip>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    read_all(&collect(paths), |item, _| {
        each(item.and_then(|raw| parse(&raw).map(|(d, _)| d)))
    })
}
