//! `relevance-pool`: the pool of passages to judge for the judged set in `tests/relevance/`, and
//! the scores of several rankings once judged.
//!
//! Indexes the set's collection (the bundled corpus, the gold dispatches and the set's own) and
//! runs every query through several rankings: depeches as built from this tree, a plain BM25
//! union of the query's words, and (given `--before DIR` holding an older `search` and
//! `search-index`) another version of depeches. The union of their top `--depth` passages per
//! query is written to `--out` (`query_id<TAB>dispatch<TAB>passage<TAB>text`, sorted by query and
//! passage, with no sign of which ranking found a passage, so that judging favours none). With
//! `--qrels`, each ranking's measures are printed per split instead.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{bail, Context as _};
use clap::Parser;
use depeches::cli::exit::{self, Exit};
use depeches::index::stored_str;
use depeches::ingest;
use depeches::search::query::{self, Scope};
use depeches::search::{Engine, Options};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{TantivyDocument, Term};

#[path = "../../../../tests/relevance/eval.rs"]
mod eval;

#[derive(Parser, Debug)]
#[command(name = "relevance-pool")]
struct Args {
    /// The repository (holding corpus/ and tests/).
    #[arg(long, value_name = "DIR", default_value = ".")]
    repo: PathBuf,

    /// A directory holding another version's `search` and `search-index`, ranked too.
    #[arg(long, value_name = "DIR")]
    before: Option<PathBuf>,

    /// Passages per query and ranking.
    #[arg(long, default_value_t = 20, value_name = "N")]
    depth: usize,

    /// Where to write the pool.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,

    /// Judgments: print each ranking's measures instead of pooling.
    #[arg(long, value_name = "FILE")]
    qrels: Option<PathBuf>,

    /// Print each query's nDCG@10 per ranking too (with --qrels).
    #[arg(long)]
    per_query: bool,

    /// Judgments already made: with --out, pool only the passages they do not grade.
    #[arg(long, value_name = "FILE")]
    judged: Option<PathBuf>,

    /// Also write every passage of the collection (`dispatch<TAB>passage<TAB>text`), for
    /// judges looking for relevant passages none of the rankings found.
    #[arg(long, value_name = "FILE")]
    all_passages: Option<PathBuf>,

    /// Where to build the collection and indexes (default: a temporary directory).
    #[arg(long, value_name = "DIR")]
    work: Option<PathBuf>,
}

fn main() -> ExitCode {
    exit::main("relevance-pool", || {
        try_main(Args::parse()).map(|()| Exit::Success)
    })
}

type Ranking = Vec<eval::PassageId>;

/// Every passage's text, by dispatch and number.
type Texts = BTreeMap<eval::PassageId, String>;

fn try_main(args: Args) -> anyhow::Result<()> {
    let queries = eval::read_queries(
        &std::fs::read_to_string(args.repo.join("tests/relevance/queries.tsv"))
            .context("cannot read tests/relevance/queries.tsv")?,
    );
    let tmp = tempfile::tempdir()?;
    let work = args.work.clone().unwrap_or_else(|| tmp.path().to_owned());
    let collection = work.join("collection");
    let _ = std::fs::remove_dir_all(&collection);
    let n = eval::collection(&args.repo, &collection)?;
    eprintln!("relevance-pool: {n} dispatches, {} queries", queries.len());
    let engine = index_collection(&collection, &work.join("index"))?;
    let mut rankings: Vec<(&str, Vec<Ranking>)> = Vec::new();
    rankings.push(("depeches", depeches(&engine, &queries, args.depth)?));
    rankings.push(("bm25-or", bm25_or(&engine, &queries, args.depth)?));
    if let Some(before) = &args.before {
        let old_index = work.join("index-before");
        index_with_older(before, &collection, &old_index)?;
        rankings.push((
            "before",
            older(&before.join("search"), &old_index, &queries, args.depth)?,
        ));
    }
    if let Some(qrels) = &args.qrels {
        let qrels = eval::read_qrels(&std::fs::read_to_string(qrels)?);
        print_scores(&queries, &rankings, &qrels, args.per_query);
        return Ok(());
    }
    let Some(out) = &args.out else {
        bail!("give --out FILE to write the pool, or --qrels FILE to score the rankings");
    };
    let pool = pool(&args, &queries, &rankings)?;
    let texts = passage_texts(&engine)?;
    if let Some(all) = &args.all_passages {
        write_all_passages(all, &texts)?;
    }
    write_pool(out, &pool, &texts)
}

/// Indexes the collection afresh into `index` with this tree's indexer.
fn index_collection(collection: &Path, index: &Path) -> anyhow::Result<Engine> {
    let _ = std::fs::remove_dir_all(index);
    ingest::run(
        &ingest::Options {
            index_dir: index.to_owned(),
            paths: vec![collection.to_owned()],
            rebuild: false,
            prune: false,
            commit_every: 0,
            ..Default::default()
        },
        &mut ingest::Quiet,
    )?;
    Engine::open(index)
}

/// Indexes the collection afresh into `index` with the `search-index` of the binaries in `before`.
fn index_with_older(before: &Path, collection: &Path, index: &Path) -> anyhow::Result<()> {
    let _ = std::fs::remove_dir_all(index);
    let status = Command::new(before.join("search-index"))
        .arg("--index")
        .arg(index)
        .arg(collection)
        .output()
        .context("cannot run the older search-index")?;
    if !status.status.success() {
        bail!(
            "the older search-index failed: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    }
    Ok(())
}

/// `--qrels`: each ranking's mean figures on the dev, held-out and all queries, and with
/// `--per-query` each query's nDCG@10 per ranking.
fn print_scores(
    queries: &[eval::Query],
    rankings: &[(&str, Vec<Ranking>)],
    qrels: &eval::Qrels,
    per_query: bool,
) {
    let empty = Default::default();
    for split in ["dev", "heldout", "all"] {
        println!("{split}:");
        for (name, ranked) in rankings {
            let scores: Vec<eval::Metrics> = queries
                .iter()
                .zip(ranked)
                .filter(|(q, _)| split == "all" || q.split == split)
                .map(|(q, r)| eval::score(r, qrels.get(&q.id).unwrap_or(&empty)))
                .collect();
            println!("  {}", eval::line(name, scores.len(), &eval::mean(&scores)));
        }
    }
    if per_query {
        for (i, q) in queries.iter().enumerate() {
            let judged = qrels.get(&q.id).unwrap_or(&empty);
            let cells: Vec<String> = rankings
                .iter()
                .map(|(name, r)| format!("{name} {:.3}", eval::score(&r[i], judged).ndcg10))
                .collect();
            println!("{}\t{}\t{}\t{}", q.id, q.split, q.text, cells.join("\t"));
        }
    }
}

/// The (query, dispatch, passage) places to judge: the union of the rankings' first `--depth`,
/// sorted by passage (no order to give a ranking away), less those `--judged` already holds.
fn pool(
    args: &Args,
    queries: &[eval::Query],
    rankings: &[(&str, Vec<Ranking>)],
) -> anyhow::Result<BTreeMap<(String, String, u64), ()>> {
    let mut pool: BTreeMap<(String, String, u64), ()> = BTreeMap::new();
    for (_, ranked) in rankings {
        for (q, r) in queries.iter().zip(ranked) {
            for (d, p) in r.iter().take(args.depth) {
                pool.insert((q.id.clone(), d.clone(), *p), ());
            }
        }
    }
    if let Some(judged) = &args.judged {
        let judged = eval::read_qrels(&std::fs::read_to_string(judged)?);
        pool.retain(|(q, d, p), ()| {
            !judged
                .get(q)
                .is_some_and(|j| j.contains_key(&(d.clone(), *p)))
        });
    }
    Ok(pool)
}

/// `--all-passages`: every passage of the collection.
fn write_all_passages(path: &Path, texts: &Texts) -> anyhow::Result<()> {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
    writeln!(file, "dispatch\tpassage\ttext")?;
    for ((d, p), text) in texts {
        let text = text.replace(['\t', '\r'], " ").replace('\n', " / ");
        writeln!(file, "{d}\t{p}\t{text}")?;
    }
    file.flush()?;
    Ok(())
}

/// `--out`: the pool, one passage to judge a line, with its text.
fn write_pool(
    out: &Path,
    pool: &BTreeMap<(String, String, u64), ()>,
    texts: &Texts,
) -> anyhow::Result<()> {
    let mut file = std::io::BufWriter::new(std::fs::File::create(out)?);
    writeln!(file, "query_id\tdispatch\tpassage\ttext")?;
    let mut per_query: BTreeMap<&str, usize> = BTreeMap::new();
    for (q, d, p) in pool.keys() {
        let text = texts
            .get(&(d.clone(), *p))
            .map(|t| t.replace(['\t', '\n', '\r'], " "))
            .unwrap_or_default();
        writeln!(file, "{q}\t{d}\t{p}\t{text}")?;
        *per_query.entry(q.as_str()).or_default() += 1;
    }
    file.flush()?;
    eprintln!(
        "relevance-pool: {} passages to judge ({} to {} per query) written to {}",
        pool.len(),
        per_query.values().min().unwrap_or(&0),
        per_query.values().max().unwrap_or(&0),
        out.display()
    );
    Ok(())
}

/// depeches as built from this tree, as `search --json -n depth` runs.
fn depeches(
    engine: &Engine,
    queries: &[eval::Query],
    depth: usize,
) -> anyhow::Result<Vec<Ranking>> {
    let opts = Options {
        limit: depth,
        ..Options::default()
    };
    queries
        .iter()
        .map(|q| {
            let uq = query::parse(&q.text);
            let outcome = engine.search(&uq, &opts)?;
            Ok(outcome
                .hits
                .into_iter()
                .map(|h| (h.dispatch, h.passage))
                .collect())
        })
        .collect()
}

/// A plain BM25 union: every word and phrase of the query optional, exclusions excluded.
fn bm25_or(engine: &Engine, queries: &[eval::Query], depth: usize) -> anyhow::Result<Vec<Ranking>> {
    let searcher = engine.searcher();
    let fields = engine.fields();
    let mut analyzer = depeches::index::analysis::Chain::French.analyzer();
    let mut out = Vec::new();
    for q in queries {
        let uq = query::parse(&q.text);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for c in &uq.clauses {
            let field = match c.scope {
                Scope::Text => fields.body[0],
                Scope::Quote => fields.quoted[0],
            };
            let terms = depeches::index::analysis::terms(&mut analyzer, &c.text);
            if terms.is_empty() {
                continue;
            }
            let occur = if c.negated {
                Occur::MustNot
            } else {
                Occur::Should
            };
            if c.phrase && terms.len() > 1 {
                let first = terms[0].position;
                clauses.push((
                    occur,
                    Box::new(PhraseQuery::new_with_offset(
                        terms
                            .iter()
                            .map(|t| (t.position - first, Term::from_field_text(field, &t.text)))
                            .collect(),
                    )),
                ));
            } else {
                for t in terms {
                    clauses.push((
                        occur,
                        Box::new(TermQuery::new(
                            Term::from_field_text(field, &t.text),
                            IndexRecordOption::WithFreqs,
                        )),
                    ));
                }
            }
        }
        let query = BooleanQuery::new(clauses);
        let top = searcher.search(&query, &TopDocs::with_limit(depth).order_by_score())?;
        let mut ranking = Vec::new();
        for (_, addr) in top {
            let doc: TantivyDocument = searcher.doc(addr)?;
            ranking.push(passage_id(engine, &doc));
        }
        out.push(ranking);
    }
    Ok(out)
}

/// Another version's `search --json -n depth`, on its own index of the collection.
fn older(
    search: &Path,
    index: &Path,
    queries: &[eval::Query],
    depth: usize,
) -> anyhow::Result<Vec<Ranking>> {
    let mut out = Vec::new();
    for q in queries {
        let output = Command::new(search)
            .arg("--index")
            .arg(index)
            .arg("--json")
            .arg("-n")
            .arg(depth.to_string())
            .arg("--")
            .arg(&q.text)
            .output()
            .context("cannot run the older search")?;
        let mut ranking = Vec::new();
        for line in String::from_utf8_lossy(&output.stdout).lines() {
            let v: serde_json::Value = serde_json::from_str(line)?;
            ranking.push((
                v["dispatch"].as_str().unwrap_or_default().to_owned(),
                v["passage"].as_u64().unwrap_or(0),
            ));
        }
        out.push(ranking);
    }
    Ok(out)
}

fn passage_id(engine: &Engine, doc: &TantivyDocument) -> eval::PassageId {
    let f = engine.fields();
    (
        stored_str(doc, f.dispatch).unwrap_or_default().to_owned(),
        doc.get_first(f.passage)
            .and_then(|v| v.as_u64())
            .unwrap_or(0),
    )
}

/// Every passage's text, by dispatch and number.
fn passage_texts(engine: &Engine) -> anyhow::Result<Texts> {
    let searcher = engine.searcher();
    let mut out = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        for doc in 0..segment.max_doc() {
            if segment.alive_bitset().is_some_and(|a| a.is_deleted(doc)) {
                continue;
            }
            let d: TantivyDocument = searcher.doc(tantivy::DocAddress::new(ord as u32, doc))?;
            let id = passage_id(engine, &d);
            if seen.insert(id.clone()) {
                let text = stored_str(&d, engine.fields().text)
                    .unwrap_or_default()
                    .to_owned();
                out.insert(id, text);
            }
        }
    }
    Ok(out)
}
