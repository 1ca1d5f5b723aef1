//! `search-index --rebuild`: it takes the lock, builds beside the old index and swaps in one
//! step, touches only its own files, and refuses a folder that is not an index.

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{
    passages_in_engine, passages_in_files, passages_in_index, stderr, write_edition, Corpus,
};
use depeches::index::folder;

fn search_index() -> Command {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("search-index"));
    cmd.env_remove("SEARCH_INDEX");
    cmd
}

fn run(args: &[&std::ffi::OsStr]) -> std::process::Output {
    search_index().args(args).output().unwrap()
}

/// Two editions of the same feed: every dispatch says which one it comes from, and the second
/// has more passages.
struct Editions {
    dir: tempfile::TempDir,
}

impl Editions {
    fn new(n: usize) -> Editions {
        let dir = tempfile::tempdir().unwrap();
        write_edition(&dir.path().join("a"), 0, n, "alpha");
        write_edition(&dir.path().join("b"), 0, n, "beta");
        Editions { dir }
    }
    fn a(&self) -> PathBuf {
        self.dir.path().join("a")
    }
    fn b(&self) -> PathBuf {
        self.dir.path().join("b")
    }
    fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }
    fn index_cmd(&self, extra: &[&str], feed: &Path) -> std::process::Output {
        search_index()
            .arg("--index")
            .arg(self.index())
            .args(extra)
            .arg(feed)
            .output()
            .unwrap()
    }
    fn spawn_rebuild(&self, feed: &Path) -> Child {
        search_index()
            .arg("--index")
            .arg(self.index())
            .args(["--rebuild", "--commit-every", "100"])
            .arg(feed)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }
}

/// The segment files in an index folder that its meta.json does not name.
fn orphans(index: &Path) -> Vec<String> {
    let living = folder::living_files(&std::fs::read(index.join("meta.json")).unwrap()).unwrap();
    std::fs::read_dir(index)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| folder::is_segment_file(n) && !living.contains(n))
        .collect()
}

fn check(index: &Path) -> std::process::Output {
    run(&["--check".as_ref(), "--index".as_ref(), index.as_os_str()])
}

#[test]
fn a_rebuild_keeps_the_users_files_and_removes_only_its_own() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    let index = c.index();
    std::fs::write(index.join("aliases.txt"), "Paul Essai\tPaulo Essai\n").unwrap();
    std::fs::write(index.join("NOTES.md"), "what this index is for\n").unwrap();
    std::fs::create_dir(index.join("exports")).unwrap();
    std::fs::write(index.join("exports").join("hits.jsonl"), "{}\n").unwrap();
    let before: Vec<String> = std::fs::read_dir(&index)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| folder::is_segment_file(n))
        .collect();
    assert!(!before.is_empty());

    let out = c.index_cmd(&["--rebuild"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    assert_eq!(
        std::fs::read_to_string(index.join("aliases.txt")).unwrap(),
        "Paul Essai\tPaulo Essai\n"
    );
    assert_eq!(
        std::fs::read_to_string(index.join("NOTES.md")).unwrap(),
        "what this index is for\n"
    );
    assert_eq!(
        std::fs::read_to_string(index.join("exports").join("hits.jsonl")).unwrap(),
        "{}\n"
    );
    // The old segments are gone, the new ones are all named by meta.json, nothing unfinished
    // is left behind.
    for old in &before {
        assert!(!index.join(old).exists(), "{old} outlived the rebuild");
    }
    assert_eq!(orphans(&index), Vec::<String>::new());
    assert!(!index.join(folder::STAGING).exists());
    assert_eq!(passages_in_index(&index), passages_in_files(&c.corpus()));
    assert_eq!(check(&index).status.code(), Some(0));
}

#[test]
fn a_folder_that_is_not_an_index_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let feed = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/depeches");
    let folder = tmp.path().join("documents");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("rapport.txt"), "mon rapport\n").unwrap();
    for extra in [&["--rebuild"][..], &[]] {
        let out = search_index()
            .arg("--index")
            .arg(&folder)
            .args(extra)
            .arg(&feed)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("not a depeches index"), "{err}");
        assert!(err.contains("rapport.txt"), "{err}");
    }
    let left: Vec<_> = std::fs::read_dir(&folder).unwrap().collect();
    assert_eq!(left.len(), 1, "the folder was written to");
    assert_eq!(
        std::fs::read_to_string(folder.join("rapport.txt")).unwrap(),
        "mon rapport\n"
    );

    // A file given as the index folder.
    let file = folder.join("rapport.txt");
    let out = search_index()
        .arg("--index")
        .arg(&file)
        .arg("--rebuild")
        .arg(&feed)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is a file, not an index folder"));

    // A folder holding only the user's aliases is where an index may be created.
    let fresh = tmp.path().join("fresh");
    std::fs::create_dir(&fresh).unwrap();
    std::fs::write(fresh.join("aliases.txt"), "Paul Essai\tPaulo Essai\n").unwrap();
    let out = search_index()
        .arg("--index")
        .arg(&fresh)
        .arg("--rebuild")
        .arg(&feed)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(fresh.join("aliases.txt").exists());
}

#[test]
fn a_rebuild_waits_for_no_one_and_no_one_waits_for_it() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    // Another indexer holds the lock: a rebuild stops at once, and the index is untouched.
    let before = passages_in_index(&c.index());
    {
        let _held = depeches::index::Writer::open(&c.index(), false).unwrap();
        let started = Instant::now();
        let out = c.index_cmd(&["--rebuild"]);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("another search-index is writing"), "{err}");
        assert!(started.elapsed() < Duration::from_secs(20));
    }
    assert_eq!(passages_in_index(&c.index()), before);
    // A rebuild holds the lock: another indexer (rebuild or not) stops at once, and searches go
    // on with the index as it was.
    {
        let _rebuilding = depeches::index::Writer::open(&c.index(), true).unwrap();
        for extra in [&["--rebuild"][..], &[]] {
            let out = c.index_cmd(extra);
            assert_eq!(out.status.code(), Some(2));
            assert!(stderr(&out).contains("another search-index is writing"));
        }
        assert_eq!(c.search(&["otan"]).status.code(), Some(0));
        assert_eq!(passages_in_index(&c.index()), before);
    }
    // Dropped without finishing, as a killed rebuild: the old index stays.
    assert_eq!(passages_in_index(&c.index()), before);
    assert_eq!(c.search(&["otan"]).status.code(), Some(0));
}

/// What a search sees (one opening of the index): its passages, and which editions they come
/// from.
fn seen(index: &Path) -> (HashMap<String, usize>, Vec<String>) {
    let engine = depeches::search::Engine::open(index).unwrap();
    let passages = passages_in_engine(&engine);
    let mut editions = Vec::new();
    for edition in ["editionalpha", "editionbeta"] {
        let q = depeches::search::query::parse(edition);
        let opts = depeches::search::Options {
            limit: 1,
            ..Default::default()
        };
        if !engine.search(&q, &opts).unwrap().hits.is_empty() {
            editions.push(edition.to_owned());
        }
    }
    (passages, editions)
}

#[test]
fn searches_see_the_old_index_until_the_new_one_is_whole() {
    let e = Editions::new(1500);
    let out = e.index_cmd(&[], &e.a());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let old = passages_in_files(&e.a());
    let new = passages_in_files(&e.b());
    assert!(old != new, "the editions must differ in their passages");
    // A search engine opened before the rebuild.
    let running = depeches::search::Engine::open(&e.index()).unwrap();

    let mut child = e.spawn_rebuild(&e.b());
    let mut states = Vec::new();
    loop {
        let done = child.try_wait().unwrap().is_some();
        let (passages, editions) = seen(&e.index());
        let state = if passages == old && editions == ["editionalpha"] {
            "old"
        } else if passages == new && editions == ["editionbeta"] {
            "new"
        } else {
            panic!(
                "a search saw a mixed or partial index: {editions:?}, {} dispatches",
                passages.len()
            )
        };
        // The binary, as a user runs it.
        let out = Command::new(assert_cmd::cargo::cargo_bin("search"))
            .arg("--index")
            .arg(e.index())
            .arg("prudents")
            .env_remove("SEARCH_INDEX")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        if states.last() != Some(&state) {
            states.push(state);
        }
        if done {
            break;
        }
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        states,
        ["old", "new"],
        "the rebuild ended before a search saw it run"
    );
    // The engine opened before still answers, from the old index.
    let q = depeches::search::query::parse("editionalpha");
    assert!(!running
        .search(&q, &Default::default())
        .unwrap()
        .hits
        .is_empty());
}

#[test]
fn a_killed_rebuild_leaves_the_old_index_and_the_next_one_finishes() {
    let e = Editions::new(1500);
    let out = e.index_cmd(&[], &e.a());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let old = passages_in_files(&e.a());
    let mut child = e.spawn_rebuild(&e.b());
    // Kill it once the new index has segments on disk.
    let staged = e.index().join(folder::STAGING);
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        let written = std::fs::read_dir(&staged)
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .any(|e| folder::is_segment_file(&e.file_name().to_string_lossy()))
            })
            .unwrap_or(false);
        if written || child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(
        child.try_wait().unwrap().is_none(),
        "the rebuild finished before it could be killed"
    );
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    assert!(staged.exists());
    assert_eq!(passages_in_index(&e.index()), old);
    assert_eq!(check(&e.index()).status.code(), Some(0));

    // A normal run clears what the rebuild left; so does the next rebuild, which finishes.
    let out = e.index_cmd(&[], &e.a());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!staged.exists());
    let out = e.index_cmd(&["--rebuild"], &e.b());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(passages_in_index(&e.index()), passages_in_files(&e.b()));
    assert_eq!(orphans(&e.index()), Vec::<String>::new());
    assert_eq!(check(&e.index()).status.code(), Some(0));
}

/// An index as an earlier version of depeches wrote it: another schema, its version in
/// `depeches.json`.
fn write_old_version_index(dir: &Path) {
    use tantivy::schema::{Schema, STORED, STRING, TEXT};
    std::fs::create_dir_all(dir).unwrap();
    let mut schema = Schema::builder();
    let dispatch = schema.add_text_field("dispatch", STRING | STORED);
    let passage = schema.add_u64_field("passage", STORED);
    let text = schema.add_text_field("text", TEXT | STORED);
    let index = tantivy::Index::create_in_dir(dir, schema.build()).unwrap();
    let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
    writer
        .add_document(tantivy::doc!(
            dispatch => "ancienne.txt",
            passage => 1u64,
            text => "Une dépêche indexée par une version précédente."
        ))
        .unwrap();
    writer.commit().unwrap();
    std::fs::write(dir.join("depeches.json"), r#"{"schema_version":2}"#).unwrap();
}

#[test]
fn an_index_of_an_earlier_schema_is_rebuilt_with_the_new_one() {
    let c = Corpus::copy("tests/fixtures/depeches");
    write_old_version_index(&c.index());
    std::fs::write(c.index().join("aliases.txt"), "Paul Essai\tPaulo Essai\n").unwrap();
    for out in [c.search(&["otan"]), c.index_cmd(&[])] {
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains("another version of depeches (schema 2"),
            "{err}"
        );
        assert!(err.contains("search-index --rebuild"), "{err}");
    }
    let out = c.index_cmd(&["--rebuild"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(c.search(&["otan"]).status.code(), Some(0));
    assert_eq!(
        passages_in_index(&c.index()),
        passages_in_files(&c.corpus())
    );
    // The version now lives in meta.json, with the schema it describes.
    assert!(!c.index().join("depeches.json").exists());
    let meta = std::fs::read_to_string(c.index().join("meta.json")).unwrap();
    assert!(meta.contains("\"speakers\""), "{meta}");
    assert!(c.index().join("aliases.txt").exists());
    assert_eq!(orphans(&c.index()), Vec::<String>::new());
}

#[test]
fn an_index_that_does_not_say_its_version_is_not_called_another_version() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    let path = c.index().join("meta.json");
    let mut meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(meta["payload"].is_string());
    meta.as_object_mut().unwrap().remove("payload");
    std::fs::write(&path, meta.to_string()).unwrap();
    let out = c.search(&["otan"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("does not record which version"), "{err}");
    assert!(!err.contains("another version"), "{err}");
}
