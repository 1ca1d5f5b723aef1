//! `search-startup`: how long `search` takes from process start to exit, for every query of a
//! query file — what a user waits for at the terminal, opening of the index included.
//!
//! Each query runs `--runs` times as its own process (output discarded); the first `--drop`
//! runs warm the page cache and are left out. Prints one line per query
//! (`class<TAB>query<TAB>median<TAB>min<TAB>max`, milliseconds) and, on stderr, the median over
//! all queries and how many queries exceed `--over`.

use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use anyhow::{bail, Context as _};
use clap::Parser;
use depeches::cli::bench::read_queries;
use depeches::cli::exit::{self, Exit};

#[derive(Parser, Debug)]
#[command(name = "search-startup")]
struct Args {
    /// The `search` binary to time.
    #[arg(long, value_name = "FILE", default_value = "target/release/search")]
    search: PathBuf,
    /// The index it searches.
    #[arg(long, value_name = "DIR")]
    index: PathBuf,
    /// The query file (search-bench's format).
    #[arg(long, value_name = "FILE")]
    queries: PathBuf,
    /// Runs per query.
    #[arg(long, default_value_t = 13, value_parser = clap::value_parser!(u32).range(2..=1000))]
    runs: u32,
    /// First runs left out of the figures.
    #[arg(long, default_value_t = 3)]
    drop: u32,
    /// Report how many queries take longer than this many milliseconds (median).
    #[arg(long, default_value_t = 5.0)]
    over: f64,
}

fn main() -> ExitCode {
    exit::main("search-startup", || {
        run(Args::parse()).map(|()| Exit::Success)
    })
}

fn median(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

fn run(args: Args) -> anyhow::Result<()> {
    if args.drop >= args.runs {
        bail!(
            "--drop {} leaves no run of --runs {}: give fewer",
            args.drop,
            args.runs
        );
    }
    let text = std::fs::read_to_string(&args.queries)
        .with_context(|| format!("cannot read {}", args.queries.display()))?;
    let queries = read_queries(&text)?;
    let mut medians = Vec::new();
    for q in &queries {
        let mut times = Vec::new();
        for r in 0..args.runs {
            let start = Instant::now();
            let status = Command::new(&args.search)
                .arg("--index")
                .arg(&args.index)
                .args(["--color", "never"])
                .args(q.search_args())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .with_context(|| format!("cannot run {}", args.search.display()))?;
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            if status.code() == Some(2) {
                // Run once more to say why: search's own one-line message.
                let out = Command::new(&args.search)
                    .arg("--index")
                    .arg(&args.index)
                    .args(q.search_args())
                    .stdout(Stdio::null())
                    .output()?;
                let why = String::from_utf8_lossy(&out.stderr);
                bail!(
                    "`{}` failed: {}",
                    q.text,
                    why.lines().next().unwrap_or("exit 2")
                );
            }
            if r >= args.drop {
                times.push(ms);
            }
        }
        times.sort_by(f64::total_cmp);
        let m = median(&times);
        println!(
            "{}\t{}\t{m:.2}\t{:.2}\t{:.2}",
            q.class,
            q.text,
            times[0],
            times[times.len() - 1]
        );
        medians.push(m);
    }
    medians.sort_by(f64::total_cmp);
    if medians.is_empty() {
        bail!("{} holds no query", args.queries.display());
    }
    eprintln!(
        "{} queries: median {:.2} ms, slowest {:.2} ms, {} over {} ms",
        medians.len(),
        median(&medians),
        medians[medians.len() - 1],
        medians.iter().filter(|&&m| m > args.over).count(),
        args.over
    );
    Ok(())
}
