//! Query latency per class (parse, top 10, snippets: what `search` does) on a small generated
//! index. The figures that count are search-bench's, on ~1M passages; these catch regressions.

use criterion::{criterion_group, criterion_main, Criterion};
use depeches::cli::bench::read_queries;
use depeches::ingest;
use depeches::search::{Engine, Options};

mod common;

fn queries(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let (corpus, _) = common::corpus(tmp.path());
    let index = tmp.path().join("index");
    ingest::run(
        &ingest::Options {
            index_dir: index.clone(),
            paths: vec![corpus],
            rebuild: true,
            prune: false,
            commit_every: 0,
            ..Default::default()
        },
        &mut ingest::Quiet,
    )
    .expect("indexing the bench corpus");
    let engine = Engine::open(&index).expect("opening the bench index");
    let file: String = common::generator()
        .queries(common::DISPATCHES)
        .into_iter()
        .map(|(class, q)| format!("{class}\t{q}\n"))
        .collect();
    let queries = read_queries(&file).expect("generated queries parse");
    let opts = Options::default();
    let mut group = c.benchmark_group("query");
    let mut classes: Vec<&str> = queries.iter().map(|q| q.class.as_str()).collect();
    classes.dedup();
    for class in classes {
        let of_class: Vec<_> = queries.iter().filter(|q| q.class == class).collect();
        group.bench_function(class, |b| {
            b.iter(|| {
                for q in &of_class {
                    let parsed = q.parse().expect("parsed above");
                    if let Ok(outcome) = engine.search(&parsed, &opts) {
                        std::hint::black_box(outcome);
                    }
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, queries);
criterion_main!(benches);
