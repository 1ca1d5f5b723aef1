//! What the nightly job must never do to a user's index: prune what it could not read, prune
//! more than it was allowed to, or fail a run whose every dispatch was committed.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;
use common::{passages_in_index, stderr, stdout};
use tempfile::TempDir;

/// Runs `search-index --json --index INDEX ARGS…`.
fn index(index: &Path, args: &[&dyn AsRef<std::ffi::OsStr>]) -> std::process::Output {
    let mut cmd = Command::cargo_bin("search-index").unwrap();
    cmd.arg("--json").arg("--index").arg(index);
    for a in args {
        cmd.arg(a);
    }
    cmd.env_remove("SEARCH_INDEX").output().unwrap()
}

fn summary(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(stdout(out).trim()).unwrap_or_else(|e| panic!("{e}: {}", stdout(out)))
}

/// The dispatches the index holds, read from its dispatch column.
fn dispatches(index: &Path) -> BTreeSet<String> {
    passages_in_index(index).into_keys().collect()
}

/// Writes `n` small dispatches `d00000.txt`… under `dir`.
fn write_feed(dir: &Path, n: usize) {
    write_feed_as(dir, "d", n)
}

/// Writes `n` small dispatches `{prefix}00000.txt`… under `dir`.
fn write_feed_as(dir: &Path, prefix: &str, n: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        let text = format!(
            "Dépêche d'essai numéro {i}\n\n\
             Le maire imaginaire Jean Témoin a présenté le dossier repère{i:05} lundi.\n\n\
             «Le chantier avance», a-t-il assuré devant le conseil municipal.\n"
        );
        std::fs::write(dir.join(format!("{prefix}{i:05}.txt")), text).unwrap();
    }
}

/// A feed of two folders, `a/` (`n_a` dispatches) and `b/` (`n_b`), indexed.
fn two_folders(n_a: usize, n_b: usize) -> (TempDir, std::path::PathBuf) {
    let t = tempfile::tempdir().unwrap();
    write_feed(&t.path().join("feed/a"), n_a);
    write_feed_as(&t.path().join("feed/b"), "e", n_b);
    let idx = t.path().join("index");
    let out = index(&idx, &[&t.path().join("feed/a"), &t.path().join("feed/b")]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    (t, idx)
}

#[test]
fn a_missing_path_never_prunes_the_index() {
    let (t, idx) = two_folders(3, 3);
    let before = dispatches(&idx);
    assert_eq!(before.len(), 6);
    let out = index(
        &idx,
        &[
            &"--prune",
            &"--max-prune",
            &"all",
            &t.path().join("unmounted"),
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    let refusal: Vec<&str> = err.lines().filter(|l| l.contains("not pruning")).collect();
    assert_eq!(refusal.len(), 1, "{err}");
    assert!(refusal[0].contains("unmounted"), "{err}");
    assert!(refusal[0].contains("nothing was removed"), "{err}");
    assert_eq!(summary(&out)["removed"], 0);
    assert_eq!(dispatches(&idx), before);
}

#[test]
fn a_bad_path_beside_a_good_one_removes_nothing() {
    let t = tempfile::tempdir().unwrap();
    write_feed(&t.path().join("feed/a"), 4);
    let idx = t.path().join("index");
    let ndjson = t.path().join("feed/b.jsonl");
    std::fs::write(
        &ndjson,
        "{\"id\":\"n1\",\"text\":\"Une dépêche du fil, sur le port de Brest.\"}\n",
    )
    .unwrap();
    let a = t.path().join("feed/a");
    assert_eq!(index(&idx, &[&a, &ndjson]).status.code(), Some(0));
    let before = dispatches(&idx);
    assert_eq!(before.len(), 5);

    // The feed file has gone (a share not mounted); the folder is still there.
    std::fs::remove_file(&ndjson).unwrap();
    let out = index(&idx, &[&"--prune", &"--max-prune", &"all", &a, &ndjson]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("not pruning"), "{}", stderr(&out));
    assert_eq!(dispatches(&idx), before);
}

#[test]
fn a_dispatch_that_cannot_be_read_tonight_keeps_its_indexed_version() {
    let t = tempfile::tempdir().unwrap();
    let feed = t.path().join("feed");
    write_feed(&feed, 3);
    let idx = t.path().join("index");
    assert_eq!(index(&idx, &[&feed]).status.code(), Some(0));
    // The file is listed but cannot be opened (a dangling link: a file on another share).
    std::fs::remove_file(feed.join("d00001.txt")).unwrap();
    std::os::unix::fs::symlink(t.path().join("elsewhere.txt"), feed.join("d00001.txt")).unwrap();
    let out = index(&idx, &[&"--prune", &"--max-prune", &"all", &feed]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(summary(&out)["removed"], 0);
    assert!(dispatches(&idx).contains("d00001.txt"));
}

#[test]
fn linked_folders_are_not_entered_and_linked_files_are_read() {
    let t = tempfile::tempdir().unwrap();
    let feed = t.path().join("feed");
    write_feed(&feed.join("a"), 2);
    write_feed(&t.path().join("elsewhere"), 1);
    // A link to a folder of the tree, one to the root itself (a loop), one to a dispatch kept
    // elsewhere.
    std::os::unix::fs::symlink(feed.join("a"), feed.join("copie")).unwrap();
    std::os::unix::fs::symlink(&feed, feed.join("a/boucle")).unwrap();
    std::os::unix::fs::symlink(t.path().join("elsewhere/d00000.txt"), feed.join("lien.txt"))
        .unwrap();
    let idx = t.path().join("index");
    let out = index(&idx, &[&feed]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let expected: BTreeSet<String> = ["a/d00000.txt", "a/d00001.txt", "lien.txt"]
        .map(String::from)
        .into();
    assert_eq!(
        dispatches(&idx),
        expected,
        "each dispatch once, by its own path"
    );
}

#[test]
fn a_prune_over_the_bound_removes_nothing_until_told() {
    let (t, idx) = two_folders(0, 0);
    write_feed(&t.path().join("feed/c"), 20);
    let c = t.path().join("feed/c");
    assert_eq!(index(&idx, &[&c]).status.code(), Some(0));
    // Two of twenty gone: within the default 10 %.
    for i in [0, 1] {
        std::fs::remove_file(c.join(format!("d{i:05}.txt"))).unwrap();
    }
    let out = index(&idx, &[&"--prune", &c]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(summary(&out)["removed"], 2);

    // Half the folder gone: over the bound, nothing removed, the flag named.
    for i in 2..11 {
        std::fs::remove_file(c.join(format!("d{i:05}.txt"))).unwrap();
    }
    let out = index(&idx, &[&"--prune", &c]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("--max-prune 9"), "{err}");
    assert_eq!(summary(&out)["removed"], 0);
    assert!(summary(&out)["prune_refused"].is_string());
    assert_eq!(dispatches(&idx).len(), 18);

    let out = index(&idx, &[&"--prune", &"--max-prune", &"8", &c]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let out = index(&idx, &[&"--prune", &"--max-prune", &"50%", &c]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(summary(&out)["removed"], 9);
    assert_eq!(dispatches(&idx).len(), 9);
}

#[test]
fn a_bad_max_prune_is_a_usage_error() {
    let t = tempfile::tempdir().unwrap();
    for bad in ["ten", "150%", "3.5"] {
        let out = index(&t.path().join("index"), &[&"--max-prune", &bad, &t.path()]);
        assert_eq!(out.status.code(), Some(2), "{bad}: {}", stderr(&out));
        assert!(stderr(&out).contains("--max-prune"), "{}", stderr(&out));
    }
}

/// Runs with many commits used to fail about every other time: a merge started in the
/// background by one commit ended while the run's final merge held the same segments. Here at
/// the writer, with commits as fast as they come.
#[test]
fn the_final_merge_never_races_a_background_merge() {
    use depeches::ingest::parse::Context;
    use depeches::model::dispatch::Dispatch;
    for attempt in 0..4 {
        let t = tempfile::tempdir().unwrap();
        let dir = t.path().join("index");
        let mut writer = depeches::index::Writer::open(&dir, false).unwrap();
        for commit in 0..24 {
            for i in 0..4 {
                let id = format!("c{commit}-{i}");
                let d = Dispatch::parse(
                    &id,
                    "Titre\n\nUn paragraphe sur le port de Brest.\n",
                    &Context::default(),
                );
                writer.replace(&d, depeches::index::stage(&d), 1).unwrap();
            }
            writer.commit().unwrap();
        }
        writer
            .merge_segments()
            .unwrap_or_else(|e| panic!("attempt {attempt}: {e:#}"));
        writer.finish().unwrap();
        let reader = tantivy::Index::open_in_dir(&dir).unwrap().reader().unwrap();
        assert_eq!(reader.searcher().num_docs(), 24 * 4 * 2);
        assert_eq!(reader.searcher().segment_readers().len(), 1);
    }
}

/// The same at the user's level: fresh and update runs with many commits.
#[test]
fn runs_with_many_commits_always_finish() {
    let t = tempfile::tempdir().unwrap();
    let feed = t.path().join("feed");
    write_feed(&feed, 300);
    let idx = t.path().join("index");
    for round in 0..4 {
        if round % 2 == 0 {
            let _ = std::fs::remove_dir_all(&idx);
        } else {
            // An update run: every dispatch changed.
            let (from, to) = if round == 1 {
                ("lundi", "mardi")
            } else {
                ("mardi", "lundi")
            };
            for i in 0..300 {
                let p = feed.join(format!("d{i:05}.txt"));
                let text = std::fs::read_to_string(&p).unwrap();
                std::fs::write(&p, text.replace(from, to)).unwrap();
            }
        }
        let out = index(&idx, &[&"--commit-every", &"20", &feed]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "round {round}: {}",
            stderr(&out)
        );
        let s = summary(&out);
        assert_eq!(
            s["added"].as_u64().unwrap() + s["updated"].as_u64().unwrap(),
            300
        );
        assert_eq!(dispatches(&idx).len(), 300);
    }
}

#[test]
fn a_rebuild_with_a_missing_path_leaves_the_index_as_it_was() {
    let (t, idx) = two_folders(3, 0);
    let before = dispatches(&idx);
    let out = index(
        &idx,
        &[
            &"--rebuild",
            &t.path().join("feed/a"),
            &t.path().join("gone"),
        ],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("not rebuilding") && err.contains("gone"),
        "{err}"
    );
    assert_eq!(dispatches(&idx), before);
}

/// Bytes of every file under `dir`.
fn size_of(dir: &Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            if e.file_type().unwrap().is_dir() {
                size_of(&e.path())
            } else {
                e.metadata().unwrap().len()
            }
        })
        .sum()
}

/// A 1 MB dispatch on one line made a 400 MB index: the line was its title, stored again with
/// each of its thousand passages.
#[test]
fn a_one_line_dispatch_makes_an_index_of_its_own_size() {
    let t = tempfile::tempdir().unwrap();
    let feed = t.path().join("feed");
    std::fs::create_dir_all(&feed).unwrap();
    let sentence = "Le conseil municipal a voté le budget après un long débat sur les écoles. ";
    let mut line = sentence.repeat(1_000_000 / sentence.len());
    line.push_str("La séance fut levée sur le mot brocantage.\n");
    std::fs::write(feed.join("une-ligne.txt"), &line).unwrap();
    write_feed(&feed, 2);
    let idx = t.path().join("index");
    let out = index(&idx, &[&feed]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let size = size_of(&idx);
    assert!(
        size < 8 * line.len() as u64,
        "{size} bytes of index for 1 MB"
    );

    let hits = |q: &str| -> Vec<serde_json::Value> {
        let out = Command::cargo_bin("search")
            .unwrap()
            .args(["--json", "-n", "3", "--index"])
            .arg(&idx)
            .arg(q)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let last = &hits("brocantage")[0];
    assert!(last["passage"].as_u64().unwrap() > 100);
    let title = last["title"].as_str().unwrap();
    assert!(
        title.ends_with('…') && title.chars().count() <= 300,
        "{title}"
    );
    assert!(line.starts_with(title.trim_end_matches('…')));
    for hit in hits("budget") {
        assert_eq!(
            hit["title"], title,
            "one title for every passage of the dispatch"
        );
    }
    // A dispatch of several passages: a hit on any passage shows the dispatch's title.
    let hit = &hits("chantier")[0];
    assert_eq!(hit["passage"], 3);
    assert!(hit["title"]
        .as_str()
        .unwrap()
        .starts_with("Dépêche d'essai numéro"));
}

#[test]
fn file_names_are_identities_whole_and_messages_one_line() {
    use std::os::unix::ffi::OsStrExt;
    let t = tempfile::tempdir().unwrap();
    let feed = t.path().join("feed");
    std::fs::create_dir_all(&feed).unwrap();
    let name = |bytes: &[u8]| feed.join(std::ffi::OsStr::from_bytes(bytes));
    // Two names that differ only in bytes that are not UTF-8 (written on a Latin-1 system).
    std::fs::write(
        name(b"r\xE9union.txt"),
        "Réunion\n\nLe conseil se réunit lundi.\n",
    )
    .unwrap();
    std::fs::write(
        name(b"r\xE8union.txt"),
        "Réunion\n\nLe bureau se réunit mardi.\n",
    )
    .unwrap();
    // A newline in a name, and an empty file: its skip must stay one line.
    std::fs::write(name(b"vide\nfaux.txt"), "").unwrap();
    let idx = t.path().join("index");
    let out = index(&idx, &[&feed]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(summary(&out)["added"], 2);
    let err = stderr(&out);
    let skipped: Vec<&str> = err.lines().filter(|l| l.contains("skipped vide")).collect();
    assert_eq!(
        skipped,
        ["search-index: skipped vide\\u{a}faux.txt: empty"],
        "{err}"
    );
    assert_eq!(
        dispatches(&idx),
        BTreeSet::from(["r\\xE8union.txt".to_owned(), "r\\xE9union.txt".to_owned()])
    );
    // And a second run changes nothing.
    let again = summary(&index(&idx, &[&feed]));
    assert_eq!(
        (&again["unchanged"], &again["updated"]),
        (&2.into(), &0.into())
    );
}

#[test]
fn an_ndjson_id_given_twice_keeps_the_first_and_says_so() {
    let t = tempfile::tempdir().unwrap();
    let feed = t.path().join("fil.jsonl");
    std::fs::write(
        &feed,
        concat!(
            r#"{"id":"a1","text":"Le port de Brest accueille un voilier."}"#,
            "\n",
            r#"{"id":"a1","text":"Le port de Lorient accueille un chalutier."}"#,
            "\n",
            r#"{"id":18446744073709551617,"text":"Une dépêche au grand numéro, la première."}"#,
            "\n",
            r#"{"id":18446744073709551618,"text":"Une dépêche au grand numéro, la seconde."}"#,
            "\n",
        ),
    )
    .unwrap();
    let idx = t.path().join("index");
    for run in 0..2 {
        let out = index(&idx, &[&feed]);
        assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
        let s = summary(&out);
        let expect = if run == 0 { (3, 0) } else { (0, 3) };
        assert_eq!(
            (
                s["added"].as_u64().unwrap(),
                s["unchanged"].as_u64().unwrap()
            ),
            (expect.0, expect.1),
            "run {run}: {s}"
        );
        assert_eq!(s["skipped_by_reason"]["duplicate"], 1);
        let err = stderr(&out);
        assert!(err.contains("skipped "), "{err}");
        assert!(err.contains("fil.jsonl:2: duplicate"), "{err}");
    }
    assert_eq!(
        dispatches(&idx),
        BTreeSet::from([
            "a1".to_owned(),
            "18446744073709551617".to_owned(),
            "18446744073709551618".to_owned()
        ])
    );
    let out = Command::cargo_bin("search")
        .unwrap()
        .args(["--json", "--index"])
        .arg(&idx)
        .arg("port")
        .output()
        .unwrap();
    let hits: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(hits.len(), 1);
    assert!(
        hits[0]["text"].as_str().unwrap().contains("Brest"),
        "the first is kept"
    );
}

#[test]
fn a_feed_line_over_the_limit_and_a_path_given_twice_are_skipped_by_name() {
    let t = tempfile::tempdir().unwrap();
    // A line of 11 MB with no end in the middle of a feed: that line only is skipped.
    let feed = t.path().join("fil.jsonl");
    let mut bytes = br#"{"id":"avant","text":"Le port de Brest accueille un voilier."}"#.to_vec();
    bytes.push(b'\n');
    bytes.extend(br#"{"id":"enorme","text":""#);
    bytes.resize(bytes.len() + 11 * 1024 * 1024, b'a');
    bytes.extend(b"\"}\n");
    bytes.extend(br#"{"id":"apres","text":"Le port de Lorient accueille un chalutier."}"#);
    bytes.push(b'\n');
    std::fs::write(&feed, bytes).unwrap();
    // One relative path under two PATHs: one dispatch, the first one read.
    write_feed(&t.path().join("a"), 1);
    write_feed(&t.path().join("b"), 1);
    let idx = t.path().join("index");
    let out = index(&idx, &[&feed, &t.path().join("a"), &t.path().join("b")]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.lines()
            .any(|l| l.contains("fil.jsonl:2: too large") && l.contains("over the 10 MB limit")),
        "{err}"
    );
    assert!(
        err.lines().any(|l| l
            .starts_with("search-index: skipped ")
            && l.ends_with("b/d00000.txt: duplicate: the id \"d00000.txt\" was already read in this run; the first one is kept")),
        "{err}"
    );
    let s = summary(&out);
    assert_eq!(s["added"], 3, "{s}");
    assert_eq!(
        dispatches(&idx),
        BTreeSet::from([
            "apres".to_owned(),
            "avant".to_owned(),
            "d00000.txt".to_owned()
        ])
    );
}

#[test]
fn a_rebuild_from_a_nearly_empty_path_is_refused_and_the_index_stays() {
    let t = tempfile::tempdir().unwrap();
    let feed = t.path().join("feed");
    write_feed(&feed, 20);
    let idx = t.path().join("index");
    assert_eq!(index(&idx, &[&feed]).status.code(), Some(0));
    let before = dispatches(&idx);
    assert_eq!(before.len(), 20);
    // An empty folder (a share that was not mounted), then one day's folder of 3.
    let empty = t.path().join("vide");
    std::fs::create_dir(&empty).unwrap();
    let day = t.path().join("jour");
    write_feed(&day, 3);
    for (path, held) in [(&empty, 0), (&day, 3)] {
        let out = index(&idx, &[&"--rebuild", path]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert_eq!(
            err.lines().collect::<Vec<_>>(),
            [format!(
                "search-index: not rebuilding: the PATHs hold {held} dispatches, {} fewer than the 20 of the index at {}, more than --max-prune 10% allows; the index is left as it was (if it is meant to shrink, run again with --max-prune {})",
                20 - held,
                idx.display(),
                20 - held
            )],
        );
        assert!(stdout(&out).is_empty());
        assert_eq!(dispatches(&idx), before);
        assert!(
            !idx.join(".depeches-rebuild").exists(),
            "the new index is deleted"
        );
    }
    // Within the bound (2 of 20 is 10 %), or told: the rebuild goes ahead.
    std::fs::remove_file(feed.join("d00000.txt")).unwrap();
    std::fs::remove_file(feed.join("d00001.txt")).unwrap();
    let out = index(&idx, &[&"--rebuild", &feed]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(dispatches(&idx).len(), 18);
    let out = index(&idx, &[&"--rebuild", &"--max-prune", &"15", &day]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(dispatches(&idx).len(), 3);
}

/// `--commit-every N` commits after every N dispatches written, whatever the size of the
/// batches parsed together: a run of 1,000 dispatches with `--commit-every 300` commits at
/// 300, 600, 900 and at its end.
#[test]
fn commit_every_commits_inside_a_parse_batch() {
    let t = tempfile::tempdir().unwrap();
    let feed = t.path().join("feed");
    write_feed(&feed, 1000);
    let idx = t.path().join("index");
    let out = index(&idx, &[&"--commit-every", &"300", &feed]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let s = summary(&out);
    assert_eq!(s["added"], 1000);
    assert_eq!(s["commits"], 4, "{s}");
}

/// Killed in the middle, a run leaves an index at one of its commits — a multiple of
/// `--commit-every` dispatches, never more than that much work lost — and the next run finishes
/// it into a whole index.
#[test]
fn a_run_killed_between_commits_loses_at_most_commit_every_dispatches() {
    use std::time::{Duration, Instant};
    let t = tempfile::tempdir().unwrap();
    let feed = t.path().join("feed");
    write_feed(&feed, 3000);
    let idx = t.path().join("index");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("search-index"))
        .arg("--index")
        .arg(&idx)
        .args(["--commit-every", "300"])
        .arg(&feed)
        .env_remove("SEARCH_INDEX")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let committed = |idx: &Path| {
        depeches::search::Engine::open(idx)
            .ok()
            .map_or(0, |e| common::passages_in_engine(&e).len())
    };
    let deadline = Instant::now() + Duration::from_secs(300);
    while committed(&idx) == 0 && Instant::now() < deadline && child.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(10));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let partial = committed(&idx);
    assert!(
        partial < 3000,
        "the indexer finished before it could be killed: make the feed larger"
    );
    assert!(partial > 0, "nothing was committed before the deadline");
    assert_eq!(partial % 300, 0, "{partial} dispatches committed");

    let rerun = index(&idx, &[&feed]);
    assert_eq!(rerun.status.code(), Some(0), "{}", stderr(&rerun));
    assert_eq!(summary(&rerun)["added"], 3000 - partial);
    let check = index(&idx, &[&"--check"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert_eq!(dispatches(&idx).len(), 3000);
}

#[test]
fn a_mistyped_path_alone_creates_no_index_and_says_so() {
    let t = tempfile::tempdir().unwrap();
    let idx = t.path().join("index");
    let out = index(&idx, &[&t.path().join("fede")]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("no such file or folder")
            && err.contains("fede")
            && err.contains("check the path"),
        "{err}"
    );
    assert!(
        !idx.exists(),
        "an index was created for a path that does not exist"
    );
}

#[test]
fn a_missing_path_beside_a_good_one_indexes_the_good_one_and_fails() {
    let t = tempfile::tempdir().unwrap();
    write_feed(&t.path().join("feed/a"), 4);
    let idx = t.path().join("index");
    let out = index(&idx, &[&t.path().join("feed/a"), &t.path().join("feed/b")]);
    // The nightly run must not pass for a success with one of its folders gone.
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out)
            .lines()
            .any(|l| l.contains("no such file or folder") && l.contains("feed/b")),
        "{}",
        stderr(&out)
    );
    assert_eq!(summary(&out)["added"], 4);
    assert_eq!(dispatches(&idx).len(), 4);
}
