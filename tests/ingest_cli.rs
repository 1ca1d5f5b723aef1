//! The nightly job: `search-index` run again and again over a growing feed with messy bytes.

mod common;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{passages_in_files, passages_in_index, stderr, stdout, write_feed, Corpus};

fn summary(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(stdout(out).trim()).unwrap_or_else(|e| panic!("{e}: {}", stdout(out)))
}

#[test]
fn second_run_changes_nothing_and_changes_are_picked_up() {
    let c = Corpus::copy("tests/fixtures/depeches");
    let first = summary(&c.index_cmd(&["--json"]));
    assert_eq!(first["added"], 5);
    assert_eq!(first["unchanged"], 0);
    let files = passages_in_files(&c.corpus());
    assert_eq!(passages_in_index(&c.index()), files);

    let meta_before = std::fs::read(c.index().join("meta.json")).unwrap();
    let second = summary(&c.index_cmd(&["--json"]));
    assert_eq!(
        (
            &second["added"],
            &second["updated"],
            &second["unchanged"],
            &second["commits"]
        ),
        (&0.into(), &0.into(), &5.into(), &0.into())
    );
    assert_eq!(
        std::fs::read(c.index().join("meta.json")).unwrap(),
        meta_before
    );

    // Add one, change one, delete one.
    std::fs::write(
        c.corpus().join("nouvelle.txt"),
        "Nouvelle dépêche\n\nUn texte neuf sur Zanzibar.\n",
    )
    .unwrap();
    let changed = c.corpus().join("garanties.txt");
    let text = std::fs::read_to_string(&changed).unwrap();
    std::fs::write(
        &changed,
        text.replace("Kiev, estime", "Kiev et Zanzibar, estime"),
    )
    .unwrap();
    std::fs::remove_file(c.corpus().join("otan-majuscules.txt")).unwrap();
    let third = summary(&c.index_cmd(&["--json"]));
    assert_eq!(
        (&third["added"], &third["updated"], &third["unchanged"]),
        (&1.into(), &1.into(), &3.into())
    );
    // Without --prune the deleted dispatch stays; with it, it goes (one of six is more than the
    // 10 % a prune removes unless told).
    assert!(passages_in_index(&c.index()).contains_key("otan-majuscules.txt"));
    let pruned = summary(&c.index_cmd(&["--json", "--prune", "--max-prune", "1"]));
    assert_eq!(pruned["removed"], 1);
    assert_eq!(
        passages_in_index(&c.index()),
        passages_in_files(&c.corpus())
    );
    assert_eq!(c.places(&["zanzibar"]).len(), 2);
}

#[test]
fn messy_bytes_are_converted_or_skipped_with_a_reason() {
    let c = Corpus::copy("tests/fixtures/depeches");
    let dir = c.corpus();
    std::fs::write(
        dir.join("cp1252.txt"),
        b"Titre\r\n\r\nL\x92\xe9t\xe9 de l\x92Otan, \xab\xa0pr\xe9cis\xa0\xbb.\r\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("latin9.txt"),
        b"Titre\n\nUn co\xfbt de 5 \xa4 pour le c\xbdur du budget.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("bom-crlf.txt"),
        b"\xEF\xBB\xBFTitre\r\n\r\nUn texte Windows sur la s\xc3\xa9curit\xc3\xa9.\r\n",
    )
    .unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(
        dir.join("binary.txt"),
        [0u8, 159, 146, 150, 1, 2, 3, 0, 255].repeat(100),
    )
    .unwrap();
    std::fs::write(
        dir.join("bad-header.txt"),
        " date 2025-13-45 Un en-tête impossible.\n\nLe texte reste.\n",
    )
    .unwrap();
    let big = std::fs::File::create(dir.join("big.txt")).unwrap();
    big.set_len(50 * 1024 * 1024).unwrap();

    let out = c.index_cmd(&["--json"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    let s = summary(&out);
    assert_eq!(s["added"], 5 + 4);
    let reasons = &s["skipped_by_reason"];
    assert_eq!(
        (&reasons["empty"], &reasons["binary"], &reasons["too large"]),
        (&1.into(), &1.into(), &1.into())
    );
    let err = stderr(&out);
    assert!(
        err.contains("cp1252.txt: not UTF-8: converted from Windows-1252"),
        "{err}"
    );
    assert!(
        err.contains("latin9.txt: not UTF-8: converted from ISO-8859-15"),
        "{err}"
    );
    assert!(
        err.contains("bad-header.txt: header date \"2025-13-45\" does not exist"),
        "{err}"
    );
    assert!(err.contains("skipped big.txt: too large"), "{err}");

    // Converted text is searchable as if it had been UTF-8.
    assert_eq!(c.places(&["précis"]), vec!["cp1252.txt ¶2"]);
    assert!(c.places(&["otan"]).contains(&"cp1252.txt ¶2".to_owned()));
    assert_eq!(c.places(&["cœur"]), vec!["latin9.txt ¶2"]);
    let windows = c.hits(&["windows", "securite"]);
    assert_eq!(common::place(&windows[0]), "bom-crlf.txt ¶2");
    assert_eq!(windows[0]["title"], "Titre", "no BOM, no CR");
    assert_eq!(windows[0]["text"], "Un texte Windows sur la sécurité.");
    let hits = c.hits(&["impossible"]);
    assert!(hits[0]["date"].is_null());
}

#[test]
fn ndjson_files_and_standard_input() {
    let c = Corpus::copy("tests/fixtures/depeches");
    std::fs::write(
        c.corpus().join("fil.jsonl"),
        concat!(
            r#"{"id":"fil-1","text":"Un titre\n\nUn passage sur les garanties, écrit pour les essais.","date":"2025-06-02","title":"Titre du fil","source":"Essais"}"#, "\n",
            "{pas du json\n",
            r#"{"id":"fil-2"}"#, "\n",
            "\n",
            r#"{"id":"fil-3","text":"Sans titre\n\nDeuxième passage du fil, daté du mois.","date":"2025-07"}"#, "\n",
        ),
    )
    .unwrap();
    let out = c.index_cmd(&["--json"]);
    assert_eq!(out.status.code(), Some(3));
    let s = summary(&out);
    assert_eq!(s["added"], 5 + 2);
    assert_eq!(s["skipped"], 2);
    let err = stderr(&out);
    assert!(err.contains("fil.jsonl:2: malformed JSON"), "{err}");
    assert!(
        err.contains("fil.jsonl:3: malformed record: no \"text\""),
        "{err}"
    );
    let hit = &c.hits(&["fil"])[0];
    assert_eq!(hit["dispatch"], "fil-3");
    assert_eq!(hit["date"], "2025-07");
    let hit = &c.hits(&["garanties", "essais"])[0];
    assert_eq!(hit["dispatch"], "fil-1");
    assert_eq!(hit["title"], "Titre du fil");
    assert_eq!(hit["date_origin"], "field");

    // The same feed on standard input.
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("search-index"))
        .arg("--index")
        .arg(c.dir.path().join("stdin-index"))
        .args(["--json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let feed = std::fs::read(c.corpus().join("fil.jsonl")).unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), &feed).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(summary(&out)["added"], 2);
}

#[test]
fn a_second_indexer_is_refused_at_once() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    let _held = depeches::index::Writer::open(&c.index(), false).unwrap();
    let started = Instant::now();
    let out = c.index_cmd(&[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("another search-index is writing"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(20));
    // Searching is not blocked by the writer.
    assert_eq!(c.search(&["otan"]).status.code(), Some(0));
}

#[test]
fn an_index_of_another_version_is_refused_until_rebuilt() {
    let c = Corpus::indexed("tests/fixtures/depeches");
    let meta = std::fs::read_to_string(c.index().join("meta.json")).unwrap();
    let version = format!(
        "depeches_schema_version\\\":{}",
        depeches::index::schema::SCHEMA_VERSION
    );
    assert!(meta.contains(&version), "{meta}");
    std::fs::write(
        c.index().join("meta.json"),
        meta.replace(&version, "depeches_schema_version\\\":999"),
    )
    .unwrap();
    for out in [c.search(&["otan"]), c.index_cmd(&[])] {
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("search-index --rebuild"), "{err}");
    }
    let out = c.index_cmd(&["--rebuild"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(c.search(&["otan"]).status.code(), Some(0));
}

#[test]
fn kill_9_keeps_the_last_commit_and_a_rerun_finishes_without_duplicates() {
    let c = Corpus::copy("tests/fixtures/depeches");
    write_feed(&c.corpus().join("fil"), 0, 5000);
    // A first commit exists before the big run, so searches always have an index.
    std::fs::create_dir_all(c.dir.path().join("seed")).unwrap();
    let seed = assert_cmd::Command::cargo_bin("search-index")
        .unwrap()
        .arg("--index")
        .arg(c.index())
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/depeches"))
        .output()
        .unwrap();
    assert!(seed.status.success());

    let mut child = Command::new(assert_cmd::cargo::cargo_bin("search-index"))
        .arg("--index")
        .arg(c.index())
        .args(["--commit-every", "100"])
        .arg(c.corpus())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Search while it runs; kill it once it has committed part of the feed.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let out = c.search(&["marqueur"]);
        assert_ne!(
            out.status.code(),
            Some(2),
            "search failed during indexing: {}",
            stderr(&out)
        );
        let indexed: usize = passages_in_index(&c.index()).len();
        if indexed > 5 + 100 || Instant::now() > deadline {
            break;
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();

    // The index is at a commit: it opens, searches, and holds whole dispatches only.
    let files = passages_in_files(&c.corpus());
    let partial = passages_in_index(&c.index());
    assert!(
        partial.len() < files.len(),
        "the indexer finished before it could be killed: make the feed larger"
    );
    for (id, n) in &partial {
        assert_eq!(files.get(id), Some(n), "{id} is partly indexed");
    }
    assert_ne!(c.search(&["prudents"]).status.code(), Some(2));

    let rerun = c.index_cmd(&["--json"]);
    assert_eq!(rerun.status.code(), Some(0), "{}", stderr(&rerun));
    assert_eq!(passages_in_index(&c.index()), files);
    let again = summary(&c.index_cmd(&["--json"]));
    assert_eq!(again["unchanged"], files.len());
    assert_eq!(again["added"], 0);
}
