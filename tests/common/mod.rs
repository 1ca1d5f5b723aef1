//! Running the real binaries on a temporary copy of a directory of dispatches.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use tempfile::TempDir;

pub struct Corpus {
    pub dir: TempDir,
}

impl Corpus {
    /// Copies `tests/fixtures/<name>` (or any directory under the crate) into a temporary
    /// `corpus/` directory, without indexing it.
    pub fn copy(relative: &str) -> Corpus {
        let dir = tempfile::tempdir().expect("temp dir");
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
        copy_dir(&src, &dir.path().join("corpus"));
        Corpus { dir }
    }

    /// Copies and indexes it.
    pub fn indexed(relative: &str) -> Corpus {
        let c = Corpus::copy(relative);
        let out = c.index_cmd(&[]);
        assert!(
            out.status.success(),
            "indexing failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        c
    }

    pub fn corpus(&self) -> PathBuf {
        self.dir.path().join("corpus")
    }

    pub fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    pub fn index_cmd(&self, extra: &[&str]) -> Output {
        let mut cmd = Command::cargo_bin("search-index").expect("binary");
        cmd.arg("--index")
            .arg(self.index())
            .args(extra)
            .arg(self.corpus());
        cmd.env_remove("SEARCH_INDEX").output().expect("runs")
    }

    /// Runs `search --index … ARGS`, output piped.
    pub fn search(&self, args: &[&str]) -> Output {
        let mut cmd = Command::cargo_bin("search").expect("binary");
        cmd.arg("--index")
            .arg(self.index())
            .args(args)
            .env_remove("NO_COLOR")
            .env_remove("SEARCH_INDEX")
            .output()
            .expect("runs")
    }

    /// The JSON hits for `args`, as `(dispatch, passage)` pairs and whole objects.
    pub fn hits(&self, args: &[&str]) -> Vec<serde_json::Value> {
        let mut full = vec!["--json"];
        full.extend_from_slice(args);
        let out = self.search(&full);
        assert!(
            out.status.code() == Some(0) || out.status.code() == Some(1),
            "search {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .expect("utf-8")
            .lines()
            .map(|l| serde_json::from_str(l).expect("each line is JSON"))
            .collect()
    }

    /// `dispatch ¶passage` of each hit, in rank order.
    pub fn places(&self, args: &[&str]) -> Vec<String> {
        self.hits(args).iter().map(place).collect()
    }
}

pub fn place(hit: &serde_json::Value) -> String {
    format!(
        "{} ¶{}",
        hit["dispatch"].as_str().expect("dispatch"),
        hit["passage"]
    )
}

pub fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).expect("mkdir");
    for entry in std::fs::read_dir(src).expect("read fixture dir") {
        let entry = entry.expect("entry");
        let to = dst.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), to).expect("copy");
        }
    }
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The highlighted spans of a JSON hit, as the text they cover.
pub fn highlighted(hit: &serde_json::Value) -> Vec<String> {
    let text: Vec<char> = hit["text"].as_str().expect("text").chars().collect();
    hit["highlights"]
        .as_array()
        .expect("highlights")
        .iter()
        .map(|h| {
            let (s, e) = (
                h[0].as_u64().unwrap() as usize,
                h[1].as_u64().unwrap() as usize,
            );
            text[s..e].iter().collect()
        })
        .collect()
}

/// Passages per dispatch, as the index holds them (reading its dispatch column).
pub fn passages_in_index(index: &Path) -> HashMap<String, usize> {
    passages_in_engine(&depeches::search::Engine::open(index).expect("index opens"))
}

/// Passages per dispatch, as an open index holds them.
pub fn passages_in_engine(engine: &depeches::search::Engine) -> HashMap<String, usize> {
    let searcher = engine.searcher();
    let mut out = HashMap::new();
    for segment in searcher.segment_readers() {
        let ids = segment.fast_fields().str("dispatch").unwrap().unwrap();
        let alive = segment.alive_bitset();
        for doc in 0..segment.max_doc() {
            if alive.is_some_and(|a| a.is_deleted(doc)) {
                continue;
            }
            let ord = ids.term_ords(doc).next().unwrap();
            let mut id = String::new();
            ids.ord_to_str(ord, &mut id).unwrap();
            *out.entry(id).or_insert(0) += 1;
        }
    }
    out
}

/// Passages per dispatch, as the files hold them (what `--dry-run --json` says).
pub fn passages_in_files(corpus: &Path) -> HashMap<String, usize> {
    let out = Command::cargo_bin("search-index")
        .unwrap()
        .args(["--dry-run", "--json"])
        .arg(corpus)
        .output()
        .unwrap();
    stdout(&out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (
                v["dispatch"].as_str().unwrap().to_owned(),
                v["passages"].as_array().unwrap().len(),
            )
        })
        .collect()
}

/// Writes `n` small dispatches, each with a word of its own (`marqueurNNNN`).
pub fn write_feed(dir: &Path, from: usize, n: usize) {
    write_edition(dir, from, n, "");
}

/// [`write_feed`] with a word that tells editions of the feed apart (`edition<WORD>` in every
/// dispatch), and one more paragraph in every third dispatch (which ones depends on the word).
pub fn write_edition(dir: &Path, from: usize, n: usize, edition: &str) {
    std::fs::create_dir_all(dir).unwrap();
    for i in from..from + n {
        let mut text = format!(
            " date 2025-{:02}-{:02} Dépêche de test numéro {i}, écrite pour les essais.\n\
             Titre de la dépêche {i}\n\n\
             Le porte-parole imaginaire Paul Essai a parlé du dossier marqueur{i:05} mardi.\n\n\
             «Nous restons prudents», a-t-il ajouté devant la presse.\n",
            1 + i % 12,
            1 + i % 28
        );
        if !edition.is_empty() {
            text.push_str(&format!(
                "\nCette version porte la mention edition{edition}.\n"
            ));
            if (i + edition.len()).is_multiple_of(3) {
                text.push_str("\nUn paragraphe de plus, sur la suite des discussions.\n");
            }
        }
        std::fs::write(dir.join(format!("d{i:05}.txt")), text).unwrap();
    }
}

pub mod server;
