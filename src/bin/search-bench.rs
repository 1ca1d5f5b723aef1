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
use depeches::render::columns;
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
    let index_dir = depeches::index::resolve_dir(args.index.clone());
    let queries = read_queries(&args.queries)?;
    let engine = Engine::open(&index_dir)?;
    let size = bench::index_size(&engine, &index_dir)?;
    let opts = Options {
        limit: args.limit,
        ..Options::default()
    };
    let measured = measure(&engine, &queries, &opts, args.warmup, args.repeat)?;
    let classes = measured.by_class(&queries);
    let all: Vec<Duration> = measured.timings.iter().flatten().copied().collect();
    if let Some(path) = &args.plot {
        let title = format!(
            "search-bench: {} passages, {} queries × {} rounds, top {} with snippets",
            size.passages,
            queries.len(),
            args.repeat,
            args.limit
        );
        write_plot(path, &title, &classes, &all)?;
    }
    let overall = Stats::of(&all);
    let mut out = io::BufWriter::new(io::stdout().lock());
    if args.json {
        let report = Report {
            index: index_dir.display().to_string(),
            size,
            warmup: args.warmup,
            repeat: args.repeat,
            classes: classes
                .iter()
                .map(|c| ClassReport {
                    class: c.class,
                    queries: c.queries,
                    stats: Stats::of(&c.timings),
                })
                .collect(),
            overall,
            queries: queries
                .iter()
                .zip(&measured.timings)
                .zip(&measured.hits)
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
        print_table(&mut out, &args, &queries, &measured, &classes, &overall)?;
    }
    out.flush()?;
    Ok(())
}

/// The queries of the query file, at least one.
fn read_queries(path: &std::path::Path) -> anyhow::Result<Vec<BenchQuery>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    let queries = bench::read_queries(&text).map_err(anyhow::Error::new)?;
    anyhow::ensure!(!queries.is_empty(), "{} holds no query", path.display());
    Ok(queries)
}

/// What the measured rounds found, per query in the order of the file.
struct Measured {
    /// How many hits each query shows.
    hits: Vec<usize>,
    /// Each query's latency, one per measured round.
    timings: Vec<Vec<Duration>>,
}

/// The timings of one class of queries, the classes in the order of the file.
struct Class<'a> {
    class: &'a str,
    queries: usize,
    timings: Vec<Duration>,
}

/// Runs every query `warmup` times unmeasured, then `repeat` times measured, round after round.
fn measure(
    engine: &Engine,
    queries: &[BenchQuery],
    opts: &Options,
    warmup: usize,
    repeat: usize,
) -> anyhow::Result<Measured> {
    let mut hits = vec![0usize; queries.len()];
    for _ in 0..warmup {
        for (i, q) in queries.iter().enumerate() {
            hits[i] = run_query(engine, q, opts)?;
        }
    }
    let mut timings: Vec<Vec<Duration>> = vec![Vec::with_capacity(repeat); queries.len()];
    for _ in 0..repeat {
        for (i, q) in queries.iter().enumerate() {
            let started = Instant::now();
            hits[i] = run_query(engine, q, opts)?;
            timings[i].push(started.elapsed());
        }
    }
    Ok(Measured { hits, timings })
}

impl Measured {
    fn by_class<'a>(&self, queries: &'a [BenchQuery]) -> Vec<Class<'a>> {
        let mut classes: Vec<Class<'a>> = Vec::new();
        for (q, t) in queries.iter().zip(&self.timings) {
            let at = match classes.iter().position(|c| c.class == q.class) {
                Some(at) => at,
                None => {
                    classes.push(Class {
                        class: &q.class,
                        queries: 0,
                        timings: Vec::new(),
                    });
                    classes.len() - 1
                }
            };
            classes[at].queries += 1;
            classes[at].timings.extend(t.iter().copied());
        }
        classes
    }
}

/// `--plot`: a box per class and one for all queries.
fn write_plot(
    path: &std::path::Path,
    title: &str,
    classes: &[Class],
    all: &[Duration],
) -> anyhow::Result<()> {
    let ms = |ts: &[Duration]| -> Vec<f64> { ts.iter().map(|d| d.as_secs_f64() * 1e3).collect() };
    let mut rows: Vec<plot::Row> = classes
        .iter()
        .map(|c| plot::Row {
            label: c.class,
            ms: ms(&c.timings),
        })
        .collect();
    rows.push(plot::Row {
        label: "overall",
        ms: ms(all),
    });
    std::fs::write(path, plot::latency_svg(title, &rows))
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))
}

/// The table of figures per class, and per query with `--per-query`.
fn print_table(
    out: &mut impl Write,
    args: &Args,
    queries: &[BenchQuery],
    measured: &Measured,
    classes: &[Class],
    overall: &Stats,
) -> io::Result<()> {
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
    for c in classes {
        print_row(out, c.class, c.queries, &Stats::of(&c.timings))?;
    }
    print_row(out, "overall", queries.len(), overall)?;
    if args.per_query {
        writeln!(out)?;
        for ((q, t), h) in queries.iter().zip(&measured.timings).zip(&measured.hits) {
            let s = Stats::of(t);
            writeln!(
                out,
                "{:>9.3} ms {:>7} hits  {}{} {}",
                s.p50_ms,
                h,
                q.class,
                columns::pad(&q.class, 18),
                q.text
            )?;
        }
    }
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
        "{class}{} {:>7} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>9.0}",
        // Padded by the columns the class takes: a label may hold wide characters.
        columns::pad(class, 20),
        n,
        s.p50_ms,
        s.p95_ms,
        s.p99_ms,
        s.max_ms,
        s.qps
    )
}
