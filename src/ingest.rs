//! One indexing run: finding the dispatches under the given paths, reading and parsing them, and
//! replacing in the index those that are new or changed.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::dispatch::{Context, Dispatch};
use crate::index::{self, Writer};
use crate::read;

/// One input found on disk.
#[derive(Debug, Clone)]
pub struct Input {
    /// The dispatch's identity: its path relative to the root it was found under.
    pub id: String,
    pub path: PathBuf,
}

/// Finds the `.txt` files under `paths` (recursively, in a stable order). A file given by name
/// is taken whatever its extension; its identity is its file name.
pub fn collect(paths: &[PathBuf]) -> anyhow::Result<Vec<Input>> {
    let mut out = Vec::new();
    for root in paths {
        let meta = std::fs::metadata(root)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", root.display()))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(root, &mut found)?;
            found.sort();
            for path in found {
                let id = relative_id(root, &path);
                out.push(Input { id, path });
            }
        } else {
            let id = root
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| root.display().to_string());
            out.push(Input {
                id,
                path: root.clone(),
            });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry?;
        let path = entry.path();
        let kind = entry.file_type()?;
        if kind.is_dir() {
            walk(&path, out)?;
        } else if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"))
        {
            out.push(path);
        }
    }
    Ok(())
}

fn relative_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// What a run should do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub index_dir: PathBuf,
    pub paths: Vec<PathBuf>,
    /// Start the index anew.
    pub rebuild: bool,
    /// Remove dispatches whose files are gone.
    pub prune: bool,
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub removed: usize,
    pub passages: usize,
    /// Inputs not indexed, with the reason.
    pub skipped: Vec<(String, String)>,
    pub warnings: Vec<(String, String)>,
    pub elapsed: Duration,
}

impl Summary {
    /// Skipped inputs counted by reason.
    pub fn skipped_by_reason(&self) -> BTreeMap<&str, usize> {
        let mut out = BTreeMap::new();
        for (_, reason) in &self.skipped {
            *out.entry(reason.split(':').next().unwrap_or(reason).trim())
                .or_insert(0) += 1;
        }
        out
    }
}

/// Reads and parses one input; `Err` carries the reason it is skipped.
pub fn load(input: &Input) -> Result<(Dispatch, u64), String> {
    let bytes = std::fs::read(&input.path).map_err(|e| format!("unreadable: {e}"))?;
    let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
    let text = read::decode(&bytes).map_err(|u| u.reason().to_owned())?;
    let dispatch = Dispatch::parse(&input.id, &text, &Context::default());
    if dispatch.passages.is_empty() {
        return Err("empty".to_owned());
    }
    Ok((dispatch, hash))
}

/// Indexes `opts.paths` into `opts.index_dir`.
pub fn run(opts: &Options) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let inputs = collect(&opts.paths)?;
    let (index, fields) = index::open_or_create(&opts.index_dir, opts.rebuild)?;
    let known = index::indexed_hashes(&index, &fields)?;
    let mut writer = Writer::new(&index, &fields, &opts.index_dir)?;
    let mut summary = Summary::default();
    let mut seen = HashSet::new();
    for input in &inputs {
        seen.insert(input.id.clone());
        let bytes_hash = std::fs::read(&input.path)
            .ok()
            .map(|b| xxhash_rust::xxh3::xxh3_64(&b));
        if bytes_hash.is_some() && known.get(&input.id).copied() == bytes_hash {
            summary.unchanged += 1;
            continue;
        }
        match load(input) {
            Ok((dispatch, hash)) => {
                for w in &dispatch.warnings {
                    summary.warnings.push((input.id.clone(), w.clone()));
                }
                writer.replace(&dispatch, hash)?;
                summary.passages += dispatch.passages.len();
                if known.contains_key(&input.id) {
                    summary.updated += 1;
                } else {
                    summary.added += 1;
                }
            }
            Err(reason) => summary.skipped.push((input.id.clone(), reason)),
        }
    }
    if opts.prune {
        for id in known.keys().filter(|id| !seen.contains(*id)) {
            writer.remove(id);
            summary.removed += 1;
        }
    }
    writer.commit()?;
    writer.finish()?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}
