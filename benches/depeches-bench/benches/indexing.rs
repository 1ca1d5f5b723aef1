//! Indexing throughput in bytes of raw text per second (criterion prints MB/s), with every
//! extraction on: `search-index` from scratch on a generated corpus.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use depeches::ingest;

mod common;

fn indexing(c: &mut Criterion) {
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let (corpus, bytes) = common::corpus(tmp.path());
    let index = tmp.path().join("index");
    let mut group = c.benchmark_group("indexing");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes));
    group.bench_function("generated_corpus", |b| {
        b.iter(|| {
            ingest::run(
                &ingest::Options {
                    index_dir: index.clone(),
                    paths: vec![corpus.clone()],
                    rebuild: true,
                    prune: false,
                    commit_every: 0,
                    ..Default::default()
                },
                &mut ingest::Quiet,
            )
            .expect("indexing")
        })
    });
    group.finish();
}

criterion_group!(benches, indexing);
criterion_main!(benches);
