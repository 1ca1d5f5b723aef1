//! `search-serve`: the search page and the JSON API over an index.
//! Exit status: 0 after Ctrl-C or SIGTERM, 2 when it cannot start.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{CommandFactory, Parser};
use depeches::cli::args::whole;
use depeches::cli::exit::{self, Exit};
use depeches::cli::generate::{self, Generate};
use depeches::search::MAX_LIMIT;
use depeches::serve::{self, live::Live, App, Limits};

/// Serve the search page and the JSON API (/api/search, /api/quotations, /api/timeline,
/// /api/provenance, /api/profile, /api/dates, /api/speakers, /api/dispatch, /healthz) over an index; a commit
/// by search-index is seen by the next request.
#[derive(Parser, Debug)]
#[command(name = "search-serve", version, allow_negative_numbers = true)]
struct Args {
    /// Index directory [default: $SEARCH_INDEX, else ./index].
    #[arg(long, value_name = "DIR")]
    index: Option<PathBuf>,

    /// Address to listen on (port 0: any free port, printed at start).
    #[arg(long, default_value = "127.0.0.1:7700", value_name = "ADDR")]
    addr: SocketAddr,

    /// Longest query, in characters (speaker names included).
    #[arg(long, default_value_t = Limits::default().max_query_chars, value_name = "N",
          value_parser = whole(1, 100_000))]
    max_query_chars: usize,

    /// Most words in a query (speaker names included).
    #[arg(long, default_value_t = Limits::default().max_terms, value_name = "N",
          value_parser = whole(1, 1_000))]
    max_terms: usize,

    /// Largest `n` (hits per request).
    #[arg(long, default_value_t = Limits::default().max_n, value_name = "N",
          value_parser = whole(1, MAX_LIMIT))]
    max_n: usize,

    /// Largest `offset`.
    #[arg(long, default_value_t = Limits::default().max_offset, value_name = "N",
          value_parser = whole(0, MAX_LIMIT))]
    max_offset: usize,

    /// Time budget of a request, in milliseconds, waiting included (503 past it).
    #[arg(long, default_value_t = Limits::default().budget.as_millis() as usize, value_name = "MS",
          value_parser = whole(1, 3_600_000))]
    budget_ms: usize,

    /// Searches running at once [default: the number of CPUs].
    #[arg(long, value_name = "N", value_parser = whole(1, 1_024))]
    max_searches: Option<usize>,

    /// Searches waiting for their turn; past that, requests get 429.
    #[arg(long, default_value_t = Limits::default().max_waiting, value_name = "N",
          value_parser = whole(0, 100_000))]
    max_waiting: usize,
    /// Write shell completions (complete-bash, complete-zsh, complete-fish,
    /// complete-powershell) or the man page (man) to standard output, and exit.
    #[arg(long, value_enum, value_name = "KIND")]
    generate: Option<Generate>,
}

fn main() -> ExitCode {
    exit::main("search-serve", || {
        let args = Args::parse();
        if let Some(kind) = args.generate {
            generate::generate(kind, Args::command(), &mut std::io::stdout().lock())?;
            return Ok(Exit::Success);
        }
        run(args)?;
        Ok(Exit::Success)
    })
}

fn run(args: Args) -> anyhow::Result<()> {
    let index_dir = depeches::index::resolve_dir(args.index);
    let defaults = Limits::default();
    let limits = Limits {
        max_query_chars: args.max_query_chars,
        max_terms: args.max_terms,
        max_n: args.max_n,
        max_offset: args.max_offset,
        budget: Duration::from_millis(args.budget_ms as u64),
        max_searches: args.max_searches.unwrap_or(defaults.max_searches).max(1),
        max_waiting: args.max_waiting,
    };
    let live = Live::open(&index_dir)?;
    let passages = live
        .get()
        .map(|s| s.engine.searcher().num_docs())
        .unwrap_or(0);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .map_err(|e| {
                anyhow::anyhow!(
                    "cannot listen on {}: {e} (choose another address with --addr)",
                    args.addr
                )
            })?;
        serve::serve(listener, App::new(live, limits), |addr| {
            eprintln!(
                "search-serve: {} passages from {}; open http://{addr}/",
                passages,
                index_dir.display()
            );
        })
        .await
    })
}
