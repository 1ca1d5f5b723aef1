//! One indexing run: finding the dispatches under the given paths (`.txt` files, NDJSON feeds,
//! standard input), deciding from their content hash which are new or changed, parsing those in
//! parallel, and replacing them in the index in batches of atomic commits.
//!
//! One bad input never stops a run: it is skipped with a reason, and everything else is indexed.

pub mod extract;
pub mod parse;
pub mod read;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use crate::index::{self, Writer};
use crate::ingest::parse::Context;
use crate::model::aliases::Aliases;
use crate::model::dates::{self, DispatchDate, Origin};
use crate::model::dispatch::Dispatch;
use crate::text::escape;
use read::{Record, MAX_DISPATCH_BYTES};

/// Dispatches parsed together (in parallel) before they are written.
const PARSE_BATCH: usize = 256;

/// A commit is made at least this often (unless told otherwise), so that an interrupted run loses
/// little and memory stays bounded whatever the size of the feed.
pub const COMMIT_EVERY_DISPATCHES: usize = 10_000;
const COMMIT_EVERY_BYTES: usize = 128 * 1024 * 1024;

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

fn walk(dir: &Path, out: &mut Vec<PathBuf>, unreadable: &mut Vec<Source>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            unreadable.push(Source::Missing {
                path: dir.to_owned(),
                reason: SkipReason::Unreadable(e.to_string()),
            });
            return;
        }
    };
    for entry in entries {
        // An entry that cannot be listed may be a dispatch: it is reported, never passed over
        // (a dispatch passed over would look deleted to `--prune`).
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                unreadable.push(Source::Missing {
                    path: dir.to_owned(),
                    reason: SkipReason::Unreadable(e.to_string()),
                });
                continue;
            }
        };
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() => walk(&path, out, unreadable),
            Ok(_) if is_text(&path) || is_ndjson(&path) => out.push(path),
            Ok(_) => {}
            Err(e) => unreadable.push(Source::Missing {
                path,
                reason: SkipReason::Unreadable(e.to_string()),
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
fn shown(path: &Path) -> String {
    escape::name(path.as_os_str().as_encoded_bytes())
}

/// A dispatch read but not yet parsed.
#[derive(Debug, Clone)]
pub struct Raw {
    pub id: String,
    /// Where it was read: a file, or an NDJSON feed's `file:line`.
    pub input: String,
    /// Hash of what the dispatch was read from: what decides whether it changed.
    pub hash: u64,
    pub content: Content,
}

#[derive(Debug, Clone)]
pub enum Content {
    /// A file's bytes and its modification date (the reference for a yearless dateline).
    File {
        bytes: Vec<u8>,
        modified: Option<(i32, u32, u32)>,
    },
    Record(Record),
}

/// An input that was not indexed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skip {
    /// The dispatch, file or `file:line`.
    pub input: String,
    pub reason: SkipReason,
    /// What the skipped input held, as far as is known: what `--prune` must not remove.
    pub held: Held,
}

/// Why an input was skipped: [`SkipReason::kind`] is what summaries count ("2 empty, 1 binary"),
/// its `Display` the full reason shown with the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// A path, file, folder or feed the system would not read (its I/O error).
    Unreadable(String),
    /// Bytes that hold no dispatch: empty, binary, undecodable, too large.
    Content(read::Unreadable),
    /// An NDJSON line that is not UTF-8.
    LineNotUtf8,
    /// An NDJSON line that is no dispatch record.
    Record(read::RecordError),
    /// No text once boilerplate is removed.
    NoText,
    /// Parsing the dispatch panicked (a bug, with its message).
    Internal(String),
    /// An identity already read in this run (the `id` of an NDJSON line, a file's relative path
    /// under two PATHs): the first one is kept.
    Duplicate(String),
}

impl SkipReason {
    /// The short reason counted in summaries.
    pub fn kind(&self) -> &'static str {
        match self {
            SkipReason::Unreadable(_) => "unreadable",
            SkipReason::Content(u) => u.reason(),
            SkipReason::LineNotUtf8 => "undecodable",
            SkipReason::Record(r) => r.reason(),
            SkipReason::NoText => "empty",
            SkipReason::Internal(_) => "internal error",
            SkipReason::Duplicate(_) => "duplicate",
        }
    }
}

impl std::fmt::Display for SkipReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SkipReason::Unreadable(e) => write!(f, "unreadable: {e}"),
            SkipReason::Content(u) => write!(f, "{u}"),
            SkipReason::LineNotUtf8 => f.write_str("undecodable: NDJSON lines must be UTF-8"),
            SkipReason::Record(r) => write!(f, "{r}"),
            SkipReason::NoText => f.write_str("empty: no text once boilerplate is removed"),
            SkipReason::Internal(panic) => write!(
                f,
                "internal error: the dispatch could not be parsed ({panic})"
            ),
            SkipReason::Duplicate(id) => write!(
                f,
                "duplicate: the id {id:?} was already read in this run; the first one is kept"
            ),
        }
    }
}

/// What a skipped input held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Held {
    /// One dispatch whose identity is known: its indexed version is kept.
    Dispatch(String),
    /// One NDJSON line whose `id` could not be read.
    Line,
    /// A whole path, folder or feed that could not be read: nobody knows which dispatches it
    /// holds, so nothing may be pruned.
    Input,
}

/// `input: reason`, as reports print it.
impl std::fmt::Display for Skip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.input, self.reason)
    }
}

impl Skip {
    fn dispatch(id: &str, reason: SkipReason) -> Skip {
        Skip {
            input: id.to_owned(),
            reason,
            held: Held::Dispatch(id.to_owned()),
        }
    }

    fn input(input: String, reason: SkipReason) -> Skip {
        Skip {
            input,
            reason,
            held: Held::Input,
        }
    }
}

/// Reads every input in turn, handing each dispatch (or the reason it is skipped) to `each`.
/// Returns early with the error `each` returns.
pub fn read_all(
    sources: &[Source],
    mut each: impl FnMut(Result<Raw, Skip>, u64) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for source in sources {
        match source {
            Source::Text { id, path } => {
                let item = read_file(id, path);
                let size = match &item {
                    Ok(raw) => match &raw.content {
                        Content::File { bytes, .. } => bytes.len() as u64,
                        Content::Record(_) => 0,
                    },
                    Err(_) => std::fs::metadata(path).map_or(0, |m| m.len()),
                };
                each(item, size)?;
            }
            Source::Ndjson { path } => match std::fs::File::open(path) {
                Ok(f) => read_ndjson(&shown(path), BufReader::new(f), &mut each)?,
                Err(e) => each(
                    Err(Skip::input(
                        shown(path),
                        SkipReason::Unreadable(e.to_string()),
                    )),
                    0,
                )?,
            },
            Source::Stdin => read_ndjson(
                "<stdin>",
                BufReader::new(std::io::stdin().lock()),
                &mut each,
            )?,
            Source::Missing { path, reason } => {
                each(Err(Skip::input(shown(path), reason.clone())), 0)?
            }
        }
    }
    Ok(())
}

fn read_file(id: &str, path: &Path) -> Result<Raw, Skip> {
    let skip = |reason: SkipReason| Skip::dispatch(id, reason);
    let file =
        std::fs::File::open(path).map_err(|e| skip(SkipReason::Unreadable(e.to_string())))?;
    let meta = file
        .metadata()
        .map_err(|e| skip(SkipReason::Unreadable(e.to_string())))?;
    if meta.len() as usize > MAX_DISPATCH_BYTES {
        return Err(skip(SkipReason::Content(read::Unreadable::TooLarge(
            meta.len() as usize,
        ))));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_DISPATCH_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| skip(SkipReason::Unreadable(e.to_string())))?;
    let modified = meta.modified().ok().and_then(civil_date);
    Ok(Raw {
        id: id.to_owned(),
        input: shown(path),
        hash: xxhash_rust::xxh3::xxh3_64(&bytes),
        content: Content::File { bytes, modified },
    })
}

fn read_ndjson(
    name: &str,
    mut reader: impl BufRead,
    each: &mut impl FnMut(Result<Raw, Skip>, u64) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut line = Vec::new();
    let mut number = 0;
    loop {
        let (n, whole) = match read_line(&mut reader, &mut line, MAX_DISPATCH_BYTES) {
            Ok((0, _)) => break,
            Ok(read) => read,
            Err(e) => {
                each(
                    Err(Skip::input(
                        name.to_owned(),
                        SkipReason::Unreadable(e.to_string()),
                    )),
                    0,
                )?;
                break;
            }
        };
        number += 1;
        let input = format!("{name}:{number}");
        let skip = |reason: SkipReason, id: Option<String>| Skip {
            input: input.clone(),
            reason,
            held: id.map_or(Held::Line, Held::Dispatch),
        };
        let bytes = line.strip_suffix(b"\n").unwrap_or(&line);
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if whole && bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let item = if !whole {
            Err(skip(
                SkipReason::Content(read::Unreadable::TooLarge(n)),
                None,
            ))
        } else {
            match std::str::from_utf8(bytes) {
                Err(_) => Err(skip(SkipReason::LineNotUtf8, None)),
                Ok(text) => match read::record(text) {
                    Err(bad) => Err(skip(SkipReason::Record(bad.error), bad.id)),
                    Ok(record) => Ok(Raw {
                        id: record.id.clone(),
                        input: input.clone(),
                        hash: xxhash_rust::xxh3::xxh3_64(bytes),
                        content: Content::Record(record),
                    }),
                },
            }
        };
        each(item, n as u64)?;
    }
    Ok(())
}

/// Reads one line into `line` (cleared first), keeping at most `max` bytes of it besides its
/// end of line: a line longer than that is read to its end but not kept, so that a feed with
/// no line breaks cannot fill the memory. Returns the bytes read and whether the line was kept.
fn read_line(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<(usize, bool)> {
    line.clear();
    let mut read = 0;
    let mut whole = true;
    loop {
        let buf = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok((read, whole));
        }
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..=i], true),
            None => (buf, false),
        };
        // Room for the line's own "\r\n" on top of `max`.
        if whole && line.len() + chunk.len() <= max + 2 {
            line.extend_from_slice(chunk);
        } else if whole {
            whole = false;
            line.clear();
        }
        let used = chunk.len();
        reader.consume(used);
        read += used;
        if done {
            return Ok((read, whole));
        }
    }
}

/// The UTC calendar date of a file time.
fn civil_date(t: SystemTime) -> Option<(i32, u32, u32)> {
    let secs = t.duration_since(SystemTime::UNIX_EPOCH).ok()?.as_secs();
    Some(dates::civil_from_days((secs / 86_400) as i64))
}

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

/// Parses a batch on every core, keeping its order.
fn parse_batch(
    batch: &[Raw],
    aliases: &Arc<Aliases>,
) -> Vec<Result<(Dispatch, Vec<String>), Skip>> {
    let parse = |raw: &Raw| parse_with(raw, aliases);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads <= 1 || batch.len() < 2 {
        return batch.iter().map(parse).collect();
    }
    let chunk = batch.len().div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = batch
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(parse).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("parse never panics: it catches"))
            .collect()
    })
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

/// How many dispatches one `--prune` may remove, as rsync's `--max-delete`: a feed folder that
/// vanished for a night (an unmounted share) must not empty the index.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MaxPrune {
    Count(usize),
    /// A share of the dispatches the index held before the run.
    Percent(f64),
    All,
}

impl Default for MaxPrune {
    fn default() -> Self {
        MaxPrune::Percent(10.0)
    }
}

impl std::str::FromStr for MaxPrune {
    type Err = String;

    /// `N`, `P%` or `all`.
    fn from_str(s: &str) -> Result<MaxPrune, String> {
        let s = s.trim();
        let bad = || format!("{s:?} is not a number of dispatches (N), a percentage (P%) or all");
        if s.eq_ignore_ascii_case("all") {
            return Ok(MaxPrune::All);
        }
        if let Some(p) = s.strip_suffix('%') {
            let p: f64 = p.trim().parse().map_err(|_| bad())?;
            if !(0.0..=100.0).contains(&p) {
                return Err(format!("{s:?} is not a percentage from 0% to 100%"));
            }
            return Ok(MaxPrune::Percent(p));
        }
        s.parse().map(MaxPrune::Count).map_err(|_| bad())
    }
}

impl std::fmt::Display for MaxPrune {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MaxPrune::Count(n) => write!(f, "{n}"),
            MaxPrune::Percent(p) => write!(f, "{p}%"),
            MaxPrune::All => f.write_str("all"),
        }
    }
}

impl MaxPrune {
    /// The most dispatches that may go from an index of `indexed`.
    pub fn bound(self, indexed: usize) -> usize {
        match self {
            MaxPrune::Count(n) => n,
            MaxPrune::Percent(p) => (indexed as f64 * p / 100.0).floor() as usize,
            MaxPrune::All => usize::MAX,
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub removed: usize,
    /// Passages written by this run.
    pub passages: usize,
    pub skipped: Vec<Skip>,
    /// `(dispatch, warning)`: indexed, but worth knowing (a converted encoding, a bad header).
    pub warnings: Vec<(String, String)>,
    pub commits: usize,
    pub elapsed: Duration,
    /// Why `--prune` removed nothing (an unreadable input, more than `--max-prune`): the run
    /// fails, although what it added and updated is committed.
    pub prune_refused: Option<String>,
}

impl Summary {
    /// Skipped inputs counted by reason.
    pub fn skipped_by_reason(&self) -> BTreeMap<String, usize> {
        let mut out = BTreeMap::new();
        for s in &self.skipped {
            *out.entry(s.reason.kind().to_owned()).or_insert(0) += 1;
        }
        out
    }

    /// The one-line summary printed at the end of a run.
    pub fn line(&self) -> String {
        let by_reason: Vec<String> = self
            .skipped_by_reason()
            .iter()
            .map(|(r, n)| format!("{n} {r}"))
            .collect();
        format!(
            "{} added, {} updated, {} unchanged, {} removed, {} skipped{}; {} passages written in {:.2} s",
            self.added,
            self.updated,
            self.unchanged,
            self.removed,
            self.skipped.len(),
            if by_reason.is_empty() {
                String::new()
            } else {
                format!(" ({})", by_reason.join(", "))
            },
            self.passages,
            self.elapsed.as_secs_f64()
        )
    }
}

/// Reports progress while a run goes on.
pub trait Progress {
    /// Total bytes the run will read, when known.
    fn start(&mut self, _total_bytes: Option<u64>) {}
    /// `bytes` more were read.
    fn advance(&mut self, _bytes: u64, _summary: &Summary) {}
    fn finish(&mut self) {}
}

/// No progress reporting.
pub struct Quiet;
impl Progress for Quiet {}

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
    let known = if writer.is_rebuild() {
        HashMap::new()
    } else {
        index::indexed_hashes(writer.index(), &opts.index_dir)?
    };
    let aliases = Arc::new(Aliases::load(&opts.index_dir)?);

    let total_bytes = sources
        .iter()
        .map(|s| match s {
            Source::Text { path, .. } | Source::Ndjson { path } => {
                std::fs::metadata(path).map_or(Some(0), |m| Some(m.len()))
            }
            Source::Stdin => None,
            Source::Missing { .. } => Some(0),
        })
        .sum::<Option<u64>>();
    progress.start(total_bytes);

    let mut run = Run {
        writer: &mut writer,
        aliases,
        known: &known,
        summary: Summary::default(),
        seen: HashSet::new(),
        kept: HashSet::new(),
        batch: Vec::new(),
        since_commit: (0, 0),
        commit_every: if opts.commit_every == 0 {
            COMMIT_EVERY_DISPATCHES
        } else {
            opts.commit_every
        },
    };
    read_all(&sources, |item, size| {
        match item {
            Ok(raw) => run.offer(raw)?,
            Err(skip) => {
                if let Held::Dispatch(id) = &skip.held {
                    run.kept.insert(id.clone());
                }
                run.summary.skipped.push(skip);
            }
        }
        progress.advance(size, &run.summary);
        Ok(())
    })?;
    run.flush()?;
    if opts.rebuild {
        if let Some(skip) = run.summary.skipped.iter().find(|s| s.held == Held::Input) {
            anyhow::bail!(
                "not rebuilding: {}: {}; the dispatches it holds would be missing from the new index",
                skip.input,
                skip.reason
            );
        }
    }
    if opts.prune {
        let gone: Vec<&String> = known
            .keys()
            .filter(|id| !run.seen.contains(*id) && !run.kept.contains(*id))
            .collect();
        match prune_refusal(
            &run.summary.skipped,
            gone.len(),
            known.len(),
            opts.max_prune,
        ) {
            Some(refusal) => run.summary.prune_refused = Some(refusal),
            None => {
                for id in gone {
                    run.writer.remove(id);
                    run.summary.removed += 1;
                    run.since_commit.0 += 1;
                }
            }
        }
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

/// Why a prune of `gone` dispatches out of `indexed` must remove nothing, if it must: an input
/// that could not be read may still hold any of them, and a prune larger than `max` is more
/// likely a feed gone missing than a feed emptied on purpose.
fn prune_refusal(skipped: &[Skip], gone: usize, indexed: usize, max: MaxPrune) -> Option<String> {
    let unreadable: Vec<&Skip> = skipped.iter().filter(|s| s.held == Held::Input).collect();
    if let Some(first) = unreadable.first() {
        let others = match unreadable.len() {
            1 => String::new(),
            n => format!(" (and {} other inputs)", n - 1),
        };
        return Some(format!(
            "not pruning: {}: {}{others}; which dispatches it holds is unknown, so nothing was removed",
            first.input, first.reason
        ));
    }
    if gone > max.bound(indexed) {
        return Some(format!(
            "not pruning: {gone} of the index's {indexed} dispatches are in none of the PATHs, more than --max-prune {max} allows; nothing was removed (if they are meant to go, run again with --max-prune {gone})"
        ));
    }
    None
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
    /// Dispatches and bytes staged since the last commit.
    since_commit: (usize, usize),
    commit_every: usize,
}

impl Run<'_> {
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
        if self.batch.len() >= PARSE_BATCH.min(self.commit_every) {
            self.flush()?;
        }
        Ok(())
    }

    /// Parses and writes the pending batch; commits when enough has been staged.
    fn flush(&mut self) -> anyhow::Result<()> {
        let batch = std::mem::take(&mut self.batch);
        for (raw, parsed) in batch.iter().zip(parse_batch(&batch, &self.aliases)) {
            match parsed {
                Ok((dispatch, warnings)) => {
                    self.writer.replace(&dispatch, raw.hash)?;
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
                }
                Err(skip) => {
                    // A dispatch that became unreadable keeps its last good version.
                    self.summary.skipped.push(skip);
                }
            }
        }
        if self.since_commit.0 >= self.commit_every || self.since_commit.1 >= COMMIT_EVERY_BYTES {
            self.commit()?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_skip_is_counted_by_its_kind_and_shown_in_full() {
        let reasons = [
            SkipReason::Unreadable("permission denied".to_owned()),
            SkipReason::Content(read::Unreadable::TooLarge(12_000_000)),
            SkipReason::LineNotUtf8,
            SkipReason::Record(read::record("{not json").unwrap_err().error),
            SkipReason::NoText,
            SkipReason::Internal("index out of bounds".to_owned()),
            SkipReason::Duplicate("a1".to_owned()),
        ];
        let kinds: Vec<&str> = reasons.iter().map(SkipReason::kind).collect();
        assert_eq!(
            kinds,
            [
                "unreadable",
                "too large",
                "undecodable",
                "malformed JSON",
                "empty",
                "internal error",
                "duplicate"
            ]
        );
        for r in &reasons {
            assert!(r.to_string().starts_with(r.kind()), "{r}");
        }
    }

    #[test]
    fn a_line_over_the_limit_is_read_to_its_end_and_not_kept() {
        // A tiny buffer: the line arrives in many pieces, as a long one does from a real file.
        let feed: &[u8] = b"court\nbeaucoup trop long\r\nfin sans retour";
        let mut reader = BufReader::with_capacity(3, feed);
        let mut line = Vec::new();
        let mut lines = Vec::new();
        loop {
            let (n, whole) = read_line(&mut reader, &mut line, 8).unwrap();
            if n == 0 {
                break;
            }
            assert!(line.len() <= 8 + 2, "never more than the limit is held");
            lines.push((n, whole, String::from_utf8(line.clone()).unwrap()));
        }
        assert_eq!(
            lines,
            [
                (6, true, "court\n".to_owned()),
                (20, false, String::new()),
                (15, false, String::new()),
            ]
        );
        // At the limit exactly, with its end of line: kept.
        let mut reader = BufReader::with_capacity(2, &b"12345678\r\nx"[..]);
        assert_eq!(read_line(&mut reader, &mut line, 8).unwrap(), (10, true));
        assert_eq!(line, b"12345678\r\n");
    }
}
