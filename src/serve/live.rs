//! The index as the server sees it: opened once, opened again when `search-index` commits.
//!
//! A commit replaces `meta.json` atomically (a new file renamed over the old one). Every request
//! compares the file's identity (inode, size, modification time) with the one the engine was
//! opened at — one `stat`, about a microsecond — and the first request after a commit opens
//! the new state; requests already running finish on the old one. `aliases.txt` is watched the
//! same way. An index that cannot be opened is reported to every request (503) until its files
//! change.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::time::SystemTime;

use crate::search::speaker_list::{self, SpeakerCount};
use crate::search::Engine;

/// What a file is, as far as noticing a change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileStamp {
    inode: u64,
    len: u64,
    modified: Option<SystemTime>,
}

type Stamp = (Option<FileStamp>, Option<FileStamp>);

fn file_stamp(path: &Path) -> Option<FileStamp> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some(FileStamp {
        inode,
        len: meta.len(),
        modified: meta.modified().ok(),
    })
}

/// One opened state of the index, shared by the requests that use it.
pub struct Snapshot {
    pub engine: Engine,
    speakers: OnceLock<Arc<Speakers>>,
}

/// The speakers an index quotes, with their folded names for prefix matching.
pub struct Speakers {
    pub list: Vec<SpeakerCount>,
    folded: Vec<String>,
}

impl Speakers {
    /// The most quoted speakers with a word of their name starting with `prefix` (case and
    /// accents ignored; "pes" and "dmitri pes" find Dmitri Peskov).
    pub fn matching(&self, prefix: &str, limit: usize) -> Vec<&SpeakerCount> {
        let prefix = speaker_list::name_terms(prefix);
        self.list
            .iter()
            .zip(&self.folded)
            .filter(|(_, name)| {
                prefix.is_empty()
                    || name.starts_with(&prefix)
                    || name
                        .match_indices(' ')
                        .any(|(i, _)| name[i + 1..].starts_with(&prefix))
            })
            .map(|(s, _)| s)
            .take(limit)
            .collect()
    }
}

impl Snapshot {
    /// The speakers of this state of the index, read once (a scan of every stored passage).
    pub fn speakers(&self) -> anyhow::Result<Arc<Speakers>> {
        if let Some(s) = self.speakers.get() {
            return Ok(s.clone());
        }
        let list = speaker_list::speakers(&self.engine)?;
        let folded = list
            .iter()
            .map(|s| speaker_list::name_terms(&s.speaker))
            .collect();
        Ok(self
            .speakers
            .get_or_init(|| Arc::new(Speakers { list, folded }))
            .clone())
    }
}

struct Current {
    stamp: Stamp,
    opened: Result<Arc<Snapshot>, String>,
}

/// The index directory and its latest opened state.
pub struct Live {
    dir: PathBuf,
    current: RwLock<Current>,
    /// One opening at a time: the other requests of that moment wait for it.
    opening: Mutex<()>,
}

impl Live {
    /// Opens the index in `dir`; fails when it cannot be read.
    pub fn open(dir: &Path) -> anyhow::Result<Live> {
        let stamp = Self::stamp_of(dir);
        let engine = Engine::open(dir)?;
        Ok(Live {
            dir: dir.to_owned(),
            current: RwLock::new(Current {
                stamp,
                opened: Ok(Arc::new(Snapshot {
                    engine,
                    speakers: OnceLock::new(),
                })),
            }),
            opening: Mutex::new(()),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn stamp_of(dir: &Path) -> Stamp {
        (
            file_stamp(&dir.join("meta.json")),
            file_stamp(&dir.join("aliases.txt")),
        )
    }

    /// The index as of its last commit, or why it cannot be read.
    pub fn get(&self) -> Result<Arc<Snapshot>, String> {
        let stamp = Self::stamp_of(&self.dir);
        {
            let current = self.current.read().unwrap_or_else(|e| e.into_inner());
            if current.stamp == stamp {
                return current.opened.clone();
            }
        }
        let _opening = self.opening.lock().unwrap_or_else(|e| e.into_inner());
        let stamp = Self::stamp_of(&self.dir);
        {
            let current = self.current.read().unwrap_or_else(|e| e.into_inner());
            if current.stamp == stamp {
                return current.opened.clone();
            }
        }
        let opened = Engine::open(&self.dir)
            .map(|engine| {
                Arc::new(Snapshot {
                    engine,
                    speakers: OnceLock::new(),
                })
            })
            .map_err(|e| format!("{e:#}"));
        let mut current = self.current.write().unwrap_or_else(|e| e.into_inner());
        *current = Current {
            stamp,
            opened: opened.clone(),
        };
        opened
    }
}
