//! `search-index`: adds the dispatches under PATH... to the index.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use depeches::ingest::{self, Options};

/// Index French news dispatches (.txt files, recursively) for `search`.
#[derive(Parser, Debug)]
#[command(name = "search-index", version)]
struct Args {
    /// Files and directories of dispatches.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// Index directory [default: $SEARCH_INDEX, else ./index].
    #[arg(long, value_name = "DIR")]
    index: Option<PathBuf>,

    /// Start the index anew (needed after an upgrade that changes the index format).
    #[arg(long)]
    rebuild: bool,

    /// Remove from the index the dispatches whose files are gone.
    #[arg(long)]
    prune: bool,

    /// Write nothing; print what would be indexed (with --json, one object per dispatch).
    #[arg(long)]
    dry_run: bool,

    /// Machine-readable output.
    #[arg(long)]
    json: bool,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match try_main(args) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("search-index: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn try_main(args: Args) -> anyhow::Result<u8> {
    let index_dir = args
        .index
        .or_else(|| std::env::var_os("SEARCH_INDEX").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("index"));
    if args.dry_run {
        return dry_run(&args.paths, args.json);
    }
    let summary = ingest::run(&Options {
        index_dir,
        paths: args.paths,
        rebuild: args.rebuild,
        prune: args.prune,
    })?;
    for (id, warning) in &summary.warnings {
        eprintln!("search-index: warning: {id}: {warning}");
    }
    for (id, reason) in &summary.skipped {
        eprintln!("search-index: skipped {id}: {reason}");
    }
    let skipped: Vec<String> = summary
        .skipped_by_reason()
        .iter()
        .map(|(r, n)| format!("{n} {r}"))
        .collect();
    eprintln!(
        "search-index: {} added, {} updated, {} unchanged, {} removed, {} skipped{} ({} passages) in {:.2} s",
        summary.added,
        summary.updated,
        summary.unchanged,
        summary.removed,
        summary.skipped.len(),
        if skipped.is_empty() {
            String::new()
        } else {
            format!(" ({})", skipped.join(", "))
        },
        summary.passages,
        summary.elapsed.as_secs_f64()
    );
    Ok(if summary.skipped.is_empty() { 0 } else { 3 })
}

fn dry_run(paths: &[PathBuf], json: bool) -> anyhow::Result<u8> {
    let inputs = ingest::collect(paths)?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut skipped = 0;
    for input in &inputs {
        match ingest::load(input) {
            Ok((d, _)) if json => writeln!(out, "{}", d.to_json())?,
            Ok((d, _)) => writeln!(
                out,
                "{}\t{}\t{}\t{} passages\t{}",
                d.id,
                d.date.map_or("sans date".to_owned(), |d| d.value()),
                d.lang,
                d.passages.len(),
                d.title
            )?,
            Err(reason) => {
                skipped += 1;
                eprintln!("search-index: skipped {}: {reason}", input.id);
            }
        }
    }
    out.flush()?;
    Ok(if skipped == 0 { 0 } else { 3 })
}
