//! `search-serve`'s JSON API, over the bundled corpus: the same hits as `search --json`, every
//! parameter, every error status, and a commit seen without a restart.

mod common;

use common::server::Server;
use common::{stderr, stdout, Corpus};
use serde_json::Value;

fn corpus() -> Corpus {
    Corpus::indexed("corpus")
}

fn hits(v: &Value) -> &Vec<Value> {
    v["hits"].as_array().expect("hits")
}

/// `search --json ARGS` as a JSON array.
fn cli(c: &Corpus, args: &[&str]) -> Vec<Value> {
    c.hits(args)
}

/// The API's answer to `path` (200), its `took_ms` taken out, and what `search --json FLAGS`
/// prints, which must not be empty: the two sides of "the API answers as the CLI does".
fn api_and_cli(s: &Server, c: &Corpus, path: &str, flags: &[&str]) -> (Value, Vec<Value>) {
    let mut answer = s.json(path, 200);
    if let Some(took) = answer.as_object_mut().unwrap().remove("took_ms") {
        assert!(took.as_f64().unwrap() >= 0.0, "{path}: took_ms {took}");
    }
    let expected = cli(c, flags);
    assert!(!expected.is_empty(), "{flags:?} finds something");
    (answer, expected)
}

/// `FIRST REST…` as one list of arguments.
fn args<'a>(first: &'a str, rest: &[&'a str]) -> Vec<&'a str> {
    [&[first][..], rest].concat()
}

/// The message of the error the API answers to `path` with `status`.
fn error(s: &Server, path: &str, status: u16) -> String {
    let v = s.json(path, status);
    v["error"].as_str().expect("error message").to_owned()
}

/// With the index moved away, every one of `paths` answers 503 saying it cannot be read; then
/// the index is put back.
fn unreadable_then_back(c: &Corpus, s: &Server, paths: &[&str]) {
    let moved = c.dir.path().join("index-away");
    std::fs::rename(c.index(), &moved).unwrap();
    for path in paths {
        let message = error(s, path, 503);
        assert!(
            message.starts_with("the index cannot be read"),
            "{path}: {message}"
        );
    }
    std::fs::rename(&moved, c.index()).unwrap();
}

#[test]
fn a_hit_is_the_same_json_as_search_json() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let (answer, expected) = api_and_cli(
        &s,
        &c,
        "/api/search?q=cibles+l%C3%A9gitimes",
        &["cibles légitimes"],
    );
    assert_eq!(answer["query"], "cibles légitimes");
    assert_eq!(answer["offset"], 0);
    assert_eq!(answer["n"], 10);
    assert_eq!(answer["partial"], false);
    assert_eq!(hits(&answer), &expected);
    let first = &hits(&answer)[0];
    assert_eq!(first["rank"], 1);
    assert!(!first["highlights"].as_array().unwrap().is_empty());
    assert!(first["snippet"].as_array().is_some());
}

#[test]
fn n_offset_and_more_page_through_the_cli_s_ranking() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let all = cli(&c, &["-n", "6", "garanties"]);
    assert_eq!(all.len(), 6);
    let page1 = s.json("/api/search?q=garanties&n=3", 200);
    assert_eq!(hits(&page1), &all[..3].to_vec());
    assert_eq!(page1["more"], true);
    let page2 = s.json("/api/search?q=garanties&n=3&offset=3", 200);
    assert_eq!(page2["offset"], 3);
    let ranks: Vec<u64> = hits(&page2)
        .iter()
        .map(|h| h["rank"].as_u64().unwrap())
        .collect();
    assert_eq!(ranks, [4, 5, 6]);
    for (api, cli) in hits(&page2).iter().zip(&all[3..]) {
        assert_eq!(api["dispatch"], cli["dispatch"]);
        assert_eq!(api["passage"], cli["passage"]);
    }
    // The last page says nothing follows.
    let everything = cli(&c, &["-n", "1000", "garanties"]);
    let last = s.json(
        &format!(
            "/api/search?q=garanties&n=10&offset={}",
            everything.len() - 1
        ),
        200,
    );
    assert_eq!(hits(&last).len(), 1);
    assert_eq!(last["more"], false);
}

#[test]
fn pages_of_partial_matches_neither_repeat_nor_miss_a_passage() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    // Few passages hold all three words: the pages run on into the partial tiers.
    let q = "garanties+s%C3%A9curit%C3%A9+Peskov";
    let place = |h: &Value| format!("{} ¶{}", h["dispatch"], h["passage"]);
    let all: Vec<String> = cli(&c, &["-n", "40", "garanties sécurité Peskov"])
        .iter()
        .map(place)
        .collect();
    assert!(all.len() > 30, "{all:?}");
    let mut paged = Vec::new();
    for offset in (0..40).step_by(10) {
        let page = s.json(&format!("/api/search?q={q}&n=10&offset={offset}"), 200);
        paged.extend(hits(&page).iter().map(place));
    }
    assert_eq!(paged, all);
}

#[test]
fn filters_and_sort_answer_as_the_cli_flags() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    for (api, flags) in [
        (
            "/api/search?q=garanties&speaker=peskov",
            vec!["--speaker", "peskov", "garanties"],
        ),
        ("/api/search?speaker=lavrov", vec!["--speaker", "lavrov"]),
        (
            "/api/search?q=cibles+l%C3%A9gitimes&quotes=1",
            vec!["--quotes", "cibles légitimes"],
        ),
        (
            "/api/search?q=coalition&since=2025-03&until=2025-04-30",
            vec!["--since", "2025-03", "--until", "2025-04-30", "coalition"],
        ),
        (
            "/api/search?q=garanties&sort=date",
            vec!["--sort", "date", "garanties"],
        ),
        (
            "/api/search?q=garanties&sort=relevance&quotes=0",
            vec!["garanties"],
        ),
    ] {
        let (answer, expected) = api_and_cli(&s, &c, api, &flags);
        assert_eq!(hits(&answer), &expected, "{api}");
    }
    let peskov = s.json("/api/search?q=garanties&speaker=peskov", 200);
    for h in hits(&peskov) {
        assert!(
            h["speakers"]
                .as_array()
                .unwrap()
                .contains(&Value::from("Dmitri Peskov")),
            "{h}"
        );
    }
    let dated = s.json("/api/search?q=garanties&sort=date&n=20", 200);
    // Newest first by the last day a date covers: "2025-09" (September) before "2025-09-05".
    let ends: Vec<String> = hits(&dated)
        .iter()
        .filter_map(|h| h["date"].as_str())
        .map(|d| {
            if d.len() == 7 {
                format!("{d}-99")
            } else {
                d.to_owned()
            }
        })
        .collect();
    assert!(ends.windows(2).all(|w| w[0] >= w[1]), "{ends:?}");
}

#[test]
fn bad_parameters_get_400_with_the_cli_s_one_line_messages() {
    let c = corpus();
    let s = Server::start(&c.index(), &["--max-terms", "5", "--max-query-chars", "40"]);
    let error = |path: &str, status: u16| error(&s, path, status);
    // The same words as `search` prints on stderr.
    let cli_empty = stderr(&c.search(&[""]));
    let empty = error("/api/search?q=", 400);
    assert_eq!(format!("search: {empty}\n"), cli_empty);
    let cli_date = stderr(&c.search(&["--since", "2025-13", "otan"]));
    let date = error("/api/search?q=otan&since=2025-13", 400);
    assert_eq!(format!("search: {date}\n"), cli_date);
    assert!(error("/api/search?q=de+la", 400).contains("stop words"));
    assert!(error("/api/search?q=-otan", 400).contains("only excludes"));
    assert!(error("/api/search?q=otan&until=hier", 400).contains("YYYY-MM-DD"));
    assert!(error("/api/search?q=otan&n=0", 400).contains("from 1 to 100"));
    assert!(error("/api/search?q=otan&n=abc", 400).contains("whole number"));
    assert!(error("/api/search?q=otan&offset=5000", 400).contains("from 0 to 1000"));
    assert!(error("/api/search?q=otan&sort=newest", 400).contains("relevance or date"));
    assert!(error("/api/search?q=otan&quotes=peut-etre", 400).contains("1 or 0"));
    assert_eq!(
        error("/api/search?q=otan&explain=oui", 400),
        "invalid explain \"oui\": give 1 or 0"
    );
    assert_eq!(
        error("/api/search?q=otan&no_collapse=2", 400),
        "invalid no_collapse \"2\": give 1 or 0"
    );
    assert!(error("/api/search?q=otan&explain=1&explain=1", 400).contains("more than once"));
    assert!(error("/api/dates?q=otan&explain=1", 400).contains("unknown parameter \"explain\""));
    assert!(error("/api/search?q=otan&limit=5", 400).contains("unknown parameter \"limit\""));
    assert!(error("/api/search?q=otan&q=kiev", 400).contains("more than once"));
    assert!(
        error("/api/search?q=un+deux+trois+quatre+cinq+six", 400).contains("6 words: at most 5")
    );
    let long = ["otan"; 9].join("+");
    assert!(error(&format!("/api/search?q={long}"), 400).contains("at most 40"));
    assert!(error("/api/dates?q=otan&n=3", 400).contains("unknown parameter \"n\""));
    assert!(error("/api/dispatch", 400).contains("missing id"));
    assert!(error("/api/speakers?n=1000", 400).contains("from 1 to 100"));
    // Nothing in any answer looks like a panic or a trace.
    assert!(!s.log.lock().unwrap().contains("panicked"));
}

#[test]
fn unknown_dispatches_and_paths_get_404() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let v = s.json("/api/dispatch?id=nulle-part.txt", 404);
    assert_eq!(v["error"], "no dispatch \"nulle-part.txt\" in the index");
    let v = s.json("/api/nothing", 404);
    assert!(v["error"].as_str().unwrap().contains("/api/search"), "{v}");
}

#[test]
fn a_dispatch_comes_whole_with_its_quotations_and_speakers() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let id = "2025-09-05-vladivostok-cibles-legitimes.txt";
    let d = s.json(&format!("/api/dispatch?id={id}"), 200);
    assert_eq!(d["dispatch"], id);
    assert_eq!(d["date"], "2025-09-05");
    // The passages are those `search-index --dry-run --json` shows for the file, in order.
    let mut cmd = assert_cmd::Command::cargo_bin("search-index").unwrap();
    let out = cmd
        .args(["--dry-run", "--json"])
        .arg(c.corpus().join(id))
        .output()
        .unwrap();
    let dry: Value = serde_json::from_slice(&out.stdout).unwrap();
    // One object for a whole dispatch: the same keys, the same values.
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&d), keys(&dry));
    for key in [
        "title",
        "date",
        "date_precision",
        "date_origin",
        "lang",
        "speakers",
    ] {
        assert_eq!(d[key], dry[key], "{key}");
    }
    let served = d["passages"].as_array().unwrap();
    let parsed = dry["passages"].as_array().unwrap();
    assert_eq!(served.len(), parsed.len());
    for (a, b) in served.iter().zip(parsed) {
        assert_eq!(a["passage"], b["passage"]);
        assert_eq!(a["text"], b["text"]);
        // The index gives each quotation its id, which parsing alone cannot know.
        let mut quotes = a["quotes"].clone();
        for q in quotes.as_array_mut().unwrap() {
            let id = q.as_object_mut().unwrap().remove("quotation").unwrap();
            assert_eq!(id.as_str().map(str::len), Some(16), "{id}");
        }
        assert_eq!(quotes, b["quotes"]);
        assert_eq!(a["speakers"], b["speakers"]);
    }
    assert!(
        d["speakers"]
            .as_array()
            .unwrap()
            .contains(&Value::from("Vladimir Poutine")),
        "{d}"
    );
}

#[test]
fn speakers_autocomplete_with_the_cli_s_counts() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let out = c.search(&["--speakers", "--json"]);
    let listed: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let top = s.json("/api/speakers", 200);
    assert_eq!(
        top["speakers"].as_array().unwrap(),
        &listed[..10.min(listed.len())].to_vec()
    );
    for prefix in ["pes", "PES", "dmitri%20pe", "Peskov"] {
        let v = s.json(&format!("/api/speakers?prefix={prefix}"), 200);
        let first = &v["speakers"][0];
        assert_eq!(first["speaker"], "Dmitri Peskov", "{prefix}: {v}");
        let cli = listed
            .iter()
            .find(|l| l["speaker"] == "Dmitri Peskov")
            .unwrap();
        assert_eq!(first, cli);
    }
    let accents = s.json("/api/speakers?prefix=zelen&n=1", 200);
    assert_eq!(accents["speakers"].as_array().unwrap().len(), 1);
    let none = s.json("/api/speakers?prefix=zzzz", 200);
    assert!(none["speakers"].as_array().unwrap().is_empty());
}

#[test]
fn dates_count_every_match_per_month() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let all = cli(&c, &["-n", "1000", "garanties"]);
    let v = s.json("/api/dates?q=garanties", 200);
    assert_eq!(v["total"].as_u64().unwrap() as usize, all.len());
    let undated = all.iter().filter(|h| h["date"].is_null()).count();
    assert_eq!(v["undated"].as_u64().unwrap() as usize, undated);
    for m in v["months"].as_array().unwrap() {
        let month = m["month"].as_str().unwrap();
        let n = all
            .iter()
            .filter(|h| h["date"].as_str().is_some_and(|d| d.starts_with(month)))
            .count();
        assert_eq!(m["passages"].as_u64().unwrap() as usize, n, "{month}");
    }
    let narrowed = s.json(
        "/api/dates?q=garanties&speaker=lavrov&since=2025&quotes=1",
        200,
    );
    assert!(narrowed["total"].as_u64().unwrap() < v["total"].as_u64().unwrap());
}

#[test]
fn dates_count_what_the_list_shows_partial_matches_included() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    // Few passages hold both words: the list runs on with those holding one of them.
    let q = "kremlin+russie";
    let mut listed = Vec::new();
    for offset in (0..1000).step_by(100) {
        let page = s.json(
            &format!("/api/search?q={q}&n=100&offset={offset}&no_collapse=1"),
            200,
        );
        listed.extend(hits(&page).iter().cloned());
        if page["more"] == false {
            break;
        }
    }
    let full = listed.iter().filter(|h| h["matched"] == h["of"]).count();
    assert!(
        full > 0 && full < listed.len(),
        "{full} of {}",
        listed.len()
    );
    let v = s.json(&format!("/api/dates?q={q}"), 200);
    assert_eq!(v["total"].as_u64().unwrap() as usize, listed.len(), "{v}");
    assert_eq!(v["all_words"].as_u64().unwrap() as usize, full, "{v}");
    assert_eq!(v["partial"], false);
    let undated = listed.iter().filter(|h| h["date"].is_null()).count();
    assert_eq!(v["undated"].as_u64().unwrap() as usize, undated);
    let mut months = 0;
    for m in v["months"].as_array().unwrap() {
        let month = m["month"].as_str().unwrap();
        let of_month: Vec<&Value> = listed
            .iter()
            .filter(|h| h["date"].as_str().is_some_and(|d| d.starts_with(month)))
            .collect();
        assert_eq!(
            m["passages"].as_u64().unwrap() as usize,
            of_month.len(),
            "{month}"
        );
        let full = of_month.iter().filter(|h| h["matched"] == h["of"]).count();
        assert_eq!(m["all_words"].as_u64().unwrap() as usize, full, "{month}");
        months += of_month.len();
    }
    assert_eq!(months + undated, listed.len());
    // No passage holds every word: all partial, as the list says.
    let none = s.json("/api/dates?q=kremlin+zzzzqq", 200);
    let list = s.json("/api/search?q=kremlin+zzzzqq&n=100&no_collapse=1", 200);
    assert_eq!(list["partial"], true);
    assert_eq!(none["partial"], true, "{none}");
    assert_eq!(none["all_words"], 0);
    assert_eq!(
        none["total"].as_u64().unwrap() as usize,
        hits(&list).len(),
        "{none}"
    );
    // A speaker narrows both the same way.
    let page = s.json(
        "/api/search?q=kremlin+russie&speaker=peskov&n=100&no_collapse=1",
        200,
    );
    let dates = s.json("/api/dates?q=kremlin+russie&speaker=peskov", 200);
    assert!(!hits(&page).is_empty());
    assert_eq!(dates["total"].as_u64().unwrap() as usize, hits(&page).len());
}

#[test]
fn no_collapse_and_explain_answer_as_the_cli_flags() {
    let c = Corpus::indexed("tests/fixtures/wire-copies");
    let s = Server::start(&c.index(), &[]);
    let q = "Kravtsova+gares+rouvrir";
    let words = ["Kravtsova", "gares", "rouvrir"];
    let folded = s.json(&format!("/api/search?q={q}"), 200);
    assert_eq!(hits(&folded), &c.hits(&words));
    let all = s.json(&format!("/api/search?q={q}&no_collapse=1"), 200);
    assert_eq!(hits(&all), &cli(&c, &args("--no-collapse", &words)));
    // Every copy is a hit of its own: more hits, none listing duplicates.
    assert!(hits(&all).len() > hits(&folded).len());
    assert!(hits(&folded)
        .iter()
        .any(|h| h["duplicates"] != Value::Array(vec![])));
    assert!(hits(&all)
        .iter()
        .all(|h| h["duplicates"] == Value::Array(vec![])));
    assert_eq!(
        hits(&s.json(&format!("/api/search?q={q}&no_collapse=0"), 200)),
        hits(&folded)
    );

    let plain = s.json(&format!("/api/search?q={q}"), 200);
    assert!(hits(&plain).iter().all(|h| h["explain"].is_null()));
    let explained = s.json(&format!("/api/search?q={q}&explain=1"), 200);
    assert_eq!(hits(&explained), &cli(&c, &args("--explain", &words)));
    let first = &hits(&explained)[0]["explain"];
    assert!(first["tier"].as_str().is_some(), "{first}");
    assert!(!first["units"].as_array().unwrap().is_empty(), "{first}");
    let both = s.json(
        &format!("/api/search?q={q}&explain=true&no_collapse=true"),
        200,
    );
    let flags = [&["--explain", "--no-collapse"][..], &words].concat();
    assert_eq!(hits(&both), &cli(&c, &flags));
}

#[test]
fn health_page_and_assets() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let h = s.json("/healthz", 200);
    assert_eq!(h["status"], "ok");
    assert!(h["passages"].as_u64().unwrap() > 100);
    let (status, headers, body) = s.get_with_headers("/");
    assert_eq!(status, 200);
    assert!(body.contains("<html lang=\"fr\">"));
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert!(header("content-type").starts_with("text/html"));
    assert!(header("content-security-policy").contains("script-src 'self'"));
    // Nothing is fetched from elsewhere: every asset the page names is served here.
    assert!(
        !body.contains("http://") && !body.contains("https://"),
        "{body}"
    );
    for asset in ["/app.js", "/style.css"] {
        let (status, body) = s.get(asset);
        assert_eq!(status, 200, "{asset}");
        assert!(!body.contains("https://"), "{asset} fetches from elsewhere");
    }
}

#[test]
fn a_commit_is_seen_by_the_next_request_without_a_restart() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let before = s.json("/api/search?q=ornithorynque", 200);
    assert!(hits(&before).is_empty());
    std::fs::write(
        c.corpus().join("2025-12-20-ornithorynque.txt"),
        " date 2025-12-20\nUn ornithorynque au zoo de Vincennes\n\nLe zoo accueille un ornithorynque, une première en France, a indiqué sa directrice, Laure Fictive.\n",
    )
    .unwrap();
    let out = c.index_cmd(&[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = s.json("/api/search?q=ornithorynque", 200);
    assert_eq!(hits(&after).len(), 2, "{after}");
    assert_eq!(hits(&after)[0]["dispatch"], "2025-12-20-ornithorynque.txt");
    let d = s.json("/api/dispatch?id=2025-12-20-ornithorynque.txt", 200);
    assert_eq!(d["date"], "2025-12-20");
}

#[test]
fn an_index_that_cannot_be_read_gets_503_and_comes_back() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    s.json("/healthz", 200);
    unreadable_then_back(
        &c,
        &s,
        &[
            "/api/search?q=otan",
            "/healthz",
            "/api/dispatch?id=x",
            "/api/speakers?prefix=p",
        ],
    );
    let back = s.json("/api/search?q=otan", 200);
    assert!(!hits(&back).is_empty());
}

#[test]
fn it_will_not_start_without_an_index_or_on_a_busy_address() {
    let empty = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_search-serve"))
        .arg("--index")
        .arg(empty.path().join("none"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.starts_with("search-serve: "), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let addr = s.base.trim_start_matches("http://").to_owned();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_search-serve"))
        .arg("--index")
        .arg(c.index())
        .args(["--addr", &addr])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot listen on"),
        "{}",
        stderr(&out)
    );
}

/// A quotation's words, percent-encoded for a query string.
fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

fn quotations(v: &Value) -> &Vec<Value> {
    v["quotations"].as_array().expect("quotations")
}

#[test]
fn quotations_are_the_cli_s_with_every_parameter() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let (answer, expected) = api_and_cli(
        &s,
        &c,
        &format!("/api/quotations?q={}", enc("cibles légitimes")),
        &["--quotations", "cibles légitimes"],
    );
    assert_eq!(answer["query"], "cibles légitimes");
    assert_eq!(
        (answer["offset"].as_u64(), answer["n"].as_u64()),
        (Some(0), Some(10))
    );
    assert_eq!(quotations(&answer), &expected);
    let first = &quotations(&answer)[0];
    assert_eq!(first["speaker"], "Vladimir Poutine");
    assert_eq!(first["first"]["date"], "2025-09-05");
    assert!(first["carried_by"].as_u64().unwrap() >= 5, "{first}");
    for (query, flags) in [
        ("speaker=lavrov", vec!["--speaker", "lavrov"]),
        (
            "q=garanties&since=2025-02&until=2025-06-30",
            vec!["--since", "2025-02", "--until", "2025-06-30", "garanties"],
        ),
        ("q=garanties&sort=date", vec!["--sort", "date", "garanties"]),
        (
            "q=garanties&sort=relevance&n=3",
            vec!["-n", "3", "garanties"],
        ),
    ] {
        let (answer, expected) = api_and_cli(
            &s,
            &c,
            &format!("/api/quotations?{query}"),
            &args("--quotations", &flags),
        );
        assert_eq!(quotations(&answer), &expected, "{query}");
    }
    let peskov = s.json("/api/quotations?speaker=peskov&n=100", 200);
    for q in quotations(&peskov) {
        assert_eq!(q["speaker"], "Dmitri Peskov", "{q}");
    }
    // Nothing found is an empty page, not an error.
    let none = s.json("/api/quotations?q=ornithorynque", 200);
    assert!(quotations(&none).is_empty());
    assert_eq!(none["more"], false);
}

#[test]
fn quotation_pages_follow_the_cli_s_ranking() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let all = cli(&c, &["--quotations", "-n", "6", "garanties"]);
    assert_eq!(all.len(), 6, "{all:?}");
    let page1 = s.json("/api/quotations?q=garanties&n=3", 200);
    assert_eq!(quotations(&page1), &all[..3].to_vec());
    assert_eq!(page1["more"], true);
    let page2 = s.json("/api/quotations?q=garanties&n=3&offset=3", 200);
    assert_eq!(page2["offset"], 3);
    assert_eq!(quotations(&page2), &all[3..].to_vec());
    let everything = cli(&c, &["--quotations", "-n", "100", "garanties"]);
    assert!(everything.len() < 100);
    let last = s.json(
        &format!(
            "/api/quotations?q=garanties&n=10&offset={}",
            everything.len() - 1
        ),
        200,
    );
    assert_eq!(quotations(&last).len(), 1);
    assert_eq!(quotations(&last)[0]["id"], everything.last().unwrap()["id"]);
    assert_eq!(last["more"], false);
}

#[test]
fn a_timeline_is_the_cli_s_with_every_parameter() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let words = "exclu légitimes négociation";
    for (query, flags) in [
        (format!("q={}", enc(words)), vec![words]),
        (
            format!("q={}&by=year", enc(words)),
            vec!["--by", "year", words],
        ),
        (
            format!("q={}&by=week", enc(words)),
            vec!["--by", "week", words],
        ),
        (
            format!("q={}&by=day", enc(words)),
            vec!["--by", "day", words],
        ),
        (
            format!("q={}&by=month", enc(words)),
            vec!["--by", "month", words],
        ),
        ("speaker=peskov".to_owned(), vec!["--speaker", "peskov"]),
        (
            "q=troupes&since=2025&until=2025-06".to_owned(),
            vec!["--since", "2025", "--until", "2025-06", "troupes"],
        ),
    ] {
        let (mut answer, expected) = api_and_cli(
            &s,
            &c,
            &format!("/api/timeline?{query}"),
            &args("--timeline", &flags),
        );
        let q = answer.as_object_mut().unwrap().remove("query").unwrap();
        assert_eq!(
            q,
            flags
                .last()
                .filter(|_| !query.starts_with("speaker"))
                .map_or("", |w| *w)
        );
        assert_eq!(expected.len(), 1, "{flags:?}");
        assert_eq!(answer, expected[0], "{query}");
    }
    // The worked example's story, from the API.
    let t = s.json(&format!("/api/timeline?q={}", enc(words)), 200);
    let periods: Vec<&str> = t["periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["period"].as_str().unwrap())
        .collect();
    assert_eq!(periods.first(), Some(&"2024-02"));
    assert!(
        periods.contains(&"2025-09") && periods.contains(&"2025-12"),
        "{periods:?}"
    );
    let weeks = s.json(&format!("/api/timeline?q={}&by=week", enc(words)), 200);
    assert!(weeks["periods"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["period"] == "2025-W36"));
    let none = s.json("/api/timeline?q=ornithorynque", 200);
    assert!(none["periods"].as_array().unwrap().is_empty());
}

#[test]
fn provenance_by_id_or_words_is_the_cli_s() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    let (by_words, cli_words) = api_and_cli(
        &s,
        &c,
        &format!("/api/provenance?q={}", enc("cibles légitimes")),
        &["--provenance", "cibles légitimes"],
    );
    assert_eq!(cli_words.len(), 1);
    assert_eq!(cli_words[0], by_words);
    let id = by_words["id"].as_str().unwrap();
    let by_id = s.json(&format!("/api/provenance?id={id}"), 200);
    assert_eq!(cli(&c, &["--provenance", id]), vec![by_id.clone()]);
    assert_eq!(by_id["rank"], 1);
    assert_eq!(by_id["carriers"], by_words["carriers"]);
    // Carriers in date order, the first one first.
    assert_eq!(by_id["first"]["dispatch"], by_id["carriers"][0]["dispatch"]);
    // An unknown id or words is a 404 saying what to try, as the CLI says it (exit 1).
    let message = error(&s, "/api/provenance?id=0000000000000001", 404);
    assert!(
        message.starts_with("no quotation with id 0000000000000001 in the index"),
        "{message}"
    );
    assert!(message.contains("/api/quotations?q="), "{message}");
    let out = c.search(&["--provenance", "0000000000000001"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    let said = stderr(&out);
    assert!(
        said.starts_with("search: no quotation with id 0000000000000001 in the index"),
        "{said}"
    );
    assert!(said.contains("--quotations WORDS"), "{said}");
    assert_eq!(said.lines().count(), 1, "{said}");
    let message = error(&s, "/api/provenance?q=ornithorynque", 404);
    assert!(
        message.starts_with("no quotation matches \"ornithorynque\""),
        "{message}"
    );
}

#[test]
fn bad_quotation_parameters_get_400_with_what_to_do() {
    let c = corpus();
    let s = Server::start(&c.index(), &["--max-terms", "5", "--max-query-chars", "40"]);
    let error = |path: &str| error(&s, path, 400);
    for api in ["/api/quotations", "/api/timeline"] {
        // The same words as `search` prints on stderr.
        let cli_empty = stderr(&c.search(&["--quotations", ""]));
        assert_eq!(
            format!("search: {}\n", error(&format!("{api}?q="))),
            cli_empty
        );
        let cli_date = stderr(&c.search(&["--quotations", "--since", "2025-13", "otan"]));
        assert_eq!(
            format!(
                "search: {}\n",
                error(&format!("{api}?q=otan&since=2025-13"))
            ),
            cli_date
        );
        assert!(error(&format!("{api}?q=de+la")).contains("stop words"));
        assert!(error(&format!("{api}?q=otan&until=hier")).contains("YYYY-MM-DD"));
        assert!(error(&format!("{api}?q=otan&since=2025&until=2024")).contains("--since"));
        assert!(error(&format!("{api}?q=otan&q=kiev")).contains("more than once"));
        assert!(error(&format!("{api}?q=otan&quotes=1")).contains("unknown parameter \"quotes\""));
        assert!(
            error(&format!("{api}?q=un+deux+trois+quatre+cinq+six")).contains("6 words: at most 5")
        );
        let long = ["otan"; 9].join("+");
        assert!(error(&format!("{api}?q={long}")).contains("at most 40"));
    }
    assert!(error("/api/quotations?q=otan&n=0").contains("from 1 to 100"));
    assert!(error("/api/quotations?q=otan&n=abc").contains("whole number"));
    assert!(error("/api/quotations?q=otan&offset=5000").contains("from 0 to 1000"));
    assert!(error("/api/quotations?q=otan&sort=newest").contains("relevance or date"));
    assert!(error("/api/quotations?q=otan&by=week").contains("unknown parameter \"by\""));
    assert!(error("/api/timeline?q=otan&by=fortnight").contains("day, week, month or year"));
    assert!(error("/api/timeline?q=otan&n=5").contains("unknown parameter \"n\""));
    assert!(error("/api/timeline?q=otan&sort=date").contains("unknown parameter \"sort\""));
    assert!(error("/api/provenance").contains("missing id or q"));
    assert!(error("/api/provenance?id=abc").contains("16 hexadecimal digits"));
    assert!(error("/api/provenance?id=0000000000000001&q=otan").contains("not both"));
    assert!(error("/api/provenance?q=otan&speaker=peskov").contains("unknown parameter"));
    assert!(error("/api/provenance?q=de+la").contains("stop words"));
    let long = ["otan"; 9].join("+");
    assert!(error(&format!("/api/provenance?q={long}")).contains("at most 40"));
    assert!(!s.log.lock().unwrap().contains("panicked"));
}

#[test]
fn quotation_routes_answer_503_when_the_index_is_gone() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    unreadable_then_back(
        &c,
        &s,
        &[
            "/api/quotations?q=troupes",
            "/api/timeline?q=troupes",
            "/api/provenance?q=troupes",
            "/api/profile?speaker=peskov",
        ],
    );
    assert!(!quotations(&s.json("/api/quotations?q=troupes", 200)).is_empty());
    s.json("/api/profile?speaker=peskov", 200);
}

#[test]
fn a_profile_is_the_cli_s() {
    let c = corpus();
    let s = Server::start(&c.index(), &[]);
    for (api, flags) in [
        ("/api/profile?speaker=peskov", vec!["--speaker", "peskov"]),
        (
            "/api/profile?speaker=Emmanuel+Macron&n=3",
            vec!["-n", "3", "--speaker", "Emmanuel Macron"],
        ),
        (
            "/api/profile?speaker=peskov&since=2025-09",
            vec!["--speaker", "peskov", "--since", "2025-09"],
        ),
    ] {
        let (answer, expected) = api_and_cli(&s, &c, api, &args("--profile", &flags));
        assert_eq!(expected.len(), 1, "{flags:?}");
        assert_eq!(answer, expected[0], "{api}");
    }
    let p = s.json("/api/profile?speaker=peskov&n=2", 200);
    assert_eq!(p["speaker"], "Dmitri Peskov");
    assert!(p["quotations"].as_u64().unwrap() >= 5, "{p}");
    assert!(p["distinctive"].as_array().unwrap().len() <= 2, "{p}");
    let message = error(&s, "/api/profile?speaker=zorglub", 404);
    assert!(
        message.starts_with("no speaker named \"zorglub\" in the index"),
        "{message}"
    );
    let error = |path: &str| error(&s, path, 400);
    assert!(error("/api/profile").contains("missing speaker"));
    assert!(error("/api/profile?speaker=").contains("missing speaker"));
    assert!(error("/api/profile?speaker=peskov&speaker=lavrov").contains("more than once"));
    assert!(error("/api/profile?speaker=peskov&n=0").contains("from 1 to 100"));
    assert!(error("/api/profile?speaker=peskov&since=2025-13").contains("invalid date"));
    assert!(error("/api/profile?speaker=peskov&q=otan").contains("unknown parameter \"q\""));
    assert!(error("/api/profile?speaker=%E2%80%94").contains("letters"));
    let long = "a".repeat(501);
    assert!(error(&format!("/api/profile?speaker={long}")).contains("too long"));
}
