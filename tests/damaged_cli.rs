//! A damaged index: `search-index --check` finds it, both binaries say so in one line that
//! names `--rebuild` (never a panic), and a rebuild repairs it.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::{stderr, stdout, Corpus};
use depeches::index::folder;

/// The file of the index's (only) segment with this extension.
fn segment_file(index: &Path, ext: &str) -> PathBuf {
    let meta = std::fs::read(index.join("meta.json")).unwrap();
    let files = folder::living_files(&meta).unwrap();
    let name = files
        .iter()
        .find(|f| f.ends_with(&format!(".{ext}")))
        .unwrap_or_else(|| panic!("no .{ext} file"));
    index.join(name)
}

fn edit(path: &Path, change: impl FnOnce(&mut Vec<u8>)) {
    let mut bytes = std::fs::read(path).unwrap();
    change(&mut bytes);
    std::fs::write(path, bytes).unwrap();
}

fn check(c: &Corpus) -> Output {
    check_with(c, &[])
}

/// `search-index --check --index INDEX ARGS…`.
fn check_with(c: &Corpus, args: &[&str]) -> Output {
    assert_cmd::Command::cargo_bin("search-index")
        .unwrap()
        .arg("--check")
        .args(args)
        .arg("--index")
        .arg(c.index())
        .env_remove("SEARCH_INDEX")
        .output()
        .unwrap()
}

/// `search-index --check --json`: its one object.
fn check_json(c: &Corpus) -> (Output, serde_json::Value) {
    let out = check_with(c, &["--json"]);
    let v = serde_json::from_str(stdout(&out).trim()).unwrap();
    (out, v)
}

/// One line on stderr, exit 2, naming `--rebuild`, and no panic.
fn assert_damaged(out: &Output, mentions: &str) {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("is damaged"), "{err}");
    assert!(err.contains("search-index --rebuild"), "{err}");
    assert!(err.contains(mentions), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// After `--rebuild`, everything works again and `--check` says the index is whole.
fn assert_repaired_by_rebuild(c: &Corpus, args: &[&str]) {
    let out = c.index_cmd(&[&["--rebuild"], args].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(check(c).status.code(), Some(0), "{}", stderr(&check(c)));
    assert_eq!(c.search(&["otan"]).status.code(), Some(0));
}

#[test]
fn check_says_a_whole_index_is_whole() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    let out = check(&c);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("is whole: 5 dispatches"), "{err}");
    assert!(err.contains("match their checksums"), "{err}");

    let (json, v) = check_json(&c);
    assert_eq!(json.status.code(), Some(0));
    assert_eq!(v["whole"], true);
    assert_eq!(v["dispatches"], 5);
    assert_eq!(v["files"], 6);
    assert_eq!(v["problems"], serde_json::json!([]));
}

#[test]
fn scrambled_postings_are_an_error_in_both_binaries_not_a_panic() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    let idx = segment_file(&c.index(), "idx");
    edit(&idx, |b| {
        // The postings, not the file's footer (tantivy's version, as JSON, then its checksum).
        let end = b.len() - 256;
        for i in (64..end).step_by(7) {
            b[i] ^= 0xff;
        }
    });
    // Before: `search` panicked in tantivy's vint decoder (exit 101).
    assert_damaged(&c.search(&["otan"]), "");
    // Before: `search-index` failed while merging, after writing into the damaged index.
    let out = c.index_cmd(&[]);
    assert_damaged(&out, ".idx fails its checksum");
    assert_damaged(&check(&c), ".idx fails its checksum");
    assert_repaired_by_rebuild(&c, &[]);
}

#[test]
fn a_missing_segment_file_is_found_before_anything_is_read() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    std::fs::remove_file(segment_file(&c.index(), "pos")).unwrap();
    // Before: `search-index` reported "5 unchanged" and exit 0.
    assert_damaged(
        &c.index_cmd(&[]),
        ".pos, named by its meta.json, is missing",
    );
    assert_damaged(
        &c.search(&["otan"]),
        ".pos, named by its meta.json, is missing",
    );
    assert_damaged(&check(&c), ".pos");
    assert_repaired_by_rebuild(&c, &[]);
}

#[test]
fn a_single_flipped_bit_in_stored_text_or_a_column_is_found() {
    for ext in ["store", "fast", "term", "fieldnorm"] {
        let c = Corpus::indexed("tests/fixtures/depeches");
        let path = segment_file(&c.index(), ext);
        // A bit in the middle of the file's data (its last 8 bytes are tantivy's footer).
        edit(&path, |b| {
            let at = (b.len() - 8) / 2;
            b[at] ^= 0x04;
        });
        assert_damaged(&check(&c), &format!(".{ext} fails its checksum"));
        // The nightly run refuses to build on it (a merge would carry the flip into a segment
        // with a valid checksum).
        assert_damaged(&c.index_cmd(&[]), &format!(".{ext} fails its checksum"));
        assert_repaired_by_rebuild(&c, &[]);
    }
}

#[test]
fn an_unreadable_or_missing_meta_json_is_damage_that_a_rebuild_repairs() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    std::fs::write(c.index().join("meta.json"), "{\"segments\": [").unwrap();
    assert_damaged(&c.search(&["otan"]), "its meta.json is unreadable");
    assert_damaged(&c.index_cmd(&[]), "its meta.json is unreadable");
    assert_damaged(&check(&c), "its meta.json is unreadable");
    assert_repaired_by_rebuild(&c, &[]);

    std::fs::remove_file(c.index().join("meta.json")).unwrap();
    // Before: "no index at …: create it".
    assert_damaged(&c.search(&["otan"]), "its meta.json is missing");
    assert_repaired_by_rebuild(&c, &[]);
}

#[test]
fn check_finds_passages_missing_or_twice_and_missing_hashes() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    // Documents that depeches never writes, with valid checksums: a second ¶1 of a dispatch,
    // and a dispatch whose first passages and hash are missing.
    {
        let index = tantivy::Index::open_in_dir(c.index()).unwrap();
        depeches::index::analysis::register(index.tokenizers());
        let schema = index.schema();
        let f = |n: &str| schema.get_field(n).unwrap();
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        writer
            .add_document(tantivy::doc!(
                f("dispatch") => "garanties.txt",
                f("passage") => 1u64,
                f("text") => "Un doublon.",
                f("hash") => 7u64
            ))
            .unwrap();
        writer
            .add_document(tantivy::doc!(
                f("dispatch") => "orpheline.txt",
                f("passage") => 3u64,
                f("text") => "Un passage sans les précédents."
            ))
            .unwrap();
        let mut commit = writer.prepare_commit().unwrap();
        commit.set_payload(&folder::version_payload());
        commit.commit().unwrap();
    }
    let out = check(&c);
    assert_damaged(&out, "dispatch garanties.txt: ¶1 is there twice");
    let err = stderr(&out);
    assert!(
        err.contains("dispatch orpheline.txt: ¶1, ¶2 missing"),
        "{err}"
    );
    assert!(err.contains("and 1 more problem"), "{err}");
    let (json, v) = check_json(&c);
    assert_eq!(json.status.code(), Some(2));
    assert_eq!(v["whole"], false);
    let problems: Vec<&str> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert!(
        problems.contains(&"dispatch garanties.txt: its content hash is stored 2 times"),
        "{problems:?}"
    );
    assert!(
        problems.contains(&"dispatch orpheline.txt: its content hash is missing"),
        "{problems:?}"
    );
    // The rebuild would lose the orphan dispatch: more than --max-prune allows of 6 by default.
    let out = c.index_cmd(&["--rebuild"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("hold 5 dispatches, 1 fewer than the 6 of the index"),
        "{}",
        stderr(&out)
    );
    assert_repaired_by_rebuild(&c, &["--max-prune", "1"]);
}

#[test]
fn a_file_or_an_empty_name_given_as_the_index_is_not_told_to_create_it() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    let file = c.corpus().join("garanties.txt");
    let out = assert_cmd::Command::cargo_bin("search")
        .unwrap()
        .arg("--index")
        .arg(&file)
        .arg("otan")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("is a file, not an index folder"), "{err}");
    assert!(!err.contains("create it"), "{err}");

    // An empty SEARCH_INDEX is no setting at all: ./index, as when it is unset.
    let out = assert_cmd::Command::cargo_bin("search")
        .unwrap()
        .current_dir(c.dir.path())
        .env("SEARCH_INDEX", "")
        .arg("otan")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
