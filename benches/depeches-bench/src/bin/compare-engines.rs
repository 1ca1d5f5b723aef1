//! `compare-engines` (feature `compare`): the same corpus and queries against depeches, SQLite
//! FTS5 and a brute-force scan with ripgrep, in one run where depeches and FTS5 alternate round
//! by round so that machine noise hits every engine alike; figures are reported as ratios.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use clap::Parser;
use depeches::cli::bench::{self, BenchQuery, IndexSize, Stats};
use depeches::cli::exit::{self, Exit};
use depeches::ingest;
use depeches::model::error::Error;
use depeches::search::query::Scope;
use depeches::search::{Engine, Options};
use rusqlite::{params_from_iter, Connection};
use serde::Serialize;

/// Compare depeches with SQLite FTS5 (unicode61 remove_diacritics 2, bm25, top 10 with snippet)
/// and ripgrep (a scan of the raw files) on one corpus and one query file.
#[derive(Parser, Debug)]
#[command(name = "compare-engines")]
struct Args {
    /// The dispatches the index was built from.
    #[arg(long, value_name = "DIR")]
    corpus: PathBuf,

    /// The depeches index of that corpus.
    #[arg(long, value_name = "DIR")]
    index: PathBuf,

    /// The SQLite database; built from the corpus when absent.
    #[arg(long, value_name = "FILE")]
    sqlite: PathBuf,

    #[arg(long, value_name = "FILE")]
    queries: PathBuf,

    #[arg(long, default_value_t = 2, value_name = "N")]
    warmup: usize,

    #[arg(long, default_value_t = 10, value_name = "N")]
    repeat: usize,

    /// Rounds of ripgrep (each query scans the whole corpus); 0 skips it.
    #[arg(long, default_value_t = 1, value_name = "N")]
    rg_repeat: usize,

    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    exit::main("compare-engines", || {
        run(Args::parse()).map(|()| Exit::Success)
    })
}

/// One engine's timings and hit counts, per query.
struct Runs {
    timings: Vec<Vec<Duration>>,
    hits: Vec<usize>,
}

impl Runs {
    fn new(n: usize) -> Runs {
        Runs {
            timings: vec![Vec::new(); n],
            hits: vec![0; n],
        }
    }

    /// Query `i` found `hits`; it took `time` when the round was measured.
    fn record(&mut self, i: usize, hits: usize, time: Option<Duration>) {
        self.hits[i] = hits;
        if let Some(t) = time {
            self.timings[i].push(t);
        }
    }

    fn stats(&self, pick: impl Fn(usize) -> bool) -> Stats {
        let all: Vec<Duration> = self
            .timings
            .iter()
            .enumerate()
            .filter(|(i, _)| pick(*i))
            .flat_map(|(_, t)| t.iter().copied())
            .collect();
        Stats::of(&all)
    }
}

fn run(args: Args) -> anyhow::Result<()> {
    let text = std::fs::read_to_string(&args.queries)
        .with_context(|| format!("cannot read {}", args.queries.display()))?;
    let queries = bench::read_queries(&text)?;
    let engine = Engine::open(&args.index)?;
    let size = bench::index_size(&engine, &args.index)?;
    let raw_bytes = corpus_bytes(&args.corpus)?;

    let build = if args.sqlite.exists() {
        None
    } else {
        Some(build_fts5(&args.corpus, &args.sqlite)?)
    };
    let db = Connection::open(&args.sqlite)?;
    let sqlite_bytes = std::fs::metadata(&args.sqlite)?.len();

    let (dep, sql) = measure_alternating(&engine, &db, &queries, args.warmup, args.repeat)?;
    let rg = if args.rg_repeat > 0 && rg_installed() {
        Some(measure_rg(&args.corpus, &queries, args.rg_repeat)?)
    } else {
        None
    };
    let report = Report {
        corpus_bytes: raw_bytes,
        depeches: size,
        fts5: Fts5Size {
            bytes: sqlite_bytes,
            build: build.map(|(t, passages)| Fts5Build {
                seconds: t.as_secs_f64(),
                passages,
            }),
        },
        warmup: args.warmup,
        repeat: args.repeat,
        rg_repeat: if rg.is_some() { args.rg_repeat } else { 0 },
        classes: class_rows(&queries, &dep, &sql, rg.as_ref()),
    };

    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        writeln!(out, "{}", serde_json::to_string(&report)?)?;
    } else {
        print_table(&mut out, &report, queries.len())?;
    }
    out.flush()?;
    Ok(())
}

/// Runs every query on depeches and on FTS5, `warmup` rounds then `repeat` measured ones.
fn measure_alternating(
    engine: &Engine,
    db: &Connection,
    queries: &[BenchQuery],
    warmup: usize,
    repeat: usize,
) -> anyhow::Result<(Runs, Runs)> {
    let fts: Vec<Fts> = queries.iter().map(fts5_query).collect();
    db.set_prepared_statement_cache_capacity(fts.len() + 8);
    let opts = Options::default();
    let mut dep = Runs::new(queries.len());
    let mut sql = Runs::new(queries.len());
    // Rounds alternate between the engines, and which one goes first: slow drifts of the
    // machine's load fall on both alike, while each engine runs its queries one after another as
    // a user's session would, without the other engine's working set flushing the CPU caches
    // between two of its queries.
    for round in 0..warmup + repeat {
        let measured = round >= warmup;
        for engine_turn in 0..2 {
            if (round + engine_turn) % 2 == 0 {
                for (i, q) in queries.iter().enumerate() {
                    let started = Instant::now();
                    let n = run_depeches(engine, q, &opts)?;
                    dep.record(i, n, measured.then(|| started.elapsed()));
                }
            } else {
                for (i, q) in fts.iter().enumerate() {
                    let started = Instant::now();
                    let n = run_fts5(db, q)?;
                    sql.record(i, n, measured.then(|| started.elapsed()));
                }
            }
        }
    }
    Ok((dep, sql))
}

fn rg_installed() -> bool {
    Command::new("rg")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs every query with ripgrep over the corpus: one pass to have the corpus in the page cache,
/// then `repeat` measured rounds.
fn measure_rg(corpus: &Path, queries: &[BenchQuery], repeat: usize) -> anyhow::Result<Runs> {
    let mut rg = Runs::new(queries.len());
    for round in 0..=repeat {
        for (i, q) in queries.iter().enumerate() {
            let started = Instant::now();
            let n = run_rg(corpus, q)?;
            rg.record(i, n, (round > 0).then(|| started.elapsed()));
        }
    }
    Ok(rg)
}

/// What `compare-engines --json` prints.
#[derive(Serialize)]
struct Report {
    corpus_bytes: u64,
    depeches: IndexSize,
    fts5: Fts5Size,
    warmup: usize,
    repeat: usize,
    rg_repeat: usize,
    classes: Vec<ClassRow>,
}

#[derive(Serialize)]
struct Fts5Size {
    bytes: u64,
    build: Option<Fts5Build>,
}

#[derive(Serialize)]
struct Fts5Build {
    seconds: f64,
    passages: usize,
}

/// One class of queries (or `overall`): each engine's latencies and mean hit counts.
#[derive(Serialize)]
struct ClassRow {
    class: String,
    queries: usize,
    depeches: Stats,
    fts5: Stats,
    rg: Option<Stats>,
    hits: MeanHits,
}

#[derive(Serialize)]
struct MeanHits {
    depeches: f64,
    fts5: f64,
    rg_files: Option<f64>,
}

fn class_rows(queries: &[BenchQuery], dep: &Runs, sql: &Runs, rg: Option<&Runs>) -> Vec<ClassRow> {
    let mut classes: Vec<&str> = Vec::new();
    for q in queries {
        if !classes.contains(&q.class.as_str()) {
            classes.push(&q.class);
        }
    }
    classes
        .into_iter()
        .chain(std::iter::once("overall"))
        .map(|c| {
            let pick = |i: usize| c == "overall" || queries[i].class == c;
            let n = (0..queries.len()).filter(|&i| pick(i)).count();
            let mean_hits = |r: &Runs| {
                (0..queries.len())
                    .filter(|&i| pick(i))
                    .map(|i| r.hits[i])
                    .sum::<usize>() as f64
                    / n as f64
            };
            ClassRow {
                class: c.to_owned(),
                queries: n,
                depeches: dep.stats(pick),
                fts5: sql.stats(pick),
                rg: rg.map(|r| r.stats(pick)),
                hits: MeanHits {
                    depeches: mean_hits(dep),
                    fts5: mean_hits(sql),
                    rg_files: rg.map(mean_hits),
                },
            }
        })
        .collect()
}

fn print_table(out: &mut impl Write, r: &Report, queries: usize) -> std::io::Result<()> {
    let raw = r.corpus_bytes as f64;
    writeln!(
        out,
        "corpus {:.1} MB: depeches {} passages, index {:.1} MB ({:.2}x); FTS5 database {:.1} MB ({:.2}x)",
        raw / 1e6,
        r.depeches.passages,
        r.depeches.bytes as f64 / 1e6,
        r.depeches.bytes as f64 / raw,
        r.fts5.bytes as f64 / 1e6,
        r.fts5.bytes as f64 / raw
    )?;
    if let Some(b) = &r.fts5.build {
        writeln!(
            out,
            "FTS5 built in {:.1} s ({} passages, {:.1} MB/s of raw text)",
            b.seconds,
            b.passages,
            raw / 1e6 / b.seconds
        )?;
    }
    writeln!(
        out,
        "{} queries, {} measured rounds, the engines alternating round by round (after {} warm-up); ripgrep {}\n",
        queries,
        r.repeat,
        r.warmup,
        if r.rg_repeat > 0 {
            format!("{} round(s)", r.rg_repeat)
        } else {
            "not run (absent or --rg-repeat 0)".to_owned()
        }
    )?;
    writeln!(
        out,
        "{:<18} {:>9} {:>9} {:>9} {:>9} {:>7} {:>7} {:>9} {:>8}",
        "class", "dep p50", "dep p99", "fts p50", "fts p99", "×p50", "×p99", "rg p50", "rg ×p50"
    )?;
    for row in &r.classes {
        let (dep, fts) = (&row.depeches, &row.fts5);
        let rg50 = row.rg.map(|s| s.p50_ms);
        writeln!(
            out,
            "{:<18} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>7.1} {:>7.1} {:>9} {:>8}",
            row.class,
            dep.p50_ms,
            dep.p99_ms,
            fts.p50_ms,
            fts.p99_ms,
            fts.p50_ms / dep.p50_ms,
            fts.p99_ms / dep.p99_ms,
            rg50.map_or("-".to_owned(), |v| format!("{v:.1}")),
            rg50.map_or("-".to_owned(), |v| format!("{:.0}", v / dep.p50_ms)),
        )?;
    }
    writeln!(out, "\n×: how many times longer the other engine takes than depeches (higher is better for depeches).")
}

fn run_depeches(engine: &Engine, q: &BenchQuery, opts: &Options) -> anyhow::Result<usize> {
    let uq = q.parse()?;
    match engine.search(&uq, opts) {
        Ok(o) => Ok(std::hint::black_box(o).hits.len()),
        Err(e) if Error::is_usage(&e) => Ok(0),
        Err(e) => Err(e),
    }
}

/// A query as SQL for FTS5.
struct Fts {
    sql: String,
    params: Vec<rusqlite::types::Value>,
}

/// Translates a depeches query into FTS5: every word must match (FTS5 has no stemmer for
/// French, so inflections do not meet, but `remove_diacritics 2` folds accents and case);
/// elided articles (`l'`, `qu'`) are dropped as depeches drops them; "phrases" stay phrases;
/// `speaker:` searches the speakers column; `since:`/`until:` compare the date columns.
fn fts5_query(q: &BenchQuery) -> Fts {
    let uq = q.parse().unwrap_or_default();
    let mut parts: Vec<String> = Vec::new();
    for c in &uq.clauses {
        let words = fts_words(&c.text);
        if words.is_empty() {
            continue;
        }
        let column = if c.scope == Scope::Quote {
            "quoted : "
        } else {
            ""
        };
        let expr = if c.phrase || words.len() > 1 {
            format!("{column}\"{}\"", words.join(" "))
        } else {
            format!("{column}\"{}\"", words[0])
        };
        parts.push(if c.negated {
            format!("NOT {expr}")
        } else {
            expr
        });
    }
    for s in &uq.speakers {
        let words = fts_words(s);
        if !words.is_empty() {
            parts.push(format!("speakers : \"{}\"", words.join(" ")));
        }
    }
    // FTS5 wants a positive term before NOT.
    parts.sort_by_key(|p| p.starts_with("NOT "));
    let mut matched = parts.join(" ");
    if matched.is_empty() {
        matched = "\"\"".to_owned();
    }
    let mut sql = String::from(
        "SELECT dispatch, passage, snippet(passages, 0, '[', ']', '…', 40) FROM passages WHERE passages MATCH ?1",
    );
    let mut params = vec![rusqlite::types::Value::Text(matched)];
    if let Some(since) = uq.since {
        params.push(rusqlite::types::Value::Integer(since as i64));
        sql.push_str(&format!(" AND date_end >= ?{}", params.len()));
    }
    if let Some(until) = uq.until {
        params.push(rusqlite::types::Value::Integer(until as i64));
        sql.push_str(&format!(" AND date_start <= ?{}", params.len()));
    }
    sql.push_str(" ORDER BY rank LIMIT 10");
    Fts { sql, params }
}

fn fts_words(text: &str) -> Vec<String> {
    const ELIDED: [&str; 12] = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| !ELIDED.contains(&w.to_lowercase().as_str()))
        .map(str::to_owned)
        .collect()
}

fn run_fts5(db: &Connection, q: &Fts) -> anyhow::Result<usize> {
    let mut stmt = db.prepare_cached(&q.sql)?;
    let mut rows = stmt.query(params_from_iter(q.params.iter()))?;
    let mut n = 0;
    while let Some(row) = rows.next()? {
        let snippet: String = row.get(2)?;
        std::hint::black_box(snippet);
        n += 1;
    }
    Ok(n)
}

/// Builds the FTS5 table from the same passages depeches indexes (its own reader and parser).
fn build_fts5(corpus: &Path, path: &Path) -> anyhow::Result<(Duration, usize)> {
    let started = Instant::now();
    let db = Connection::open(path)?;
    db.execute_batch(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
         CREATE VIRTUAL TABLE passages USING fts5(
             text, speakers, quoted, dispatch UNINDEXED, passage UNINDEXED,
             date_start UNINDEXED, date_end UNINDEXED,
             tokenize = 'unicode61 remove_diacritics 2');
         BEGIN;",
    )?;
    let mut n = 0;
    {
        let mut insert = db.prepare(
            "INSERT INTO passages (text, speakers, quoted, dispatch, passage, date_start, date_end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        let sources = ingest::collect(&[corpus.to_path_buf()]);
        ingest::read_all(&sources, |item, _| {
            let Ok((d, _)) = item
                .map_err(|_| ())
                .and_then(|raw| ingest::parse(&raw).map_err(|_| ()))
            else {
                return Ok(());
            };
            let (start, end) = d.date.map(|x| x.span()).unzip();
            for p in &d.passages {
                let speakers = p.speakers().join("\n");
                let quoted: Vec<&str> = p.quotes.iter().map(|q| q.text.as_str()).collect();
                insert.execute(rusqlite::params![
                    p.text,
                    speakers,
                    quoted.join("\n"),
                    d.id,
                    p.number as i64,
                    start.map(|s| s as i64),
                    end.map(|e| e as i64),
                ])?;
                n += 1;
            }
            Ok(())
        })?;
    }
    db.execute_batch("COMMIT; INSERT INTO passages(passages) VALUES('optimize');")?;
    Ok((started.elapsed(), n))
}

/// A brute-force scan: ripgrep looks for the query's first positive word or phrase (case
/// insensitive, as typed) in every file; returns how many files hold it.
fn run_rg(corpus: &Path, q: &BenchQuery) -> anyhow::Result<usize> {
    let uq = q.parse().unwrap_or_default();
    let pattern = uq
        .clauses
        .iter()
        .find(|c| !c.negated)
        .map(|c| c.text.clone())
        .or_else(|| uq.speakers.first().cloned())
        .unwrap_or_default();
    let out = Command::new("rg")
        .args([
            "--files-with-matches",
            "--ignore-case",
            "--fixed-strings",
            "--no-messages",
            "--",
        ])
        .arg(&pattern)
        .arg(corpus)
        .stderr(Stdio::null())
        .output()
        .context("cannot run rg")?;
    Ok(out.stdout.iter().filter(|&&b| b == b'\n').count())
}

fn corpus_bytes(dir: &Path) -> anyhow::Result<u64> {
    let mut total = 0;
    for source in ingest::collect(&[dir.to_path_buf()]) {
        if let ingest::Source::Text { path, .. } | ingest::Source::Ndjson { path } = source {
            total += std::fs::metadata(&path)?.len();
        }
    }
    Ok(total)
}
