//! Extraction quality on the hand-annotated gold sets: quotation precision, recall and F1,
//! speaker accuracy, date accuracy, and how often a quotation whose speaker the text does not
//! give is named anyway. Prints the figures of every set; fails below the thresholds.
//!
//! - `tests/gold/` (`corpus-*`, `extra-*`): the bundled corpus and dispatches written with it;
//! - `tests/gold/dev/`: the development set, written blind in the styles of real wire copy;
//! - `tests/gold/heldout/`: the held-out set, never tuned on; its thresholds are the goal
//!   (F1 ≥ 0.95, speakers ≥ 0.92, dates ≥ 0.98, at most 2 % of unattributed quotations named).
//!
//! A found quotation matches a gold one when it covers at least 80 % of the gold quotation's
//! characters (a fragment is no match). A speaker is right when it is the gold name or its
//! surname, after both are mapped to their canonical names by the bundled gazetteer and the
//! set's own `people.tsv` (read as an index's `aliases.txt` is).
//!
//! `cargo test --test gold -- --nocapture` shows them. Another annotated set in the same format
//! can be measured (printed, never failed) with `DEPECHES_GOLD_DIR=dir` (its `quotes.jsonl`,
//! `not_quotes.jsonl`, `dates.tsv`, `people.tsv`) and `DEPECHES_GOLD_TEXTS=dir` (the files they
//! name).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use depeches::ingest::parse::Context;
use depeches::model::aliases::Aliases;
use depeches::model::dispatch::Dispatch;

/// The thresholds of a set.
#[derive(Debug, Clone, Copy)]
struct Thresholds {
    f1: f64,
    speaker: f64,
    date: f64,
    unknown_named: f64,
}

/// The bundled corpus and the dispatches written with it.
const EXISTING: Thresholds = Thresholds {
    f1: 0.95,
    speaker: 0.90,
    date: 0.95,
    unknown_named: 0.02,
};

/// The goal, enforced on the held-out set.
const HELDOUT: Thresholds = Thresholds {
    f1: 0.95,
    speaker: 0.92,
    date: 0.98,
    unknown_named: 0.02,
};

/// Share of a gold quotation's characters a found one must cover to match it.
const MIN_OVERLAP: f64 = 0.8;

#[derive(Debug, Clone)]
struct GoldQuote {
    file: String,
    quote: String,
    speaker: Option<String>,
    /// The classes of difficulty the annotation gives (`class`), if any.
    classes: Vec<u64>,
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
    /// The bundled gazetteer, extended by the set's `people.tsv`.
    aliases: Arc<Aliases>,
}

fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: {e}: {l}", path.display())))
        .collect()
}

/// The files of a set, each optional but the quotations.
struct Files {
    quotes: Vec<PathBuf>,
    not_quotes: Vec<PathBuf>,
    dates: Vec<PathBuf>,
    people: Option<PathBuf>,
}

impl Files {
    /// A directory holding `quotes.jsonl`, `not-quotes.jsonl` (or `not_quotes.jsonl`),
    /// `dates.tsv` and `people.tsv`.
    fn in_dir(dir: &Path) -> Files {
        let existing = |names: &[&str]| {
            names
                .iter()
                .map(|n| dir.join(n))
                .find(|p| p.exists())
                .into_iter()
                .collect::<Vec<_>>()
        };
        Files {
            quotes: vec![dir.join("quotes.jsonl")],
            not_quotes: existing(&["not-quotes.jsonl", "not_quotes.jsonl"]),
            dates: existing(&["dates.tsv"]),
            people: existing(&["people.tsv"]).pop(),
        }
    }
}

fn load(name: &str, texts: &Path, files: &Files) -> Set {
    let mut aliases = (*Aliases::bundled()).clone();
    if let Some(p) = &files.people {
        let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        aliases.add_lines(&text);
    }
    let mut set = Set {
        name: name.to_owned(),
        texts: texts.to_owned(),
        quotes: Vec::new(),
        not_quotes: Vec::new(),
        dates: BTreeMap::new(),
        aliases: Arc::new(aliases),
    };
    for p in &files.quotes {
        for v in read_jsonl(p) {
            let speaker = v["speaker"].as_str().unwrap_or("UNKNOWN");
            set.quotes.push(GoldQuote {
                file: v["file"].as_str().expect("file").to_owned(),
                quote: v["quote"].as_str().expect("quote").to_owned(),
                speaker: (speaker != "UNKNOWN").then(|| speaker.to_owned()),
                classes: v["class"]
                    .as_array()
                    .map(|a| a.iter().filter_map(serde_json::Value::as_u64).collect())
                    .unwrap_or_default(),
            });
        }
    }
    for p in &files.not_quotes {
        for v in read_jsonl(p) {
            set.not_quotes.push((
                v["file"].as_str().expect("file").to_owned(),
                v["text"].as_str().expect("text").to_owned(),
            ));
        }
    }
    for p in &files.dates {
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

fn parse(set: &Set, file: &str) -> Dispatch {
    let path = set.texts.join(file);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = depeches::ingest::read::decode(&bytes)
        .expect("readable")
        .text;
    let ctx = Context {
        reference: depeches::ingest::raw::name_date(Path::new(file)),
        aliases: Some(set.aliases.clone()),
        ..Context::default()
    };
    Dispatch::parse(file, &text, &ctx)
}

/// A text's characters with every run of whitespace made one space and apostrophes straight,
/// and for each original character the index of its normalised counterpart.
fn normalise(s: &str) -> (Vec<char>, Vec<usize>) {
    let mut out: Vec<char> = Vec::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' {
            if out.last().is_some_and(|&l| l != ' ') {
                out.push(' ');
            }
            map.push(out.len().saturating_sub(1));
            continue;
        }
        map.push(out.len());
        out.push(if matches!(c, '’' | 'ʼ') { '\'' } else { c });
    }
    if out.last() == Some(&' ') {
        out.pop();
    }
    (out, map)
}

fn norm(s: &str) -> String {
    normalise(s).0.into_iter().collect()
}

/// Same speaker: equal canonical names, or a surname that ends the gold full name.
fn same_speaker(aliases: &Aliases, found: Option<&str>, gold: Option<&str>) -> bool {
    let fold = |s: &str| depeches::text::fold::fold(&aliases.canonical(s));
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
struct Counts {
    gold: usize,
    matched: usize,
    speaker_right: usize,
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
    by_class: BTreeMap<u64, Counts>,
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

/// A quotation found by extraction, placed in the dispatch's normalised text.
struct Found {
    text: String,
    speaker: Option<String>,
    /// Normalised character range in the dispatch.
    range: (usize, usize),
}

/// The dispatch's passages as one normalised text (passages joined by a space), and the
/// quotations placed in it.
fn found_quotes(d: &Dispatch) -> (Vec<char>, Vec<Found>) {
    let mut doc: Vec<char> = Vec::new();
    let mut found = Vec::new();
    for p in &d.passages {
        if !doc.is_empty() {
            doc.push(' ');
        }
        let base = doc.len();
        let (chars, map) = normalise(&p.text);
        let char_index = |byte: usize| p.text[..byte].chars().count();
        for q in &p.quotes {
            let (s, e) = (char_index(q.start), char_index(q.end));
            let start = map.get(s).copied().unwrap_or(chars.len());
            let end = if e == 0 {
                0
            } else {
                map.get(e - 1).map_or(chars.len(), |&m| m + 1)
            };
            found.push(Found {
                text: norm(&q.text),
                speaker: q.speaker.clone(),
                range: (base + start, base + end.max(start)),
            });
        }
        doc.extend(chars);
    }
    (doc, found)
}

/// Where `needle` occurs in `hay`.
fn occurrences(hay: &[char], needle: &[char]) -> Vec<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return Vec::new();
    }
    (0..=hay.len() - needle.len())
        .filter(|&i| hay[i..i + needle.len()] == *needle)
        .collect()
}

/// Characters of `gold` (placed at `at`) that `found` covers, as a share of the gold length.
fn coverage(gold: (usize, usize), found: (usize, usize)) -> f64 {
    let inter = gold.1.min(found.1).saturating_sub(gold.0.max(found.0));
    inter as f64 / (gold.1 - gold.0).max(1) as f64
}

/// The longest run of characters two texts share, for a gold quotation the text does not hold
/// word for word (an annotator's typo): as a share of the gold length.
fn shared_run(gold: &[char], found: &str) -> f64 {
    let found: Vec<char> = found.chars().collect();
    let mut best = 0;
    let mut prev = vec![0usize; found.len() + 1];
    for g in gold {
        let mut cur = vec![0usize; found.len() + 1];
        for (j, f) in found.iter().enumerate() {
            if g == f {
                cur[j + 1] = prev[j] + 1;
                best = best.max(cur[j + 1]);
            }
        }
        prev = cur;
    }
    best as f64 / gold.len().max(1) as f64
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
        let (doc, found) = found_quotes(&d);
        let gold: Vec<&GoldQuote> = set.quotes.iter().filter(|q| &q.file == file).collect();
        f.detected += found.len();
        f.gold += gold.len();
        // Every (gold, found) pair that overlaps enough, best first: the most covered, then the
        // closest in length (a title echoing the start of a quotation takes the echo), then the
        // closest in reading order (the same words quoted twice).
        let mut pairs: Vec<(usize, usize, f64, usize)> = Vec::new();
        for (j, g) in gold.iter().enumerate() {
            let (gchars, _) = normalise(&g.quote);
            let places: Vec<(usize, usize)> = occurrences(&doc, &gchars)
                .into_iter()
                .map(|s| (s, s + gchars.len()))
                .collect();
            for (i, q) in found.iter().enumerate() {
                let cover = if places.is_empty() {
                    shared_run(&gchars, &q.text)
                } else {
                    places
                        .iter()
                        .map(|&p| coverage(p, q.range))
                        .fold(0.0, f64::max)
                };
                if cover >= MIN_OVERLAP {
                    let len_gap = q.text.chars().count().abs_diff(gchars.len());
                    pairs.push((j, i, cover, len_gap));
                }
            }
        }
        pairs.sort_by(|a, b| {
            b.2.total_cmp(&a.2)
                .then(a.3.cmp(&b.3))
                .then(a.0.abs_diff(a.1).cmp(&b.0.abs_diff(b.1)))
        });
        let mut found_used = vec![false; found.len()];
        let mut gold_match: Vec<Option<usize>> = vec![None; gold.len()];
        for (j, i, _, _) in pairs {
            if gold_match[j].is_none() && !found_used[i] {
                gold_match[j] = Some(i);
                found_used[i] = true;
            }
        }
        for (j, g) in gold.iter().enumerate() {
            for &c in &g.classes {
                f.by_class.entry(c).or_default().gold += 1;
            }
            let Some(i) = gold_match[j] else {
                f.report
                    .push(format!("{file}: missed «{}»", short(&g.quote)));
                continue;
            };
            f.matched += 1;
            let right = same_speaker(
                &set.aliases,
                found[i].speaker.as_deref(),
                g.speaker.as_deref(),
            );
            for &c in &g.classes {
                let e = f.by_class.entry(c).or_default();
                e.matched += 1;
                e.speaker_right += usize::from(right);
            }
            if right {
                f.speaker_right += 1;
            } else {
                f.report.push(format!(
                    "{file}: speaker {:?}, gold {:?}: «{}»",
                    found[i].speaker.as_deref().unwrap_or("UNKNOWN"),
                    g.speaker.as_deref().unwrap_or("UNKNOWN"),
                    short(&found[i].text)
                ));
            }
            if g.speaker.is_none() {
                f.unknown_matched += 1;
                if found[i].speaker.is_some() {
                    f.unknown_named += 1;
                }
            }
        }
        for (i, q) in found.iter().enumerate() {
            if !found_used[i] {
                f.report.push(format!(
                    "{file}: not a gold quotation: «{}»",
                    short(&q.text)
                ));
            }
        }
        for (_, text) in set.not_quotes.iter().filter(|(nf, _)| nf == file) {
            f.terms += 1;
            if found.iter().any(|q| q.text == norm(text)) {
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

fn dispatch_count(set: &Set) -> usize {
    let files: BTreeSet<&String> = set
        .dates
        .keys()
        .chain(set.quotes.iter().map(|q| &q.file))
        .collect();
    files.len()
}

fn print(set: &Set, f: &Figures, details: bool) {
    println!(
        "{}: {} dispatches, {} gold quotations, {} detected\n  quotations: precision {:.3}, recall {:.3}, F1 {:.3}\n  speakers:   {:.3} of {} matched quotations right; gold-unknown named: {} of {} ({:.1} %)\n  dates:      {:.3} ({} of {})\n  annotated terms taken for quotations: {} of {}",
        set.name,
        dispatch_count(set),
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
    if !f.by_class.is_empty() {
        println!("  by class (gold, found, speaker right):");
        for (c, n) in &f.by_class {
            println!(
                "    {c:>2}: {:>3} gold, recall {:.3}, speakers {:.3}",
                n.gold,
                ratio(n.matched, n.gold),
                ratio(n.speaker_right, n.matched)
            );
        }
    }
    if details && std::env::var_os("DEPECHES_GOLD_QUIET").is_none() {
        for line in &f.report {
            println!("    {line}");
        }
    }
}

fn enforce(set: &Set, f: &Figures, t: Thresholds) {
    assert!(
        f.f1() >= t.f1,
        "{}: quotation F1 {:.3} < {}",
        set.name,
        f.f1(),
        t.f1
    );
    assert!(
        f.speaker() >= t.speaker,
        "{}: speaker accuracy {:.3} < {}",
        set.name,
        f.speaker(),
        t.speaker
    );
    assert!(
        f.date() >= t.date,
        "{}: date accuracy {:.3} < {}",
        set.name,
        f.date(),
        t.date
    );
    assert!(
        f.unknown_named_share() <= t.unknown_named,
        "{}: {} of {} quotations with no speaker in the text were given one",
        set.name,
        f.unknown_named,
        f.unknown_matched
    );
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn extraction_meets_the_existing_gold_set() {
    let gold = root().join("tests/gold");
    let set = load(
        "existing set (corpus + extra)",
        root(),
        &Files {
            quotes: vec![
                gold.join("corpus-quotes.jsonl"),
                gold.join("extra-quotes.jsonl"),
            ],
            not_quotes: vec![
                gold.join("corpus-not-quotes.jsonl"),
                gold.join("extra-not-quotes.jsonl"),
            ],
            dates: vec![gold.join("corpus-dates.tsv"), gold.join("extra-dates.tsv")],
            people: None,
        },
    );
    let f = measure(&set);
    print(&set, &f, true);
    assert!(
        set.dates.len() >= 40,
        "the gold set holds {} dispatches",
        set.dates.len()
    );
    enforce(&set, &f, EXISTING);
}

/// Below these on the development set, extraction has regressed: the figures it reaches now,
/// less a margin.
const DEV_FLOOR: Thresholds = Thresholds {
    f1: 0.97,
    speaker: 0.974,
    date: 0.99,
    unknown_named: 0.006,
};

/// The development set: its figures (they go in the README), and no regression below the floor.
#[test]
fn development_set_figures() {
    let dir = root().join("tests/gold/dev");
    if !dir.join("quotes.jsonl").exists() {
        return;
    }
    let set = load("development set", &dir, &Files::in_dir(&dir));
    assert!(
        dispatch_count(&set) >= 60,
        "{} dispatches",
        dispatch_count(&set)
    );
    let f = measure(&set);
    print(&set, &f, true);
    enforce(&set, &f, DEV_FLOOR);
}

/// Below these on the held-out set, extraction has regressed: the figures it reaches now, less
/// a margin. The goal ([`HELDOUT`]) is checked by
/// `held_out_set_meets_the_goal`, which is ignored until extraction reaches it.
const HELDOUT_FLOOR: Thresholds = Thresholds {
    f1: 0.965,
    speaker: 0.905,
    date: 0.99,
    unknown_named: 0.07,
};

fn held_out() -> Option<(Set, Figures)> {
    let dir = root().join("tests/gold/heldout");
    if !dir.join("quotes.jsonl").exists() {
        println!("held-out set: not in this tree");
        return None;
    }
    let set = load("held-out set", &dir, &Files::in_dir(&dir));
    let f = measure(&set);
    Some((set, f))
}

/// The held-out set, when the tree holds it: its figures, and no regression below the floor.
#[test]
fn held_out_set_figures() {
    let Some((set, f)) = held_out() else { return };
    // Figures only: what goes wrong on it is not for reading.
    print(&set, &f, false);
    enforce(&set, &f, HELDOUT_FLOOR);
}

/// The goal on the held-out set: F1 0.95, speakers 0.92, dates 0.98, at most 2 % of the
/// quotations the text attributes to no one given a name. Not reached yet: run it with
/// `cargo test --test gold -- --ignored`.
#[test]
#[ignore]
fn held_out_set_meets_the_goal() {
    let Some((set, f)) = held_out() else { return };
    enforce(&set, &f, HELDOUT);
}

/// The held-out part stays at least 40 % of the development and held-out dispatches together:
/// as the development part grows, so must the part nobody tunes on.
#[test]
fn held_out_part_is_at_least_40_percent() {
    let dev = root().join("tests/gold/dev");
    let heldout = root().join("tests/gold/heldout");
    if !dev.join("quotes.jsonl").exists() || !heldout.join("quotes.jsonl").exists() {
        return;
    }
    let count = |name: &str, dir: &Path| dispatch_count(&load(name, dir, &Files::in_dir(dir)));
    let (d, h) = (
        count("development set", &dev),
        count("held-out set", &heldout),
    );
    let share = ratio(h, d + h);
    println!(
        "held-out part: {h} of {} dispatches ({:.1} %)",
        d + h,
        share * 100.0
    );
    assert!(
        share >= 0.40,
        "the held-out part is {h} of {} dispatches ({:.1} %), under 40 %: add held-out dispatches",
        d + h,
        share * 100.0
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
        &Files::in_dir(&dir),
    );
    print(&set, &measure(&set), true);
}

/// `DEPECHES_GOLD_SHOW=part-of-a-file-name` with `DEPECHES_GOLD_DIR`/`DEPECHES_GOLD_TEXTS` (or
/// the development set by default): each quotation found next to its annotation, to see why.
#[test]
fn show_one_dispatch_when_asked() {
    let Some(wanted) = std::env::var_os("DEPECHES_GOLD_SHOW") else {
        return;
    };
    let wanted = wanted.to_string_lossy().into_owned();
    let dir = std::env::var_os("DEPECHES_GOLD_DIR")
        .map_or_else(|| root().join("tests/gold/dev"), PathBuf::from);
    let texts = std::env::var_os("DEPECHES_GOLD_TEXTS").map_or_else(|| dir.clone(), PathBuf::from);
    let set = load("shown", &texts, &Files::in_dir(&dir));
    let files: BTreeSet<&String> = set.quotes.iter().map(|q| &q.file).collect();
    for file in files.into_iter().filter(|f| f.contains(&wanted)) {
        let d = parse(&set, file);
        println!("== {file} ({:?})", d.date.map(|d| d.value()));
        for q in set.quotes.iter().filter(|q| &q.file == file) {
            println!(
                "  gold  {:<28} «{}»",
                q.speaker.as_deref().unwrap_or("UNKNOWN"),
                short(&q.quote)
            );
        }
        for p in &d.passages {
            for q in &p.quotes {
                println!(
                    "  found {:<28} «{}» ¶{}",
                    q.speaker.as_deref().unwrap_or("UNKNOWN"),
                    short(&q.text),
                    p.number
                );
            }
        }
    }
}

#[test]
fn a_fragment_is_no_match() {
    assert!(coverage((10, 110), (10, 90)) >= MIN_OVERLAP);
    assert!(coverage((10, 110), (10, 60)) < MIN_OVERLAP);
    assert!(coverage((10, 110), (0, 200)) >= MIN_OVERLAP);
    let (n, map) = normalise("a\u{a0} b’c");
    assert_eq!(n.iter().collect::<String>(), "a b'c");
    assert_eq!(map, [0, 1, 1, 2, 3, 4]);
}
