//! Extraction quality on the hand-annotated gold set (`tests/gold/`): quotation precision,
//! recall and F1, speaker accuracy, date accuracy, and how often a quotation whose speaker the
//! text does not give is named anyway. Prints the figures; fails below the thresholds.
//!
//! `cargo test --test gold -- --nocapture` shows them. Another annotated set in the same format
//! can be measured (printed, never failed) with `DEPECHES_GOLD_DIR=dir` (its `quotes.jsonl`,
//! `not_quotes.jsonl`, `dates.tsv`) and `DEPECHES_GOLD_TEXTS=dir` (the files they name).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use depeches::ingest::parse::Context;
use depeches::model::aliases::Aliases;
use depeches::model::dispatch::Dispatch;

const MIN_F1: f64 = 0.95;
const MIN_SPEAKER: f64 = 0.90;
const MIN_DATE: f64 = 0.95;
const MAX_UNKNOWN_NAMED: f64 = 0.02;

#[derive(Debug, Clone)]
struct GoldQuote {
    file: String,
    quote: String,
    speaker: Option<String>,
}

struct Set {
    name: String,
    /// Where the files named by the annotations are.
    texts: PathBuf,
    quotes: Vec<GoldQuote>,
    /// Quoted spans that are not quotations: (file, text).
    not_quotes: Vec<(String, String)>,
    /// file → gold date ("" when none).
    dates: BTreeMap<String, String>,
}

fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: {e}: {l}", path.display())))
        .collect()
}

fn load(
    name: &str,
    texts: &Path,
    quotes: &[PathBuf],
    not_quotes: &[PathBuf],
    dates: &[PathBuf],
) -> Set {
    let mut set = Set {
        name: name.to_owned(),
        texts: texts.to_owned(),
        quotes: Vec::new(),
        not_quotes: Vec::new(),
        dates: BTreeMap::new(),
    };
    for p in quotes {
        for v in read_jsonl(p) {
            let speaker = v["speaker"].as_str().unwrap_or("UNKNOWN");
            set.quotes.push(GoldQuote {
                file: v["file"].as_str().expect("file").to_owned(),
                quote: v["quote"].as_str().expect("quote").to_owned(),
                speaker: (speaker != "UNKNOWN").then(|| speaker.to_owned()),
            });
        }
    }
    for p in not_quotes {
        for v in read_jsonl(p) {
            set.not_quotes.push((
                v["file"].as_str().expect("file").to_owned(),
                v["text"].as_str().expect("text").to_owned(),
            ));
        }
    }
    for p in dates {
        let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            let mut cols = line.split('\t');
            let file = cols.next().expect("file").to_owned();
            let date = cols.next().unwrap_or("").trim().to_owned();
            set.dates.insert(file, date);
        }
    }
    set
}

/// The reference date a file name carries (`2025-05-24-cannes.txt`), standing in for a file's
/// modification time.
fn reference(file: &str) -> Option<(i32, u32, u32)> {
    let name = Path::new(file).file_name()?.to_str()?;
    let y = name.get(0..4)?.parse().ok()?;
    let m = name.get(5..7)?.parse().ok()?;
    let d = name.get(8..10)?.parse().ok()?;
    (name.as_bytes().get(4) == Some(&b'-') && name.as_bytes().get(7) == Some(&b'-'))
        .then_some((y, m, d))
}

fn parse(set: &Set, file: &str) -> Dispatch {
    let path = set.texts.join(file);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = depeches::ingest::read::decode(&bytes)
        .expect("readable")
        .text;
    let ctx = Context {
        reference: reference(file),
        ..Context::default()
    };
    Dispatch::parse(file, &text, &ctx)
}

/// Whitespace of every kind folded to one space, apostrophes made straight.
fn norm(s: &str) -> String {
    s.replace(['’', 'ʼ'], "'")
        .split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn fold(s: &str) -> String {
    depeches::text::fold::fold(&Aliases::bundled().canonical(s))
}

/// Same speaker: equal canonical names, or a surname that ends the gold full name.
fn same_speaker(found: Option<&str>, gold: Option<&str>) -> bool {
    match (found, gold) {
        (None, None) => true,
        (Some(f), Some(g)) => {
            let (f, g) = (fold(f), fold(g));
            f == g || g.ends_with(&format!(" {f}")) || f.ends_with(&format!(" {g}"))
        }
        _ => false,
    }
}

#[derive(Default)]
struct Figures {
    detected: usize,
    gold: usize,
    matched: usize,
    speaker_right: usize,
    unknown_matched: usize,
    unknown_named: usize,
    dates: usize,
    dates_right: usize,
    terms_taken: usize,
    terms: usize,
    report: Vec<String>,
}

impl Figures {
    fn precision(&self) -> f64 {
        ratio(self.matched, self.detected)
    }
    fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn speaker(&self) -> f64 {
        ratio(self.speaker_right, self.matched)
    }
    fn date(&self) -> f64 {
        ratio(self.dates_right, self.dates)
    }
    fn unknown_named_share(&self) -> f64 {
        if self.unknown_matched == 0 {
            0.0
        } else {
            self.unknown_named as f64 / self.unknown_matched as f64
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn measure(set: &Set) -> Figures {
    let mut f = Figures::default();
    let mut files: Vec<&String> = set.dates.keys().collect();
    for q in &set.quotes {
        if !files.contains(&&q.file) {
            files.push(&q.file);
        }
    }
    for file in files {
        let d = parse(set, file);
        let found: Vec<(String, Option<String>)> = d
            .passages
            .iter()
            .flat_map(|p| p.quotes.iter().map(|q| (norm(&q.text), q.speaker.clone())))
            .collect();
        let gold: Vec<&GoldQuote> = set.quotes.iter().filter(|q| &q.file == file).collect();
        f.detected += found.len();
        f.gold += gold.len();
        let mut gold_used = vec![false; gold.len()];
        let mut found_match: Vec<Option<usize>> = vec![None; found.len()];
        // Exact text first, then one containing the other (a quotation cut differently).
        for pass in 0..2 {
            for (i, (text, _)) in found.iter().enumerate() {
                if found_match[i].is_some() {
                    continue;
                }
                let hit = gold.iter().enumerate().position(|(j, g)| {
                    let gt = norm(&g.quote);
                    !gold_used[j]
                        && if pass == 0 {
                            gt == *text
                        } else {
                            gt.contains(text.as_str()) || text.contains(gt.as_str())
                        }
                });
                if let Some(j) = hit {
                    gold_used[j] = true;
                    found_match[i] = Some(j);
                }
            }
        }
        for (i, (text, speaker)) in found.iter().enumerate() {
            match found_match[i] {
                Some(j) => {
                    f.matched += 1;
                    let g = gold[j];
                    if same_speaker(speaker.as_deref(), g.speaker.as_deref()) {
                        f.speaker_right += 1;
                    } else {
                        f.report.push(format!(
                            "{file}: speaker {:?}, gold {:?}: «{}»",
                            speaker.as_deref().unwrap_or("UNKNOWN"),
                            g.speaker.as_deref().unwrap_or("UNKNOWN"),
                            short(text)
                        ));
                    }
                    if g.speaker.is_none() {
                        f.unknown_matched += 1;
                        if speaker.is_some() {
                            f.unknown_named += 1;
                        }
                    }
                }
                None => f
                    .report
                    .push(format!("{file}: not a gold quotation: «{}»", short(text))),
            }
        }
        for (j, g) in gold.iter().enumerate() {
            if !gold_used[j] {
                f.report
                    .push(format!("{file}: missed «{}»", short(&g.quote)));
            }
        }
        for (nf, text) in set.not_quotes.iter().filter(|(nf, _)| nf == file) {
            let _ = nf;
            f.terms += 1;
            if found.iter().any(|(t, _)| *t == norm(text)) {
                f.terms_taken += 1;
            }
        }
        if let Some(gold_date) = set.dates.get(file) {
            f.dates += 1;
            let got = d.date.map(|d| d.value()).unwrap_or_default();
            if got == *gold_date {
                f.dates_right += 1;
            } else {
                f.report
                    .push(format!("{file}: date {got:?}, gold {gold_date:?}"));
            }
        }
    }
    f
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(70).collect();
    if s.chars().count() > 70 {
        out.push('…');
    }
    out
}

fn print(set: &Set, f: &Figures) {
    println!(
        "{}: {} dispatches, {} gold quotations, {} detected\n  quotations: precision {:.3}, recall {:.3}, F1 {:.3}\n  speakers:   {:.3} of {} matched quotations right; gold-unknown named: {} of {} ({:.1} %)\n  dates:      {:.3} ({} of {})\n  annotated terms taken for quotations: {} of {}",
        set.name,
        set.dates.len().max(set.quotes.iter().map(|q| &q.file).collect::<std::collections::BTreeSet<_>>().len()),
        f.gold,
        f.detected,
        f.precision(),
        f.recall(),
        f.f1(),
        f.speaker(),
        f.matched,
        f.unknown_named,
        f.unknown_matched,
        100.0 * f.unknown_named_share(),
        f.date(),
        f.dates_right,
        f.dates,
        f.terms_taken,
        f.terms,
    );
    for line in &f.report {
        println!("    {line}");
    }
}

#[test]
fn extraction_meets_the_gold_set() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let gold = root.join("tests/gold");
    let set = load(
        "gold set (corpus + extra)",
        root,
        &[
            gold.join("corpus-quotes.jsonl"),
            gold.join("extra-quotes.jsonl"),
        ],
        &[
            gold.join("corpus-not-quotes.jsonl"),
            gold.join("extra-not-quotes.jsonl"),
        ],
        &[gold.join("corpus-dates.tsv"), gold.join("extra-dates.tsv")],
    );
    let f = measure(&set);
    print(&set, &f);
    assert!(
        set.dates.len() >= 40,
        "the gold set holds {} dispatches",
        set.dates.len()
    );
    assert!(f.f1() >= MIN_F1, "quotation F1 {:.3} < {MIN_F1}", f.f1());
    assert!(
        f.speaker() >= MIN_SPEAKER,
        "speaker accuracy {:.3} < {MIN_SPEAKER}",
        f.speaker()
    );
    assert!(
        f.date() >= MIN_DATE,
        "date accuracy {:.3} < {MIN_DATE}",
        f.date()
    );
    assert!(
        f.unknown_named_share() <= MAX_UNKNOWN_NAMED,
        "{} of {} quotations with no speaker in the text were given one",
        f.unknown_named,
        f.unknown_matched
    );
}

#[test]
fn another_annotated_set_when_given() {
    let (Some(dir), Some(texts)) = (
        std::env::var_os("DEPECHES_GOLD_DIR"),
        std::env::var_os("DEPECHES_GOLD_TEXTS"),
    ) else {
        return;
    };
    let dir = PathBuf::from(dir);
    let set = load(
        &dir.display().to_string(),
        Path::new(&texts),
        &[dir.join("quotes.jsonl")],
        &[dir.join("not_quotes.jsonl")],
        &[dir.join("dates.tsv")],
    );
    print(&set, &measure(&set));
}
