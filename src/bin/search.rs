//! `search`: ranked passages for a query, on a terminal or as JSON Lines.
//! Exit status: 0 found, 1 nothing found, 2 error.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use depeches::cli::exit::{self, Exit};
use depeches::cli::generate::{self, Generate};
use depeches::model::error::Error;
use depeches::render::json::{self, HitJson};
use depeches::render::quotations::{QuotationJson, TimelineJson};
use depeches::render::{self, ColorChoice};
use depeches::search::query;
use depeches::search::timeline::{self, By};
use depeches::search::{self, speaker_list, Engine, Options, Sort};
use serde::Serialize;

/// Search French news dispatches: ranked passages with the matching words highlighted.
///
/// Words must all match (accents, case and inflection ignored); "…" asks for an exact phrase;
/// -word excludes a word; speaker:NAME and quote:WORD or quote:"…" look at quotations.
#[derive(Parser, Debug)]
#[command(name = "search", version, allow_negative_numbers = true)]
struct Args {
    /// The query: words, "phrases", -exclusions, speaker:NAME, quote:"…".
    query: Vec<String>,

    /// Index directory [default: $SEARCH_INDEX, else ./index].
    #[arg(long, value_name = "DIR")]
    index: Option<PathBuf>,

    /// How many passages to show.
    #[arg(short = 'n', long, default_value_t = 10, value_name = "N", value_parser = limit)]
    limit: usize,

    /// One JSON object per hit (JSON Lines).
    #[arg(long)]
    json: bool,

    /// Colour matches: auto (only on a terminal, and not with NO_COLOR), always, never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,

    /// Only passages quoting this speaker (surname is enough; accents and case ignored).
    #[arg(long, value_name = "NAME")]
    speaker: Vec<String>,

    /// The words must match inside quotations.
    #[arg(long)]
    quotes: bool,

    /// Only dispatches dated on or after YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    since: Option<String>,

    /// Only dispatches dated on or before YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    until: Option<String>,

    /// List the speakers quoted in the index, with their number of quotations, instead of
    /// searching.
    #[arg(long, conflicts_with_all = ["query", "speaker", "quotes", "since", "until"])]
    speakers: bool,

    /// One result per quotation instead of per passage: its words, its speaker, its first
    /// appearance and how many dispatches carried it (the words must match inside it).
    #[arg(long, conflicts_with_all = ["speakers", "provenance"])]
    quotations: bool,

    /// Every dispatch that carried a quotation, first appearance first, with the variants of its
    /// wording. The query is words of the quotation, or its id (from `--quotations --json`).
    #[arg(long, conflicts_with_all = ["speakers", "speaker", "since", "until", "quotes"])]
    provenance: bool,

    /// The matching quotations laid along time: per period (--by), how many dispatches carried
    /// them and the quotations first heard in it, oldest first.
    #[arg(long, conflicts_with_all = ["speakers", "provenance", "quotations"])]
    timeline: bool,

    /// A speaker's profile (with --speaker NAME): canonical name and aliases, how many
    /// quotations and dispatches, first and last dates, and the words and phrases most
    /// distinctive of their quotations against everybody's (-n of them), each with an example;
    /// with --since/--until, of what they said in that period.
    #[arg(long, requires = "speaker", conflicts_with_all = ["speakers", "provenance", "quotations", "timeline", "quotes", "sort", "all_words", "exact", "no_collapse"])]
    profile: bool,

    /// The period of --timeline.
    #[arg(long, value_enum, default_value_t = ByArg::Month, requires = "timeline")]
    by: ByArg,

    /// Order of hits.
    #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
    sort: SortArg,

    /// Only passages holding every word (the best partial matches only when none does), instead
    /// of filling the page with passages holding most of them.
    #[arg(long)]
    all_words: bool,

    /// Match words only as typed (and as the alias list spells names): no typo corrections, no
    /// synonyms.
    #[arg(long)]
    exact: bool,

    /// Show every copy of a passage repeated by several dispatches, instead of showing it once
    /// (by the earliest dispatch) with the others listed.
    #[arg(long)]
    no_collapse: bool,

    /// Say under each hit why it ranks there: its tier, each word's BM25 contribution,
    /// proximity, field signals (`explain` in --json).
    #[arg(long)]
    explain: bool,

    /// Write shell completions (complete-bash, complete-zsh, complete-fish,
    /// complete-powershell) or the man page (man) to standard output, and exit.
    #[arg(long, value_enum, value_name = "KIND")]
    generate: Option<Generate>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum ByArg {
    Day,
    Week,
    Month,
    Year,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
enum SortArg {
    Relevance,
    Date,
}

fn main() -> ExitCode {
    exit::main("search", || {
        let args = Args::parse_from(exclusions_last(std::env::args_os()));
        if let Some(kind) = args.generate {
            generate::generate(kind, Args::command(), &mut io::stdout().lock())?;
            return Ok(Exit::Success);
        }
        Ok(if run(args)? {
            Exit::Success
        } else {
            Exit::NothingFound
        })
    })
}

/// `-word` and `-"a phrase"` exclude words from the query; clap would take them for flags, so
/// they are moved after a `--`, where every argument is a query word.
fn exclusions_last(args: impl Iterator<Item = std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut kept = Vec::new();
    let mut excluded = Vec::new();
    let mut rest_is_query = false;
    for (i, arg) in args.enumerate() {
        let s = arg.to_string_lossy();
        // `-n5` and `-n=3` are the flag -n with its value, not the exclusion of a word.
        let short_flag =
            s.starts_with("-n") && s[2..].starts_with(|c: char| c.is_ascii_digit() || c == '=');
        let exclusion = i > 0
            && !rest_is_query
            && !short_flag
            && s.starts_with('-')
            && s.chars()
                .nth(1)
                .is_some_and(|c| c.is_alphabetic() || c == '"' || c == '«')
            && s.chars().count() > 2;
        if s == "--" {
            rest_is_query = true;
        }
        if exclusion {
            excluded.push(arg);
        } else {
            kept.push(arg);
        }
    }
    if !excluded.is_empty() {
        if !rest_is_query {
            kept.push("--".into());
        }
        kept.extend(excluded);
    }
    kept
}

/// `-n`: from 1 to [`search::MAX_LIMIT`] passages. A larger number would only make the
/// collector reserve memory for hits that no screen or script reads (4294967296 asked for 48 GB).
fn limit(s: &str) -> Result<usize, String> {
    match s.trim().parse::<u64>() {
        Ok(n) if (1..=search::MAX_LIMIT as u64).contains(&n) => Ok(n as usize),
        _ => Err(format!(
            "-n takes a number of passages from 1 to {}",
            search::MAX_LIMIT
        )),
    }
}

/// Runs the search; `Ok(true)` when something was found.
fn run(args: Args) -> anyhow::Result<bool> {
    let index_dir = depeches::index::resolve_dir(args.index.clone());
    if args.speakers {
        return list_speakers(&index_dir, args.json);
    }
    if args.explain && (args.quotations || args.timeline || args.provenance || args.profile) {
        anyhow::bail!(Error::Usage(
            "--explain says why passages rank where they do; it does not apply to --quotations, --timeline, --provenance or --profile (search --explain WORDS explains the passages)".to_owned()
        ));
    }
    if args.profile {
        return profile(&index_dir, &args);
    }
    if args.provenance {
        return provenance(&index_dir, &args.query.join(" "), args.json, args.color);
    }
    let mut q = query::parse(&args.query.join(" "));
    if args.quotes {
        for c in &mut q.clauses {
            c.scope = query::Scope::Quote;
        }
    }
    if args.speaker.iter().any(|s| s.trim().is_empty()) {
        anyhow::bail!(Error::Usage(
            "--speaker needs a name, e.g. --speaker peskov".to_owned()
        ));
    }
    q.speakers.extend(args.speaker.iter().cloned());
    q.set_dates(args.since.as_deref(), args.until.as_deref())?;
    let engine = Engine::open(&index_dir)?;
    let opts = Options {
        limit: args.limit,
        sort: match args.sort {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Date => Sort::Date,
        },
        all_words: args.all_words,
        exact: args.exact,
        collapse: !args.no_collapse,
        explain: args.explain,
        ..Options::default()
    };
    let found = found(&engine, &q, &args, opts)?;
    if !found && !q.speakers.is_empty() {
        for name in engine.unquoted(&q.speakers)? {
            eprintln!("search: {}", speaker_list::unquoted_message(&name));
        }
    }
    Ok(found)
}

/// The search `args` ask for, written out; `Ok(true)` when something was found.
fn found(
    engine: &Engine,
    q: &query::UserQuery,
    args: &Args,
    opts: Options,
) -> anyhow::Result<bool> {
    if args.quotations {
        return quotations(engine, q, &opts, args.json, args.color);
    }
    if args.timeline {
        let by = match args.by {
            ByArg::Day => By::Day,
            ByArg::Week => By::Week,
            ByArg::Month => By::Month,
            ByArg::Year => By::Year,
        };
        let opts = Options {
            // The best-matching quotations, at least a hundred: a timeline shows them all.
            limit: opts.limit.max(timeline::DEFAULT_QUOTATIONS),
            ..opts
        };
        return timeline(engine, q, &opts, by, args.json, args.color);
    }
    let outcome = engine.search(q, &opts)?;
    for line in render::corrections(&outcome) {
        eprintln!("search: {line}");
    }
    // Said only when partial matches are shown: with nothing to show, the reason comes next.
    if outcome.partial && !outcome.hits.is_empty() {
        eprintln!("search: no passage holds all the words; showing the best partial matches");
    }
    show(
        args.color,
        args.json.then(|| {
            outcome
                .hits
                .iter()
                .map(|hit| HitJson::from(hit).with_corrections(&outcome.corrections))
                .collect()
        }),
        |out, color, width| {
            let place_width = outcome
                .hits
                .iter()
                .map(render::place_width)
                .max()
                .unwrap_or(0);
            for (i, hit) in outcome.hits.iter().enumerate() {
                if i > 0 && render::ends_full_matches(&outcome.hits[i - 1], hit) {
                    render::full_matches_end(out, &outcome.hits[i - 1], color)?;
                }
                render::terminal(out, hit, color, width, place_width)?;
            }
            Ok(())
        },
    )?;
    Ok(!outcome.hits.is_empty())
}

/// Standard output, buffered.
type Stdout = io::BufWriter<io::StdoutLock<'static>>;

/// Writes an answer on standard output: with `--json`, `lines` as JSON Lines (one object a
/// line); otherwise `draw` draws it for a terminal, told whether to colour and the width to fit.
fn show<J: Serialize>(
    color: ColorChoice,
    lines: Option<Vec<J>>,
    draw: impl FnOnce(&mut Stdout, bool, usize) -> io::Result<()>,
) -> io::Result<()> {
    let stdout = io::stdout();
    let color = color.enabled(stdout.is_terminal());
    let mut out = io::BufWriter::new(stdout.lock());
    match lines {
        Some(lines) => {
            for line in &lines {
                writeln!(out, "{}", json::line(line))?;
            }
        }
        None => draw(&mut out, color, render::width())?,
    }
    out.flush()
}

/// `search --speakers`: who is quoted, most quoted first.
fn list_speakers(index_dir: &std::path::Path, json: bool) -> anyhow::Result<bool> {
    let engine = Engine::open(index_dir)?;
    let speakers = depeches::search::speaker_list::speakers(&engine)?;
    show(
        ColorChoice::Never,
        json.then(|| speakers.iter().collect()),
        |out, _, _| {
            for s in &speakers {
                writeln!(out, "{:>6}  {}", s.quotations, s.speaker)?;
            }
            Ok(())
        },
    )?;
    Ok(!speakers.is_empty())
}

/// `search --quotations`: one result per quotation.
fn quotations(
    engine: &Engine,
    q: &query::UserQuery,
    opts: &Options,
    json: bool,
    color: ColorChoice,
) -> anyhow::Result<bool> {
    let found = engine.quotations(q, opts)?;
    show(
        color,
        json.then(|| found.iter().map(QuotationJson::from).collect()),
        |out, color, width| {
            for quotation in &found {
                render::quotations::terminal(out, quotation, color, width)?;
            }
            Ok(())
        },
    )?;
    Ok(!found.is_empty())
}

/// `search --provenance`: every carrier of one quotation.
fn provenance(
    index_dir: &std::path::Path,
    words: &str,
    json: bool,
    color: ColorChoice,
) -> anyhow::Result<bool> {
    if words.trim().is_empty() {
        return Err(Error::Usage(
            "--provenance needs the words of a quotation or its id, e.g. search --provenance \"cibles légitimes\"".to_owned(),
        )
        .into());
    }
    let engine = Engine::open(index_dir)?;
    let Some(quotation) = engine.provenance(words)? else {
        eprintln!(
            "search: {}",
            search::quotations::not_found(words, "--quotations WORDS")
        );
        return Ok(false);
    };
    show(
        color,
        json.then(|| vec![QuotationJson::from(&quotation)]),
        |out, color, width| render::quotations::provenance(out, &quotation, color, width),
    )?;
    Ok(true)
}

/// `search --timeline`: the matching quotations by period.
fn timeline(
    engine: &Engine,
    q: &query::UserQuery,
    opts: &Options,
    by: By,
    json: bool,
    color: ColorChoice,
) -> anyhow::Result<bool> {
    let t = engine.timeline(q, opts, by)?;
    if t.undated > 0 {
        eprintln!(
            "search: {} quotation{} with no dated carrier left out",
            t.undated,
            if t.undated > 1 { "s" } else { "" }
        );
    }
    show(
        color,
        json.then(|| vec![TimelineJson::from(&t)]),
        |out, color, width| render::quotations::timeline(out, &t, color, width),
    )?;
    Ok(!t.periods.is_empty())
}

/// `search --speaker NAME --profile`: who the speaker is in the index and what sets their
/// quotations apart.
fn profile(index_dir: &std::path::Path, args: &Args) -> anyhow::Result<bool> {
    if !args.query.iter().all(|w| w.trim().is_empty()) {
        anyhow::bail!(Error::Usage(
            "--profile takes no words, only one --speaker: search --speaker peskov --profile"
                .to_owned()
        ));
    }
    let name = match &args.speaker[..] {
        [one] if !one.trim().is_empty() => one,
        [_] => anyhow::bail!(Error::Usage(
            "--speaker needs a name, e.g. --speaker peskov".to_owned()
        )),
        _ => anyhow::bail!(Error::Usage(
            "--profile takes one --speaker at a time: search --speaker peskov --profile".to_owned()
        )),
    };
    let mut period = depeches::search::query::UserQuery::default();
    period.set_dates(args.since.as_deref(), args.until.as_deref())?;
    let engine = Engine::open(index_dir)?;
    let Some(p) = engine.profile_between(name, args.limit, period.since, period.until)? else {
        if period.since.is_some() || period.until.is_some() {
            eprintln!(
                "search: no passage dated in that period quotes {name:?}: widen --since/--until, or leave them out"
            );
            return Ok(false);
        }
        eprintln!("search: {}", speaker_list::unquoted_message(name));
        return Ok(false);
    };
    show(
        args.color,
        args.json.then(|| vec![&p]),
        |out, color, width| render::profile::terminal(out, &p, color, width),
    )?;
    Ok(true)
}
