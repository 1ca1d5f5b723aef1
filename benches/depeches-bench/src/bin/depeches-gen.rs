//! `depeches-gen`: writes a deterministic corpus of generated French dispatches for benchmarks.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::Parser;
use depeches::cli::exit::{self, Exit};
use depeches_bench::gen::{Config, Generator};

/// Generate N French dispatches in the real input format (same seed and word lists → same bytes).
///
/// Word lists widen the vocabulary: `word<TAB>frequency` lines are ranked by frequency, plain
/// lists (one word per line, e.g. /usr/share/dict/french) are shuffled with the seed; a built-in
/// core and a generated tail of derived forms and names are always there.
#[derive(Parser, Debug)]
#[command(name = "depeches-gen", version)]
struct Args {
    /// Directory to write the dispatches to (a thousand files per sub-folder).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,

    /// How many dispatches.
    #[arg(long, default_value_t = 1000, value_name = "N")]
    dispatches: u64,

    #[arg(long, default_value_t = 42, value_name = "S")]
    seed: u64,

    /// A word list (repeatable).
    #[arg(long, value_name = "FILE")]
    lexicon: Vec<PathBuf>,

    /// Also write a query file for this corpus (class TAB query), for `search-bench`.
    #[arg(long, value_name = "FILE")]
    queries: Option<PathBuf>,

    /// Generator threads [default: all cores]; the output does not depend on it.
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
}

fn main() -> ExitCode {
    exit::main("depeches-gen", || {
        run(Args::parse()).map(|()| Exit::Success)
    })
}

fn run(args: Args) -> anyhow::Result<()> {
    let started = Instant::now();
    let g = Generator::new(&Config {
        seed: args.seed,
        lexicons: args.lexicon.clone(),
    })?;
    if let Some(path) = &args.queries {
        let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
        let lists: Vec<String> = args
            .lexicon
            .iter()
            .map(|p| {
                format!(
                    " --lexicon {}",
                    p.file_name().unwrap_or_default().to_string_lossy()
                )
            })
            .collect();
        writeln!(
            f,
            "# depeches-gen --seed {} --dispatches {}{}: class<TAB>query",
            args.seed,
            args.dispatches,
            lists.concat()
        )?;
        for (class, q) in g.queries(args.dispatches) {
            writeln!(f, "{class}\t{q}")?;
        }
        f.flush()?;
    }
    if let Some(dir) = &args.out {
        let threads = args
            .threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        let w = g.write_all(dir, args.dispatches, threads)?;
        eprintln!(
            "depeches-gen: {} dispatches, {:.1} MB, vocabulary of {} forms, {} speakers, in {:.1} s",
            w.dispatches,
            w.bytes as f64 / 1e6,
            g.lexicon().len(),
            g.speakers().len(),
            started.elapsed().as_secs_f64()
        );
    }
    Ok(())
}
