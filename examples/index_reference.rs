//! The reference for indexing throughput: what tantivy costs with depeches' analysis chains and
//! nothing else, against depeches' own documents, on the same passages.
//!
//! The dispatches are read and parsed first (extraction included), outside the measured part;
//! then one of:
//!
//! - `body`: each passage stored, and indexed once with its language's chain (positions and
//!   length norms), in a schema of those fields only; `--threads N` indexing threads;
//!   `--quoted` adds the quoted words with positions (as depeches' `quoted_*` fields),
//!   `--heading` the title on every passage (as `heading_*`), `--heading-once` the title on the
//!   first passage only;
//! - `full`: depeches' own writer and documents (every field), the staging of each dispatch
//!   (quotations' words, near-duplicate signatures) measured apart.
//!
//! Each phase prints its wall time and the CPU time of the whole process (every thread) during
//! it, and MB/s of raw text per CPU-second.
//!
//! `cargo run --release --example index_reference -- body|full CORPUS OUT [--threads N]
//! [--quoted] [--heading|--heading-once]`

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context as _;
use depeches::index::analysis::{self, Chain};
use depeches::index::{stage, Writer};
use depeches::ingest::{self, Content, Raw};
use depeches::model::aliases::Aliases;
use depeches::model::dispatch::Dispatch;
use rayon::prelude::*;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions, STORED};
use tantivy::{doc, Index, IndexSettings};

/// The writer's memory, as depeches gives it.
const WRITER_MEMORY: usize = 128 * 1024 * 1024;

/// CPU seconds used so far by the whole process (user + system, every thread).
fn cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<u64> = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|x| x.parse().ok())
        .collect();
    f.iter().sum::<u64>() as f64 / 100.0
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

struct Phase {
    name: &'static str,
    wall: Instant,
    cpu: f64,
}

impl Phase {
    fn start(name: &'static str) -> Phase {
        Phase {
            name,
            wall: Instant::now(),
            cpu: cpu(),
        }
    }

    fn end(self, mb: f64) -> f64 {
        let (wall, cpu) = (self.wall.elapsed().as_secs_f64(), cpu() - self.cpu);
        println!(
            "{:<10} wall {wall:7.2} s  cpu {cpu:7.2} s  {:6.1} MB/s wall  {:6.1} MB per cpu-s",
            self.name,
            mb / wall,
            mb / cpu.max(0.01)
        );
        cpu
    }
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: index_reference body|full CORPUS OUT [--threads N]";
    let (mode, corpus, out) = match &args[..] {
        [m, c, o, ..] => (m.as_str(), PathBuf::from(c), PathBuf::from(o)),
        _ => anyhow::bail!(usage),
    };
    let threads: usize = match args.iter().position(|a| a == "--threads") {
        Some(i) => args.get(i + 1).context(usage)?.parse()?,
        None => 2,
    };
    anyhow::ensure!(!out.exists(), "{} exists: give a new folder", out.display());

    let read = Phase::start("read");
    let mut raws: Vec<Raw> = Vec::new();
    ingest::read_all(&ingest::collect(&[corpus]), |item, _| {
        if let Ok(raw) = item {
            raws.push(raw);
        }
        Ok(())
    })?;
    let bytes: usize = raws
        .iter()
        .map(|r| match &r.content {
            Content::File { bytes, .. } => bytes.len(),
            Content::Record(r) => r.text.len(),
        })
        .sum();
    let mb = bytes as f64 / 1e6;
    read.end(mb);
    println!("{} dispatches, {mb:.1} MB", raws.len());

    let parse = Phase::start("parse");
    let aliases = Aliases::bundled();
    let parsed: Vec<(Dispatch, u64)> = raws
        .par_iter()
        .filter_map(|raw| {
            ingest::parse_with(raw, &aliases)
                .ok()
                .map(|(d, _)| (d, raw.hash))
        })
        .collect();
    drop(raws);
    parse.end(mb);
    let passages: usize = parsed.iter().map(|(d, _)| d.passages.len()).sum();
    println!("{passages} passages");

    match mode {
        "body" => {
            let extra = Extra {
                quoted: args.iter().any(|a| a == "--quoted"),
                heading: args.iter().any(|a| a == "--heading"),
                heading_once: args.iter().any(|a| a == "--heading-once"),
            };
            body(&parsed, &out, threads, extra, mb)?
        }
        "full" => full(&parsed, &out, mb)?,
        _ => anyhow::bail!(usage),
    }
    let size: u64 = std::fs::read_dir(&out)?
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "index {:.1} MB = {:.3} x the text; peak RSS {:.0} MB",
        size as f64 / 1e6,
        size as f64 / bytes as f64,
        peak_rss_mb()
    );
    Ok(())
}

/// What `body` indexes besides the passage text.
#[derive(Clone, Copy)]
struct Extra {
    quoted: bool,
    heading: bool,
    heading_once: bool,
}

/// Each passage stored and indexed once, with its dispatch's chain: the least a search needs.
fn body(
    parsed: &[(Dispatch, u64)],
    out: &Path,
    threads: usize,
    extra: Extra,
    mb: f64,
) -> anyhow::Result<()> {
    let mut b = Schema::builder();
    let text = b.add_text_field("text", STORED);
    let mut per_chain = |prefix: &str, option: IndexRecordOption, norms: bool| -> Vec<_> {
        Chain::ALL
            .iter()
            .map(|c| {
                let options = TextOptions::default().set_indexing_options(
                    TextFieldIndexing::default()
                        .set_tokenizer(c.tokenizer_name())
                        .set_index_option(option)
                        .set_fieldnorms(norms),
                );
                b.add_text_field(&format!("{prefix}_{}", c.tokenizer_name()), options)
            })
            .collect()
    };
    let fields = per_chain("body", IndexRecordOption::WithFreqsAndPositions, true);
    let quoted = per_chain("quoted", IndexRecordOption::WithFreqsAndPositions, false);
    let heading = per_chain("heading", IndexRecordOption::Basic, false);
    std::fs::create_dir_all(out)?;
    let index = Index::builder()
        .schema(b.build())
        .settings(IndexSettings {
            docstore_blocksize: 8192,
            ..Default::default()
        })
        .create_in_dir(out)?;
    analysis::register(index.tokenizers());
    let mut writer =
        index.writer_with_num_threads::<tantivy::TantivyDocument>(threads, WRITER_MEMORY)?;
    writer.set_merge_policy(Box::new(tantivy::merge_policy::NoMergePolicy));

    let add = Phase::start("add");
    for (d, _) in parsed {
        let slot = Chain::ALL
            .iter()
            .position(|&c| c == Chain::for_lang(&d.lang))
            .unwrap_or(2);
        for p in &d.passages {
            let mut doc = doc!(text => p.text.as_str(), fields[slot] => p.text.as_str());
            if extra.quoted && !p.quotes.is_empty() {
                let words: Vec<&str> = p.quotes.iter().map(|q| q.text.as_str()).collect();
                doc.add_text(quoted[slot], words.join("\n"));
            }
            if extra.heading || (extra.heading_once && p.number == 1) {
                doc.add_text(heading[slot], d.title.as_str());
            }
            writer.add_document(doc)?;
        }
    }
    writer.commit()?;
    let add_cpu = add.end(mb);
    let merge = Phase::start("merge");
    let segments = index.searchable_segment_ids()?;
    if segments.len() > 1 {
        writer.merge(&segments).wait()?;
    }
    writer.wait_merging_threads()?;
    let merge_cpu = merge.end(mb);
    println!(
        "indexing total cpu {:.2} s = {:.1} MB per cpu-s",
        add_cpu + merge_cpu,
        mb / (add_cpu + merge_cpu)
    );
    Ok(())
}

/// depeches' own documents through its writer, extraction already done.
fn full(parsed: &[(Dispatch, u64)], out: &Path, mb: f64) -> anyhow::Result<()> {
    let staging = Phase::start("stage");
    let staged: Vec<_> = parsed.par_iter().map(|(d, _)| stage(d)).collect();
    let stage_cpu = staging.end(mb);
    let mut writer = Writer::open(out, true)?;
    let add = Phase::start("add");
    for ((d, hash), s) in parsed.iter().zip(staged) {
        writer.replace(d, s, *hash)?;
    }
    writer.commit()?;
    let add_cpu = add.end(mb);
    let merge = Phase::start("merge");
    writer.merge_segments()?;
    writer.finish()?;
    let merge_cpu = merge.end(mb);
    println!(
        "indexing total cpu {:.2} s = {:.1} MB per cpu-s (staging included)",
        stage_cpu + add_cpu + merge_cpu,
        mb / (stage_cpu + add_cpu + merge_cpu)
    );
    Ok(())
}
