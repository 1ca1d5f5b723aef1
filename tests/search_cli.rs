//! The `search` binary on a small corpus written for these tests: what a user sees.

mod common;

use common::{highlighted, place, stderr, stdout, Corpus};

fn corpus() -> Corpus {
    Corpus::indexed("tests/fixtures/depeches")
}

#[test]
fn accents_case_and_inflection_are_ignored() {
    let c = corpus();
    let reference = c.places(&["cibles légitimes"]);
    assert!(
        reference.contains(&"2025-03-10-avertissement.txt ¶2".to_owned()),
        "{reference:?}"
    );
    // The singular finds the plural and back.
    assert!(
        reference.contains(&"cible-singulier.txt ¶2".to_owned()),
        "{reference:?}"
    );
    for q in [
        "cibles legitimes",
        "CIBLES LÉGITIMES",
        "cible légitime",
        "Cible Legitime",
    ] {
        assert_eq!(c.places(&[q]), reference, "query {q:?}");
    }
}

#[test]
fn no_break_spaces_inside_guillemets_do_not_hide_words() {
    let c = corpus();
    let hits = c.hits(&["\"cibles légitimes\""]);
    let hit = hits
        .iter()
        .find(|h| place(h) == "2025-03-10-avertissement.txt ¶2")
        .expect("the passage with « cibles légitimes » and U+00A0");
    assert_eq!(highlighted(hit), vec!["cibles légitimes"]);
}

#[test]
fn elided_forms_find_the_word() {
    let c = corpus();
    let otan = c.places(&["otan"]);
    assert!(
        otan.contains(&"otan-majuscules.txt ¶1".to_owned()),
        "{otan:?}"
    );
    assert!(
        otan.contains(&"2025-03-10-avertissement.txt ¶3".to_owned()),
        "{otan:?}"
    );
    for q in ["l'OTAN", "l’Otan", "OTAN", "Otan"] {
        let mut got = c.places(&[q]);
        let mut want = otan.clone();
        got.sort();
        want.sort();
        assert_eq!(got, want, "query {q:?}");
    }
    let istanbul = c.places(&["Istanbul"]);
    assert_eq!(c.places(&["d'Istanbul"]), istanbul);
    assert!(istanbul.contains(&"2025-05-istanbul.txt ¶2".to_owned()));
    assert_eq!(c.places(&["jusqu'ici"]), vec!["2025-05-istanbul.txt ¶2"]);
    assert_eq!(c.places(&["qu’elles"]), vec!["2025-05-istanbul.txt ¶3"]);
}

#[test]
fn hyphenated_compound_is_a_phrase() {
    let c = corpus();
    // "cessez de tirer … le feu" holds both words but not the compound.
    assert_eq!(
        c.places(&["cessez-le-feu"]),
        vec!["2025-03-10-avertissement.txt ¶3"]
    );
}

#[test]
fn numbers_are_searchable() {
    let c = corpus();
    assert_eq!(c.places(&["2022"]), vec!["2025-05-istanbul.txt ¶3"]);
    // "26 pays" is written with a narrow no-break space.
    assert_eq!(c.places(&["\"26 pays\""]), vec!["2025-05-istanbul.txt ¶3"]);
}

#[test]
fn adjacent_words_rank_above_scattered_ones() {
    let c = corpus();
    let places = c.places(&["garanties", "sécurité"]);
    // Both words together, then both apart; then the page is filled with the passage holding
    // one of them.
    assert_eq!(
        places,
        vec!["garanties.txt ¶3", "garanties.txt ¶2", "garanties.txt ¶1"]
    );
    assert_eq!(c.places(&["--all-words", "garanties", "sécurité"]).len(), 2);
    let hits = c.hits(&["garanties sécurité"]);
    assert_eq!(highlighted(&hits[0]), vec!["garanties de sécurité"]);
}

#[test]
fn exact_phrase_excludes_scattered_words() {
    let c = corpus();
    assert_eq!(
        c.places(&["\"garanties de sécurité\""]),
        vec!["garanties.txt ¶3"]
    );
}

#[test]
fn minus_excludes_a_word() {
    let c = corpus();
    let all = c.places(&["légitime"]);
    assert!(all.contains(&"cible-singulier.txt ¶2".to_owned()));
    let without = c.places(&["légitime", "-convoi"]);
    assert!(
        !without.contains(&"cible-singulier.txt ¶2".to_owned()),
        "{without:?}"
    );
    assert!(without.contains(&"2025-03-10-avertissement.txt ¶2".to_owned()));
}

#[test]
fn best_partial_matches_when_no_passage_has_every_word() {
    let c = corpus();
    let out = c.search(&["légitimes", "zanzibar"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("no passage holds all the words"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).contains("avertissement"), "{}", stdout(&out));
}

#[test]
fn exit_status_one_when_nothing_matches() {
    let c = corpus();
    let out = c.search(&["zanzibar"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
}

#[test]
fn empty_or_stop_word_queries_are_usage_errors() {
    let c = corpus();
    for args in [vec![], vec!["de la"], vec!["-otan"]] {
        let out = c.search(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert!(err.starts_with("search: "), "{err}");
    }
    assert!(stderr(&c.search(&["de la"])).contains("stop words"));
}

#[test]
fn missing_index_says_how_to_create_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere");
    let out = assert_cmd::Command::cargo_bin("search")
        .unwrap()
        .arg("--index")
        .arg(&missing)
        .arg("otan")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains(&format!("search-index --index {}", missing.display())),
        "{err}"
    );
}

#[test]
fn index_from_environment_variable() {
    let c = corpus();
    let out = assert_cmd::Command::cargo_bin("search")
        .unwrap()
        .env("SEARCH_INDEX", c.index())
        .arg("otan")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// The keys README.md's table of JSON keys gives for one kind of object ("hit", "dry-run" …).
fn documented_keys(kind: &str) -> Vec<String> {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    let table = readme.split("### JSON output").nth(1).unwrap();
    let mut keys: Vec<String> = table
        .lines()
        .skip_while(|l| !l.starts_with("| key |"))
        .skip(2)
        .take_while(|l| l.starts_with('|'))
        .filter_map(|row| {
            let cells: Vec<&str> = row.split('|').map(str::trim).collect();
            let kinds = cells[2].split(',').map(|k| k.trim()).collect::<Vec<_>>();
            kinds.contains(&kind).then(|| cells[1].to_owned())
        })
        .flat_map(|cell| {
            cell.split(',')
                .map(|k| k.trim().trim_matches('`').to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    keys.sort_unstable();
    keys
}

#[test]
fn a_dry_run_dispatch_has_the_documented_keys() {
    let c = corpus();
    let out = assert_cmd::Command::cargo_bin("search-index")
        .unwrap()
        .args(["--dry-run", "--json"])
        .arg(c.corpus())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let sorted = |v: &serde_json::Value| {
        let mut keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        keys.sort_unstable();
        keys
    };
    let dispatch_keys = documented_keys("dry-run");
    let passage_keys = documented_keys("dry-run `passages`");
    let mut quoted = Vec::new();
    for line in stdout(&out).lines() {
        let d: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(sorted(&d), dispatch_keys, "{line}");
        for p in d["passages"].as_array().unwrap() {
            assert_eq!(sorted(p), passage_keys, "{p}");
            // A dispatch's speakers are its passages', each once.
            for s in p["speakers"].as_array().unwrap() {
                assert!(
                    d["speakers"].as_array().unwrap().contains(s),
                    "{s} in {line}"
                );
            }
        }
        quoted.extend(d["speakers"].as_array().unwrap().iter().cloned());
    }
    assert!(!quoted.is_empty(), "the corpus quotes someone");
}

#[test]
fn json_lines_have_the_documented_keys_and_offsets() {
    let c = corpus();
    let hits = c.hits(&["l’Otan"]);
    assert!(!hits.is_empty());
    let documented = documented_keys("hit");
    assert!(documented.len() > 10, "{documented:?}");
    for (i, hit) in hits.iter().enumerate() {
        let keys: Vec<&str> = hit
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        let mut keys = keys;
        keys.sort_unstable();
        assert_eq!(
            keys, documented,
            "the README's JSON table and a hit disagree"
        );
        assert_eq!(hit["rank"], i + 1);
        assert_eq!(hit["lang"], "fr");
        for word in highlighted(hit) {
            assert_eq!(word.to_lowercase(), "otan", "{hit}");
        }
    }
    let dated = hits
        .iter()
        .find(|h| h["dispatch"] == "2025-03-10-avertissement.txt")
        .unwrap();
    assert_eq!(dated["date"], "2025-03-10");
    assert_eq!(dated["date_precision"], "day");
    let undated = hits
        .iter()
        .find(|h| h["dispatch"] == "otan-majuscules.txt")
        .unwrap();
    assert!(undated["date"].is_null());
}

#[test]
fn terminal_output_shows_date_title_place_and_passage() {
    let c = corpus();
    let out = c.search(&["Istanbul"]);
    let text = stdout(&out);
    assert!(text.contains("2025-05"), "{text}");
    assert!(text.contains("2025-05-istanbul.txt ¶2"), "{text}");
    assert!(text.contains("d'Istanbul, jusqu'ici"), "{text}");
    let undated = c.search(&["alliance"]);
    assert!(
        stdout(&undated).contains("sans date"),
        "{}",
        stdout(&undated)
    );
}

#[test]
fn no_escape_codes_when_piped_unless_asked() {
    let c = corpus();
    let piped = c.search(&["otan"]);
    assert!(!piped.stdout.contains(&0x1b));
    let forced = c.search(&["--color", "always", "otan"]);
    assert!(
        stdout(&forced).contains("\x1b[1;31mOTAN\x1b[0m"),
        "{}",
        stdout(&forced)
    );
    let never = c.search(&["--color", "never", "otan"]);
    assert!(!never.stdout.contains(&0x1b));
}

#[test]
fn limit_caps_the_hits() {
    let c = corpus();
    assert!(c.places(&["otan"]).len() > 1);
    assert_eq!(c.places(&["-n", "1", "otan"]).len(), 1);
}

#[test]
fn closed_pipe_is_a_quiet_end() {
    use std::process::{Command, Stdio};
    let c = corpus();
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("search"))
        .arg("--index")
        .arg(c.index())
        .args(["-n", "1000", "otan"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
