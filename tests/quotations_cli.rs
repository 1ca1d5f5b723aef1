//! Quotations as results, with the real binaries on dispatches written for these tests
//! (tests/fixtures/quotations: an invented minister of an invented country): one quotation
//! however many dispatches carried it, shortened or translated again; its first carrier; a
//! nightly run and a prune changing its carriers without a rebuild.

mod common;

use common::{stderr, stdout, Corpus};
use serde_json::Value;

fn quotations(c: &Corpus, args: &[&str]) -> Vec<Value> {
    let mut full = vec!["--quotations"];
    full.extend_from_slice(args);
    c.hits(&full)
}

fn carriers(q: &Value) -> Vec<String> {
    q["carriers"]
        .as_array()
        .expect("carriers")
        .iter()
        .map(|c| {
            format!(
                "{} {}",
                c["date"].as_str().unwrap_or("-"),
                c["dispatch"].as_str().unwrap_or("?")
            )
        })
        .collect()
}

/// The quotation of the threat, found by its words.
fn threat(c: &Corpus) -> Value {
    let found = quotations(c, &["cible légitime"]);
    assert_eq!(
        found.len(),
        1,
        "one quotation, however many carried it: {found:#?}"
    );
    found.into_iter().next().expect("one")
}

#[test]
fn one_quotation_carried_five_times_shortened_and_translated_again() {
    let c = Corpus::indexed("tests/fixtures/quotations");
    let q = threat(&c);
    assert_eq!(q["speaker"], "Ivo Marten");
    assert_eq!(q["carried_by"], 5);
    assert_eq!(
        carriers(&q),
        [
            "2025-03-03 2025-03-03-marten-avertissement.txt",
            "2025-03-04 2025-03-04-reactions-capitales.txt",
            "2025-03-05 2025-03-05-analyse-doctrine.txt",
            "2025-03-07 2025-03-07-bilan-semaine.txt",
            "2025-03-10 2025-03-10-presse-etrangere.txt",
        ]
    );
    assert_eq!(
        q["first"]["dispatch"],
        "2025-03-03-marten-avertissement.txt"
    );
    assert_eq!(q["first"]["date"], "2025-03-03");
    assert_eq!(q["first"]["passage"], 2);
    // Four wordings: the full one (twice), two shortened, one translated again.
    assert_eq!(q["variants"].as_array().expect("variants").len(), 4);
    // The words asked for are highlighted in the quotation.
    let quote = q["quote"].as_str().expect("quote");
    let [s, e] = [0, 1].map(|i| q["highlights"][0][i].as_u64().expect("offset") as usize);
    let lit: String = quote.chars().skip(s).take(e - s).collect();
    assert_eq!(lit.to_lowercase(), "cible légitime");

    // Its provenance, by words or by id: every carrier in date order.
    let by_words = c.search(&["--provenance", "--json", "sol borovien cible"]);
    assert_eq!(by_words.status.code(), Some(0));
    let p: Value = serde_json::from_slice(&by_words.stdout).expect("JSON");
    assert_eq!(p["id"], q["id"]);
    assert_eq!(carriers(&p), carriers(&q));
    let id = q["id"].as_str().expect("id");
    let by_id = c.search(&["--provenance", id]);
    assert_eq!(by_id.status.code(), Some(0));
    let text = String::from_utf8(by_id.stdout).expect("utf-8");
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[1].starts_with("Ivo Marten · 5 dépêches · 4 formulations"),
        "{text}"
    );
    let premier = lines
        .iter()
        .position(|l| l.contains("premier"))
        .expect("a first carrier");
    assert!(lines[premier].contains("2025-03-03-marten-avertissement.txt ¶2"));
    assert!(
        text.contains("« Nul soldat étranger ne posera le pied"),
        "{text}"
    );
}

#[test]
fn two_quotations_of_one_speaker_sharing_half_their_words_are_two() {
    let c = Corpus::indexed("tests/fixtures/quotations");
    let found = quotations(&c, &["--speaker", "marten", "soldat étranger"]);
    assert_eq!(found.len(), 2, "{found:#?}");
    let winter = found
        .iter()
        .find(|q| q["quote"].as_str().is_some_and(|t| t.contains("hiver")))
        .expect("the winter quotation");
    assert_eq!(winter["carried_by"], 1);
    assert_eq!(winter["first"]["dispatch"], "2025-03-06-marten-hiver.txt");
    assert_ne!(winter["id"], threat(&c)["id"]);
    // By date: the newest first appearance first.
    let by_date = quotations(&c, &["--sort", "date", "soldat étranger"]);
    let firsts: Vec<&str> = by_date
        .iter()
        .map(|q| q["first"]["date"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(firsts, ["2025-03-06", "2025-03-03"]);
    // A speaker who never said it finds nothing.
    assert_eq!(
        c.search(&["--quotations", "--speaker", "verkhov", "soldat"])
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn a_nightly_run_adds_a_carrier_and_a_prune_of_the_first_makes_the_next_first() {
    let c = Corpus::indexed("tests/fixtures/quotations");
    let before = threat(&c);
    std::fs::write(
        c.corpus().join("2025-03-12-retour-vorsk.txt"),
        " date 2025-03-12\nRetour à Vorsk\n\nAgence fictive de presse\n\n\
         Une semaine plus tard, Ivo Marten n'a rien retiré : tout soldat étranger reste « une \
         cible légitime de nos forces armées », a-t-il répété vendredi.\n",
    )
    .expect("write");
    let out = c.index_cmd(&["--json"]);
    assert!(out.status.success());
    let summary: Value = serde_json::from_slice(&out.stdout).expect("summary");
    assert_eq!(
        (summary["added"].clone(), summary["updated"].clone()),
        (1.into(), 0.into())
    );
    let after = threat(&c);
    assert_eq!(after["id"], before["id"]);
    assert_eq!(after["carried_by"], 6);
    assert_eq!(
        carriers(&after).last().map(String::as_str),
        Some("2025-03-12 2025-03-12-retour-vorsk.txt")
    );

    std::fs::remove_file(c.corpus().join("2025-03-03-marten-avertissement.txt")).expect("rm");
    let out = c.index_cmd(&["--prune", "--max-prune", "all"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pruned = threat(&c);
    assert_eq!(pruned["carried_by"], 5);
    assert_eq!(
        pruned["first"]["dispatch"],
        "2025-03-04-reactions-capitales.txt"
    );
    assert_eq!(pruned["first"]["date"], "2025-03-04");

    // A rebuild computes the same quotations again from the dispatches.
    let out = c.index_cmd(&["--rebuild"]);
    assert!(out.status.success());
    let rebuilt = threat(&c);
    assert_eq!(carriers(&rebuilt), carriers(&pruned));
}

#[test]
fn the_terminal_shows_one_line_of_provenance_per_quotation() {
    let c = Corpus::indexed("tests/fixtures/quotations");
    let out = c.search(&["--quotations", "cible légitime"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        text.contains(
            "Ivo Marten · d'abord 2025-03-03 2025-03-03-marten-avertissement.txt ¶2 · 5 dépêches"
        ),
        "{text}"
    );
    assert!(!text.contains('\x1b'), "no colour when piped");
    assert_eq!(
        c.search(&["--quotations", "introuvable"]).status.code(),
        Some(1)
    );
    let usage = c.search(&["--provenance"]);
    assert_eq!(usage.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&usage.stderr).contains("--provenance needs"));
}

#[test]
fn a_timeline_lays_a_speakers_quotations_along_time() {
    let c = Corpus::indexed("tests/fixtures/quotations");
    let timeline = |args: &[&str]| -> (Value, String) {
        let mut full = vec!["--timeline", "--json"];
        full.extend_from_slice(args);
        let out = c.search(&full);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (
            serde_json::from_slice(&out.stdout).expect("one JSON object"),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    // Every quotation of the minister, by month: the undated one left out, and said so.
    let (t, note) = timeline(&["--speaker", "marten"]);
    assert_eq!(t["by"], "month");
    assert_eq!(t["undated"], 1);
    assert!(
        note.contains("1 quotation with no dated carrier left out"),
        "{note}"
    );
    let periods = t["periods"].as_array().expect("periods");
    assert_eq!(periods.len(), 1);
    assert_eq!(periods[0]["period"], "2025-03");
    assert_eq!(periods[0]["carriers"], 6);
    let firsts: Vec<&str> = periods[0]["quotations"]
        .as_array()
        .expect("quotations")
        .iter()
        .map(|q| q["first"]["date"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(firsts, ["2025-03-03", "2025-03-06"]);

    // By day: one period per day a dispatch carried them; each quotation on its first day.
    let (t, _) = timeline(&["--by", "day", "soldat étranger"]);
    let days: Vec<(String, u64, usize)> = t["periods"]
        .as_array()
        .expect("periods")
        .iter()
        .map(|p| {
            (
                p["period"].as_str().unwrap_or("-").to_owned(),
                p["carriers"].as_u64().unwrap_or(0),
                p["quotations"].as_array().map_or(0, Vec::len),
            )
        })
        .collect();
    assert_eq!(
        days,
        [
            ("2025-03-03".to_owned(), 1, 1),
            ("2025-03-04".to_owned(), 1, 0),
            ("2025-03-05".to_owned(), 1, 0),
            ("2025-03-06".to_owned(), 1, 1),
            ("2025-03-07".to_owned(), 1, 0),
            ("2025-03-10".to_owned(), 1, 0),
        ]
    );
    let (t, _) = timeline(&["--by", "week", "soldat étranger"]);
    let weeks: Vec<&str> = t["periods"]
        .as_array()
        .expect("periods")
        .iter()
        .map(|p| p["period"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(weeks, ["2025-W10", "2025-W11"]);

    // On a terminal: a bar and a count per period, a line per quotation.
    let out = c.search(&["--timeline", "--speaker", "marten", "soldat"]);
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.starts_with("2025-03  "), "{text}");
    assert!(
        text.lines().next().is_some_and(|l| l.ends_with("█ 6")),
        "{text}"
    );
    assert!(
        text.contains("  2025-03-06  « Aucun soldat étranger ne sera toléré"),
        "{text}"
    );
}

#[test]
fn the_readme_worked_example_runs_on_the_bundled_corpus() {
    let c = Corpus::indexed("corpus");
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .expect("README");
    let block = readme
        .split("<!-- worked-example -->\n```\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("the worked example");
    let mut lines = block.lines();
    let command = lines.next().expect("the command");
    let args: Vec<&str> = command
        .strip_prefix("$ search ")
        .expect("a search command")
        .split(' ')
        .collect();
    let expected: Vec<&str> = lines.collect();
    let mut cmd = assert_cmd::Command::cargo_bin("search").expect("binary");
    let out = cmd
        .arg("--index")
        .arg(c.index())
        .args(&args)
        .env("COLUMNS", "100")
        .env_remove("SEARCH_INDEX")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let got = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(got.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn what_was_not_found_is_said_in_one_line() {
    let c = Corpus::indexed("tests/fixtures/quotations");
    // An unknown speaker: nothing found (exit 1), and the name is what matched nothing.
    for args in [
        vec!["--speaker", "zorglub", "soldat"],
        vec!["--quotations", "--speaker", "zorglub"],
        vec!["--timeline", "--speaker", "zorglub", "soldat"],
    ] {
        let out = c.search(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stdout(&out).is_empty(), "{args:?}");
        assert_eq!(
            stderr(&out),
            "search: no speaker named \"zorglub\" in the index: search --speakers lists who is quoted (a surname is enough)\n",
            "{args:?}"
        );
    }
    // A known speaker who did not say these words: nothing found, nothing to add.
    let out = c.search(&["--quotations", "--speaker", "marten", "ornithorynque"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!stderr(&out).contains("no speaker"), "{}", stderr(&out));
    // An unknown quotation, by words or by id.
    let out = c.search(&["--provenance", "ornithorynque"]);
    assert_eq!(out.status.code(), Some(1));
    let said = stderr(&out);
    assert!(
        said.starts_with("search: no quotation matches \"ornithorynque\": try fewer words"),
        "{said}"
    );
    assert_eq!(said.lines().count(), 1, "{said}");
    let out = c.search(&["--provenance", "--json", "00000000000000ff"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).starts_with("search: no quotation with id 00000000000000ff"));
    // --explain explains passages: with quotations it is refused, not silently ignored.
    for flag in ["--quotations", "--timeline", "--provenance"] {
        let out = c.search(&[flag, "--explain", "soldat"]);
        assert_eq!(out.status.code(), Some(2), "{flag}");
        let said = stderr(&out);
        assert!(
            said.starts_with("search: --explain says why passages rank"),
            "{said}"
        );
        assert_eq!(said.lines().count(), 1, "{said}");
    }
}

#[test]
fn search_bench_runs_quotation_and_timeline_queries_as_search_does() {
    let c = Corpus::indexed("tests/fixtures/quotations");
    let queries = c.dir.path().join("queries.tsv");
    std::fs::write(
        &queries,
        "quotations\t--quotations cible légitime\ntimeline\t--timeline by:week soldat étranger\nplain\tcible légitime\n",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_search-bench"))
        .arg("--index")
        .arg(c.index())
        .arg("--queries")
        .arg(&queries)
        .args(["--warmup", "0", "--repeat", "1", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let report: Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let classes: Vec<&str> = report["classes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["class"].as_str().unwrap())
        .collect();
    assert_eq!(classes, ["quotations", "timeline", "plain"]);
    let hits: Vec<u64> = report["queries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["hits"].as_u64().unwrap())
        .collect();
    // The quotations counted are those `search` shows.
    assert_eq!(hits[0] as usize, quotations(&c, &["cible légitime"]).len());
    let timeline = c.hits(&["--timeline", "--by", "week", "soldat étranger"]);
    let shown: usize = timeline[0]["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["quotations"].as_array().unwrap().len())
        .sum();
    assert_eq!(hits[1] as usize, shown);
    assert!(shown > 0);
    assert_eq!(hits[2] as usize, c.hits(&["cible légitime"]).len());
}
