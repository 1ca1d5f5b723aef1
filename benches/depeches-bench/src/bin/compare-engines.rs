//! `compare-engines` (feature `compare`): the same corpus and queries against depeches, SQLite
//! FTS5 and a brute-force scan with ripgrep, in one run where depeches and FTS5 alternate round
//! by round so that machine noise hits every engine alike; figures are reported as ratios.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use clap::Parser;
use depeches::cli::bench::{self, BenchQuery, Stats};
use depeches::cli::exit::{self, Exit};
use depeches::ingest;
use depeches::search::query::Scope;
use depeches::search::{self, Engine, Options};
use rusqlite::{params_from_iter, Connection};

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
    let fts: Vec<Fts> = queries.iter().map(fts5_query).collect();
    db.set_prepared_statement_cache_capacity(fts.len() + 8);

    let opts = Options::default();
    let mut dep = Runs::new(queries.len());
    let mut sql = Runs::new(queries.len());
    // Rounds alternate between the engines, and which one goes first: slow drifts of the
    // machine's load fall on both alike, while each engine runs its queries one after another as
    // a user's session would, without the other engine's working set flushing the CPU caches
    // between two of its queries.
    for round in 0..args.warmup + args.repeat {
        let measured = round >= args.warmup;
        for engine_turn in 0..2 {
            if (round + engine_turn) % 2 == 0 {
                for (i, q) in queries.iter().enumerate() {
                    let started = Instant::now();
                    let n = run_depeches(&engine, q, &opts)?;
                    let t = started.elapsed();
                    dep.hits[i] = n;
                    if measured {
                        dep.timings[i].push(t);
                    }
                }
            } else {
                for (i, q) in fts.iter().enumerate() {
                    let started = Instant::now();
                    let n = run_fts5(&db, q)?;
                    let t = started.elapsed();
                    sql.hits[i] = n;
                    if measured {
                        sql.timings[i].push(t);
                    }
                }
            }
        }
    }

    let rg_available = args.rg_repeat > 0
        && Command::new("rg")
            .arg("--version")
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    let mut rg = Runs::new(queries.len());
    if rg_available {
        // One pass to have the corpus in the page cache, then the measured rounds.
        for round in 0..=args.rg_repeat {
            for (i, q) in queries.iter().enumerate() {
                let started = Instant::now();
                let n = run_rg(&args.corpus, q)?;
                let t = started.elapsed();
                rg.hits[i] = n;
                if round > 0 {
                    rg.timings[i].push(t);
                }
            }
        }
    }

    let mut classes: Vec<&str> = Vec::new();
    for q in &queries {
        if !classes.contains(&q.class.as_str()) {
            classes.push(&q.class);
        }
    }
    let mut rows = Vec::new();
    for c in classes.iter().copied().chain(std::iter::once("overall")) {
        let pick = |i: usize| c == "overall" || queries[i].class == c;
        let n = (0..queries.len()).filter(|&i| pick(i)).count();
        let mean_hits = |r: &Runs| {
            (0..queries.len())
                .filter(|&i| pick(i))
                .map(|i| r.hits[i])
                .sum::<usize>() as f64
                / n as f64
        };
        rows.push(serde_json::json!({
            "class": c,
            "queries": n,
            "depeches": dep.stats(pick),
            "fts5": sql.stats(pick),
            "rg": rg_available.then(|| rg.stats(pick)),
            "hits": {
                "depeches": mean_hits(&dep),
                "fts5": mean_hits(&sql),
                "rg_files": rg_available.then(|| mean_hits(&rg)),
            },
        }));
    }

    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        let json = serde_json::json!({
            "corpus_bytes": raw_bytes,
            "depeches": size,
            "fts5": { "bytes": sqlite_bytes, "build": build.map(|b| serde_json::json!({
                "seconds": b.0.as_secs_f64(), "passages": b.1 })) },
            "warmup": args.warmup,
            "repeat": args.repeat,
            "rg_repeat": if rg_available { args.rg_repeat } else { 0 },
            "classes": rows,
        });
        writeln!(out, "{json}")?;
    } else {
        writeln!(
            out,
            "corpus {:.1} MB: depeches {} passages, index {:.1} MB ({:.2}x); FTS5 database {:.1} MB ({:.2}x)",
            raw_bytes as f64 / 1e6,
            size.passages,
            size.bytes as f64 / 1e6,
            size.bytes as f64 / raw_bytes as f64,
            sqlite_bytes as f64 / 1e6,
            sqlite_bytes as f64 / raw_bytes as f64
        )?;
        if let Some((t, n)) = build {
            writeln!(
                out,
                "FTS5 built in {:.1} s ({} passages, {:.1} MB/s of raw text)",
                t.as_secs_f64(),
                n,
                raw_bytes as f64 / 1e6 / t.as_secs_f64()
            )?;
        }
        writeln!(
            out,
            "{} queries, {} measured rounds, the engines alternating round by round (after {} warm-up); ripgrep {}\n",
            queries.len(),
            args.repeat,
            args.warmup,
            if rg_available {
                format!("{} round(s)", args.rg_repeat)
            } else {
                "not run (absent or --rg-repeat 0)".to_owned()
            }
        )?;
        writeln!(
            out,
            "{:<18} {:>9} {:>9} {:>9} {:>9} {:>7} {:>7} {:>9} {:>8}",
            "class",
            "dep p50",
            "dep p99",
            "fts p50",
            "fts p99",
            "×p50",
            "×p99",
            "rg p50",
            "rg ×p50"
        )?;
        for r in &rows {
            let p = |e: &str, k: &str| r[e][k].as_f64().unwrap_or(f64::NAN);
            let rg50 = p("rg", "p50_ms");
            writeln!(
                out,
                "{:<18} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>7.1} {:>7.1} {:>9} {:>8}",
                r["class"].as_str().unwrap_or(""),
                p("depeches", "p50_ms"),
                p("depeches", "p99_ms"),
                p("fts5", "p50_ms"),
                p("fts5", "p99_ms"),
                p("fts5", "p50_ms") / p("depeches", "p50_ms"),
                p("fts5", "p99_ms") / p("depeches", "p99_ms"),
                if rg50.is_nan() {
                    "-".to_owned()
                } else {
                    format!("{rg50:.1}")
                },
                if rg50.is_nan() {
                    "-".to_owned()
                } else {
                    format!("{:.0}", rg50 / p("depeches", "p50_ms"))
                },
            )?;
        }
        writeln!(out, "\n×: how many times longer the other engine takes than depeches (higher is better for depeches).")?;
    }
    out.flush()?;
    Ok(())
}

fn run_depeches(engine: &Engine, q: &BenchQuery, opts: &Options) -> anyhow::Result<usize> {
    let uq = q.parse()?;
    match engine.search(&uq, opts) {
        Ok(o) => Ok(std::hint::black_box(o).hits.len()),
        Err(e) if search::is_usage_error(&e) => Ok(0),
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
