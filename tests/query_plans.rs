//! The query plans that keep search fast (pruned top-k, phrases and dates as filters, the words
//! standing together re-ranked first) give the answers a reader expects.

use std::path::Path;

use depeches::ingest::{self, Options as IngestOptions};
use depeches::search::query;
use depeches::search::{Engine, Options};

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

fn engine() -> (tempfile::TempDir, Engine) {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    write(&corpus, "a.txt", " date 2023-03-02 Les garanties de sécurité restent floues.\n\nTitre un\n\nLes ministres parlent de sécurité et, plus loin, de garanties bancaires.\n");
    write(&corpus, "b.txt", " date 2024-05 Des garanties de sécurité pour Kiev.\n\nTitre deux\n\nUn texte sans rapport avec la requête.\n");
    write(
        &corpus,
        "c.txt",
        "Titre trois\n\nLa sécurité des garanties, vue autrement, sans date.\n",
    );
    let index = tmp.path().join("index");
    ingest::run(
        &IngestOptions {
            index_dir: index.clone(),
            paths: vec![corpus],
            rebuild: false,
            prune: false,
            commit_every: 0,
            ..Default::default()
        },
        &mut ingest::Quiet,
    )
    .unwrap();
    let engine = Engine::open(&index).unwrap();
    (tmp, engine)
}

fn hits(engine: &Engine, q: &str, since: Option<&str>, until: Option<&str>) -> Vec<String> {
    let mut uq = query::parse(q);
    uq.since = since.map(|d| query::date_bound(d, false).unwrap());
    uq.until = until.map(|d| query::date_bound(d, true).unwrap());
    engine
        .search(&uq, &Options::default())
        .unwrap()
        .hits
        .into_iter()
        .map(|h| format!("{}#{}", h.dispatch, h.passage))
        .collect()
}

#[test]
fn a_phrase_matches_only_the_words_together() {
    let (_tmp, e) = engine();
    let mut found = hits(&e, "\"garanties de sécurité\"", None, None);
    found.sort();
    assert_eq!(found, vec!["a.txt#1", "b.txt#1"]);
}

#[test]
fn words_standing_together_rank_first() {
    let (_tmp, e) = engine();
    let found = hits(&e, "garanties sécurité", None, None);
    assert_eq!(found.len(), 4, "{found:?}");
    let mut first: Vec<&str> = found[..2].iter().map(String::as_str).collect();
    first.sort();
    assert_eq!(first, vec!["a.txt#1", "b.txt#1"]);
}

#[test]
fn dates_filter_and_undated_passages_drop_out() {
    let (_tmp, e) = engine();
    assert_eq!(hits(&e, "garanties", Some("2024"), None), vec!["b.txt#1"]);
    let mut until = hits(&e, "garanties", None, Some("2023-12"));
    until.sort();
    assert_eq!(until, vec!["a.txt#1", "a.txt#2"]);
    assert_eq!(
        hits(
            &e,
            "\"garanties de sécurité\"",
            Some("2024-05-10"),
            Some("2024-05-10")
        ),
        vec!["b.txt#1"]
    );
}

#[test]
fn exclusions_and_partial_matches() {
    let (_tmp, e) = engine();
    let mut found = hits(&e, "garanties -kiev", None, None);
    found.sort();
    assert_eq!(found, vec!["a.txt#1", "a.txt#2", "c.txt#2"]);
    // No passage holds both words: the best partial matches.
    let partial = hits(&e, "garanties introuvablement", None, None);
    assert!(!partial.is_empty());
}
