//! The judged relevance set in `tests/relevance/`: every query run as `search --json -n 10`
//! runs it, over the bundled corpus, the gold dispatches and the set's own, scored against the
//! graded judgments in `tests/relevance/qrels.tsv` (nDCG@10, P@5, recall@10, for the `dev`
//! queries ranking is tuned on and the `heldout` ones it never is). No `dev` query may show a
//! page without a relevant passage where a plain BM25 union of its words shows one.
//!
//! `cargo test --test relevance -- --nocapture` prints the figures.

#[path = "relevance/eval.rs"]
mod eval;

use std::path::Path;

use depeches::index::{analysis, stored_str};
use depeches::ingest;
use depeches::search::query::{self, Scope};
use depeches::search::{Engine, Options};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{TantivyDocument, Term};

/// The lowest mean nDCG@10 accepted on the held-out queries, set just under what the ranking
/// reaches (see README, "How ranking works").
const HELDOUT_NDCG_FLOOR: f64 = 0.772;
/// The same for the `dev` queries (0.782 reached), with room for the gold dispatches the
/// collection takes in as they are written, unjudged (each ten of them has cost about 0.003).
const DEV_NDCG_FLOOR: f64 = 0.78;

#[test]
fn ranking_on_the_judged_set() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let qrels_path = root.join("tests/relevance/qrels.tsv");
    let qrels = eval::read_qrels(&std::fs::read_to_string(&qrels_path).expect("judgments"));
    let queries = eval::read_queries(
        &std::fs::read_to_string(root.join("tests/relevance/queries.tsv")).expect("queries"),
    );
    let tmp = tempfile::tempdir().unwrap();
    let collection = tmp.path().join("collection");
    eval::collection(root, &collection).expect("collection copied");
    let index = tmp.path().join("index");
    ingest::run(
        &ingest::Options {
            index_dir: index.clone(),
            paths: vec![collection],
            rebuild: false,
            prune: false,
            commit_every: 0,
            ..Default::default()
        },
        &mut ingest::Quiet,
    )
    .expect("indexed");
    let engine = Engine::open(&index).unwrap();
    let empty = Default::default();
    let mut by_split: Vec<(String, Vec<eval::Metrics>)> = Vec::new();
    let mut missed = Vec::new();
    for q in &queries {
        let hits = engine
            .search(&query::parse(&q.text), &Options::default())
            .unwrap()
            .hits;
        let ranking: Vec<eval::PassageId> =
            hits.into_iter().map(|h| (h.dispatch, h.passage)).collect();
        let judged = qrels.get(&q.id).unwrap_or(&empty);
        let m = eval::score(&ranking, judged);
        // A page with no relevant passage where a plain union of the words finds one (looked at
        // on the `dev` queries only: the held-out ones are read as figures, never one by one).
        if q.split == "dev" && m.ndcg10 == 0.0 {
            let baseline = eval::score(&bm25_or(&engine, &q.text), judged);
            if baseline.ndcg10 > 0.0 {
                missed.push(format!(
                    "{} {:?} (BM25 union {:.3})",
                    q.id, q.text, baseline.ndcg10
                ));
            }
        }
        match by_split.iter_mut().find(|(s, _)| *s == q.split) {
            Some((_, v)) => v.push(m),
            None => by_split.push((q.split.clone(), vec![m])),
        }
    }
    for (split, scores) in &by_split {
        eprintln!("{}", eval::line(split, scores.len(), &eval::mean(scores)));
    }
    let heldout = by_split
        .iter()
        .find(|(s, _)| s == "heldout")
        .map(|(_, v)| eval::mean(v))
        .expect("held-out queries");
    assert!(
        heldout.ndcg10 >= HELDOUT_NDCG_FLOOR,
        "held-out nDCG@10 {:.3} fell below {HELDOUT_NDCG_FLOOR}",
        heldout.ndcg10
    );
    let dev = by_split
        .iter()
        .find(|(s, _)| s == "dev")
        .map(|(_, v)| eval::mean(v))
        .expect("dev queries");
    assert!(
        dev.ndcg10 >= DEV_NDCG_FLOOR,
        "dev nDCG@10 {:.3} fell below {DEV_NDCG_FLOOR}",
        dev.ndcg10
    );
    assert!(
        missed.is_empty(),
        "no relevant passage in the top 10 where a plain BM25 union of the words finds one: {}",
        missed.join("; ")
    );
}

/// The baseline a page must not fall under: the top 10 of a plain BM25 union of the query's
/// words (a `"phrase"` as a phrase, `-word` excluded), as an engine without tiers, spellings or
/// synonyms ranks them.
fn bm25_or(engine: &Engine, text: &str) -> Vec<eval::PassageId> {
    let searcher = engine.searcher();
    let fields = engine.fields();
    let mut analyzer = analysis::Chain::French.analyzer();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for c in &query::parse(text).clauses {
        let field = match c.scope {
            Scope::Text => fields.body[0],
            Scope::Quote => fields.quoted[0],
        };
        let terms = analysis::terms(&mut analyzer, &c.text);
        let occur = if c.negated {
            Occur::MustNot
        } else {
            Occur::Should
        };
        if c.phrase && terms.len() > 1 {
            let first = terms[0].position;
            let phrase = terms
                .iter()
                .map(|t| (t.position - first, Term::from_field_text(field, &t.text)))
                .collect();
            clauses.push((occur, Box::new(PhraseQuery::new_with_offset(phrase))));
        } else {
            for t in terms {
                let term = Term::from_field_text(field, &t.text);
                let query = TermQuery::new(term, IndexRecordOption::WithFreqs);
                clauses.push((occur, Box::new(query)));
            }
        }
    }
    let top = searcher
        .search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(10).order_by_score(),
        )
        .unwrap();
    top.into_iter()
        .map(|(_, addr)| {
            let doc: TantivyDocument = searcher.doc(addr).unwrap();
            let dispatch = stored_str(&doc, fields.dispatch).unwrap_or_default();
            let passage = doc.get_first(fields.passage).and_then(|v| v.as_u64());
            (dispatch.to_owned(), passage.unwrap_or(0))
        })
        .collect()
}
