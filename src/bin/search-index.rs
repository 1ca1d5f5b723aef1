//! `search-index`: adds new and changed dispatches under PATH... to the index.
//! Exit status: 0 all indexed, 3 done but some inputs skipped, 2 fatal error.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use clap::{CommandFactory, Parser};
use depeches::cli::args::whole;
use depeches::cli::exit::{self, Exit};
use depeches::cli::generate::{self, Generate};
use depeches::ingest::{self, MaxPrune, Options, Progress, Summary};
use depeches::model::error::Error;
use depeches::render::json::{self, CheckJson, DispatchJson, SummaryJson};
use depeches::text::escape::one_line;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Index French news dispatches for `search`: .txt files (directories are read recursively),
/// NDJSON feeds (.jsonl, .ndjson, or - for standard input). Re-running adds what is new,
/// re-indexes what changed and leaves the rest untouched.
#[derive(Parser, Debug)]
#[command(name = "search-index", version, allow_negative_numbers = true)]
struct Args {
    /// Files and directories of dispatches; - reads NDJSON from standard input.
    #[arg(required_unless_present_any = ["check", "generate"], value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// Index directory [default: $SEARCH_INDEX, else ./index].
    #[arg(long, value_name = "DIR")]
    index: Option<PathBuf>,

    /// Build a new index from PATH... and replace the old one with it when it is complete
    /// (needed after an upgrade that changes the index format, or to repair a damaged index);
    /// refused when it would hold fewer dispatches than the index by more than --max-prune.
    #[arg(long)]
    rebuild: bool,

    /// Verify the index (every file's checksum, every dispatch whole) and report in one line:
    /// exit 0 whole, 2 damaged.
    #[arg(long, conflicts_with_all = ["paths", "rebuild", "prune", "dry_run"])]
    check: bool,

    /// Remove from the index the dispatches that none of the PATHs holds any more. Nothing is
    /// removed when a PATH cannot be read, or when more would go than --max-prune allows.
    #[arg(long)]
    prune: bool,

    /// The most dispatches one --prune may remove: N, a percentage of the index (P%), or all.
    /// A --rebuild may hold that many fewer dispatches than the index it replaces, no more.
    #[arg(long, value_name = "N|P%|all", default_value_t = MaxPrune::default(),
          allow_hyphen_values = true)]
    max_prune: MaxPrune,

    /// Write nothing; print what would be indexed (with --json, one object per dispatch).
    #[arg(long)]
    dry_run: bool,

    /// Commit after this many new or changed dispatches: an interrupted run loses at most that
    /// much work, which the next run redoes.
    #[arg(long, value_name = "N", default_value_t = ingest::COMMIT_EVERY_DISPATCHES,
          value_parser = whole(1, 100_000_000))]
    commit_every: usize,

    /// Print the run's summary (or, with --dry-run, each dispatch) as JSON on standard output.
    #[arg(long)]
    json: bool,
    /// Write shell completions (complete-bash, complete-zsh, complete-fish,
    /// complete-powershell) or the man page (man) to standard output, and exit.
    #[arg(long, value_enum, value_name = "KIND")]
    generate: Option<Generate>,
}

fn main() -> ExitCode {
    exit::main("search-index", || run(Args::parse()))
}

fn run(args: Args) -> anyhow::Result<Exit> {
    if let Some(kind) = args.generate {
        generate::generate(kind, Args::command(), &mut io::stdout().lock())?;
        return Ok(Exit::Success);
    }
    let index_dir = depeches::index::resolve_dir(args.index);
    if args.check {
        return check(&index_dir, args.json);
    }
    // A PATH that does not exist is a mistyped path or a feed folder not mounted: when no PATH
    // exists, nothing is done (no index is created); else the others are indexed and the run
    // ends in error. A prune or a rebuild says itself why it refuses.
    let missing: Vec<PathBuf> = missing(&args.paths).into_iter().cloned().collect();
    if !missing.is_empty() && missing.len() == args.paths.len() && !args.prune && !args.rebuild {
        anyhow::bail!(Error::Usage(format!(
            "no such file or folder: {}{}; check the path (nothing was indexed)",
            shown(&missing[0]),
            match missing.len() {
                1 => String::new(),
                2 => " (and one other PATH)".to_owned(),
                n => format!(" (and {} other PATHs)", n - 1),
            }
        )));
    }
    if args.dry_run {
        return dry_run(&args.paths, args.json);
    }
    let mut bar = Bar::new();
    let summary = ingest::run(
        &Options {
            index_dir,
            paths: args.paths,
            rebuild: args.rebuild,
            prune: args.prune,
            commit_every: args.commit_every,
            max_prune: args.max_prune,
        },
        &mut bar,
    )?;
    report(&summary, args.json)?;
    if let Some(refusal) = &summary.prune_refused {
        eprintln!("search-index: {}", one_line(refusal));
        return Ok(Exit::Failure);
    }
    if let Some(first) = missing.first() {
        eprintln!(
            "search-index: no such file or folder: {}; check the path (the other PATHs were indexed)",
            shown(first)
        );
        return Ok(Exit::Failure);
    }
    Ok(if summary.skipped.is_empty() {
        Exit::Success
    } else {
        Exit::SomeSkipped
    })
}

/// The PATHs (`-` aside) that do not exist.
fn missing(paths: &[PathBuf]) -> Vec<&PathBuf> {
    paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .filter(|p| std::fs::metadata(p).is_err_and(|e| e.kind() == io::ErrorKind::NotFound))
        .collect()
}

/// A path as one line of text.
fn shown(path: &Path) -> String {
    one_line(&path.display().to_string()).into_owned()
}

/// `--check`: one line on stderr (or one JSON object on stdout); 0 whole, 2 damaged.
fn check(index_dir: &std::path::Path, json: bool) -> anyhow::Result<Exit> {
    let report = depeches::index::check::check(index_dir)?;
    if json {
        let mut out = io::stdout().lock();
        writeln!(out, "{}", json::line(&CheckJson::from(&report)))?;
        out.flush()?;
    } else {
        eprintln!("search-index: {}", report.line());
    }
    Ok(if report.is_whole() {
        Exit::Success
    } else {
        Exit::Failure
    })
}

/// Warnings and skipped inputs one per line, then the summary: on stderr, or as JSON on stdout.
fn report(summary: &Summary, json: bool) -> anyhow::Result<()> {
    for (id, warning) in &summary.warnings {
        eprintln!(
            "search-index: warning: {}",
            one_line(&format!("{id}: {warning}"))
        );
    }
    for skip in &summary.skipped {
        eprintln!("search-index: skipped {}", one_line(&skip.to_string()));
    }
    if json {
        let mut out = io::stdout().lock();
        writeln!(out, "{}", json::line(&SummaryJson::from(summary)))?;
        out.flush()?;
    } else {
        eprintln!("search-index: {}", summary.line());
    }
    Ok(())
}

fn dry_run(paths: &[PathBuf], json: bool) -> anyhow::Result<Exit> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut skipped = 0;
    ingest::dry_run(paths, |item| {
        match item {
            Ok(d) if json => writeln!(out, "{}", json::line(&DispatchJson::from(&d)))?,
            Ok(d) => writeln!(
                out,
                "{}\t{}\t{}\t{} passages\t{}",
                one_line(&d.id),
                d.date.map_or("sans date".to_owned(), |d| d.value()),
                d.lang,
                d.passages.len(),
                one_line(&d.title)
            )?,
            Err(skip) => {
                skipped += 1;
                eprintln!("search-index: skipped {}", one_line(&skip.to_string()));
            }
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(if skipped == 0 {
        Exit::Success
    } else {
        Exit::SomeSkipped
    })
}

/// A progress bar with rate and ETA, drawn only when stderr is a terminal (never under cron).
struct Bar(ProgressBar);

impl Bar {
    fn new() -> Bar {
        let target = if io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        Bar(ProgressBar::with_draw_target(None, target))
    }
}

impl Progress for Bar {
    fn start(&mut self, total_bytes: Option<u64>) {
        let template = match total_bytes {
            Some(total) => {
                self.0.set_length(total);
                "{bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta} {msg}"
            }
            None => "{spinner} {bytes} {binary_bytes_per_sec} {msg}",
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            self.0.set_style(style);
        }
        self.0.enable_steady_tick(Duration::from_millis(200));
    }

    fn advance(&mut self, bytes: u64, s: &Summary) {
        self.0.inc(bytes);
        self.0.set_message(format!(
            "{} new, {} changed, {} unchanged, {} skipped",
            s.added,
            s.updated,
            s.unchanged,
            s.skipped.len()
        ));
    }

    fn finish(&mut self) {
        self.0.finish_and_clear();
    }
}
