//! `union-reference`: the simplest engine doing the job of depeches' slowest query classes, timed
//! on the same index — tantivy's own BM25 union of the query's words (a `BooleanQuery` of
//! `Should` term queries over the French body field, top 10 by block-max WAND), without tiers,
//! spellings, filters or snippets. What `search-bench` reports for a class can be held against
//! it: a class that depeches answers about as fast as this union is answered about as fast as
//! tantivy's query machinery allows.
//!
//! Prints p50, p99 and queries per second per class (milliseconds), after `--warmup` rounds,
//! over `--repeat` measured rounds; `--fetch` also reads the 10 hits' stored documents.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use clap::Parser;
use depeches::cli::bench::{read_queries, Stats};
use depeches::cli::exit::{self, Exit};
use depeches::index::analysis::{self, Chain};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{Index, TantivyDocument, Term};

#[derive(Parser, Debug)]
#[command(name = "union-reference")]
struct Args {
    /// The index (made by search-index).
    #[arg(long, value_name = "DIR")]
    index: PathBuf,
    /// The query file (search-bench's format; only the words are used).
    #[arg(long, value_name = "FILE")]
    queries: PathBuf,
    /// Rounds before measuring.
    #[arg(long, default_value_t = 2, value_parser = clap::value_parser!(u32).range(0..=10_000))]
    warmup: u32,
    /// Measured rounds.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    repeat: u32,
    /// Also read the hits' stored documents.
    #[arg(long)]
    fetch: bool,
}

fn main() -> ExitCode {
    exit::main("union-reference", || run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<Exit> {
    let index = Index::open_in_dir(&args.index)
        .with_context(|| format!("cannot open the index at {}", args.index.display()))?;
    analysis::register(index.tokenizers());
    let searcher = index.reader()?.searcher();
    let field = index
        .schema()
        .get_field("body_fr")
        .context("not a depeches index: it has no French body field")?;
    let text = std::fs::read_to_string(&args.queries)
        .with_context(|| format!("cannot read {}", args.queries.display()))?;
    let mut analyzer = Chain::French.analyzer();
    let mut queries: Vec<(String, BooleanQuery)> = Vec::new();
    for q in read_queries(&text)? {
        let clauses: Vec<(Occur, Box<dyn Query>)> = analysis::terms(&mut analyzer, &q.words)
            .into_iter()
            .map(|t| {
                let term = Term::from_field_text(field, &t.text);
                let query: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs));
                (Occur::Should, query)
            })
            .collect();
        if !clauses.is_empty() {
            queries.push((q.class, BooleanQuery::new(clauses)));
        }
    }
    let mut timings: BTreeMap<&str, Vec<Duration>> = BTreeMap::new();
    for round in 0..args.warmup + args.repeat {
        for (class, query) in &queries {
            let started = Instant::now();
            let top = searcher.search(query, &TopDocs::with_limit(10).order_by_score())?;
            if args.fetch {
                for (_, addr) in &top {
                    let _doc: TantivyDocument = searcher.doc(*addr)?;
                }
            }
            if round >= args.warmup {
                timings.entry(class).or_default().push(started.elapsed());
            }
        }
    }
    println!(
        "{:<20} {:>7} {:>9} {:>9} {:>9}",
        "class", "queries", "p50 ms", "p99 ms", "QPS"
    );
    let mut all = Vec::new();
    for (class, t) in &timings {
        let s = Stats::of(t);
        let n = t.len() / args.repeat as usize;
        println!(
            "{class:<20} {n:>7} {:>9.3} {:>9.3} {:>9.0}",
            s.p50_ms, s.p99_ms, s.qps
        );
        all.extend_from_slice(t);
    }
    let s = Stats::of(&all);
    println!(
        "{:<20} {:>7} {:>9.3} {:>9.3} {:>9.0}",
        "overall",
        queries.len(),
        s.p50_ms,
        s.p99_ms,
        s.qps
    );
    Ok(Exit::Success)
}
