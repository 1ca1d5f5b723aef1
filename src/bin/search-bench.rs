//! `search-bench`: query latency on an index, per query class and overall.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::Parser;
use depeches::cli::args::whole;
use depeches::cli::bench::{
    self, BenchQuery, ClassReport, IndexSize, Mode, QueryReport, Report, Stats,
};
use depeches::cli::exit::{self, Exit};
use depeches::cli::plot;
use depeches::model::error::Error;
use depeches::search::{self, timeline, Engine, Options};

/// Measure query latency: each query runs as `search` runs it (parse, top 10, snippets), in one
/// process, after warm-up rounds; prints p50, p95, p99, max and queries per second per class and
/// overall, with the index's size.
///
/// Query file: one query per line, optionally `class<TAB>query`; `#` starts a comment. A query
/// uses `search`'s syntax (words, "phrases", -word, speaker:NAME, quote:…) plus since:DATE and
/// until:DATE for `--since`/`--until` (YYYY, YYYY-MM or YYYY-MM-DD). A query starting with
/// --quotations or --timeline runs as `search --quotations` or `search --timeline` (by:day,
/// by:week, by:month or by:year for `--by`).
#[derive(Parser, Debug)]
#[command(name = "search-bench", version, allow_negative_numbers = true)]
struct Args {
    /// Index directory [default: $SEARCH_INDEX, else ./index].
    #[arg(long, value_name = "DIR")]
    index: Option<PathBuf>,

    /// The query file.
    #[arg(long, value_name = "FILE")]
    queries: PathBuf,

    /// Rounds over all queries before measuring.
    #[arg(long, default_value_t = 2, value_name = "N", value_parser = whole(0, 10_000))]
    warmup: usize,

    /// Measured rounds over all queries.
    #[arg(long, default_value_t = 10, value_name = "N", value_parser = whole(1, 10_000))]
    repeat: usize,

    /// Hits per query, as `search -n`.
    #[arg(short = 'n', long, default_value_t = 10, value_name = "N",
          value_parser = whole(1, search::MAX_LIMIT))]
    limit: usize,

    /// One JSON object with every figure.
    #[arg(long)]
    json: bool,

    /// Also show each query's median latency and hit count.
    #[arg(long)]
    per_query: bool,

    /// Also draw each class's latency distribution (a box per class, log scale) into FILE as
    /// SVG.
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<PathBuf>,
}

fn main() -> ExitCode {
    exit::main("search-bench", || {
        run(Args::parse()).map(|()| Exit::Success)
    })
}

fn run(args: Args) -> anyhow::Result<()> {
    let index_dir = depeches::index::resolve_dir(args.index);
    let text = std::fs::read_to_string(&args.queries)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", args.queries.display()))?;
    let queries = bench::read_queries(&text).map_err(anyhow::Error::new)?;
    anyhow::ensure!(
        !queries.is_empty(),
        "{} holds no query",
        args.queries.display()
    );
    let engine = Engine::open(&index_dir)?;
    let size = bench::index_size(&engine, &index_dir)?;
    let opts = Options {
        limit: args.limit,
        ..Options::default()
    };

    let mut hits = vec![0usize; queries.len()];
    for _ in 0..args.warmup {
        for (i, q) in queries.iter().enumerate() {
            hits[i] = run_query(&engine, q, &opts)?;
        }
    }
    let mut timings: Vec<Vec<Duration>> = vec![Vec::with_capacity(args.repeat); queries.len()];
    for _ in 0..args.repeat {
        for (i, q) in queries.iter().enumerate() {
            let started = Instant::now();
            hits[i] = run_query(&engine, q, &opts)?;
            timings[i].push(started.elapsed());
        }
    }

    let mut classes: Vec<&str> = Vec::new();
    for q in &queries {
        if !classes.contains(&q.class.as_str()) {
            classes.push(&q.class);
        }
    }
    let per_class: Vec<(&str, usize, Stats)> = classes
        .iter()
        .map(|&c| {
            let ts: Vec<Duration> = queries
                .iter()
                .zip(&timings)
                .filter(|(q, _)| q.class == c)
                .flat_map(|(_, t)| t.iter().copied())
                .collect();
            let n = queries.iter().filter(|q| q.class == c).count();
            (c, n, Stats::of(&ts))
        })
        .collect();
    let all: Vec<Duration> = timings.iter().flatten().copied().collect();
    let overall = Stats::of(&all);
    if let Some(path) = &args.plot {
        let ms = |ts: &mut dyn Iterator<Item = &Duration>| -> Vec<f64> {
            ts.map(|d| d.as_secs_f64() * 1e3).collect()
        };
        let mut rows: Vec<plot::Row> = classes
            .iter()
            .map(|&c| plot::Row {
                label: c,
                ms: ms(&mut queries
                    .iter()
                    .zip(&timings)
                    .filter(|(q, _)| q.class == c)
                    .flat_map(|(_, t)| t.iter())),
            })
            .collect();
        rows.push(plot::Row {
            label: "overall",
            ms: ms(&mut all.iter()),
        });
        let title = format!(
            "search-bench: {} passages, {} queries × {} rounds, top {} with snippets",
            size.passages,
            queries.len(),
            args.repeat,
            args.limit
        );
        std::fs::write(path, plot::latency_svg(&title, &rows))
            .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    }

    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.json {
        let report = Report {
            index: index_dir.display().to_string(),
            size,
            warmup: args.warmup,
            repeat: args.repeat,
            classes: per_class
                .iter()
                .map(|&(class, queries, stats)| ClassReport {
                    class,
                    queries,
                    stats,
                })
                .collect(),
            overall,
            queries: queries
                .iter()
                .zip(&timings)
                .zip(&hits)
                .map(|((q, t), &hits)| QueryReport {
                    class: &q.class,
                    query: &q.text,
                    hits,
                    stats: Stats::of(t),
                })
                .collect(),
        };
        writeln!(out, "{}", serde_json::to_string(&report)?)?;
    } else {
        print_size(&mut out, &index_dir, &size)?;
        writeln!(
            out,
            "{} queries × {} rounds (after {} warm-up), top {} with snippets\n",
            queries.len(),
            args.repeat,
            args.warmup,
            args.limit
        )?;
        writeln!(
            out,
            "{:<20} {:>7} {:>9} {:>9} {:>9} {:>9} {:>9}",
            "class", "queries", "p50 ms", "p95 ms", "p99 ms", "max ms", "QPS"
        )?;
        for (c, n, s) in &per_class {
            print_row(&mut out, c, *n, s)?;
        }
        print_row(&mut out, "overall", queries.len(), &overall)?;
        if args.per_query {
            writeln!(out)?;
            for ((q, t), h) in queries.iter().zip(&timings).zip(&hits) {
                let s = Stats::of(t);
                writeln!(
                    out,
                    "{:>9.3} ms {:>7} hits  {:<18} {}",
                    s.p50_ms, h, q.class, q.text
                )?;
            }
        }
    }
    out.flush()?;
    Ok(())
}

/// Runs one query as `search` does; returns how many hits (quotations, for `--quotations` and
/// `--timeline`) it shows.
fn run_query(engine: &Engine, q: &BenchQuery, opts: &Options) -> anyhow::Result<usize> {
    let uq = q.parse().map_err(anyhow::Error::new)?;
    let shown = match q.mode {
        Mode::Passages => engine
            .search(&uq, opts)
            .map(|o| std::hint::black_box(o).hits.len()),
        Mode::Quotations => engine
            .quotations(&uq, opts)
            .map(|found| std::hint::black_box(found).len()),
        // As `search --timeline`: the best-matching quotations, at least a hundred.
        Mode::Timeline(by) => {
            let opts = Options {
                limit: opts.limit.max(timeline::DEFAULT_QUOTATIONS),
                ..opts.clone()
            };
            engine.timeline(&uq, &opts, by).map(|t| {
                std::hint::black_box(t)
                    .periods
                    .iter()
                    .map(|p| p.quotations.len())
                    .sum()
            })
        }
    };
    match shown {
        Ok(n) => Ok(n),
        // A query `search` would refuse (only stop words) still costs its parse.
        Err(e) if Error::is_usage(&e) => Ok(0),
        Err(e) => Err(e),
    }
}

fn print_size(out: &mut impl Write, dir: &std::path::Path, s: &IndexSize) -> io::Result<()> {
    writeln!(
        out,
        "index {}: {} dispatches, {} passages, {:.1} MB on disk",
        dir.display(),
        s.dispatches,
        s.passages,
        s.bytes as f64 / 1e6
    )
}

fn print_row(out: &mut impl Write, class: &str, n: usize, s: &Stats) -> io::Result<()> {
    writeln!(
        out,
        "{:<20} {:>7} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>9.0}",
        class, n, s.p50_ms, s.p95_ms, s.p99_ms, s.max_ms, s.qps
    )
}
