//! `scaling-report`: the table and the picture of how depeches grows with its index, from the
//! measurements `benches/scaling.sh` leaves for each size.
//!
//! Each `--point DIR` holds one size's results: `raw.txt` (bytes of text indexed), `index.time`
//! (`/usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KB"` of the indexing run),
//! `sb-*.json` (`search-bench --json` runs over the index), `startup.tsv` (`search-startup`)
//! and `rss.txt` (the peak RSS of `search` over the query file, KB). Prints a Markdown table;
//! with `--svg FILE`, draws each query class's p50 and p99 against the number of passages, both
//! axes logarithmic.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context as _};
use clap::Parser;
use depeches::cli::exit::{self, Exit};
use serde::Deserialize;

#[derive(Parser, Debug)]
#[command(name = "scaling-report")]
struct Args {
    /// A directory of one size's results (repeatable, smallest first).
    #[arg(long = "point", value_name = "DIR", required = true)]
    points: Vec<PathBuf>,
    /// Also draw the latencies per class into FILE (SVG).
    #[arg(long, value_name = "FILE")]
    svg: Option<PathBuf>,
}

#[derive(Deserialize)]
struct Bench {
    size: Size,
    classes: Vec<Class>,
    overall: Stats,
}

#[derive(Deserialize)]
struct Size {
    dispatches: u64,
    passages: u64,
    bytes: u64,
}

#[derive(Deserialize)]
struct Class {
    class: String,
    stats: Stats,
}

#[derive(Deserialize, Clone, Copy)]
struct Stats {
    p50_ms: f64,
    p99_ms: f64,
}

/// One size's figures; latencies are medians over the runs, with their spread.
struct Point {
    dispatches: u64,
    passages: u64,
    raw: u64,
    index: u64,
    wall: f64,
    cpu: f64,
    index_rss_kb: u64,
    search_rss_kb: u64,
    startup: Vec<f64>,
    /// Class (and "all") → (p50s, p99s) of every run.
    classes: BTreeMap<String, (Vec<f64>, Vec<f64>)>,
}

fn main() -> ExitCode {
    exit::main("scaling-report", || {
        run(Args::parse()).map(|()| Exit::Success)
    })
}

fn read(dir: &Path, name: &str) -> anyhow::Result<String> {
    let p = dir.join(name);
    std::fs::read_to_string(&p).with_context(|| format!("cannot read {}", p.display()))
}

/// The number after `key` in a `/usr/bin/time` line such as `wall 5.9 s, user 9.1 s, …`.
fn after(line: &str, key: &str) -> anyhow::Result<f64> {
    let rest = line
        .split(key)
        .nth(1)
        .with_context(|| format!("no `{key}` in `{line}`"))?;
    let word = rest.split_whitespace().next().unwrap_or("");
    word.parse()
        .with_context(|| format!("`{word}` after `{key}` is not a number"))
}

fn load(dir: &Path) -> anyhow::Result<Point> {
    let raw: u64 = read(dir, "raw.txt")?.trim().parse().context("raw.txt")?;
    let time = read(dir, "index.time")?;
    let line = time
        .lines()
        .rfind(|l| l.starts_with("wall"))
        .context("index.time holds no `wall …` line")?;
    let mut point = Point {
        dispatches: 0,
        passages: 0,
        raw,
        index: 0,
        wall: after(line, "wall")?,
        cpu: after(line, "user")? + after(line, "sys")?,
        index_rss_kb: after(line, "peak RSS")? as u64,
        search_rss_kb: read(dir, "rss.txt")?.trim().parse().context("rss.txt")?,
        startup: Vec::new(),
        classes: BTreeMap::new(),
    };
    for l in read(dir, "startup.tsv")?.lines() {
        if let Some(m) = l.split('\t').nth(2) {
            point.startup.push(m.parse().context("startup.tsv")?);
        }
    }
    let mut runs = 0;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if !(name.starts_with("sb-") && name.ends_with(".json")) {
            continue;
        }
        let bench: Bench = serde_json::from_str(&read(dir, name)?)
            .with_context(|| format!("{} is not search-bench --json output", path.display()))?;
        point.dispatches = bench.size.dispatches;
        point.passages = bench.size.passages;
        point.index = bench.size.bytes;
        let all = Class {
            class: "all".to_owned(),
            stats: bench.overall,
        };
        for c in bench.classes.iter().chain(std::iter::once(&all)) {
            let e = point.classes.entry(c.class.clone()).or_default();
            e.0.push(c.stats.p50_ms);
            e.1.push(c.stats.p99_ms);
        }
        runs += 1;
    }
    if runs == 0 {
        bail!("{} holds no sb-*.json", dir.display());
    }
    Ok(point)
}

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(f64::total_cmp);
    let n = s.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    }
}

/// `0.42 (0.40–0.45)`: the median and the spread of the runs.
fn spread(v: &[f64]) -> String {
    let lo = v.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = v.iter().copied().fold(0.0, f64::max);
    if v.len() > 1 {
        format!("{:.3} ({lo:.3}–{hi:.3})", median(v))
    } else {
        format!("{:.3}", median(v))
    }
}

fn table(points: &[Point]) -> String {
    let mut t = String::from("| |");
    for p in points {
        let _ = write!(t, " {} dispatches, {} passages |", p.dispatches, p.passages);
    }
    t.push_str("\n|---|");
    t.push_str(&"---|".repeat(points.len()));
    let mut row = |label: &str, f: &dyn Fn(&Point) -> String| {
        let _ = write!(t, "\n| {label} |");
        for p in points {
            let _ = write!(t, " {} |", f(p));
        }
    };
    row("raw text", &|p| format!("{:.1} MB", p.raw as f64 / 1e6));
    row("indexing, wall", &|p| format!("{:.1} s", p.wall));
    row("indexing, CPU", &|p| format!("{:.1} s", p.cpu));
    row("indexing, MB/s of text", &|p| {
        format!("{:.1}", p.raw as f64 / 1e6 / p.wall)
    });
    row("indexing, peak RSS", &|p| {
        format!("{:.0} MB", p.index_rss_kb as f64 / 1024.0)
    });
    row("index size", &|p| {
        format!(
            "{:.0} MB = {:.3} × text",
            p.index as f64 / 1e6,
            p.index as f64 / p.raw as f64
        )
    });
    row("`search` peak RSS", &|p| {
        format!("{:.1} MB", p.search_rss_kb as f64 / 1024.0)
    });
    row("`search` start to exit, median (slowest query)", &|p| {
        let slowest = p.startup.iter().copied().fold(0.0, f64::max);
        format!("{:.2} ms ({slowest:.2})", median(&p.startup))
    });
    let classes: Vec<String> = points[0].classes.keys().cloned().collect();
    for c in &classes {
        row(&format!("{c}: p50 ms"), &|p| {
            p.classes.get(c).map(|v| spread(&v.0)).unwrap_or_default()
        });
        row(&format!("{c}: p99 ms"), &|p| {
            p.classes.get(c).map(|v| spread(&v.1)).unwrap_or_default()
        });
    }
    t.push('\n');
    t
}

const PALETTE: [&str; 16] = [
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#000000",
];

/// Two panels (p50, p99), one line per class, milliseconds against passages, log–log.
fn svg(points: &[Point]) -> String {
    let classes: Vec<&String> = points[0].classes.keys().collect();
    let (pw, ph, left, top, gap) = (360.0, 300.0, 60.0, 50.0, 70.0);
    let legend_w = 170.0;
    let width = left + 2.0 * pw + gap + legend_w;
    let height = top + ph + 60.0;
    let xs: Vec<f64> = points
        .iter()
        .map(|p| (p.passages.max(1) as f64).log10())
        .collect();
    // The measured sizes with a margin of a sixth of a decade on each side.
    let (x0, x1) = (xs[0] - 0.16, xs[xs.len() - 1].max(xs[0] + 1.0) + 0.16);
    let all: Vec<f64> = points
        .iter()
        .flat_map(|p| p.classes.values().flat_map(|v| v.0.iter().chain(&v.1)))
        .copied()
        .filter(|m| *m > 0.0)
        .collect();
    let y0 = all
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min)
        .log10()
        .floor();
    let y1 = all
        .iter()
        .copied()
        .fold(0.0, f64::max)
        .log10()
        .ceil()
        .max(y0 + 1.0);
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="{left}" y="22" font-size="14">Latency per query class against the number of passages (log–log; medians of the runs)</text>"#
    );
    for (panel, name) in ["p50", "p99"].iter().enumerate() {
        let ox = left + panel as f64 * (pw + gap);
        let px = |x: f64| ox + (x - x0) / (x1 - x0) * pw;
        let py = |y: f64| top + ph - (y.log10() - y0) / (y1 - y0) * ph;
        let _ = writeln!(
            s,
            r#"<rect x="{ox}" y="{top}" width="{pw}" height="{ph}" fill="none" stroke="black"/><text x="{}" y="{}" text-anchor="middle">{name}</text>"#,
            ox + pw / 2.0,
            top - 8.0
        );
        let mut d = y0;
        while d <= y1 {
            let y = py(10f64.powf(d));
            let label = if d >= 0.0 {
                format!("{} ms", 10f64.powf(d))
            } else {
                format!("{} µs", (10f64.powf(d) * 1000.0).round())
            };
            let _ = writeln!(
                s,
                r##"<line x1="{ox}" x2="{}" y1="{y}" y2="{y}" stroke="#ddd"/><text x="{}" y="{}" text-anchor="end">{label}</text>"##,
                ox + pw,
                ox - 4.0,
                y + 4.0
            );
            d += 1.0;
        }
        for p in points {
            let x = px((p.passages.max(1) as f64).log10());
            let _ = writeln!(
                s,
                r##"<line x1="{x}" x2="{x}" y1="{top}" y2="{}" stroke="#eee"/><text x="{x}" y="{}" text-anchor="middle">{}</text>"##,
                top + ph,
                top + ph + 16.0,
                passages_label(p.passages)
            );
        }
        for (i, c) in classes.iter().enumerate() {
            let pts: Vec<String> = points
                .iter()
                .filter_map(|p| {
                    let v = p.classes.get(*c)?;
                    let m = median(if panel == 0 { &v.0 } else { &v.1 });
                    (m > 0.0).then(|| {
                        format!("{:.1},{:.1}", px((p.passages.max(1) as f64).log10()), py(m))
                    })
                })
                .collect();
            let dash = if c.as_str() == "all" {
                r#" stroke-width="3""#
            } else if i >= 8 {
                r#" stroke-dasharray="6 3""#
            } else {
                ""
            };
            let _ = writeln!(
                s,
                r#"<polyline points="{}" fill="none" stroke="{}"{dash}/>"#,
                pts.join(" "),
                PALETTE[i % PALETTE.len()]
            );
        }
    }
    let lx = left + 2.0 * pw + gap + 10.0;
    for (i, c) in classes.iter().enumerate() {
        let y = top + 16.0 * i as f64;
        let _ = writeln!(
            s,
            r#"<line x1="{lx}" x2="{}" y1="{y}" y2="{y}" stroke="{}" stroke-width="3"{}/><text x="{}" y="{}">{c}</text>"#,
            lx + 20.0,
            PALETTE[i % PALETTE.len()],
            if i >= 8 && c.as_str() != "all" {
                r#" stroke-dasharray="6 3""#
            } else {
                ""
            },
            lx + 26.0,
            y + 4.0
        );
    }
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{}" text-anchor="middle">passages in the index</text>"#,
        left + pw + gap / 2.0,
        top + ph + 40.0
    );
    s.push_str("</svg>\n");
    s
}

fn passages_label(n: u64) -> String {
    if n >= 1_000_000 {
        format!("{:.1} M", n as f64 / 1e6)
    } else {
        format!("{:.0} k", n as f64 / 1e3)
    }
}

fn run(args: Args) -> anyhow::Result<()> {
    let points = args
        .points
        .iter()
        .map(|d| load(d))
        .collect::<anyhow::Result<Vec<_>>>()?;
    print!("{}", table(&points));
    if let Some(path) = args.svg {
        std::fs::write(&path, svg(&points))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}
